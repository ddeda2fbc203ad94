package press.masthead.content;

/** What an editor hands in to create or change a static page; a blank slug is made from the title. */
public record PageDraft(String title, String slug, String bodySource, boolean published, String language,
                        String seoTitle, String seoDescription, boolean noindex) {
}
