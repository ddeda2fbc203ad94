package press.masthead.site;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import press.masthead.content.Article;
import press.masthead.content.ArticleFilter;
import press.masthead.content.AuthorStore;
import press.masthead.content.Category;
import press.masthead.content.CorrectionStore;
import press.masthead.content.PageStore;
import press.masthead.content.PublishedLists;
import press.masthead.content.SiteSettings;
import press.masthead.content.TaxonomyStore;
import press.masthead.output.ExportItem;
import press.masthead.output.ExportSource;
import press.masthead.output.OutputFormat;
import press.masthead.output.RenderedPage;

/**
 * Every page of the public site for the static export: home and archive pages with their pagination, articles,
 * static pages, date archives, the corrections list, and {@code 404.html}. Each renders through
 * {@link SiteRenderer#renderPath}, exactly as the server renders it.
 */
public final class SiteExport implements ExportSource {
    /** Articles read at a time while listing them: enough to be quick, few enough to keep memory flat. */
    static final int BATCH = 500;

    private final SiteRenderer renderer;
    private final PublishedLists lists;
    private final PageStore pages;
    private final AuthorStore authors;
    private final TaxonomyStore taxonomy;
    private final CorrectionStore corrections;

    public SiteExport(SiteRenderer renderer, PublishedLists lists, PageStore pages, AuthorStore authors,
                      TaxonomyStore taxonomy, CorrectionStore corrections) {
        this.renderer = renderer;
        this.lists = lists;
        this.pages = pages;
        this.authors = authors;
        this.taxonomy = taxonomy;
        this.corrections = corrections;
    }

    @Override
    public List<ExportItem> items() {
        SiteSettings settings = renderer.effectiveSettings();
        Permalinks links = renderer.permalinks();
        List<ExportItem> items = new ArrayList<>();
        paged(items, links, "/", lists.count(ArticleFilter.all()), settings);
        Set<LocalDate> days = new TreeSet<>();
        ZoneId zone = settings.timeZone();
        for (int offset = 0; ; offset += BATCH) {
            List<Article> batch = lists.page(ArticleFilter.all(), offset, BATCH);
            for (Article article : batch) {
                items.add(page(links.article(article)));
                days.add(article.publishedAt().atZone(zone).toLocalDate());
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        pages.published().forEach(page -> items.add(page(links.page(page))));
        taxonomy.allTags().forEach(tag ->
                archive(items, links, links.tag(tag), ArticleFilter.tag(tag.id()), settings));
        List<Category> categories = taxonomy.allCategories();
        Map<Long, Category> byId = categories.stream().collect(Collectors.toMap(Category::id, c -> c));
        for (Category category : categories) {
            archive(items, links, links.category(category, byId), ArticleFilter.categoryTree(category, categories),
                    settings);
        }
        authors.all().forEach(author ->
                archive(items, links, links.author(author), ArticleFilter.author(author.id()), settings));
        dateArchives(items, links, days, zone, settings);
        paged(items, links, links.corrections(), corrections.countRecent(), settings);
        items.add(new ExportItem("/404.html", "404.html", () -> renderer.notFound("/404.html").body()));
        return items;
    }

    private void dateArchives(List<ExportItem> items, Permalinks links, Set<LocalDate> days, ZoneId zone,
                              SiteSettings settings) {
        Set<Integer> years = new TreeSet<>();
        Set<LocalDate> months = new TreeSet<>();
        for (LocalDate day : days) {
            years.add(day.getYear());
            months.add(day.withDayOfMonth(1));
            archive(items, links, links.day(day), between(day, day.plusDays(1), zone), settings);
        }
        for (LocalDate month : months) {
            archive(items, links, links.month(month.getYear(), month.getMonthValue()),
                    between(month, month.plusMonths(1), zone), settings);
        }
        for (int year : years) {
            LocalDate first = LocalDate.of(year, 1, 1);
            archive(items, links, links.year(year), between(first, first.plusYears(1), zone), settings);
        }
    }

    private static ArticleFilter between(LocalDate from, LocalDate before, ZoneId zone) {
        return ArticleFilter.publishedBetween(from.atStartOfDay(zone).toInstant(), before.atStartOfDay(zone).toInstant());
    }

    /** An archive and its further pages; an archive with no articles exists only for tags, categories, authors. */
    private void archive(List<ExportItem> items, Permalinks links, String path, ArticleFilter filter,
                         SiteSettings settings) {
        paged(items, links, path, lists.count(filter), settings);
    }

    private void paged(List<ExportItem> items, Permalinks links, String path, int count, SiteSettings settings) {
        int pageCount = Math.max(1, (count + settings.articlesPerPage() - 1) / settings.articlesPerPage());
        for (int n = 1; n <= pageCount; n++) {
            items.add(page(links.paged(path, n)));
        }
    }

    private ExportItem page(String path) {
        Supplier<byte[]> content = () -> renderer.renderPath(path).map(RenderedPage::body)
                .orElseThrow(() -> new IllegalStateException("The export found nothing to render at " + path));
        return ExportItem.of(path, OutputFormat.HTML, content);
    }
}
