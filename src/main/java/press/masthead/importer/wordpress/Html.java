package press.masthead.importer.wordpress;

/** Escapes for the little HTML the importer writes itself. */
final class Html {
    private Html() {
    }

    static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String attribute(String value) {
        return text(value).replace("\"", "&quot;");
    }

    /** A link to {@code url} as the whole of a figure: how an embed looks without a third party's script. */
    static String linkFigure(String figureClass, String url) {
        String href = attribute(url);
        return "<figure class=\"" + figureClass + "\"><a href=\"" + href + "\">" + text(url) + "</a></figure>";
    }
}
