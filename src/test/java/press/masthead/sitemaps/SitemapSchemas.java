package press.masthead.sitemaps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The sitemaps.org and Google XSDs from the shared fixtures, compiled for validating what Masthead writes: one
 * schema for {@code <sitemapindex>}, one for {@code <urlset>} with the image and news extensions it may carry.
 */
final class SitemapSchemas {
    private SitemapSchemas() {
    }

    /** Fails with the validator's own words (line, column, what is wrong) when the document breaks its schema. */
    static void assertValidIndex(byte[] xml) {
        validate(compile("siteindex.xsd"), xml);
    }

    static void assertValidUrlset(byte[] xml) {
        validate(compile("sitemap.xsd", "sitemap-image.xsd", "sitemap-news.xsd"), xml);
    }

    private static void validate(Schema schema, byte[] xml) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError("Sitemap is not schema-valid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Schema compile(String... files) {
        Path folder = fixtures().resolve("schemas/sitemaps");
        Source[] sources = Arrays.stream(files)
                .map(file -> {
                    Path xsd = folder.resolve(file);
                    if (!Files.isRegularFile(xsd)) {
                        throw new IllegalStateException("Missing schema fixture " + xsd);
                    }
                    return new StreamSource(xsd.toFile());
                })
                .toArray(Source[]::new);
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot compile " + String.join(", ", files) + ": " + e.getMessage(), e);
        }
    }

    private static Path fixtures() {
        String property = System.getProperty("masthead.fixtures");
        if (property == null || !Files.isDirectory(Path.of(property))) {
            throw new IllegalStateException("The shared fixtures are missing: the system property masthead.fixtures is "
                    + (property == null ? "not set" : "'" + property + "', which is not a directory")
                    + ". Run the tests through Maven (surefire sets it to ../shared/fixtures) or pass"
                    + " -Dmasthead.fixtures=DIR.");
        }
        return Path.of(property);
    }
}
