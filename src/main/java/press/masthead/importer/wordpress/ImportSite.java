package press.masthead.importer.wordpress;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import press.masthead.content.ArticleStore;
import press.masthead.content.Articles;
import press.masthead.content.AuthorStore;
import press.masthead.content.Authors;
import press.masthead.content.CommentStore;
import press.masthead.content.CustomFieldStore;
import press.masthead.content.ImportedIdStore;
import press.masthead.content.MediaStore;
import press.masthead.content.PageStore;
import press.masthead.content.Pages;
import press.masthead.content.RedirectStore;
import press.masthead.content.SettingsStore;
import press.masthead.content.Taxonomies;
import press.masthead.content.TaxonomyStore;
import press.masthead.media.MediaStorage;
import press.masthead.site.Permalinks;

/**
 * The parts of a site that an import writes to and an export reads from. Articles and pages are written through
 * their rules, dated by the clock each is given, so bodies are rendered and sanitized and events fire.
 */
public record ImportSite(
        Function<Clock, Articles> articles,
        Function<Clock, Pages> pages,
        Authors authors,
        Taxonomies taxonomies,
        ArticleStore articleStore,
        PageStore pageStore,
        AuthorStore authorStore,
        TaxonomyStore taxonomyStore,
        MediaStore mediaStore,
        CommentStore comments,
        CustomFieldStore customFields,
        ImportedIdStore importedIds,
        RedirectStore redirects,
        SettingsStore settings,
        Supplier<Permalinks> permalinks,
        MediaStorage mediaStorage,
        Clock clock) {
}
