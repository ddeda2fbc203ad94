package press.masthead.importer.wordpress;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes WXR 1.2 element by element with the JDK's StAX writer. Text that XML cannot hold (control characters) is
 * dropped, and CDATA that contains {@code ]]>} is split, so any content makes a well-formed file.
 */
final class WxrWriter implements AutoCloseable {
    static final String WXR = "http://wordpress.org/export/1.2/";
    static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String WFW = "http://wellformedweb.org/CommentAPI/";
    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    private final XMLStreamWriter xml;

    WxrWriter(OutputStream out) throws XMLStreamException {
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
    }

    void startDocument() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeComment(" A WordPress eXtended RSS (WXR 1.2) export written by Masthead; import it with WordPress's"
                + " importer (Tools, Import, WordPress) or with masthead import wordpress. ");
        xml.writeCharacters("\n");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("excerpt", EXCERPT);
        xml.writeNamespace("content", CONTENT);
        xml.writeNamespace("wfw", WFW);
        xml.writeNamespace("dc", DUBLIN_CORE);
        xml.writeNamespace("wp", WXR);
        newLine();
        xml.writeStartElement("channel");
        newLine();
    }

    void endDocument() throws XMLStreamException {
        xml.writeEndElement();
        newLine();
        xml.writeEndElement();
        newLine();
        xml.writeEndDocument();
        xml.flush();
    }

    void start(String namespace, String name) throws XMLStreamException {
        if (namespace == null) {
            xml.writeStartElement(name);
        } else {
            xml.writeStartElement(namespace, name);
        }
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
        newLine();
    }

    void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, clean(value));
    }

    /** An element holding plain text. */
    void text(String namespace, String name, String value) throws XMLStreamException {
        start(namespace, name);
        xml.writeCharacters(clean(value));
        end();
    }

    /** An element holding text as CDATA, as WordPress writes titles, names and content. */
    void cdata(String namespace, String name, String value) throws XMLStreamException {
        start(namespace, name);
        cdataText(value);
        end();
    }

    /** CDATA inside the current element; {@code ]]>} cannot be inside one section, so it spans two. */
    void cdataText(String value) throws XMLStreamException {
        String[] parts = clean(value).split("]]>", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = (i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : "");
            xml.writeCData(part);
        }
    }

    void newLine() throws XMLStreamException {
        xml.writeCharacters("\n");
    }

    /** Drops the characters XML 1.0 cannot hold at all: most control characters and lone surrogates. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean surrogatePair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || surrogatePair;
            if (surrogatePair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (!allowed && out == null) {
                out = new StringBuilder(text.substring(0, i));
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
