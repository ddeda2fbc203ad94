package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Tag;

/** Maps the rows that several stores read. */
final class Rows {
    private Rows() {
    }

    static Author author(ResultSet rs) throws SQLException {
        return new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("bio"),
                rs.getString("avatar_url"), decodeLinks(rs.getString("links")));
    }

    static Tag tag(ResultSet rs) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"));
    }

    static Category category(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Category(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
                parentId);
    }

    /** Author links are kept one per line as label, tab, URL: neither part can hold a line break or a tab. */
    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static String encodeLinks(List<Author.Link> links) {
        StringBuilder text = new StringBuilder();
        for (Author.Link link : links) {
            text.append(clean(link.label())).append('\t').append(clean(link.url())).append('\n');
        }
        return text.toString();
    }

    static List<Author.Link> decodeLinks(String text) {
        List<Author.Link> links = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                links.add(new Author.Link(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return links;
    }

    private static String clean(String value) {
        return value.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
