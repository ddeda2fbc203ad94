package press.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import press.masthead.content.Article;
import press.masthead.content.Page;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/**
 * Files made to hurt: external entities (XXE), entity expansion (billion laughs) and a file cut short. Each is
 * refused before anything is saved, and an entity never makes Masthead open a connection.
 */
class HostileFilesTest {
    private final Path folder = TempDirs.create("hostile-wxr-");
    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void listenForEntityFetches() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        }, "entity-fetch-listener");
        accepting.setDaemon(true);
        accepting.start();
    }

    @AfterEach
    void stop() throws IOException {
        listener.close();
        TempDirs.delete(folder);
    }

    @Test
    void externalEntitiesAreRefusedWithoutAnyConnection() throws IOException {
        String url = "http://127.0.0.1:" + listener.getLocalPort() + "/";
        List<String> doctypes = List.of(
                "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + url + "general\">]>",
                "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + url + "parameter\"> %remote;]>",
                "<!DOCTYPE rss SYSTEM \"" + url + "external-subset.dtd\">",
                "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
        try (TestSite site = TestSite.start()) {
            for (String doctype : doctypes) {
                Path file = write("xxe.xml", doctype + export("&xxe;"));
                assertThatThrownBy(() -> site.app().wordPressImporter().run(file, options()))
                        .isInstanceOf(WxrFormatException.class)
                        .hasMessageStartingWith(file + ":1:")
                        .hasMessageContaining("DOCTYPE")
                        .hasMessageContaining("XXE");
            }
            assertThat(site.app().isEmpty()).isTrue();
        }
        assertThat(connections.get()).as("connections to the entity URLs").isZero();
    }

    @Test
    void billionLaughsIsRefusedAtOnce() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            entities.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        Path file = write("laughs.xml", "<!DOCTYPE rss [" + entities + "]>\n" + export("&lol9;"));
        try (TestSite site = TestSite.start()) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> site.app().wordPressImporter().run(file, options()))
                    .isInstanceOf(WxrFormatException.class)
                    .hasMessageContaining("billion laughs");
            assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to refuse").isLessThan(5_000);
            assertThat(site.app().isEmpty()).isTrue();
        }
    }

    @Test
    void anUndeclaredEntityWithoutADoctypeIsNotWellFormed() throws IOException {
        Path file = write("entity.xml", export("&lol9;"));
        try (TestSite site = TestSite.start()) {
            assertThatThrownBy(() -> site.app().wordPressImporter().run(file, options()))
                    .isInstanceOf(WxrFormatException.class)
                    .hasMessageMatching(".*entity.xml:[0-9]+:[0-9]+: not well-formed XML: .*lol9.*");
        }
    }

    @Test
    void aTruncatedFileLeavesTheSiteExactlyAsItWas() throws IOException {
        byte[] whole = Files.readAllBytes(WxrFixtures.file(WxrFixtures.THEME_UNIT_TEST));
        Path file = folder.resolve("cut-short.xml");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        try (TestSite site = TestSite.start(Newsroom::seed)) {
            String before = snapshot(site);
            String home = site.get("/").body();
            assertThatThrownBy(() -> site.app().wordPressImporter().run(file, options()))
                    .isInstanceOf(WxrFormatException.class)
                    .hasMessageMatching(".*cut-short.xml:[0-9]+:[0-9]+: not well-formed XML: .*");
            assertThat(snapshot(site)).isEqualTo(before);
            assertThat(site.get("/").body()).isEqualTo(home);
            assertThat(site.dataDir().resolve("imports")).doesNotExist();
            assertThat(site.dataDir().resolve("media")).doesNotExist();
        }
    }

    @Test
    void anRssFeedThatIsNoExportIsRefused() throws IOException {
        Path file = write("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>"
                + "<item><title>A story</title><link>https://example.com/a/</link></item></channel></rss>");
        try (TestSite site = TestSite.start()) {
            assertThatThrownBy(() -> site.app().wordPressImporter().run(file, options()))
                    .isInstanceOf(WxrFormatException.class)
                    .hasMessageContaining("not a WordPress export");
            assertThat(site.app().isEmpty()).isTrue();
        }
    }

    /** Everything a reader or a later request could see of the site's content, in one string. */
    private static String snapshot(TestSite site) {
        ImportSite parts = site.app().importSite();
        StringBuilder text = new StringBuilder();
        for (Article article : parts.articleStore().allAfter(0, Integer.MAX_VALUE)) {
            text.append(article).append('\n');
        }
        for (Page page : parts.pageStore().all()) {
            text.append(page).append('\n');
        }
        text.append(parts.authorStore().all()).append(parts.taxonomyStore().allCategories())
                .append(parts.taxonomyStore().allTags()).append(parts.mediaStore().allAfter(0, Integer.MAX_VALUE))
                .append(parts.settings().load());
        return text.toString();
    }

    private static ImportOptions options() {
        return new ImportOptions(null, false, false);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String export(String content) {
        return """
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><wp:wxr_version>1.2</wp:wxr_version>
                <item><title>Entity</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>
                <wp:status>publish</wp:status><content:encoded>%s</content:encoded></item>
                </channel></rss>
                """.formatted(content);
    }
}
