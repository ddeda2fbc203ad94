package press.masthead.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules for author profiles: a name, a unique slug for the author's archive, and a portrait and links that are
 * web addresses.
 */
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
                webAddress("avatarUrl", avatarUrl), checked(links)));
        events.fire(new ContentEvent.SiteChanged());
        return authors.findById(id).orElseThrow();
    }

    /** Changes a profile; the slug stays, so the author's archive keeps its URL. */
    public Author update(long id, String name, String bio, String avatarUrl, List<Author.Link> links) {
        Author before = authors.findById(id)
                .orElseThrow(() -> new InvalidContentException("id", "no author has id " + id));
        authors.update(new Author(id, before.slug(), Articles.required("name", name), Articles.orEmpty(bio).strip(),
                webAddress("avatarUrl", avatarUrl), checked(links)));
        events.fire(new ContentEvent.SiteChanged());
        return authors.findById(id).orElseThrow();
    }

    public Optional<Author> find(long id) {
        return authors.findById(id);
    }

    public List<Author> all() {
        return authors.all();
    }

    /** Links with a label and a web address each; rows with neither are dropped, as a form sends blank rows. */
    private static List<Author.Link> checked(List<Author.Link> links) {
        List<Author.Link> kept = new ArrayList<>();
        for (Author.Link link : links) {
            String label = Articles.orEmpty(link.label()).strip();
            String url = Articles.orEmpty(link.url()).strip();
            if (label.isEmpty() && url.isEmpty()) {
                continue;
            }
            if (label.isEmpty()) {
                throw new InvalidContentException("links", "the link to " + url + " needs a label, such as Website");
            }
            if (!url.startsWith("https://") && !url.startsWith("http://") && !url.startsWith("mailto:")) {
                throw new InvalidContentException("links", "the link '" + label
                        + "' needs a web address starting with https:// (or mailto:)");
            }
            kept.add(new Author.Link(label, webAddress("links", url)));
        }
        return kept;
    }

    /** Empty, an absolute http(s) or mailto address, or a path on this site such as /media/portrait.jpg. */
    private static String webAddress(String field, String value) {
        String url = Articles.orEmpty(value).strip();
        boolean absolute = url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:");
        boolean local = url.startsWith("/") && !url.startsWith("//");
        if (!url.isEmpty() && (!(absolute || local) || url.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<'))) {
            throw new InvalidContentException(field, "'" + url + "' is not a web address such as"
                    + " https://example.org/portrait.jpg or /media/portrait.jpg");
        }
        return url;
    }
}
