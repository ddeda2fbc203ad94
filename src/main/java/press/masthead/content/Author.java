package press.masthead.content;

import java.util.List;

/** A person who writes for the site; the byline links to the author's archive. */
public record Author(long id, String slug, String name, String bio, String avatarUrl, List<Link> links) {
    public Author {
        links = List.copyOf(links);
    }

    /** A labelled link on an author's profile, such as a personal site or a social profile. */
    public record Link(String label, String url) {
    }
}
