package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.app.MastheadApp;
import press.masthead.content.MediaItem;
import press.masthead.media.MediaDetails;
import press.masthead.media.TestMedia;
import press.masthead.testing.Drafts;
import press.masthead.testing.TestSite;

/** Library images on public pages carry their variants in srcset, and every image its width and height. */
class ResponsiveImagesTest {
    static TestSite site;
    static MediaItem harbour;
    static MediaItem quay;
    static String articlePath;

    @BeforeAll
    static void start() {
        site = TestSite.start(ResponsiveImagesTest::publish);
        articlePath = site.app().renderer().permalinks().article(
                site.app().articles().find(1).orElseThrow());
    }

    private static void publish(MastheadApp app) {
        harbour = app.mediaUploads().upload("harbour.jpg", new ByteArrayInputStream(TestMedia.jpeg(2000, 1000)),
                new MediaDetails("Harbour", "", ""));
        quay = app.mediaUploads().upload("quay.png", new ByteArrayInputStream(TestMedia.png(700, 500)),
                MediaDetails.none());
        long ada = app.authors().create("Ada Reporter", "", "", List.of()).id();
        app.articles().create(Drafts.article("The harbour at dawn").by(ada)
                .image(harbour.url(), "Boats at the quay", "Photo: Ada")
                .body("First light.\n\n![The quay](" + quay.url() + ")\n\n"
                        + "![A map](https://maps.example.com/harbour.png)\n")
                .build());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void theFeaturedImageOffersEveryVariantAndHasTheOriginalsSize() {
        Element image = site.page(articlePath).selectFirst("main article figure img[src=" + harbour.url() + "]");

        assertThat(image).isNotNull();
        assertThat(image.attr("srcset")).isEqualTo(String.join(", ",
                harbour.variants().get(0).url() + " 320w", harbour.variants().get(1).url() + " 640w",
                harbour.variants().get(2).url() + " 1024w", harbour.variants().get(3).url() + " 1600w",
                harbour.url() + " 2000w"));
        assertThat(image.attr("sizes")).isNotEmpty();
        assertThat(Map.of("width", image.attr("width"), "height", image.attr("height")))
                .isEqualTo(Map.of("width", "2000", "height", "1000"));
    }

    @Test
    void aBodyImageFromTheLibraryGetsItsVariantsAndSize() {
        Element image = site.page(articlePath).selectFirst(".story__body img[src=" + quay.url() + "]");

        assertThat(image).isNotNull();
        assertThat(image.attr("srcset")).isEqualTo(quay.variants().get(0).url() + " 320w, "
                + quay.variants().get(1).url() + " 640w, " + quay.url() + " 700w");
        assertThat(image.attr("sizes")).startsWith("auto, ");
        assertThat(image.attr("width")).isEqualTo("700");
        assertThat(image.attr("height")).isEqualTo("500");
        assertThat(image.attr("alt")).isEqualTo("The quay");
    }

    @Test
    void anImageOnAnotherHostKeepsItsMarkupSinceItsSizeCannotBeKnown() {
        Element image = site.page(articlePath).selectFirst(".story__body img[src^=https://maps.example.com/]");

        assertThat(image).isNotNull();
        assertThat(image.hasAttr("srcset")).isFalse();
        assertThat(image.hasAttr("width")).isFalse();
    }

    @Test
    void cardsOnTheHomePageOfferTheVariantsToo() {
        Document home = site.page("/");
        Element card = home.selectFirst(".card img[src=" + harbour.url() + "]");

        assertThat(card).isNotNull();
        assertThat(card.attr("srcset")).contains(harbour.variants().get(0).url() + " 320w");
        assertThat(card.attr("width")).isEqualTo("2000");
        assertThat(card.attr("height")).isEqualTo("1000");
    }

    @Test
    void theVariantsAreServed() {
        HttpResponse<byte[]> variant = site.getBytes(harbour.variants().get(1).url());

        assertThat(variant.statusCode()).isEqualTo(200);
        assertThat(variant.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("image/jpeg"));
    }
}
