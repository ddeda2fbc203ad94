package press.masthead.content;

import java.util.List;

/** The rules for author profiles: a name and a unique slug for the author's archive. */
public final class Authors {
    private final AuthorStore authors;
    private final ContentEvents events;

    public Authors(AuthorStore authors, ContentEvents events) {
        this.authors = authors;
        this.events = events;
    }

    public Author create(String name, String bio, String avatarUrl, List<Author.Link> links) {
        String displayName = Articles.required("name", name);
        String slug = Slugs.unique(Slugs.from(displayName, "author"),
                candidate -> authors.findBySlug(candidate).isPresent());
        long id = authors.insert(new Author(0, slug, displayName, Articles.orEmpty(bio).strip(),
                Articles.orEmpty(avatarUrl).strip(), links));
        events.fire(new ContentEvent.SiteChanged());
        return authors.findById(id).orElseThrow();
    }

    /** Changes a profile; the slug stays, so the author's archive keeps its URL. */
    public Author update(long id, String name, String bio, String avatarUrl, List<Author.Link> links) {
        Author before = authors.findById(id)
                .orElseThrow(() -> new InvalidContentException("id", "no author has id " + id));
        authors.update(new Author(id, before.slug(), Articles.required("name", name), Articles.orEmpty(bio).strip(),
                Articles.orEmpty(avatarUrl).strip(), links));
        events.fire(new ContentEvent.SiteChanged());
        return authors.findById(id).orElseThrow();
    }
}
