package press.masthead.output;

/** The formats Masthead writes, as data: media type and the file name a static export gives a directory URL. */
public enum OutputFormat {
    HTML("text/html; charset=utf-8", "index.html"),
    RSS("application/rss+xml; charset=utf-8", "index.xml"),
    ATOM("application/atom+xml; charset=utf-8", "index.xml"),
    JSON_FEED("application/feed+json; charset=utf-8", "index.json"),
    SITEMAP("application/xml; charset=utf-8", "sitemap.xml"),
    ROBOTS("text/plain; charset=utf-8", "robots.txt");

    private final String mediaType;
    private final String indexFile;

    OutputFormat(String mediaType, String indexFile) {
        this.mediaType = mediaType;
        this.indexFile = indexFile;
    }

    public String mediaType() {
        return mediaType;
    }

    public String indexFile() {
        return indexFile;
    }
}
