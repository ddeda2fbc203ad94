package press.masthead.content;

import java.time.Instant;

/**
 * What an editor or an importer hands in to create or change a static page; a blank slug is made from the title.
 * A published page without a time is published now.
 */
public record PageDraft(String title, String slug, String bodySource, boolean published, String language,
                        String seoTitle, String seoDescription, boolean noindex, Instant publishedAt) {
}
