package press.masthead.importer.wordpress;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import press.masthead.content.Article;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Comment;
import press.masthead.content.CustomField;
import press.masthead.content.Image;
import press.masthead.content.MediaItem;
import press.masthead.content.Page;
import press.masthead.content.SiteSettings;
import press.masthead.content.Tag;
import press.masthead.files.AtomicFiles;
import press.masthead.site.Permalinks;

/**
 * Writes the whole site as WXR 1.2, the file WordPress's importer reads: authors, the category tree, tags, media as
 * attachments, pages and articles with their terms, featured images, SEO fields, custom fields and comments. Streams
 * a batch of articles at a time, and writes beside the target first so that a failed export leaves no half file.
 */
public final class WordPressExporter {
    private static final int BATCH = 200;
    private static final DateTimeFormatter WXR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String NEVER = "0000-00-00 00:00:00";
    /** WordPress keeps posts, pages and attachments under one run of ids; ours are separate, so kinds interleave. */
    private static final int KINDS = 4;
    private static final int ARTICLE = 0;
    private static final int PAGE = 1;
    private static final int MEDIA = 2;
    private static final int EXTRA_IMAGE = 3;

    private final ImportSite site;

    public WordPressExporter(ImportSite site) {
        this.site = site;
    }

    public ExportCounts export(Path file) {
        try {
            return AtomicFiles.replaceWithStream(file, this::export);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the export to {@code out} as it goes (a download, say), leaving {@code out} open. A failure half-way
     * leaves a cut-short file, which no importer takes for a whole one: the document is not well formed.
     */
    public ExportCounts export(OutputStream out) {
        try {
            OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            ExportCounts counts = new Run(buffered).write();
            buffered.flush();
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the WordPress export: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the WordPress export: " + e.getMessage(), e);
        }
    }

    /** One export: the writer, the site's settings and URLs, and the featured images written so far. */
    private final class Run {
        private final WxrWriter wxr;
        private final SiteSettings settings = site.settings().load();
        private final Permalinks permalinks = site.permalinks().get();
        private final Map<String, Long> attachmentByUrl = new HashMap<>();
        private long extraImages;
        private int articles;
        private int pages;
        private int media;
        private int comments;

        Run(OutputStream out) throws XMLStreamException {
            this.wxr = new WxrWriter(out);
        }

        ExportCounts write() throws XMLStreamException {
            wxr.startDocument();
            wxr.text(null, "title", settings.title());
            wxr.text(null, "link", baseUrl());
            wxr.text(null, "description", settings.tagline());
            wxr.text(null, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(site.clock().instant()
                    .atOffset(ZoneOffset.UTC)));
            wxr.text(null, "language", settings.language());
            wxr.text(WxrWriter.WXR, "wxr_version", "1.2");
            wxr.text(WxrWriter.WXR, "base_site_url", baseUrl());
            wxr.text(WxrWriter.WXR, "base_blog_url", baseUrl());
            List<Author> authors = site.authorStore().all();
            for (Author author : authors) {
                author(author);
            }
            List<Category> categories = site.taxonomyStore().allCategories();
            Map<Long, Category> byId = new HashMap<>();
            categories.forEach(category -> byId.put(category.id(), category));
            for (Category category : categories) {
                category(category, byId);
            }
            List<Tag> tags = site.taxonomyStore().allTags();
            for (Tag tag : tags) {
                tag(tag);
            }
            wxr.text(null, "generator", "Masthead");
            for (List<MediaItem> batch = site.mediaStore().allAfter(0, BATCH); !batch.isEmpty();
                 batch = site.mediaStore().allAfter(batch.get(batch.size() - 1).id(), BATCH)) {
                for (MediaItem item : batch) {
                    attachment(item);
                }
            }
            for (Page page : site.pageStore().all()) {
                page(page);
            }
            for (List<Article> batch = site.articleStore().allAfter(0, BATCH); !batch.isEmpty();
                 batch = site.articleStore().allAfter(batch.get(batch.size() - 1).id(), BATCH)) {
                for (Article article : batch) {
                    article(article);
                }
            }
            wxr.endDocument();
            return new ExportCounts(authors.size(), categories.size(), tags.size(), articles, pages, media, comments);
        }

        private void author(Author author) throws XMLStreamException {
            wxr.start(WxrWriter.WXR, "author");
            wxr.text(WxrWriter.WXR, "author_id", Long.toString(author.id()));
            wxr.cdata(WxrWriter.WXR, "author_login", author.slug());
            wxr.cdata(WxrWriter.WXR, "author_email", "");
            wxr.cdata(WxrWriter.WXR, "author_display_name", author.name());
            wxr.cdata(WxrWriter.WXR, "author_first_name", "");
            wxr.cdata(WxrWriter.WXR, "author_last_name", "");
            wxr.end();
        }

        private void category(Category category, Map<Long, Category> byId) throws XMLStreamException {
            Category parent = category.parentId() == null ? null : byId.get(category.parentId());
            wxr.start(WxrWriter.WXR, "category");
            wxr.text(WxrWriter.WXR, "term_id", Long.toString(category.id()));
            wxr.cdata(WxrWriter.WXR, "category_nicename", category.slug());
            wxr.cdata(WxrWriter.WXR, "category_parent", parent == null ? "" : parent.slug());
            wxr.cdata(WxrWriter.WXR, "cat_name", category.name());
            wxr.cdata(WxrWriter.WXR, "category_description", category.description());
            wxr.end();
        }

        private void tag(Tag tag) throws XMLStreamException {
            wxr.start(WxrWriter.WXR, "tag");
            wxr.text(WxrWriter.WXR, "term_id", Long.toString(tag.id()));
            wxr.cdata(WxrWriter.WXR, "tag_slug", tag.slug());
            wxr.cdata(WxrWriter.WXR, "tag_name", tag.name());
            wxr.cdata(WxrWriter.WXR, "tag_description", tag.description());
            wxr.end();
        }

        private void attachment(MediaItem item) throws XMLStreamException {
            long id = exportId(MEDIA, item.id());
            String url = absolute(item.url());
            attachmentByUrl.putIfAbsent(item.url(), id);
            startItem(id, item.title(), url, item.createdAt(), "");
            wxr.cdata(WxrWriter.CONTENT, "encoded", item.description());
            wxr.cdata(WxrWriter.EXCERPT, "encoded", item.caption());
            postFields(id, item.createdAt(), item.createdAt(), fileName(item), "inherit", "attachment", false);
            wxr.text(WxrWriter.WXR, "attachment_url", url);
            if (item.isStoredHere()) {
                meta("_wp_attached_file", item.filePath());
            }
            if (!item.alt().isEmpty()) {
                meta("_wp_attachment_image_alt", item.alt());
            }
            wxr.end();
            media++;
        }

        /** A featured image that is no media record (set by URL) becomes an attachment of its own. */
        private long featuredImage(Image image, Instant date) throws XMLStreamException {
            Long known = attachmentByUrl.get(image.url());
            if (known != null) {
                return known;
            }
            long id = exportId(EXTRA_IMAGE, ++extraImages);
            String url = absolute(image.url());
            startItem(id, image.alt().isEmpty() ? url : image.alt(), url, date, "");
            wxr.cdata(WxrWriter.CONTENT, "encoded", "");
            wxr.cdata(WxrWriter.EXCERPT, "encoded", image.caption());
            postFields(id, date, date, "", "inherit", "attachment", false);
            wxr.text(WxrWriter.WXR, "attachment_url", url);
            meta("_wp_attachment_image_alt", image.alt());
            wxr.end();
            attachmentByUrl.put(image.url(), id);
            media++;
            return id;
        }

        private void page(Page page) throws XMLStreamException {
            long id = exportId(PAGE, page.id());
            Instant date = page.publishedAt() != null ? page.publishedAt() : page.updatedAt();
            startItem(id, page.title(), permalinks.absolute(permalinks.page(page)), date, "");
            wxr.cdata(WxrWriter.CONTENT, "encoded", ExportedBody.of(page.bodyHtml(), this::absolute));
            wxr.cdata(WxrWriter.EXCERPT, "encoded", "");
            postFields(id, page.publishedAt(), page.updatedAt(), page.slug(), page.published() ? "publish" : "draft",
                    "page", false);
            seo(page.seoTitle(), page.seoDescription(), "");
            comments(site.comments().ofPage(page.id()));
            wxr.end();
            pages++;
        }

        private void article(Article article) throws XMLStreamException {
            Instant date = article.publishedAt() != null ? article.publishedAt() : article.createdAt();
            Long imageId = article.featuredImage() == null ? null : featuredImage(article.featuredImage(), date);
            long id = exportId(ARTICLE, article.id());
            String creator = article.authors().isEmpty() ? "" : article.authors().get(0).slug();
            startItem(id, article.headline(), permalinks.absolute(permalinks.article(article)), date, creator);
            wxr.cdata(WxrWriter.CONTENT, "encoded", ExportedBody.of(article.bodyHtml(), this::absolute));
            wxr.cdata(WxrWriter.EXCERPT, "encoded", article.standfirst());
            postFields(id, article.publishedAt(), article.updatedAt(), article.slug(), status(article.status()), "post",
                    article.featured());
            for (Category category : article.categories()) {
                term("category", category.slug(), category.name());
            }
            for (Tag tag : article.tags()) {
                term("post_tag", tag.slug(), tag.name());
            }
            // WordPress has one author per post; Co-Authors Plus lists the others as terms, as here.
            List<Author> byline = article.authors();
            for (Author coAuthor : byline.subList(Math.min(1, byline.size()), byline.size())) {
                term("author", coAuthor.slug(), coAuthor.name());
            }
            if (imageId != null) {
                meta("_thumbnail_id", Long.toString(imageId));
            }
            seo(article.seoTitle(), article.seoDescription(), article.canonicalUrl());
            for (CustomField field : site.customFields().ofArticle(article.id())) {
                meta(field.name(), field.value());
            }
            comments(site.comments().ofArticle(article.id()));
            wxr.end();
            articles++;
        }

        private void startItem(long id, String title, String link, Instant date, String creator)
                throws XMLStreamException {
            wxr.start(null, "item");
            wxr.newLine();
            wxr.text(null, "title", title);
            wxr.text(null, "link", link);
            wxr.text(null, "pubDate", date == null ? "" : DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    date.atOffset(ZoneOffset.UTC)));
            wxr.cdata(WxrWriter.DUBLIN_CORE, "creator", creator);
            wxr.start(null, "guid");
            wxr.attribute("isPermaLink", "false");
            wxr.cdataText(baseUrl() + "?p=" + id);
            wxr.end();
            wxr.text(null, "description", "");
        }

        private void postFields(long id, Instant published, Instant modified, String slug, String status, String type,
                                boolean sticky) throws XMLStreamException {
            wxr.text(WxrWriter.WXR, "post_id", Long.toString(id));
            wxr.cdata(WxrWriter.WXR, "post_date", local(published != null ? published : modified));
            wxr.cdata(WxrWriter.WXR, "post_date_gmt", published == null ? NEVER : gmt(published));
            wxr.cdata(WxrWriter.WXR, "post_modified", local(modified));
            wxr.cdata(WxrWriter.WXR, "post_modified_gmt", gmt(modified));
            wxr.cdata(WxrWriter.WXR, "comment_status", "closed");
            wxr.cdata(WxrWriter.WXR, "ping_status", "closed");
            wxr.cdata(WxrWriter.WXR, "post_name", slug);
            wxr.cdata(WxrWriter.WXR, "status", status);
            wxr.text(WxrWriter.WXR, "post_parent", "0");
            wxr.text(WxrWriter.WXR, "menu_order", "0");
            wxr.cdata(WxrWriter.WXR, "post_type", type);
            wxr.cdata(WxrWriter.WXR, "post_password", "");
            wxr.text(WxrWriter.WXR, "is_sticky", sticky ? "1" : "0");
        }

        private void term(String domain, String slug, String name) throws XMLStreamException {
            wxr.start(null, "category");
            wxr.attribute("domain", domain);
            wxr.attribute("nicename", slug);
            wxr.cdataText(name);
            wxr.end();
        }

        private void seo(String title, String description, String canonical) throws XMLStreamException {
            if (!title.isEmpty()) {
                meta("_yoast_wpseo_title", title);
            }
            if (!description.isEmpty()) {
                meta("_yoast_wpseo_metadesc", description);
            }
            if (!canonical.isEmpty()) {
                meta("_yoast_wpseo_canonical", canonical);
            }
        }

        private void meta(String key, String value) throws XMLStreamException {
            wxr.start(WxrWriter.WXR, "postmeta");
            wxr.cdata(WxrWriter.WXR, "meta_key", key);
            wxr.cdata(WxrWriter.WXR, "meta_value", value);
            wxr.end();
        }

        private void comments(List<Comment> list) throws XMLStreamException {
            for (Comment comment : list) {
                wxr.start(WxrWriter.WXR, "comment");
                wxr.text(WxrWriter.WXR, "comment_id", Long.toString(comment.id()));
                wxr.cdata(WxrWriter.WXR, "comment_author", comment.authorName());
                wxr.cdata(WxrWriter.WXR, "comment_author_email", comment.authorEmail());
                wxr.cdata(WxrWriter.WXR, "comment_author_url", comment.authorUrl());
                wxr.cdata(WxrWriter.WXR, "comment_author_IP", comment.authorIp());
                wxr.cdata(WxrWriter.WXR, "comment_date", local(comment.createdAt()));
                wxr.cdata(WxrWriter.WXR, "comment_date_gmt", gmt(comment.createdAt()));
                wxr.cdata(WxrWriter.WXR, "comment_content", comment.body());
                wxr.cdata(WxrWriter.WXR, "comment_approved", approved(comment.status()));
                wxr.cdata(WxrWriter.WXR, "comment_type", comment.type());
                wxr.text(WxrWriter.WXR, "comment_parent", comment.parentId() == null ? "0" : comment.parentId().toString());
                wxr.text(WxrWriter.WXR, "comment_user_id", "0");
                wxr.end();
                comments++;
            }
        }

        private String baseUrl() {
            return permalinks.absolute("/");
        }

        private String absolute(String url) {
            return url.startsWith("/") && !url.startsWith("//") ? permalinks.absolute(url) : url;
        }

        private String local(Instant time) {
            ZoneId zone = settings.timeZone();
            return time == null ? NEVER : WXR_TIME.format(time.atZone(zone));
        }
    }

    private static long exportId(int kind, long id) {
        return id * KINDS + kind;
    }

    private static String gmt(Instant time) {
        return time == null ? NEVER : WXR_TIME.format(time.atOffset(ZoneOffset.UTC));
    }

    private static String fileName(MediaItem item) {
        String path = item.filePath() != null ? item.filePath() : item.originalUrl();
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String status(ArticleStatus status) {
        return switch (status) {
            case PUBLISHED -> "publish";
            case SCHEDULED -> "future";
            case PENDING -> "pending";
            // WordPress has no status for an article taken down; it becomes a draft there, as it is not public.
            case DRAFT, UNPUBLISHED -> "draft";
        };
    }

    private static String approved(Comment.Status status) {
        return switch (status) {
            case APPROVED -> "1";
            case PENDING -> "0";
            case SPAM -> "spam";
            case TRASH -> "trash";
        };
    }
}
