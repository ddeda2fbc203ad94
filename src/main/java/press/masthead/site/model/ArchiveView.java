package press.masthead.site.model;

import java.util.List;

/**
 * What an archive lists: {@code kind} is tag, category, author, year, month or day. {@code breadcrumbs} leads
 * from the top-level category down to this one (empty for other kinds); {@code author} is set on author archives.
 */
public record ArchiveView(String kind, String title, String description, List<LinkView> breadcrumbs, AuthorView author,
                          int articleCount) {
}
