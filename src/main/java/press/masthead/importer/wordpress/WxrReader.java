package press.masthead.importer.wordpress;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a WXR file one channel entry at a time: each author, term and item comes back as an {@link XmlNode}, and
 * the channel's own fields (title, link, version, base URLs) are collected on the way. Anything that is not well
 * formed, a DOCTYPE, or a document that is not RSS ends in a {@link WxrFormatException} naming line and column.
 */
final class WxrReader implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final String shownAs;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final Map<String, String> header = new HashMap<>();
    private boolean inChannel;
    private boolean finished;
    private boolean sawWxrNamespace;

    private WxrReader(String shownAs, InputStream in, XMLStreamReader xml) {
        this.shownAs = shownAs;
        this.in = in;
        this.xml = xml;
    }

    /** @param shownAs how errors name the file */
    static WxrReader open(Path file, String shownAs) {
        InputStream in = null;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            return new WxrReader(shownAs, in, SafeXml.reader(in));
        } catch (NoSuchFileException e) {
            throw new WxrFormatException(shownAs, 1, 1, "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + shownAs + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            closeQuietly(in);
            throw error(shownAs, e);
        }
    }

    /** The next author, term or item of the channel, or null after the end of the document. */
    XmlNode next() {
        try {
            if (!inChannel && !finished) {
                enterChannel();
            }
            while (!finished) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    XmlNode node = element();
                    if (!keptAsHeader(node)) {
                        return node;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    finish();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw error(shownAs, e);
        }
    }

    /** The channel's fields seen so far; complete once {@link #next()} has returned null. */
    WxrChannel channel() {
        return new WxrChannel(header.getOrDefault("title", ""), header.getOrDefault("link", ""),
                header.getOrDefault("wxr_version", ""), header.getOrDefault("base_blog_url", ""));
    }

    /** True when some element was in a WXR namespace: an RSS feed that is not an export has none. */
    boolean sawWxrNamespace() {
        return sawWxrNamespace;
    }

    /** The place the reader has reached, for errors about the document as a whole. */
    WxrFormatException problemHere(String problem) {
        Location location = xml.getLocation();
        return new WxrFormatException(shownAs, location.getLineNumber(), location.getColumnNumber(), problem);
    }

    private void enterChannel() throws XMLStreamException {
        boolean inRss = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw problemHere("the file has a DOCTYPE declaration. WordPress exports never have one, and Masthead"
                        + " does not read DTDs because they can fetch other files or expand without end (XXE,"
                        + " billion laughs); remove the DOCTYPE if this is a genuine export");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!inRss) {
                    if (!"rss".equals(xml.getLocalName())) {
                        throw problemHere("this is not a WordPress export: the document is <" + xml.getLocalName()
                                + ">, a WXR file is <rss> with a <channel>");
                    }
                    inRss = true;
                } else if ("channel".equals(xml.getLocalName())) {
                    inChannel = true;
                    return;
                } else {
                    element();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                throw problemHere("this is not a WordPress export: <rss> has no <channel>");
            }
        }
        throw problemHere("this is not a WordPress export: the file is empty");
    }

    /** Reads past the end of the channel to the end of the document, which must be well formed too. */
    private void finish() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                element();
            }
        }
        finished = true;
    }

    /** The element the reader stands on, with its children; leaves the reader on its end tag. */
    private XmlNode element() throws XMLStreamException {
        WxrNamespace namespace = WxrNamespace.of(xml.getNamespaceURI());
        sawWxrNamespace |= namespace == WxrNamespace.WXR;
        String name = xml.getLocalName();
        int line = xml.getLocation().getLineNumber();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.putIfAbsent(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> children.add(element());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(namespace, name, Map.copyOf(attributes), text.toString(), List.copyOf(children),
                            line);
                }
                default -> {
                    // comments and processing instructions carry no content
                }
            }
        }
    }

    private boolean keptAsHeader(XmlNode node) {
        boolean rssField = node.namespace() == WxrNamespace.RSS
                && List.of("title", "link").contains(node.name());
        boolean wxrField = node.namespace() == WxrNamespace.WXR
                && List.of("wxr_version", "base_site_url", "base_blog_url").contains(node.name());
        if (rssField || wxrField) {
            header.putIfAbsent(node.name(), node.text().strip());
            return true;
        }
        return false;
    }

    private static WxrFormatException error(String file, XMLStreamException e) {
        Location location = e.getLocation();
        String message = e.getMessage() == null ? "the XML is not well formed" : e.getMessage();
        int marker = message.indexOf("Message: ");
        String problem = marker >= 0 ? message.substring(marker + "Message: ".length()) : message;
        int line = location == null ? 1 : location.getLineNumber();
        int column = location == null ? 1 : location.getColumnNumber();
        return new WxrFormatException(file, line, column, "not well-formed XML: " + problem.strip());
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed next either way
        }
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a file we only read loses nothing
        }
    }
}
