package press.masthead.feeds;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A feed read back with the JDK's own XML parser (so a document that is not well-formed fails here) and queried
 * with XPath under the prefixes atom, content, dc and media.
 */
final class Xml {
    private static final Map<String, String> NAMESPACES = Map.of(
            "atom", "http://www.w3.org/2005/Atom",
            "content", "http://purl.org/rss/1.0/modules/content/",
            "dc", "http://purl.org/dc/elements/1.1/",
            "media", "http://search.yahoo.com/mrss/",
            "xml", XMLConstants.XML_NS_URI);

    private final Node root;
    private final XPath xpath;

    private Xml(Node root) {
        this.root = root;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                throw new UnsupportedOperationException();
            }
        });
    }

    static Xml parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
            return new Xml(document);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("The feed is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The text of the first node the expression finds; empty when it finds none. */
    String text(String expression) {
        try {
            return (String) xpath.evaluate(expression, root, XPathConstants.STRING);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The text of every node the expression finds, in document order. */
    List<String> texts(String expression) {
        return nodes(expression).stream().map(n -> n.root.getTextContent()).toList();
    }

    /** Every node the expression finds, each to query further. */
    List<Xml> nodes(String expression) {
        try {
            NodeList found = (NodeList) xpath.evaluate(expression, root, XPathConstants.NODESET);
            List<Xml> nodes = new ArrayList<>();
            for (int i = 0; i < found.getLength(); i++) {
                nodes.add(new Xml(found.item(i)));
            }
            return nodes;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The one node the expression finds; fails when there is none or more than one. */
    Xml node(String expression) {
        List<Xml> nodes = nodes(expression);
        if (nodes.size() != 1) {
            throw new AssertionError("Expected one node at " + expression + ", found " + nodes.size());
        }
        return nodes.get(0);
    }
}
