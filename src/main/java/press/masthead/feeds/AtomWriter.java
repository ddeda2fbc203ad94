package press.masthead.feeds;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import press.masthead.site.FeedFormat;

/**
 * Atom 1.0 (RFC 4287): entries with their authors' pages, categories, the excerpt as summary, the body as HTML
 * content, the featured image as an enclosure link and in Media RSS, and {@code xml:lang} where an article is
 * in another language than the site.
 */
final class AtomWriter implements FeedWriter {
    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    @Override
    public String write(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setId(feed.selfUrl());
        atom.setTitleEx(text(feed.title()));
        atom.setSubtitle(text(feed.description()));
        atom.setAlternateLinks(List.of(link("alternate", feed.homeUrl(), "text/html", 0)));
        atom.setOtherLinks(List.of(link("self", feed.selfUrl(), FeedFormat.ATOM.mediaType(), 0)));
        // Every entry names its own authors; the site stands in for any entry that somehow has none.
        atom.setAuthors(List.of(person(feed.title(), feed.homeUrl())));
        Generator generator = new Generator();
        generator.setValue("Masthead");
        atom.setGenerator(generator);
        atom.setEntries(feed.entries().stream().map(AtomWriter::entry).toList());
        Document document = RomeXml.document(atom);
        Element root = document.getRootElement();
        root.addNamespaceDeclaration(RomeXml.MEDIA);
        if (!feed.language().isBlank()) {
            root.setAttribute("lang", feed.language(), Namespace.XML_NAMESPACE);
        }
        List<Element> entries = root.getChildren("entry", ATOM);
        RomeXml.addBeforeEntries(root, entries, date("updated", feed.updated(), feed));
        for (int i = 0; i < entries.size(); i++) {
            FeedEntry entry = feed.entries().get(i);
            Element element = entries.get(i);
            element.addContent(date("published", entry.published(), feed));
            element.addContent(date("updated", entry.updated(), feed));
            if (!entry.language().isEmpty()) {
                element.setAttribute("lang", entry.language(), Namespace.XML_NAMESPACE);
            }
            if (entry.image() != null) {
                element.addContent(RomeXml.mediaContent(entry.image()));
            }
        }
        return RomeXml.text(document);
    }

    private static Entry entry(FeedEntry entry) {
        Entry atom = new Entry();
        atom.setId(entry.id());
        atom.setTitleEx(text(entry.title()));
        atom.setAlternateLinks(List.of(link("alternate", entry.url(), "text/html", 0)));
        if (entry.image() != null) {
            atom.setOtherLinks(List.of(link("enclosure", entry.image().url(), entry.image().mediaType(),
                    entry.image().length())));
        }
        atom.setAuthors(entry.authors().stream().map(a -> person(a.name(), a.url())).toList());
        atom.setCategories(entry.categories().stream().map(name -> {
            Category category = new Category();
            category.setTerm(name);
            return category;
        }).toList());
        atom.setSummary(text(entry.summary()));
        if (entry.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(entry.contentHtml());
            atom.setContents(new ArrayList<>(List.of(content)));
        }
        return atom;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type, long length) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        link.setLength(length);
        return link;
    }

    private static SyndPerson person(String name, String uri) {
        Person person = new Person();
        person.setName(name);
        person.setUri(uri);
        return person;
    }

    private static Element date(String name, Instant instant, Feed feed) {
        return new Element(name, ATOM).setText(FeedDates.rfc3339(instant, feed.zone()));
    }
}
