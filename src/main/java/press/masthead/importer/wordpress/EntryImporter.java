package press.masthead.importer.wordpress;

import press.masthead.importer.wordpress.ImportReport.Kind;

/**
 * Hands each entry of the export to the importer for its kind (authors, terms, posts, pages, attachments), each of
 * which maps it, saves it and redirects its old addresses; then finishes what had to wait for the whole file.
 */
final class EntryImporter {
    private final ImportRun run;
    private final AuthorImporter authors;
    private final TermImporter terms;
    private final ArticleImporter articles;
    private final PageImporter pages;
    private final MediaImporter media;

    EntryImporter(ImportRun run) {
        this.run = run;
        this.authors = new AuthorImporter(run);
        this.terms = new TermImporter(run);
        CommentImporter comments = new CommentImporter(run);
        this.articles = new ArticleImporter(run, authors, terms, comments);
        this.pages = new PageImporter(run, comments);
        this.media = new MediaImporter(run);
    }

    void add(XmlNode node) {
        WxrTerm term = WxrTerm.from(node);
        if (node.is(WxrNamespace.WXR, "author")) {
            authors.add(WxrAuthor.from(node));
        } else if (term != null) {
            terms.add(term);
        } else if (node.is(WxrNamespace.RSS, "item")) {
            WxrItem item = WxrItem.from(node);
            if (isImportable(item)) {
                switch (item.postType()) {
                    case WxrItem.POST -> articles.add(item);
                    case WxrItem.PAGE -> pages.add(item);
                    default -> media.add(item);
                }
            }
        }
    }

    /** Puts children under parents declared after them, and points links at items that came later in the file. */
    void finish() {
        terms.finish();
        articles.relink();
        pages.relink();
    }

    /** Items that are not posts, pages or attachments, items without an id and repeated items are passed over. */
    private boolean isImportable(WxrItem item) {
        boolean known = WxrItem.POST.equals(item.postType()) || WxrItem.PAGE.equals(item.postType())
                || WxrItem.ATTACHMENT.equals(item.postType());
        if (!known) {
            String type = item.postType().isEmpty() ? "(none)" : item.postType();
            run.report.repeatedProblem("type " + type, item.line(), "items of the type " + type
                    + " are not imported: Masthead has articles, pages and media (not menus or custom post types)");
            run.report.countSkipped(Kind.OTHER_ITEMS);
            return false;
        }
        Kind kind = switch (item.postType()) {
            case WxrItem.POST -> Kind.ARTICLES;
            case WxrItem.PAGE -> Kind.PAGES;
            default -> Kind.MEDIA;
        };
        if (item.postId().isEmpty()) {
            run.report.problem(item.line(), item.label(), "no wp:post_id, so a second import could not find it;"
                    + " skipped");
            run.report.countSkipped(kind);
            return false;
        }
        if (!run.firstSighting(item)) {
            run.report.problem(item.line(), item.label(), "the file holds this id twice; the first one is kept");
            run.report.countSkipped(kind);
            return false;
        }
        return true;
    }
}
