package press.masthead.importer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a WXR file with everything inside it: the reader builds one per author, term or item, so memory
 * holds a single item at a time however large the file. {@code text} is the element's own text, CDATA included.
 */
record XmlNode(WxrNamespace namespace, String name, Map<String, String> attributes, String text,
               List<XmlNode> children, int line) {

    boolean is(WxrNamespace ns, String localName) {
        return namespace == ns && name.equals(localName);
    }

    /** The text of the first child with this name, or "" when there is none. */
    String text(WxrNamespace ns, String localName) {
        for (XmlNode child : children) {
            if (child.is(ns, localName)) {
                return child.text;
            }
        }
        return "";
    }

    List<XmlNode> all(WxrNamespace ns, String localName) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode child : children) {
            if (child.is(ns, localName)) {
                found.add(child);
            }
        }
        return found;
    }

    String attribute(String localName) {
        return attributes.getOrDefault(localName, "");
    }
}
