package press.masthead.seo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import press.masthead.site.model.ArchiveView;
import press.masthead.site.model.ArticleView;
import press.masthead.site.model.AuthorView;
import press.masthead.site.model.CorrectionView;
import press.masthead.site.model.ImageView;
import press.masthead.site.model.LinkView;
import press.masthead.site.model.SeoView;
import press.masthead.site.model.SeoView.MetaTag;
import press.masthead.site.model.StaticPageView;

/**
 * Builds the Open Graph tags, the Twitter card and the JSON-LD of each kind of page from the same view records the
 * theme gets: a {@code NewsArticle} for articles, {@code WebSite} with a search action on the home page,
 * {@code CollectionPage} for archives (with the {@code Person} on author pages), and breadcrumbs.
 */
public final class PageMetadata {
    private final SiteIdentity site;
    private final UnaryOperator<String> absolute;
    private final ImageSizes imageSizes;

    /**
     * @param absolute turns a root-relative path into an absolute URL on the site
     */
    public PageMetadata(SiteIdentity site, UnaryOperator<String> absolute, ImageSizes imageSizes) {
        this.site = site;
        this.absolute = absolute;
        this.imageSizes = imageSizes;
    }

    public SeoView article(ArticleView article, String description, String canonicalUrl, List<LinkView> breadcrumbs,
                           List<CorrectionView> corrections) {
        List<MetaTag> og = common("article", article.headline(), description, canonicalUrl, article.lang());
        og.add(new MetaTag("article:published_time", article.published().iso()));
        String modified = (article.updated() != null ? article.updated() : article.published()).iso();
        og.add(new MetaTag("article:modified_time", modified));
        for (AuthorView author : article.authors()) {
            og.add(new MetaTag("article:author", absolute.apply(author.url())));
        }
        if (article.category() != null) {
            og.add(new MetaTag("article:section", article.category().name()));
        }
        for (LinkView tag : article.tags()) {
            og.add(new MetaTag("article:tag", tag.name()));
        }
        List<MetaTag> twitter = twitter(article.headline(), description, article.image());
        addImage(og, article.image());

        ObjectNode news = JsonLd.node("NewsArticle");
        news.put("@id", canonicalUrl + "#article");
        news.put("headline", article.headline());
        news.put("description", description);
        if (article.image() != null) {
            news.set("image", image(article.image()));
        }
        news.put("datePublished", article.published().iso());
        news.put("dateModified", modified);
        ArrayNode authors = news.putArray("author");
        for (AuthorView author : article.authors()) {
            ObjectNode person = JsonLd.node("Person");
            person.put("name", author.name());
            person.put("url", absolute.apply(author.url()));
            authors.add(person);
        }
        news.set("publisher", publisher());
        ObjectNode page = JsonLd.node("WebPage");
        page.put("@id", canonicalUrl);
        news.set("mainEntityOfPage", page);
        if (article.category() != null) {
            news.put("articleSection", article.category().name());
        }
        if (!article.tags().isEmpty()) {
            news.put("keywords", String.join(", ", article.tags().stream().map(LinkView::name).toList()));
        }
        news.put("inLanguage", article.lang());
        news.put("isAccessibleForFree", true);
        news.put("copyrightYear", Integer.parseInt(article.published().iso().substring(0, 4)));
        news.set("copyrightHolder", organization());
        if (!corrections.isEmpty()) {
            ArrayNode notes = news.putArray("correction");
            for (CorrectionView correction : corrections) {
                ObjectNode note = JsonLd.node("CorrectionComment");
                note.put("text", correction.label() + ": " + correction.text());
                note.put("datePublished", correction.time().iso());
                notes.add(note);
            }
        }
        return new SeoView(og, twitter, graph(news, breadcrumbList(breadcrumbs, article.headline(), canonicalUrl)));
    }

    public SeoView home(String title, String description, String url) {
        List<MetaTag> og = common("website", title, description, url, site.language());
        ObjectNode website = JsonLd.node("WebSite");
        website.put("@id", site.homeUrl() + "#website");
        website.put("name", site.name());
        website.put("url", site.homeUrl());
        website.put("inLanguage", site.language());
        website.set("publisher", publisher());
        ObjectNode search = JsonLd.node("SearchAction");
        ObjectNode target = JsonLd.node("EntryPoint");
        target.put("urlTemplate", site.searchUrlTemplate());
        search.set("target", target);
        search.put("query-input", "required name=search_term_string");
        website.set("potentialAction", search);
        return new SeoView(og, twitter(title, description, null), graph(website));
    }

    public SeoView archive(ArchiveView archive, String title, String description, String url,
                           List<LinkView> breadcrumbs) {
        List<MetaTag> og = common(archive.author() != null ? "profile" : "website", title, description, url,
                site.language());
        ObjectNode collection = JsonLd.node("CollectionPage");
        collection.put("@id", url);
        collection.put("url", url);
        collection.put("name", archive.title());
        collection.put("description", description);
        collection.put("inLanguage", site.language());
        ObjectNode isPartOf = JsonLd.node("WebSite");
        isPartOf.put("@id", site.homeUrl() + "#website");
        collection.set("isPartOf", isPartOf);
        List<ObjectNode> nodes = new ArrayList<>(List.of(collection));
        if (archive.author() != null) {
            ObjectNode person = person(archive.author());
            collection.set("about", person);
            collection.set("mainEntity", person);
        }
        nodes.add(breadcrumbList(breadcrumbs, archive.title(), url));
        return new SeoView(og, twitter(title, description, null), graph(nodes.toArray(ObjectNode[]::new)));
    }

