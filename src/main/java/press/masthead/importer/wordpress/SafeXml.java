package press.masthead.importer.wordpress;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's StAX parser with everything that reaches beyond the file switched off: no DTDs, no external entities,
 * no resolver. An export is untrusted input, and a DTD is how XXE and billion-laughs files do their harm.
 */
final class SafeXml {
    private SafeXml() {
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        // The JDK's own factory, not whatever a jar on the class path registers, so these settings mean what they say.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return factory.createXMLStreamReader(in);
    }
}
