package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import press.masthead.content.MediaItem;
import press.masthead.content.MediaStore;
import press.masthead.content.MediaUse;
import press.masthead.content.MediaVariant;

/** Media records in the {@code media_items} table, their variants in {@code media_variants}. */
public final class JdbcMediaStore implements MediaStore {
    private static final String NEWEST_FIRST = "ORDER BY created_at DESC, id DESC";

    private final Database database;

    public JdbcMediaStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<MediaItem> findById(long id) {
        return database.jdbi().withHandle(h -> withVariants(h, "SELECT * FROM media_items WHERE id = :id", "id",
                q -> q.bind("id", id)).stream().findFirst());
    }

    @Override
    public List<MediaItem> findByUrls(Collection<String> urls) {
        if (urls.isEmpty()) {
            return List.of();
        }
        return database.jdbi().withHandle(h -> withVariants(h, "SELECT * FROM media_items WHERE url IN (<urls>)",
                "id", q -> q.bindList("urls", List.copyOf(urls))));
    }

    @Override
    public long insert(MediaItem item) {
        return database.jdbi().inTransaction(h -> {
            long id = h.createQuery("""
                            INSERT INTO media_items (url, file_path, original_url, title, alt, caption, description,
                                media_type, created_at, width, height, byte_size)
                            VALUES (:url, :filePath, :originalUrl, :title, :alt, :caption, :description,
                                :mediaType, :createdAt, :width, :height, :byteSize)
                            RETURNING id""")
                    .bindMap(columns(item)).mapTo(Long.class).one();
            for (MediaVariant variant : item.variants()) {
                h.createUpdate("""
                                INSERT INTO media_variants (media_id, width, height, url, file_path, byte_size)
                                VALUES (:mediaId, :width, :height, :url, :filePath, :byteSize)""")
                        .bind("mediaId", id).bind("width", variant.width()).bind("height", variant.height())
                        .bind("url", variant.url()).bind("filePath", variant.filePath())
                        .bind("byteSize", variant.byteSize()).execute();
            }
            return id;
        });
    }

