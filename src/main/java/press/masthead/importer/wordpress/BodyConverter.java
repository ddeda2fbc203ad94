package press.masthead.importer.wordpress;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns WordPress post content into a Masthead body source, in the order WordPress itself would show it: block
 * markers out, shortcodes into figures, URLs alone on a line into embeds, automatic paragraphs, third-party
 * frames into links, then every URL pointed at its new home. The result is HTML the body renderer keeps as it is
 * (see {@link HtmlSource}) and then sanitizes.
 */
final class BodyConverter {
    private static final Pattern URL_LINE = Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"\\[\\]]+)[ \\t]*$");
    /** The block editor's figure classes, as the classes Masthead's body policy keeps. */
    /** Layout boxes that article bodies do not keep: their content stays, in their place. */
    private static final String LAYOUT_BOXES = "div, section, article, aside, header, footer, main, nav, center, details,"
            + " fieldset, form, hgroup";
    /** Blocks of text that article bodies keep as paragraphs. */
    private static final String TEXT_BLOCKS = "address, summary";
    private static final Map<String, String> BLOCK_FIGURES = Map.of(
            "wp-block-embed", "embed", "wp-block-gallery", "gallery", "wp-block-audio", "audio",
            "wp-block-video", "video");

    private final Shortcodes shortcodes;
    private final LinkRewriter links;

    BodyConverter(Shortcodes shortcodes, LinkRewriter links) {
        this.shortcodes = shortcodes;
        this.links = links;
    }

    String convert(WxrItem item, ConversionNotes notes) {
        BlockComments.Stripped stripped = BlockComments.strip(item.content().replace("\r\n", "\n"));
        if (!stripped.droppedBlocks().isEmpty()) {
            notes.problem("left out " + String.join(", ", stripped.droppedBlocks().stream().map(b -> "wp:" + b).toList())
                    + ": WordPress draws these blocks when a page is viewed, and they hold no content of their own");
        }
        String html = shortcodes.convert(stripped.html(), item.postId(), notes);
        if (!stripped.hadBlocks()) {
            html = embedLoneUrls(html);
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        shape(body);
        if (stripped.hadBlocks()) {
            Paragraphs.wrapLooseText(body);
        } else {
            Paragraphs.addTo(body);
        }
        links.rewrite(body, notes);
        return HtmlSource.of(body);
    }

    /** Re-points the links of a body source saved earlier, for links to items that came later in the file. */
    String relink(String bodySource, ConversionNotes notes) {
        Document document = Jsoup.parseBodyFragment(bodySource);
        document.outputSettings().prettyPrint(false);
        links.rewrite(document.body(), notes);
        return HtmlSource.of(document.body());
    }

    /** WordPress shows a URL alone on its line as the embedded thing; Masthead shows a link to it. */
    private static String embedLoneUrls(String html) {
        Matcher matcher = URL_LINE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(Html.linkFigure("embed", matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Takes the content out of layout boxes (the block editor's groups, columns and covers, a theme's divs), so
     * that its text gets paragraphs like any other; the body renderer would drop the boxes and leave loose text.
     */
    private static void unwrapLayout(Element body) {
        for (Element box : body.select(LAYOUT_BOXES)) {
            if (box.parent() != null && !box.parents().is("figure")) {
                box.before(new TextNode("\n\n"));
                box.after(new TextNode("\n\n"));
                box.unwrap();
            }
        }
        body.select(TEXT_BLOCKS).tagName("p");
        // Spans only carry classes and styles here, which bodies do not keep; an empty one would still stand
        // between an image and the paragraph around it and keep the image from becoming a figure.
        body.select("span").unwrap();
    }

    private static void shape(Element body) {
        body.select("script, style").remove();
        body.nodeStream(Comment.class).toList().forEach(Comment::remove);
        for (Element frame : body.select("iframe[src]")) {
            Element figure = Jsoup.parseBodyFragment(Html.linkFigure("embed", frame.absUrl("src").isEmpty()
                    ? frame.attr("src") : frame.absUrl("src"))).body().child(0);
            Element parent = frame.parent();
            if (parent != null && parent.nameIs("p") && parent.childrenSize() == 1 && parent.ownText().isBlank()) {
                parent.replaceWith(figure);
            } else {
                frame.replaceWith(figure);
            }
        }
        body.select("iframe").remove();
        unwrapLayout(body);
        for (Element figure : body.select("figure[class]")) {
            for (Map.Entry<String, String> block : BLOCK_FIGURES.entrySet()) {
                if (figure.hasClass(block.getKey())) {
                    figure.attr("class", block.getValue());
                }
            }
        }
        for (Element embed : body.select("figure.embed")) {
            Element wrapper = embed.selectFirst("div");
            String url = (wrapper != null ? wrapper.text() : embed.ownText()).strip();
            if (!embed.select("a[href]").isEmpty() || !(url.startsWith("http://") || url.startsWith("https://"))) {
                continue;
            }
            Element link = new Element("a").attr("href", url).text(url);
            if (wrapper != null) {
                wrapper.replaceWith(link);
            } else {
                embed.textNodes().forEach(Node::remove);
                embed.prependChild(link);
            }
        }
    }
}
