package press.masthead.theme;

/** The kinds of page a theme draws, each with its template file. */
public enum PageKind {
    HOME("home.peb"),
    ARTICLE("article.peb"),
    PAGE("page.peb"),
    ARCHIVE("archive.peb"),
    CORRECTIONS("corrections.peb"),
    SEARCH("search.peb"),
    NOT_FOUND("404.peb"),
    ERROR("500.peb");

    private final String template;

    PageKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
