package press.masthead.output;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * One file of the static export: the URL path it answers, the file it is written to (decoded, relative to the
 * export folder), and what it holds.
 */
public record ExportItem(String urlPath, String filePath, ExportContent content) {

    /** An item whose bytes are rendered only when the export gets to it. */
    public ExportItem(String urlPath, String filePath, Supplier<byte[]> render) {
        this(urlPath, filePath, new ExportContent.Rendered(render));
    }

    /** The item for a rendered URL: a path ending in '/' becomes a folder with the format's index file. */
    public static ExportItem of(String urlPath, OutputFormat format, Supplier<byte[]> content) {
        // Static file servers decode the URL before they look for the file, so the file name is the decoded path.
        String decoded = URLDecoder.decode(urlPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        String file = decoded.endsWith("/") ? decoded + format.indexFile() : decoded;
        return new ExportItem(urlPath, file.substring(1), content);
    }
}
