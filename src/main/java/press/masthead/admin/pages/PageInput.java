package press.masthead.admin.pages;

import io.javalin.http.Context;
import press.masthead.admin.Forms;
import press.masthead.content.Page;
import press.masthead.content.PageDraft;

/**
 * A page as the form or the API sends it. A blank slug keeps the page's slug (or makes one from the title for a
 * new page); the body is Markdown.
 */
record PageInput(String title, String slug, String body, boolean published, String language, String seoTitle,
                 String seoDescription, boolean noindex) {

    static PageInput of(Page page) {
        return new PageInput(page.title(), page.slug(), page.bodySource(), page.published(), page.language(),
                page.seoTitle(), page.seoDescription(), page.noindex());
    }

    static PageInput empty() {
        return new PageInput("", "", "", false, "", "", "", false);
    }

    static PageInput fromForm(Context ctx) {
        return new PageInput(Forms.field(ctx, "title"), Forms.field(ctx, "slug"), Forms.field(ctx, "body"),
                ctx.formParam("published") != null, Forms.field(ctx, "language"), Forms.field(ctx, "seoTitle"),
                Forms.field(ctx, "seoDescription"), ctx.formParam("noindex") != null);
    }

    PageDraft draft() {
        return new PageDraft(title, slug, body, published, language, seoTitle, seoDescription, noindex, null);
    }
}
