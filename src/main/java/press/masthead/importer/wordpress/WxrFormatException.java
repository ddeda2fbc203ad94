package press.masthead.importer.wordpress;

/**
 * A file that is not a well-formed WordPress export, or that Masthead refuses to read (a DTD). The message is
 * {@code FILE:LINE:COL: what is wrong}, like a compiler's (FILE as the person knows it: the path they gave, or
 * the name of the file they uploaded), so an editor can jump to the place.
 */
public final class WxrFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WxrFormatException(String file, int line, int column, String problem) {
        super(file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + problem);
    }
}
