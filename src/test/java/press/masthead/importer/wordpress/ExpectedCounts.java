package press.masthead.importer.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;
import press.masthead.content.Slugs;

/**
 * What importing a WXR file must produce, counted from the file with the JDK's DOM parser and the importer's
 * documented rules, independently of the importer's own code: posts, pages and attachments with an id (each id
 * once); posts and pages in the statuses publish, draft, pending, future and private; comments of imported posts
 * and pages; categories and tags declared or named by imported posts; declared authors plus those only named by
 * imported posts, plus one stand-in byline for posts that name nobody. Terms are the same term when the site would
 * give them the same slug ({@code Company News} and {@code company-news}).
 */
record ExpectedCounts(int authors, int categories, int tags, int articles, int pages, int media, int comments,
                      int otherItems) {
    private static final Pattern WXR = Pattern.compile("https?://wordpress\\.org/export/[0-9]+\\.[0-9]+/");
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final Set<String> STATUSES = Set.of("publish", "draft", "pending", "future", "private");

    /** The counts, or the parser's complaint when the file is not well-formed XML. */
    static ExpectedCounts of(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        Document document = builder.parse(file.toFile());
        Element channel = child(document.getDocumentElement(), null, "channel");
        Set<String> declaredAuthors = new LinkedHashSet<>();
        Set<String> categories = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (Element entry : children(channel)) {
            if (isWxr(entry, "author")) {
                String login = wxr(entry, "author_login");
                if (!login.isEmpty()) {
                    declaredAuthors.add(login);
                }
            } else if (isWxr(entry, "category")) {
                categories.add(slug(orName(wxr(entry, "category_nicename"), wxr(entry, "cat_name"))));
            } else if (isWxr(entry, "tag")) {
                tags.add(slug(orName(wxr(entry, "tag_slug"), wxr(entry, "tag_name"))));
            } else if (isWxr(entry, "term")) {
                String slug = slug(orName(wxr(entry, "term_slug"), wxr(entry, "term_name")));
                if (wxr(entry, "term_taxonomy").equals("category")) {
                    categories.add(slug);
                } else if (wxr(entry, "term_taxonomy").equals("post_tag")) {
                    tags.add(slug);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        Set<String> bylines = new HashSet<>(declaredAuthors);
        boolean needsStandIn = false;
        int articles = 0;
        int pages = 0;
        int media = 0;
        int comments = 0;
        int other = 0;
        for (Element item : children(channel)) {
            if (!"item".equals(item.getLocalName()) || item.getNamespaceURI() != null) {
                continue;
            }
            String type = wxr(item, "post_type");
            String id = wxr(item, "post_id");
            if (!List.of("post", "page", "attachment").contains(type)) {
                other++;
                continue;
            }
            if (id.isEmpty() || !seen.add(type + " " + id)) {
                continue;
            }
            boolean imported;
            if (type.equals("attachment")) {
                imported = !wxr(item, "attachment_url").isEmpty() || !text(child(item, null, "guid")).isEmpty();
                media += imported ? 1 : 0;
                continue;
            }
            imported = STATUSES.contains(wxr(item, "status"));
            if (!imported) {
                continue;
            }
            comments += wxrChildren(item, "comment").size();
            if (type.equals("page")) {
                pages++;
                continue;
            }
            articles++;
            List<String> byline = new ArrayList<>();
            String creator = text(child(item, DUBLIN_CORE, "creator"));
            if (!creator.isEmpty()) {
                byline.add(creator);
            }
            for (Element category : children(item)) {
                if (!"category".equals(category.getLocalName()) || category.getNamespaceURI() != null) {
                    continue;
                }
                String domain = category.getAttribute("domain").strip();
                String nicename = category.getAttribute("nicename").strip();
                if (nicename.isEmpty()) {
                    continue;
                }
                switch (domain) {
                    case "category" -> categories.add(slug(nicename));
                    case "post_tag", "tag" -> tags.add(slug(nicename));
                    case "author" -> byline.add(nicename);
                    default -> { }
                }
            }
            bylines.addAll(byline);
            needsStandIn |= byline.isEmpty();
        }
        return new ExpectedCounts(bylines.size() + (needsStandIn ? 1 : 0), categories.size(), tags.size(), articles,
                pages, media, comments, other);
    }

    /** The same counts without the passed-over items, which leave nothing in the site to count. */
    ExpectedCounts content() {
        return new ExpectedCounts(authors, categories, tags, articles, pages, media, comments, 0);
    }

    /** The line the JDK's parser reports for a file that is not well formed. */
    static int malformedLine(Path file) {
        try {
            of(file);
            return -1;
        } catch (SAXParseException e) {
            return e.getLineNumber();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String orName(String slug, String name) {
        return slug.isEmpty() ? name : slug;
    }

    /** A WordPress slug (percent-encoded when not ASCII) as the site writes slugs. */
    private static String slug(String wordpressSlug) {
        return Slugs.from(URLDecoder.decode(wordpressSlug.replace("+", "%2B"), StandardCharsets.UTF_8), "term");
    }

    private static boolean isWxr(Element element, String localName) {
        return localName.equals(element.getLocalName()) && element.getNamespaceURI() != null
                && WXR.matcher(element.getNamespaceURI()).matches();
    }

    private static String wxr(Element parent, String localName) {
        List<Element> found = wxrChildren(parent, localName);
        return found.isEmpty() ? "" : text(found.get(0));
    }

    private static List<Element> wxrChildren(Element parent, String localName) {
        return children(parent).stream().filter(e -> isWxr(e, localName)).toList();
    }

    private static Element child(Element parent, String namespace, String localName) {
        return children(parent).stream()
                .filter(e -> localName.equals(e.getLocalName()) && java.util.Objects.equals(namespace, e.getNamespaceURI()))
                .findFirst().orElse(null);
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }
}