    @Override
    public void update(MediaItem item) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        UPDATE media_items SET url = :url, file_path = :filePath, original_url = :originalUrl,
                            title = :title, alt = :alt, caption = :caption, description = :description,
                            media_type = :mediaType, created_at = :createdAt, width = :width, height = :height,
                            byte_size = :byteSize
                        WHERE id = :id""")
                .bindMap(columns(item)).bind("id", item.id()).execute());
    }

    @Override
    public List<MediaItem> allAfter(long afterId, int limit) {
        return database.jdbi().withHandle(h -> withVariants(h,
                "SELECT * FROM media_items WHERE id > :after ORDER BY id LIMIT :limit", "id",
                q -> q.bind("after", afterId).bind("limit", limit)));
    }

    @Override
    public List<MediaItem> search(String text, int offset, int limit) {
        TextFilter filter = TextFilter.of(text);
        return database.jdbi().withHandle(h -> withVariants(h,
                "SELECT * FROM media_items" + filter.where() + " " + NEWEST_FIRST + " LIMIT :limit OFFSET :offset",
                "created_at DESC, id DESC",
                q -> filter.bindTo(q.bind("limit", limit).bind("offset", offset))));
    }

    @Override
    public int count(String text) {
        TextFilter filter = TextFilter.of(text);
        return database.jdbi().withHandle(h -> {
            Query query = h.createQuery("SELECT COUNT(*) FROM media_items" + filter.where());
            filter.bindTo(query);
            return query.mapTo(Integer.class).one();
        });
    }

    @Override
    public List<MediaUse> deleteUnlessUsed(MediaItem item) {
        List<String> urls = new ArrayList<>();
        urls.add(item.url());
        item.variants().forEach(variant -> urls.add(variant.url()));
        return database.jdbi().inTransaction(h -> {
            List<MediaUse> uses = usesOf(h, urls);
            if (uses.isEmpty()) {
                h.createUpdate("DELETE FROM media_variants WHERE media_id = :id").bind("id", item.id()).execute();
                h.createUpdate("DELETE FROM media_items WHERE id = :id").bind("id", item.id()).execute();
            }
            return uses;
        });
    }

    /**
     * Articles and pages whose featured image is one of the URLs (also written absolute) or whose body has one as
     * an attribute value: the sanitizer writes every attribute in double quotes, so a URL followed by a quote is a
     * whole {@code src} or {@code href}, not the start of a longer name.
     */
    private static List<MediaUse> usesOf(Handle h, List<String> urls) {
        StringBuilder articleMatch = new StringBuilder();
        StringBuilder pageMatch = new StringBuilder();
        Map<String, Object> patterns = new LinkedHashMap<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = escapeLike(urls.get(i));
            patterns.put("image" + i, "%" + url);
            patterns.put("body" + i, "%" + url + "\"%");
            String separator = i == 0 ? "" : " OR ";
            articleMatch.append(separator).append("image_url LIKE :image").append(i).append(" ESCAPE '!'")
                    .append(" OR body_html LIKE :body").append(i).append(" ESCAPE '!'");
            pageMatch.append(separator).append("body_html LIKE :body").append(i).append(" ESCAPE '!'");
        }
        return h.createQuery("SELECT 'ARTICLE' AS kind, id, headline AS title FROM articles WHERE " + articleMatch
                        + " UNION ALL SELECT 'PAGE' AS kind, id, title FROM pages WHERE " + pageMatch
                        + " ORDER BY kind, id")
                .bindMap(patterns)
                .map((rs, ctx) -> new MediaUse(MediaUse.Kind.valueOf(rs.getString("kind")), rs.getLong("id"),
                        rs.getString("title")))
                .list();
    }

    /** Records whose title, alt text, caption or file name contain the words as written, in any case. */
    private record TextFilter(String where, String pattern) {
        static TextFilter of(String text) {
            if (text == null || text.isBlank()) {
                return new TextFilter("", null);
            }
            return new TextFilter(" WHERE LOWER(title) LIKE :pattern ESCAPE '!' OR LOWER(alt) LIKE :pattern ESCAPE '!'"
                    + " OR LOWER(caption) LIKE :pattern ESCAPE '!' OR LOWER(file_path) LIKE :pattern ESCAPE '!'",
                    "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }

        void bindTo(Query query) {
            if (pattern != null) {
                query.bind("pattern", pattern);
            }
        }
    }

    /** LIKE patterns escape with '!': JDBI's statement parser would take a backslash before a quote as an escape. */
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * Runs a query for media rows and joins their variants in the same statement; {@code order} repeats the
     * query's order over its aliased columns so that the records come out as the query listed them.
     */
    private static List<MediaItem> withVariants(Handle h, String itemsQuery, String order, Consumer<Query> binder) {
        Query query = h.createQuery("""
                SELECT m.*, v.width AS v_width, v.height AS v_height, v.url AS v_url, v.file_path AS v_file_path,
                    v.byte_size AS v_byte_size
                FROM (%s) m LEFT JOIN media_variants v ON v.media_id = m.id
                ORDER BY %s, v.width""".formatted(itemsQuery, qualified(order)));
        binder.accept(query);
        Map<Long, MediaItem> items = new LinkedHashMap<>();
        Map<Long, List<MediaVariant>> variants = new LinkedHashMap<>();
        query.map((rs, ctx) -> {
            long id = rs.getLong("id");
            items.computeIfAbsent(id, key -> item(rs));
            List<MediaVariant> list = variants.computeIfAbsent(id, key -> new ArrayList<>());
            String url = rs.getString("v_url");
            if (url != null) {
                list.add(new MediaVariant(rs.getInt("v_width"), rs.getInt("v_height"), url,
                        rs.getString("v_file_path"), rs.getLong("v_byte_size")));
            }
            return id;
        }).list();
        return items.values().stream().map(item -> withVariants(item, variants.get(item.id()))).toList();
    }

    private static String qualified(String order) {
        return String.join(", ", Arrays.stream(order.split(",")).map(part -> "m." + part.strip()).toList());
    }

    private static MediaItem withVariants(MediaItem item, List<MediaVariant> variants) {
        return new MediaItem(item.id(), item.url(), item.filePath(), item.originalUrl(), item.title(), item.alt(),
                item.caption(), item.description(), item.mediaType(), item.createdAt(), item.width(), item.height(),
                item.byteSize(), variants);
    }

    private static Map<String, Object> columns(MediaItem item) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("url", item.url());
        columns.put("filePath", item.filePath());
        columns.put("originalUrl", item.originalUrl());
        columns.put("title", item.title());
        columns.put("alt", item.alt());
        columns.put("caption", item.caption());
        columns.put("description", item.description());
        columns.put("mediaType", item.mediaType());
        columns.put("createdAt", Times.toMillis(item.createdAt()));
        columns.put("width", item.width());
        columns.put("height", item.height());
        columns.put("byteSize", item.byteSize());
        return columns;
    }

    private static MediaItem item(ResultSet rs) {
        try {
            return new MediaItem(rs.getLong("id"), rs.getString("url"), rs.getString("file_path"),
                    rs.getString("original_url"), rs.getString("title"), rs.getString("alt"),
                    rs.getString("caption"), rs.getString("description"), rs.getString("media_type"),
                    Times.read(rs, "created_at"), rs.getInt("width"), rs.getInt("height"), rs.getLong("byte_size"),
                    List.of());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a media record: " + e.getMessage(), e);
        }
    }
}
