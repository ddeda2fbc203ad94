package press.masthead.site.model;

import java.util.List;

/** An author as shown in a byline or on the author's archive page. */
public record AuthorView(String name, String url, String bio, String avatarUrl, List<LinkView> links) {
}
