package press.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import press.masthead.app.MastheadApp;
import press.masthead.content.Article;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Comment;
import press.masthead.content.Page;
import press.masthead.content.Tag;
import press.masthead.testing.Backend;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TempDirs;

/**
 * The theme unit test data imported, exported and imported into an empty site comes out the same: the same counts,
 * and every article and page with the same headline, slug, body, terms, byline, dates and comments.
 */
@OnBothDatabases
class RoundTripTest {
    @Parameter
    Backend backend;

    static Path folder;
    static MastheadApp first;
    static MastheadApp second;
    static Path export;
    static ExportCounts exported;

    @BeforeParameterizedClassInvocation
    static void importExportImport(Backend backend) {
        folder = TempDirs.create("round-trip-");
        first = MastheadApp.open(backend.settingsFor(folder.resolve("first")), Clock.systemUTC());
        first.wordPressImporter().run(WxrFixtures.file(WxrFixtures.THEME_UNIT_TEST), new ImportOptions(null, false, false));
        export = folder.resolve("export.xml");
        exported = first.wordPressExporter().export(export);
        second = MastheadApp.open(backend.settingsFor(folder.resolve("second")), Clock.systemUTC());
        second.wordPressImporter().run(export, new ImportOptions(null, false, false));
    }

    @AfterParameterizedClassInvocation
    static void clean() {
        first.close();
        second.close();
        TempDirs.delete(folder);
    }

    @Test
    void bothSitesHoldTheSameNumberOfEverything() {
        ExpectedCounts original = EveryFixtureTest.stored(first);
        assertThat(EveryFixtureTest.stored(second)).isEqualTo(original);
        assertThat(exported).isEqualTo(new ExportCounts(original.authors(), original.categories(), original.tags(),
                original.articles(), original.pages(), original.media(), original.comments()));
    }

    @Test
    void everyArticleComesBackTheSame() {
        List<Article> articles = first.articleStore().allAfter(0, Integer.MAX_VALUE);
        assertThat(articles).hasSizeGreaterThan(50);
        for (Article before : articles) {
            Article after = second.articleStore().findBySlug(before.slug())
                    .orElseThrow(() -> new AssertionError("no article " + before.slug() + " after the round trip"));
            assertThat(after.headline()).isEqualTo(before.headline());
            assertThat(after.status()).as(before.slug()).isEqualTo(before.status());
            assertThat(after.featured()).as(before.slug()).isEqualTo(before.featured());
            assertThat(after.standfirst()).as(before.slug()).isEqualTo(before.standfirst());
            assertThat(after.publishedAt()).as(before.slug()).isEqualTo(before.publishedAt());
            assertThat(after.updatedAt()).as(before.slug()).isEqualTo(before.updatedAt());
            assertThat(after.seoTitle()).as(before.slug()).isEqualTo(before.seoTitle());
            assertThat(after.seoDescription()).as(before.slug()).isEqualTo(before.seoDescription());
            assertThat(after.featuredImage()).as(before.slug()).isEqualTo(before.featuredImage());
            assertThat(slugs(after.categories())).as(before.slug()).isEqualTo(slugs(before.categories()));
            assertThat(after.primaryCategory() == null ? null : after.primaryCategory().slug())
                    .isEqualTo(before.primaryCategory() == null ? null : before.primaryCategory().slug());
            assertThat(after.tags().stream().map(Tag::slug).toList()).as(before.slug())
                    .isEqualTo(before.tags().stream().map(Tag::slug).toList());
            assertThat(after.authors().stream().map(Author::name).toList()).as(before.slug())
                    .isEqualTo(before.authors().stream().map(Author::name).toList());
            assertThat(normalized(after.bodyHtml())).as("body of " + before.slug()).isEqualTo(normalized(before.bodyHtml()));
            assertThat(second.importSite().customFields().ofArticle(after.id()))
                    .isEqualTo(first.importSite().customFields().ofArticle(before.id()));
            assertThat(comments(second.importSite().comments().ofArticle(after.id())))
                    .isEqualTo(comments(first.importSite().comments().ofArticle(before.id())));
        }
    }

    @Test
    void everyPageComesBackTheSame() {
        for (Page before : first.importSite().pageStore().all()) {
            Page after = second.importSite().pageStore().findBySlug(before.slug()).orElseThrow();
            assertThat(after.title()).isEqualTo(before.title());
            assertThat(after.published()).isEqualTo(before.published());
            assertThat(normalized(after.bodyHtml())).as("body of page " + before.slug())
                    .isEqualTo(normalized(before.bodyHtml()));
        }
    }

    @Test
    void theCategoryTreeComesBackTheSame() {
        assertThat(tree(second)).isEqualTo(tree(first));
    }

    @Test
    void theExportIsWxrOneTwoAsWordPressReadsIt() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document document = factory.newDocumentBuilder().parse(export.toFile());
        String wp = "http://wordpress.org/export/1.2/";
        assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        assertThat(document.getElementsByTagNameNS(wp, "wxr_version").item(0).getTextContent()).isEqualTo("1.2");
        assertThat(document.getElementsByTagNameNS(wp, "base_site_url").item(0).getTextContent()).startsWith("http");
        NodeList items = document.getElementsByTagName("item");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            assertThat(item.getElementsByTagNameNS(wp, "post_type").item(0).getTextContent())
                    .isIn("post", "page", "attachment");
            assertThat(ids.add(item.getElementsByTagNameNS(wp, "post_id").item(0).getTextContent())).isTrue();
            assertThat(item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").getLength())
                    .isEqualTo(1);
        }
        assertThat(ids).hasSize(exported.articles() + exported.pages() + exported.media());
    }

    private static List<String> slugs(List<Category> categories) {
        return categories.stream().map(Category::slug).toList();
    }

    private static List<String> tree(MastheadApp app) {
        List<Category> all = app.importSite().taxonomyStore().allCategories();
        return all.stream().map(c -> c.slug() + " in " + all.stream().filter(p -> p.id() == (c.parentId() == null
                ? -1 : c.parentId())).map(Category::slug).findFirst().orElse("(top)")).toList();
    }

    private static List<String> comments(List<Comment> comments) {
        return comments.stream().map(c -> c.authorName() + "|" + c.status() + "|" + c.createdAt() + "|" + c.body()
                + "|" + (c.parentId() != null)).toList();
    }

    /** The same HTML however it was spaced, and with the first site's own address as the path it stands for. */
    private static String normalized(String html) {
        String base = first.renderer().permalinks().absolute("");
        Document document = Jsoup.parseBodyFragment(html.replace(base + "/", "/"));
        document.outputSettings().prettyPrint(true).indentAmount(0);
        return document.body().html().replaceAll("\\s+", " ");
    }
}
