package press.masthead.admin.authors;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import press.masthead.admin.Forms;
import press.masthead.content.Author;

/** An author profile as the form or the API sends it. The form has numbered link rows; blank ones are dropped. */
record AuthorInput(String name, String bio, String avatarUrl, List<Author.Link> links) {
    /** Link rows the form offers beyond those a profile has, so one more can be added without a script. */
    static final int SPARE_LINK_ROWS = 2;
    private static final int MAX_LINK_ROWS = 20;

    static AuthorInput of(Author author) {
        return new AuthorInput(author.name(), author.bio(), author.avatarUrl(), author.links());
    }

    static AuthorInput fromForm(Context ctx) {
        List<Author.Link> links = new ArrayList<>();
        for (int i = 0; i < MAX_LINK_ROWS && ctx.formParam("linkUrl" + i) != null; i++) {
            links.add(new Author.Link(Forms.field(ctx, "linkLabel" + i), Forms.field(ctx, "linkUrl" + i)));
        }
        return new AuthorInput(Forms.field(ctx, "name"), Forms.field(ctx, "bio"), Forms.field(ctx, "avatarUrl"), links);
    }

    List<Author.Link> linkList() {
        return links == null ? List.of() : links;
    }

    /** The rows the form shows: the links, then spare blank ones. */
    List<Author.Link> rows() {
        List<Author.Link> rows = new ArrayList<>(linkList());
        for (int i = 0; i < SPARE_LINK_ROWS; i++) {
            rows.add(new Author.Link("", ""));
        }
        return rows;
    }
}
