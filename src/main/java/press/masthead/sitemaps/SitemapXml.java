package press.masthead.sitemaps;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one sitemap document, a {@code <urlset>} or a {@code <sitemapindex>}, in UTF-8 with the JDK's StAX
 * writer, which escapes markup characters; characters XML cannot hold at all are dropped.
 */
final class SitemapXml {
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    /** The JDK's own writer, whatever StAX implementation a library brings along: output must not vary. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter xml;

    private SitemapXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Starts a {@code <urlset>}; the image namespace is always declared, the news one only when asked. */
    static SitemapXml urlset(OutputStream out, boolean withNews) {
        return open(out, "urlset", withNews);
    }

    static SitemapXml index(OutputStream out) {
        return open(out, "sitemapindex", false);
    }

    private static SitemapXml open(OutputStream out, String root, boolean withNews) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAP_NS);
            if ("urlset".equals(root)) {
                xml.writeNamespace("image", IMAGE_NS);
            }
            if (withNews) {
                xml.writeNamespace("news", NEWS_NS);
            }
            xml.writeCharacters("\n");
            return new SitemapXml(xml);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    void url(SitemapUrl url) {
        try {
            xml.writeStartElement("url");
            element("loc", url.loc());
            if (url.lastModified() != null) {
                element("lastmod", w3cTime(url.lastModified()));
            }
            if (url.news() != null) {
                news(url.news());
            }
            for (String image : url.images()) {
                xml.writeStartElement("image", "image", IMAGE_NS);
                xml.writeStartElement("image", "loc", IMAGE_NS);
                xml.writeCharacters(clean(image));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void news(SitemapUrl.NewsArticle news) throws XMLStreamException {
        xml.writeStartElement("news", "news", NEWS_NS);
        xml.writeStartElement("news", "publication", NEWS_NS);
        newsElement("name", news.publicationName());
        newsElement("language", news.language());
        xml.writeEndElement();
        newsElement("publication_date", w3cTime(news.publishedAt()));
        newsElement("title", news.title());
        xml.writeEndElement();
    }

    void sitemap(String loc, Instant lastModified) {
        try {
            xml.writeStartElement("sitemap");
            element("loc", loc);
            if (lastModified != null) {
                element("lastmod", w3cTime(lastModified));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Pushes everything written so far to the stream, so that the stream can count it. */
    void flush() {
        try {
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Closes the root element and the document. */
    void finish() {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private void newsElement(String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NS);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    /** A W3C Datetime in UTC to the second, the form every sitemap reader accepts. */
    private static String w3cTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Drops what XML 1.0 cannot carry even escaped (control characters, unpaired surrogates), which an imported
     * headline may hold; the StAX writer would pass them through and make the document unreadable.
     */
    static String clean(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && kept != null) {
                kept.appendCodePoint(cp);
            }
            i += width;
        }
        return kept == null ? text : kept.toString();
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("Could not write sitemap XML: " + e.getMessage(), e);
    }
}
