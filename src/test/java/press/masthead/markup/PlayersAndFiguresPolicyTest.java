package press.masthead.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the body policy keeps of sound and video players and of the kinds of figure an import writes. */
class PlayersAndFiguresPolicyTest {
    private final MarkdownBodyRenderer renderer = new MarkdownBodyRenderer();

    private Element body(String source) {
        return Jsoup.parseBodyFragment(renderer.render(source).html()).body();
    }

    @Test
    void aPlayerOverHttpsKeepsItsControlsAndLoadsNothingUntilAsked() {
        Element audio = body("<figure class=\"audio\"><audio controls preload=\"none\" src=\"https://cdn.example.com/a.mp3\">"
                + "<a href=\"https://cdn.example.com/a.mp3\">a.mp3</a></audio></figure>").selectFirst("figure.audio > audio");
        assertThat(audio).isNotNull();
        assertThat(audio.attr("src")).isEqualTo("https://cdn.example.com/a.mp3");
        assertThat(audio.hasAttr("controls")).isTrue();
        assertThat(audio.attr("preload")).isEqualTo("none");
    }

    @Test
    void aVideoFromThisSiteKeepsItsPosterAndSize() {
        Element video = body("<figure class=\"video\"><video controls src=\"/media/clip.mp4\" poster=\"/media/clip.jpg\""
                + " width=\"640\" height=\"360\" autoplay onplay=\"alert(1)\"></video></figure>").selectFirst("video");
        assertThat(video).isNotNull();
        assertThat(video.attr("poster")).isEqualTo("/media/clip.jpg");
        assertThat(video.attr("width")).isEqualTo("640");
        assertThat(video.hasAttr("autoplay")).isFalse();
        assertThat(video.hasAttr("onplay")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://cdn.example.com/a.mp3", "//cdn.example.com/a.mp3", "javascript:alert(1)",
            "data:audio/mp3;base64,AAAA"})
    void aPlayerThatWouldLoadOverPlainHttpOrRunCodeIsDroppedLeavingItsLink(String source) {
        Element body = body("<figure class=\"audio\"><audio controls src=\"" + source + "\"><a href=\"https://example.com/\">"
                + "listen</a></audio></figure>");
        assertThat(body.select("audio")).isEmpty();
        assertThat(body.select("a").text()).isEqualTo("listen");
    }

    @Test
    void figuresKeepTheirKindButNoOtherClass() {
        Element body = body("<figure class=\"gallery\"><img src=\"/media/a.jpg\" alt=\"\"></figure>\n"
                + "<figure class=\"embed\"><a href=\"https://example.com/v\">v</a></figure>\n"
                + "<figure class=\"wp-block-image evil\"><img src=\"/media/b.jpg\" alt=\"\"></figure>");
        assertThat(body.select("figure").eachAttr("class")).containsExactly("gallery", "embed");
        assertThat(body.select("figure")).hasSize(3);
    }
}
