package press.masthead.sitemaps;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** The parts of the site that get child sitemaps of their own, in the order the index lists them. */
enum Section {
    ARTICLES("articles", SiteUrls::articles),
    PAGES("pages", SiteUrls::pages),
    CATEGORIES("categories", SiteUrls::categories),
    TAGS("tags", SiteUrls::tags),
    AUTHORS("authors", SiteUrls::authors);

    private final String word;
    private final Function<SiteUrls, Stream<SitemapUrl>> urls;

    Section(String word, Function<SiteUrls, Stream<SitemapUrl>> urls) {
        this.word = word;
        this.urls = urls;
    }

    /** The word naming this section in its sitemap paths. */
    String word() {
        return word;
    }

    Stream<SitemapUrl> urls(SiteUrls site) {
        return urls.apply(site);
    }

    static Optional<Section> named(String word) {
        return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst();
    }
}