    public SeoView page(StaticPageView page, String description, String url) {
        List<MetaTag> og = common("website", page.title(), description, url, page.lang());
        ObjectNode webPage = JsonLd.node("WebPage");
        webPage.put("@id", url);
        webPage.put("url", url);
        webPage.put("name", page.title());
        webPage.put("inLanguage", page.lang());
        if (page.updated() != null) {
            webPage.put("dateModified", page.updated().iso());
        }
        return new SeoView(og, twitter(page.title(), description, null), graph(webPage));
    }

    private ObjectNode person(AuthorView author) {
        ObjectNode person = JsonLd.node("Person");
        person.put("name", author.name());
        person.put("url", absolute.apply(author.url()));
        if (!author.bio().isEmpty()) {
            person.put("description", author.bio());
        }
        if (!author.avatarUrl().isEmpty()) {
            person.put("image", absolute.apply(author.avatarUrl()));
        }
        if (!author.links().isEmpty()) {
            ArrayNode sameAs = person.putArray("sameAs");
            author.links().forEach(link -> sameAs.add(link.url()));
        }
        return person;
    }

    private List<MetaTag> common(String type, String title, String description, String url, String language) {
        List<MetaTag> og = new ArrayList<>();
        og.add(new MetaTag("og:type", type));
        og.add(new MetaTag("og:title", title));
        if (!description.isEmpty()) {
            og.add(new MetaTag("og:description", description));
        }
        og.add(new MetaTag("og:url", url));
        og.add(new MetaTag("og:site_name", site.name()));
        og.add(new MetaTag("og:locale", Locale.forLanguageTag(language).toString()));
        return og;
    }

    private void addImage(List<MetaTag> og, ImageView image) {
        if (image == null) {
            return;
        }
        og.add(new MetaTag("og:image", absolute.apply(image.url())));
        imageSizes.of(image.url()).ifPresent(size -> {
            og.add(new MetaTag("og:image:width", Integer.toString(size.width())));
            og.add(new MetaTag("og:image:height", Integer.toString(size.height())));
        });
        if (!image.alt().isEmpty()) {
            og.add(new MetaTag("og:image:alt", image.alt()));
        }
    }

    private List<MetaTag> twitter(String title, String description, ImageView image) {
        List<MetaTag> twitter = new ArrayList<>();
        twitter.add(new MetaTag("twitter:card", image == null ? "summary" : "summary_large_image"));
        twitter.add(new MetaTag("twitter:title", title));
        if (!description.isEmpty()) {
            twitter.add(new MetaTag("twitter:description", description));
        }
        if (image != null) {
            twitter.add(new MetaTag("twitter:image", absolute.apply(image.url())));
            if (!image.alt().isEmpty()) {
                twitter.add(new MetaTag("twitter:image:alt", image.alt()));
            }
        }
        return twitter;
    }

    private ObjectNode image(ImageView image) {
        ObjectNode node = JsonLd.node("ImageObject");
        node.put("url", absolute.apply(image.url()));
        Optional<ImageSizes.Size> size = imageSizes.of(image.url());
        size.ifPresent(s -> {
            node.put("width", s.width());
            node.put("height", s.height());
        });
        if (!image.caption().isEmpty()) {
            node.put("caption", image.caption());
        }
        return node;
    }

    private ObjectNode organization() {
        ObjectNode organization = JsonLd.node("Organization");
        organization.put("name", site.name());
        organization.put("url", site.homeUrl());
        return organization;
    }

    private ObjectNode publisher() {
        ObjectNode publisher = organization();
        ObjectNode logo = JsonLd.node("ImageObject");
        logo.put("url", absolute.apply(site.logoPath()));
        imageSizes.of(site.logoPath()).ifPresent(size -> {
            logo.put("width", size.width());
            logo.put("height", size.height());
        });
        publisher.set("logo", logo);
        return publisher;
    }

    /** Home, then the given trail, then the page itself; every item with an absolute URL. */
    private ObjectNode breadcrumbList(List<LinkView> trail, String name, String url) {
        ObjectNode list = JsonLd.node("BreadcrumbList");
        ArrayNode items = list.putArray("itemListElement");
        List<LinkView> all = new ArrayList<>();
        all.add(new LinkView(site.name(), site.homeUrl()));
        trail.forEach(link -> all.add(new LinkView(link.name(), absolute.apply(link.url()))));
        if (!all.get(all.size() - 1).url().equals(url)) {
            all.add(new LinkView(name, url));
        }
        for (int i = 0; i < all.size(); i++) {
            ObjectNode item = JsonLd.node("ListItem");
            item.put("position", i + 1);
            item.put("name", all.get(i).name());
            item.put("item", all.get(i).url());
            items.add(item);
        }
        return list;
    }

    private static String graph(ObjectNode... nodes) {
        ObjectNode document = JsonLd.document();
        ArrayNode graph = document.putArray("@graph");
        for (ObjectNode node : nodes) {
            graph.add(node);
        }
        return JsonLd.write(document);
    }
}
