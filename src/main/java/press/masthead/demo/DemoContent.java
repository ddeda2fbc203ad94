package press.masthead.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import press.masthead.app.MastheadApp;
import press.masthead.content.ArticleDraft;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Image;
import press.masthead.content.PageDraft;
import press.masthead.content.SiteSettings;
import press.masthead.content.Taxonomies;
import press.masthead.media.MediaKeys;

/**
 * Loads the demo site into an empty Masthead: settings, authors, categories, images, articles dated relative to
 * now (so the newest reads as this morning's news), and static pages. A site with any content is left alone.
 */
public final class DemoContent {
    static final String MEDIA_FOLDER = "demo";

    private final MastheadApp app;

    public DemoContent(MastheadApp app) {
        this.app = app;
    }

    /** Fills the site when it is empty; returns false, having changed nothing, when it already has content. */
    public boolean fillIfEmpty() {
        if (!app.isEmpty()) {
            return false;
        }
        DemoResources.read(root -> {
            load(root);
            return null;
        });
        return true;
    }

    private void load(Path root) {
        Instant now = app.clock().instant();
        saveSettings(root.resolve("site.properties"));
        Map<String, Long> authors = createAuthors(root.resolve("authors.txt"));
        Map<String, Long> categories = createCategories(root.resolve("categories.txt"));
        for (Path image : DemoResources.list(root.resolve("images"))) {
            try (InputStream in = Files.newInputStream(image)) {
                app.mediaStorage().store(MEDIA_FOLDER + "/" + image.getFileName(), in, Files.size(image));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path file : DemoResources.list(root.resolve("articles"))) {
            createArticle(DemoFile.parse(file.getFileName().toString(), text(file)), authors, categories, now);
        }
        for (Path file : DemoResources.list(root.resolve("pages"))) {
            DemoFile page = DemoFile.parse(file.getFileName().toString(), text(file));
            app.pages().create(new PageDraft(page.required("title"), page.optional("slug"), page.body(), true,
                    page.optional("language"), "", "", false, null));
        }
    }

    private void saveSettings(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SiteSettings current = app.siteSettings().load();
        List<SiteSettings.SocialProfile> social = new ArrayList<>();
        for (int i = 1; properties.containsKey("social." + i + ".url"); i++) {
            social.add(new SiteSettings.SocialProfile(properties.getProperty("social." + i + ".network"),
                    properties.getProperty("social." + i + ".url")));
        }
        app.siteSettings().save(new SiteSettings(
                properties.getProperty("title", current.title()),
                properties.getProperty("tagline", current.tagline()),
                current.baseUrl(),
                properties.getProperty("language", current.language()),
                ZoneId.of(properties.getProperty("timeZone", current.timeZone().getId())),
                properties.getProperty("dateFormat", current.dateFormat()),
                properties.getProperty("copyright", current.copyright()),
                social,
                Integer.parseInt(properties.getProperty("articlesPerPage", Integer.toString(current.articlesPerPage()))),
                current.articleUrlPattern(),
                current.discourageIndexing(), current.feedFullContent(), current.titlePattern()));
    }

    private Map<String, Long> createAuthors(Path file) {
        Map<String, Long> ids = new HashMap<>();
        for (String[] line : pipeLines(file)) {
            Author author = app.authors().create(line[0], line[1], "", List.of());
            ids.put(author.name(), author.id());
        }
        return ids;
    }

    /** Categories by their path of names ("News/Transport"); a parent's line comes before its children's. */
    private Map<String, Long> createCategories(Path file) {
        Map<String, Long> ids = new HashMap<>();
        for (String[] line : pipeLines(file)) {
            String path = line[0];
            int slash = path.lastIndexOf('/');
            Long parent = slash < 0 ? null : lookup(ids, path.substring(0, slash), "category", file);
            Category category = app.taxonomies().createCategory(path.substring(slash + 1), line[1], parent);
            ids.put(path, category.id());
        }
        return ids;
    }

    private void createArticle(DemoFile file, Map<String, Long> authors, Map<String, Long> categories, Instant now) {
        Instant published = now.minus(Duration.parse(file.required("published-ago")));
        String updatedAgo = file.optional("updated-ago");
        Instant updated = updatedAgo.isEmpty() ? published : now.minus(Duration.parse(updatedAgo));
        Taxonomies taxonomies = app.taxonomies();
        List<Long> tagIds = split(file.optional("tags"), ",").stream().map(name -> taxonomies.tag(name).id()).toList();
        List<Long> authorIds = split(file.required("authors"), ";").stream()
                .map(name -> lookup(authors, name, "author", file.name())).toList();
        List<Long> extraCategories = split(file.optional("categories"), ";").stream()
                .map(path -> lookup(categories, path, "category", file.name())).toList();
        String imageName = file.optional("image");
        Image image = imageName.isEmpty() ? null : new Image(MediaKeys.urlOf(MEDIA_FOLDER + "/" + imageName),
                file.optional("image-alt"), file.optional("image-caption"));
        ArticleDraft draft = new ArticleDraft(file.required("headline"), file.optional("standfirst"), "", file.body(),
                ArticleStatus.PUBLISHED, published, authorIds, lookup(categories, file.required("category"), "category",
                file.name()), extraCategories, tagIds, image, file.optional("language"), "", "", "", false, false);
        app.articles(Clock.fixed(updated, ZoneOffset.UTC)).create(draft);
    }

    private static Long lookup(Map<String, Long> ids, String name, String kind, Object where) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("Demo file " + where + " names the " + kind + " '" + name
                    + "', which the demo does not define");
        }
        return id;
    }

    private static List<String[]> pipeLines(Path file) {
        return text(file).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    String[] parts = line.split("\\|", 2);
                    return new String[] {parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""};
                })
                .toList();
    }

    private static List<String> split(String value, String separator) {
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
