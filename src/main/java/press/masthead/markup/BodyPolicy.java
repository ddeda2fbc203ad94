package press.masthead.markup;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allowlist every body passes through last: text structure, links, images, figures, quotes, code and tables, sound
 * and video players, and nothing that runs, restyles or asks for input. No {@code style}, no {@code class} but a
 * figure's kind (quote, gallery, embed, audio, video) and a code block's language, no ids but headings', no event
 * handlers, scripts, frames, forms, {@code noscript} or {@code target}, and no URLs but http, https, mailto and
 * relative ones. Players show controls and load nothing until asked, from this site or over https only, so a page
 * never plays or fetches media over plain http. {@code h1} is allowed because bodies keep the heading levels their
 * authors wrote.
 */
final class BodyPolicy {
    /** What {@code content.Slugs} makes: letters, digits and marks of any script, joined by hyphens. */
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}\\p{M}-]+");
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,5}");
    /** Dates, times and durations as the {@code time} element's datetime holds them. */
    private static final Pattern DATETIME = Pattern.compile("[0-9A-Za-z:.+ -]{1,40}");
    /** Media a player may load: this site's own (a root-relative path) or any over https. */
    private static final Pattern PLAYER_SOURCE = Pattern.compile("(?:https://|/(?!/))\\S*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowUrlProtocols("http", "https", "mailto")
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
                    "em", "strong", "del", "s", "code", "pre", "sup", "sub", "mark", "small", "cite", "q", "abbr",
                    "time", "blockquote", "figure", "figcaption", "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "caption", "thead", "tbody", "tr", "th", "td")
            // A link or image whose address the URL check removed (or commonmark's sanitizeUrls emptied) would
            // point at the page itself or show a broken-image icon; dropping the tag keeps the link's text.
            .allowElements((name, attributes) -> hasValue(attributes, "href") ? name : null, "a")
            .allowElements((name, attributes) -> hasValue(attributes, "src") ? name : null, "img")
            // A player whose source the checks below removed would play nothing; its fallback link stays instead.
            .allowElements((name, attributes) -> hasValue(attributes, "src") ? name : null, "audio", "video")
            .allowAttributes("controls").onElements("audio", "video")
            .allowAttributes("preload").matching(true, "none", "metadata").onElements("audio", "video")
            .allowAttributes("src").matching(PLAYER_SOURCE).onElements("audio", "video")
            .allowAttributes("poster").matching(PLAYER_SOURCE).onElements("video")
            .allowAttributes("width", "height").matching(SMALL_NUMBER).onElements("video")
            .allowAttributes("id").matching(SLUG).onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("href", "title", "rel").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("width", "height").matching(SMALL_NUMBER).onElements("img")
            .allowAttributes("loading").matching(true, "lazy", "eager").onElements("img")
            .allowAttributes("class").matching(true, "quote", "gallery", "embed", "audio", "video").onElements("figure")
            .allowAttributes("class").matching(LANGUAGE_CLASS).onElements("code")
            .allowAttributes("cite").onElements("blockquote")
            .allowAttributes("start").matching(SMALL_NUMBER).onElements("ol")
            .allowAttributes("title").onElements("abbr")
            .allowAttributes("datetime").matching(DATETIME).onElements("time")
            .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
            .allowAttributes("colspan", "rowspan").matching(SMALL_NUMBER).onElements("th", "td")
            // GFM tables write column alignment as align; it is presentational but cannot do harm, unlike style.
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .toFactory();

    private BodyPolicy() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** {@code attributes} alternates names and values. */
    private static boolean hasValue(List<String> attributes, String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name) && !attributes.get(i + 1).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
