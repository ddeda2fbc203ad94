package press.masthead.site;

import java.util.List;

/**
 * What a public path points at, before anything is loaded. {@link Permalinks#resolve} turns a path into
 * candidates; the renderer loads the first one whose content exists.
 */
public sealed interface PageRef {
    /** The page of a paginated list, 1 for the first. */
    int pageNumber();

    record Home(int pageNumber) implements PageRef {
    }

    /** An article path; fields the pattern does not have are null. */
    record ArticleAt(String slug, Long id, Integer year, Integer month, Integer day) implements PageRef {
        @Override
        public int pageNumber() {
            return 1;
        }
    }

    record StaticPage(String slug) implements PageRef {
        @Override
        public int pageNumber() {
            return 1;
        }
    }

    record TagArchive(String slug, int pageNumber) implements PageRef {
    }

    /** A category path from the top-level category down, e.g. [news, transport]. */
    record CategoryArchive(List<String> slugs, int pageNumber) implements PageRef {
        public CategoryArchive {
            slugs = List.copyOf(slugs);
        }
    }

    record AuthorArchive(String slug, int pageNumber) implements PageRef {
    }

    /** The site-wide list of corrections, clarifications and updates. */
    record CorrectionsList(int pageNumber) implements PageRef {
    }

    /** A year, month or day archive; month and day are null for the wider ones. */
    record DateArchive(int year, Integer month, Integer day, int pageNumber) implements PageRef {
    }
}
