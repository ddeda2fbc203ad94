package press.masthead.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.masthead.content.BodyRenderer.RenderedBody;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MarkdownBodyRendererTest {
    private final MarkdownBodyRenderer renderer = new MarkdownBodyRenderer();

    private Element body(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown).html()).body();
    }

    private static List<String> ids(Elements elements) {
        return elements.eachAttr("id");
    }

    @Nested
    class Headings {
        @Test
        void headings_get_ids_from_their_text() {
            Element body = body("## The *new* budget: what changes\n\n### Schools & hospitals\n");

            assertThat(body.select("h2").attr("id")).isEqualTo("the-new-budget-what-changes");
            assertThat(body.select("h3").attr("id")).isEqualTo("schools-hospitals");
        }

        @Test
        void repeated_headings_get_numbered_ids() {
            Element body = body("## Reaction\n\ntext\n\n## Reaction\n\n### Reaction\n");

            assertThat(ids(body.select("h2, h3"))).containsExactly("reaction", "reaction-2", "reaction-3");
        }

        @Test
        void a_heading_never_takes_an_id_the_page_around_it_uses() {
            Element body = body("## Main\n\n## Content\n");

            assertThat(ids(body.select("h2"))).containsExactly("main-2", "content-2");
        }

        @Test
        void a_persian_heading_gets_a_persian_id_split_at_the_zero_width_non_joiner() {
            Element heading = body("## مقاله\u200Cهای تازه\n").selectFirst("h2");

            assertThat(heading.id()).isEqualTo("مقاله-های-تازه");
            assertThat(heading.text()).isEqualTo("مقاله\u200Cهای تازه");
        }

        @Test
        void a_chinese_heading_gets_a_chinese_id() {
            assertThat(body("## 中文标题：第一部分\n").selectFirst("h2").id()).isEqualTo("中文标题-第一部分");
        }

        @Test
        void headings_without_letters_or_digits_fall_back_to_numbered_sections() {
            Element body = body("## 🎉🎉\n\n## !!!\n\n##\n");

            assertThat(ids(body.select("h2"))).containsExactly("section", "section-2", "section-3");
        }

        @Test
        void a_level_one_heading_stays_level_one() {
            Element body = body("# Title\n\n## Part\n");

            assertThat(body.select("h1").attr("id")).isEqualTo("title");
            assertThat(body.select("h2").attr("id")).isEqualTo("part");
        }

        @Test
        void a_heading_written_as_html_keeps_its_own_valid_id() {
            Element body = body("<h2 id=\"key-points\">Summary</h2>\n");

            assertThat(body.select("h2").attr("id")).isEqualTo("key-points");
        }

        @Test
        void an_own_id_that_is_not_a_slug_or_already_used_is_replaced() {
            Element body = body("## Intro\n\n<h2 id=\"intro\">Again</h2>\n\n<h2 id=\"Bad Id\">Methods</h2>\n");

            assertThat(ids(body.select("h2"))).containsExactly("intro", "again", "methods");
        }
    }

    @Nested
    class Tables {
        @Test
        void a_gfm_table_renders_with_head_body_and_alignment() {
            Element table = body("""
                    | Party | Seats |
                    |-------|:-----:|
                    | Blue  | 120   |
                    | Green | 45    |
                    """).selectFirst("table");

            assertThat(table.select("thead th").eachText()).containsExactly("Party", "Seats");
            assertThat(table.select("thead th").get(1).attr("align")).isEqualTo("center");
            assertThat(table.select("tbody tr")).hasSize(2);
            assertThat(table.select("tbody tr").get(1).select("td").eachText()).containsExactly("Green", "45");
        }

        @Test
        void table_cells_written_as_html_keep_spans_and_scope_but_not_styles() {
            Element table = body("""
                    <table><caption>Results</caption><tr><th scope="col" colspan="2" style="color:red">Both</th></tr>
                    <tr><td rowspan="2" bgcolor="red">1</td><td>2</td></tr></table>
                    """).selectFirst("table");

            assertThat(table.selectFirst("caption").text()).isEqualTo("Results");
            Element th = table.selectFirst("th");
            assertThat(th.attributes().asList()).extracting(Attribute::getKey)
                    .containsExactlyInAnyOrder("scope", "colspan");
            assertThat(table.selectFirst("td").attributes().asList()).extracting(Attribute::getKey)
                    .containsExactly("rowspan");
        }
    }

    @Nested
    class Figures {
        @Test
        void an_image_alone_in_its_paragraph_becomes_a_figure_captioned_by_its_title() {
            Element body = body("Before.\n\n![A cat on a mat](/media/cat.jpg \"The cat, asleep\")\n\nAfter.\n");

            Element figure = body.child(1);
            assertThat(figure.tagName()).isEqualTo("figure");
            assertThat(figure.children()).extracting(Element::tagName).containsExactly("img", "figcaption");
            Element img = figure.child(0);
            assertThat(img.attr("src")).isEqualTo("/media/cat.jpg");
            assertThat(img.attr("alt")).isEqualTo("A cat on a mat");
            assertThat(img.attr("loading")).isEqualTo("lazy");
            assertThat(img.hasAttr("title")).isFalse();
            assertThat(figure.child(1).text()).isEqualTo("The cat, asleep");
            assertThat(body.select("p")).hasSize(2);
        }

        @Test
        void an_image_alone_without_a_title_becomes_a_figure_without_a_caption() {
            Element figure = body("![Skyline](https://cdn.example/skyline.jpg)\n").selectFirst("figure");

            assertThat(figure.children()).extracting(Element::tagName).containsExactly("img");
            assertThat(figure.child(0).attr("src")).isEqualTo("https://cdn.example/skyline.jpg");
        }

        @Test
        void a_caption_is_text_even_when_the_title_looks_like_markup() {
            Element caption = body("![x](/x.png \"Tom & Jerry <b onclick=alert(1)>\")\n").selectFirst("figcaption");

            assertThat(caption.text()).isEqualTo("Tom & Jerry <b onclick=alert(1)>");
            assertThat(caption.children()).isEmpty();
        }

        @Test
        void an_image_inside_running_text_stays_inline_and_loads_lazily() {
            Element body = body("The logo ![logo](/logo.png \"Our logo\") marks it.\n");

            assertThat(body.select("figure")).isEmpty();
            Element img = body.selectFirst("p > img");
            assertThat(img.attr("loading")).isEqualTo("lazy");
            assertThat(img.attr("title")).isEqualTo("Our logo");
        }

        @Test
        void two_images_in_one_paragraph_stay_inline() {
            Element body = body("![a](/a.png) ![b](/b.png)\n");

            assertThat(body.select("figure")).isEmpty();
            assertThat(body.select("p > img")).hasSize(2);
        }

        @Test
        void a_linked_image_stays_a_link() {
            Element body = body("[![a](/a.png)](https://example.com/)\n");

            assertThat(body.select("figure")).isEmpty();
            assertThat(body.selectFirst("p > a > img").attr("src")).isEqualTo("/a.png");
        }

        @Test
        void an_image_written_as_html_keeps_its_size_and_its_own_loading_choice() {
            Element img = body("<p>Hero: <img src=\"/hero.jpg\" alt=\"\" width=\"1200\" height=\"630\" "
                    + "loading=\"eager\"></p>\n").selectFirst("img");

            assertThat(img.attr("width")).isEqualTo("1200");
            assertThat(img.attr("height")).isEqualTo("630");
            assertThat(img.attr("loading")).isEqualTo("eager");
        }
    }

    @Nested
    class Quotes {
        @Test
        void a_quote_ending_in_a_dashed_line_becomes_a_figure_with_the_attribution_as_caption() {
            Element body = body("""
                    > We will rebuild the bridge.
                    >
                    > And we will do it this year.
                    >
                    > — Jane Doe, Mayor of Springfield
                    """);

            Element figure = body.child(0);
            assertThat(figure.tagName()).isEqualTo("figure");
            assertThat(figure.className()).isEqualTo("quote");
            assertThat(figure.children()).extracting(Element::tagName).containsExactly("blockquote", "figcaption");
            assertThat(figure.select("blockquote > p").eachText())
                    .containsExactly("We will rebuild the bridge.", "And we will do it this year.");
            assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Jane Doe, Mayor of Springfield");
        }

        @ParameterizedTest
        @ValueSource(strings = {"—", "--", "―"})
        void each_way_of_typing_the_dash_names_the_source(String dash) {
            Element caption = body("> Quoted.\n>\n> " + dash + " Jane Doe\n").selectFirst("figure.quote > figcaption");

            assertThat(caption.text()).isEqualTo("Jane Doe");
        }

        @Test
        void an_attribution_keeps_its_emphasis_and_links() {
            Element caption = body("> Quoted.\n>\n> —*Jane Doe*, [The Gazette](https://gazette.example/)\n")
                    .selectFirst("figcaption");

            assertThat(caption.text()).isEqualTo("Jane Doe, The Gazette");
            assertThat(caption.selectFirst("em").text()).isEqualTo("Jane Doe");
            assertThat(caption.selectFirst("a").attr("href")).isEqualTo("https://gazette.example/");
        }

        @Test
        void a_quote_without_an_attribution_stays_a_plain_blockquote() {
            Element body = body("> Nobody said this.\n>\n> Twice.\n");

            assertThat(body.select("figure")).isEmpty();
            assertThat(body.child(0).tagName()).isEqualTo("blockquote");
            assertThat(body.select("blockquote > p").eachText()).containsExactly("Nobody said this.", "Twice.");
        }

        @Test
        void a_quote_of_nothing_but_a_dashed_line_stays_a_plain_blockquote() {
            Element body = body("> — Jane Doe\n");

            assertThat(body.select("figure")).isEmpty();
            assertThat(body.selectFirst("blockquote > p").text()).isEqualTo("— Jane Doe");
        }

        @Test
        void a_dashed_paragraph_that_is_not_the_last_stays_in_the_quote() {
            Element body = body("> — an aside\n>\n> The point.\n");

            assertThat(body.select("figure")).isEmpty();
            assertThat(body.select("blockquote > p").eachText()).containsExactly("— an aside", "The point.");
        }

        @Test
        void a_blockquote_written_as_html_keeps_its_cite_url() {
            Element quote = body("<blockquote cite=\"https://source.example/\"><p>Said.</p></blockquote>\n")
                    .selectFirst("blockquote");

            assertThat(quote.attr("cite")).isEqualTo("https://source.example/");
        }
    }

    @Nested
    class Links {
        @Test
        void a_markdown_link_keeps_its_address_and_title_without_a_blanket_nofollow() {
            Element link = body("Read [the report](https://example.com/report \"Full report\").\n").selectFirst("a");

            assertThat(link.attr("href")).isEqualTo("https://example.com/report");
            assertThat(link.attr("title")).isEqualTo("Full report");
            assertThat(link.hasAttr("rel")).isFalse();
        }

        @Test
        void relative_and_mailto_links_are_kept() {
            Element body = body("[Earlier](/2024/01/02/earlier/) and [write to us](mailto:desk@example.com)\n");

            assertThat(body.select("a").eachAttr("href"))
                    .containsExactly("/2024/01/02/earlier/", "mailto:desk@example.com");
        }

        @Test
        void bare_web_and_email_addresses_become_links() {
            Element body = body("See www.example.com, <https://example.org/x> or desk@example.com.\n");

            assertThat(body.select("a").eachAttr("href"))
                    .containsExactly("http://www.example.com", "https://example.org/x", "mailto:desk@example.com");
        }

        @Test
        void a_link_written_as_html_keeps_its_rel_but_loses_its_target() {
            Element link = body("<a href=\"https://example.com/\" rel=\"sponsored\" target=\"_blank\">ad</a>\n")
                    .selectFirst("a");

            assertThat(link.attr("rel")).isEqualTo("sponsored");
            assertThat(link.hasAttr("target")).isFalse();
        }
    }

    @Nested
    class Formatting {
        @Test
        void strikethrough_emphasis_and_code_render_as_their_elements() {
            Element p = body("~~old~~ *new* **bold** `code`\n").selectFirst("p");

            assertThat(p.children()).extracting(Element::tagName).containsExactly("del", "em", "strong", "code");
        }

        @Test
        void a_fenced_code_block_keeps_its_language_class_and_text() {
            Element code = body("```java\nif (a < b && c) {}\n```\n").selectFirst("pre > code");

            assertThat(code.className()).isEqualTo("language-java");
            assertThat(code.wholeText()).isEqualTo("if (a < b && c) {}\n");
        }

        @Test
        void an_ordered_list_keeps_its_start_number() {
            Element list = body("3. three\n4. four\n").selectFirst("ol");

            assertThat(list.attr("start")).isEqualTo("3");
            assertThat(list.select("li").eachText()).containsExactly("three", "four");
        }

        @Test
        void allowed_inline_html_survives_with_its_allowed_attributes() {
            Element p = body("<p><abbr title=\"World Health Organization\">WHO</abbr> on "
                    + "<time datetime=\"2024-03-01T10:00:00+03:30\">1 March</time>: <mark>H<sub>2</sub>O</mark></p>\n")
                    .selectFirst("p");

            assertThat(p.selectFirst("abbr").attr("title")).isEqualTo("World Health Organization");
            assertThat(p.selectFirst("time").attr("datetime")).isEqualTo("2024-03-01T10:00:00+03:30");
            assertThat(p.select("mark > sub").text()).isEqualTo("2");
        }

        @Test
        void classes_and_ids_we_do_not_write_ourselves_are_removed() {
            Element body = body("<p class=\"promo\" id=\"top\">x</p>\n\n"
                    + "<figure class=\"hero\"><img src=\"/a.png\"></figure>\n\n"
                    + "<pre><code class=\"language-js evil\">x</code></pre>\n");

            assertThat(body.select("[class]")).isEmpty();
            assertThat(body.select("[id]")).isEmpty();
        }
    }

    @Nested
    class Safety {
        @Test
        void script_elements_and_their_content_are_removed() {
            RenderedBody rendered = renderer.render("<script>alert(1)</script>\n\nAfter.\n");

            assertThat(rendered.html()).doesNotContain("script").doesNotContain("alert");
            assertThat(Jsoup.parseBodyFragment(rendered.html()).body().select("p").text()).isEqualTo("After.");
        }

        @Test
        void event_handlers_are_removed_and_the_image_is_kept() {
            Element img = body("<img src=\"/x.png\" alt=\"x\" onerror=\"alert(1)\" onload=\"alert(2)\">\n")
                    .selectFirst("img");

            assertThat(img.attributes().asList()).extracting(Attribute::getKey)
                    .containsExactlyInAnyOrder("src", "alt", "loading");
        }

        @Test
        void an_image_with_no_acceptable_address_is_dropped() {
            Element body = body("<img src=\"javascript:alert(1)\" alt=\"a\">\n\n"
                    + "<img alt=\"b\" onerror=\"alert(1)\">\n");

            assertThat(body.select("img")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"java&#x09;script:alert(1)\">click</a>",
                "<a href=\" javascript:alert(1)\">click</a>",
                "<a href=\"vbscript:msgbox(1)\">click</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>"})
        void a_link_to_a_script_or_data_url_loses_its_link_and_keeps_its_text(String source) {
            Element body = body(source + "\n");

            assertThat(body.select("a")).isEmpty();
            assertThat(body.text()).isEqualTo("click");
        }

        @Test
        void data_urls_in_images_are_dropped() {
            Element body = body("![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)\n");

            assertThat(body.select("img")).isEmpty();
        }

        @Test
        void style_elements_and_attributes_are_removed() {
            RenderedBody rendered = renderer.render(
                    "<style>body { display: none }</style>\n\n<p style=\"position:fixed;top:0\">Styled</p>\n");

            assertThat(rendered.html()).doesNotContain("style").doesNotContain("display").doesNotContain("position");
            assertThat(rendered.plainText()).isEqualTo("Styled");
        }

        @Test
        void frames_forms_and_inputs_are_removed() {
            Element body = body("""
                    <iframe src="https://evil.example/"></iframe>
                    <form action="https://evil.example/"><input name="password"><select><option>a</option></select>
                    <textarea>t</textarea><button>Send</button></form>
                    <object data="x.swf"></object><embed src="x.swf">
                    """);

            assertThat(body.select("iframe, form, input, select, option, textarea, button, object, embed")).isEmpty();
        }

        @Test
        void a_noscript_trick_cannot_smuggle_an_event_handler() {
            Element body = body("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>\n");

            assertThat(body.select("noscript, [onerror]")).isEmpty();
        }

        @Test
        void unbalanced_tags_are_closed_without_leaking_into_what_follows() {
            Element body = body("<div><p>open <em>never closed\n\n</table></div></span>\n\nNext paragraph.\n");

            assertThat(body.select("p").last().text()).isEqualTo("Next paragraph.");
            assertThat(body.select("p").last().select("em")).isEmpty();
        }

        @Test
        void a_quote_citing_a_script_url_loses_the_cite() {
            Element quote = body("<blockquote cite=\"javascript:alert(1)\"><p>x</p></blockquote>\n")
                    .selectFirst("blockquote");

            assertThat(quote.hasAttr("cite")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "<svg onload=alert(1)><circle r=\"1\"/></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<img src=x onerror=alert(1)//",
                "<a href=\"https://x\" onmouseover=\"alert(1)\">x</a>",
                "<details open ontoggle=alert(1)>",
                "<base href=\"https://evil.example/\"><link rel=stylesheet href=x><meta http-equiv=refresh content=0>",
                "<p>\u0000<scr\u0000ipt>alert(1)</script></p>",
                "[x](<javascript:alert(1)>) ![y](javascript:alert(1))",
                "<h2 id=\"x\" onclick=\"alert(1)\" style=\"color:red\">Heading</h2>",
                "> <img src=x onerror=alert(1)>\n>\n> — <script>alert(1)</script>Name"})
        void hostile_input_yields_nothing_that_runs(String source) {
            Element body = body(source + "\n");

            assertThat(body.select("script, style, svg, math, iframe, base, link, meta, details, noscript")).isEmpty();
            for (Element element : body.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertThat(key).doesNotStartWith("on").isNotEqualTo("style");
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT).strip()).doesNotStartWith("javascript:");
                }
            }
        }
    }

    @Nested
    class PlainText {
        @Test
        void plain_text_holds_the_words_of_every_block_without_markup() {
            RenderedBody rendered = renderer.render("""
                    # Title

                    First *paragraph* with a [link](https://example.com/).

                    - one
                    - two

                    ![Cat](/cat.jpg "The cat")

                    > Quoted.
                    >
                    > — Jane Doe
                    """);

            assertThat(rendered.plainText())
                    .isEqualTo("Title First paragraph with a link. one two The cat Quoted. Jane Doe");
        }

        @Test
        void plain_text_decodes_entities() {
            assertThat(renderer.render("Fish &amp; chips < 5 > 3 \"quoted\"\n").plainText())
                    .isEqualTo("Fish & chips < 5 > 3 \"quoted\"");
        }

        @Test
        void plain_text_has_nothing_of_what_the_sanitizer_removed() {
            assertThat(renderer.render("Hello<script>var secret = 1;</script><style>p{}</style>\n").plainText())
                    .isEqualTo("Hello");
        }

        @Test
        void table_cells_do_not_run_together() {
            assertThat(renderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n").plainText()).isEqualTo("a b 1 2");
        }
    }

    @Nested
    class Robustness {
        @Test
        void null_empty_and_blank_sources_render_as_nothing() {
            for (String source : new String[] {null, "", " \n\t "}) {
                assertThat(renderer.render(source)).isEqualTo(new RenderedBody("", ""));
            }
        }

        @Test
        @Timeout(30)
        void a_very_long_body_renders_whole() {
            String paragraph = "A paragraph with *emphasis*, a [link](/x/) and ~~an edit~~ in it.\n\n";
            int count = 20_000;

            Element body = body("## Start\n\n" + paragraph.repeat(count));

            assertThat(body.select("p")).hasSize(count);
            assertThat(body.select("h2").attr("id")).isEqualTo("start");
        }

        @Test
        @Timeout(10)
        void thousands_of_equal_headings_are_numbered_in_linear_time() {
            int count = 20_000;

            Elements headings = body("## Update\n".repeat(count)).select("h2");

            assertThat(headings).hasSize(count);
            assertThat(headings.get(1).id()).isEqualTo("update-2");
            assertThat(headings.last().id()).isEqualTo("update-" + count);
        }

        @ParameterizedTest
        @ValueSource(strings = {">", "<div>", "<blockquote>", "*", "[", "- ", "<em>", "<table><tr><td>"})
        @Timeout(30)
        void deeply_nested_input_renders_without_an_exception(String opener) {
            assertThatCode(() -> renderer.render(opener.repeat(20_000) + "deep")).doesNotThrowAnyException();
        }
    }
}
