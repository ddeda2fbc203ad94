package press.masthead.site.model;

/** A static page for the page template. */
public record StaticPageView(String url, String title, String bodyHtml, TimeView updated, String lang, String dir) {
}
