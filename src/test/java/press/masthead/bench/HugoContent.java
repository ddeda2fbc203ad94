package press.masthead.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import press.masthead.app.MastheadApp;
import press.masthead.app.Settings;
import press.masthead.content.Article;
import press.masthead.content.ArticleFilter;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Tag;

/**
 * Writes a Masthead site's published articles as Hugo content, so that Hugo builds the very articles Masthead
 * exports: {@code content/posts/ID.md}, JSON front matter (headline, dates, slug, standfirst, tags, categories,
 * authors) and the Markdown source as written, which Hugo renders itself as part of its build.
 */
@Command(name = "hugo-content", mixinStandardHelpOptions = true,
        description = "Write a Masthead site's articles as Hugo content files.")
public final class HugoContent implements Callable<Integer> {
    private static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Masthead data directory to read")
    Path dataDir;

    @Option(names = "--hugo-site", required = true, paramLabel = "DIR", description = "Hugo site to write content into")
    Path hugoSite;

    public static void main(String[] args) {
        System.exit(new CommandLine(new HugoContent()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Path posts = Files.createDirectories(hugoSite.resolve("content").resolve("posts"));
        int written = 0;
        try (MastheadApp app = MastheadApp.open(Settings.defaults(dataDir, 0), Clock.systemUTC())) {
            for (int offset = 0; ; offset += BATCH) {
                List<Article> batch = app.articleStore().published(ArticleFilter.all(), offset, BATCH);
                for (Article article : batch) {
                    write(posts.resolve(article.id() + ".md"), article);
                }
                written += batch.size();
                if (batch.size() < BATCH) {
                    break;
                }
            }
        }
        System.out.printf("Wrote %,d Hugo content files into %s%n", written, posts.toAbsolutePath());
        return 0;
    }

    private static void write(Path file, Article article) {
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        frontMatter.put("title", article.headline());
        frontMatter.put("date", article.publishedAt().toString());
        frontMatter.put("lastmod", article.updatedAt().toString());
        frontMatter.put("slug", article.slug());
        frontMatter.put("description", article.standfirst());
        frontMatter.put("tags", article.tags().stream().map(Tag::name).toList());
        frontMatter.put("categories", article.categories().stream().map(Category::name).toList());
        frontMatter.put("authors", article.authors().stream().map(Author::name).toList());
        try {
            Files.writeString(file, JSON.writeValueAsString(frontMatter) + "\n\n" + article.bodySource(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
