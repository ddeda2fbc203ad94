package press.masthead.feeds;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.nodes.Entities;
import press.masthead.site.FeedFormat;

/**
 * RSS 2.0 with the common extensions: {@code content:encoded} for the body, {@code dc:creator} for each author,
 * {@code atom:link rel="self"}, and Media RSS beside the enclosure for the featured image.
 */
final class RssWriter implements FeedWriter {
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    @Override
    public String write(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.homeUrl());
        channel.setDescription(feed.description());
        channel.setLanguage(feed.language().isBlank() ? null : feed.language());
        channel.setGenerator("Masthead");
        channel.setItems(feed.entries().stream().map(RssWriter::item).toList());
        Document document = RomeXml.document(channel);
        Element root = document.getRootElement();
        root.addNamespaceDeclaration(ATOM);
        root.addNamespaceDeclaration(RomeXml.MEDIA);
        Element eChannel = root.getChild("channel");
        List<Element> items = eChannel.getChildren("item");
        RomeXml.addBeforeEntries(eChannel, items, new Element("link", ATOM).setAttribute("href", feed.selfUrl())
                .setAttribute("rel", "self").setAttribute("type", FeedFormat.RSS.mediaType()));
        RomeXml.addBeforeEntries(eChannel, items,
                new Element("lastBuildDate").setText(FeedDates.rfc822(feed.updated(), feed.zone())));
        for (int i = 0; i < items.size(); i++) {
            FeedEntry entry = feed.entries().get(i);
            items.get(i).addContent(new Element("pubDate").setText(FeedDates.rfc822(entry.published(), feed.zone())));
            if (entry.image() != null) {
                items.get(i).addContent(RomeXml.mediaContent(entry.image()));
            }
        }
        return RomeXml.text(document);
    }

    private static Item item(FeedEntry entry) {
        Item item = new Item();
        item.setTitle(entry.title());
        item.setLink(entry.url());
        Description description = new Description();
        // An RSS description is HTML; the excerpt is plain text, so its <, > and & must stay characters.
        description.setValue(Entities.escape(entry.summary()));
        item.setDescription(description);
        if (entry.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(entry.contentHtml());
            item.setContent(content);
        }
        Guid guid = new Guid();
        guid.setValue(entry.id());
        guid.setPermaLink(false);
        item.setGuid(guid);
        item.setCategories(entry.categories().stream().map(name -> {
            Category category = new Category();
            category.setValue(name);
            return category;
        }).toList());
        if (entry.image() != null) {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(entry.image().url());
            enclosure.setType(entry.image().mediaType());
            enclosure.setLength(entry.image().length());
            item.setEnclosures(List.of(enclosure));
        }
        DCModule dublinCore = new DCModuleImpl();
        dublinCore.setCreators(entry.authors().stream().map(FeedEntry.Person::name).toList());
        if (!entry.language().isEmpty()) {
            dublinCore.setLanguage(entry.language());
        }
        item.setModules(new ArrayList<>(List.of(dublinCore)));
        return item;
    }
}
