package press.masthead.importer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * WordPress's automatic paragraphs (its {@code wpautop}) done on the parsed content: text and inline elements
 * between blocks become paragraphs, a blank line starts a new one, and a single line break inside one becomes
 * {@code <br>}. Block-editor content already has its paragraphs; there only loose text at the top is wrapped.
 */
final class Paragraphs {
    /** Elements that stand on their own; everything else runs inside a paragraph. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "caption", "center",
            "details", "dialog", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    /** Blocks whose loose text always becomes paragraphs, as in WordPress. */
    private static final Set<String> PARAGRAPH_CONTAINERS = Set.of("blockquote");
    /** Blocks that may hold paragraphs when their text has blank lines or sits beside other blocks. */
    private static final Set<String> FLOW_CONTAINERS = Set.of("div", "section", "article", "aside", "header",
            "footer", "main", "nav", "li", "dd", "td", "th", "details", "figcaption", "center");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");

    private Paragraphs() {
    }

    /** Classic content: paragraphs and line breaks everywhere, as WordPress showed it. */
    static void addTo(Element body) {
        arrange(body, true, true);
    }

    /** Block-editor content: only loose text at the top level is wrapped, so that every top-level node is a block. */
    static void wrapLooseText(Element body) {
        arrange(body, true, false);
    }

    private static void arrange(Element container, boolean alwaysParagraphs, boolean breaks) {
        List<Node> run = new ArrayList<>();
        boolean hasBlocks = container.children().stream().anyMatch(Paragraphs::isBlock);
        boolean paragraphs = alwaysParagraphs || hasBlocks || hasBlankLine(container);
        for (Node child : new ArrayList<>(container.childNodes())) {
            if (child instanceof Element element && isBlock(element)) {
                flush(container, run, paragraphs, breaks);
                if (breaks) {
                    descend(element);
                }
            } else {
                run.add(child);
            }
        }
        flush(container, run, paragraphs, breaks);
    }

    private static void descend(Element block) {
        String name = block.normalName();
        if (PARAGRAPH_CONTAINERS.contains(name)) {
            arrange(block, true, true);
        } else if (FLOW_CONTAINERS.contains(name)) {
            arrange(block, false, true);
        } else if (name.equals("p")) {
            lineBreaks(new ArrayList<>(block.childNodes()));
        } else if (!name.equals("pre")) {
            for (Element child : block.children()) {
                if (isBlock(child)) {
                    descend(child);
                }
            }
        }
    }

    /** Turns a run of inline nodes into paragraphs split at blank lines, or just breaks its lines. */
    private static void flush(Element container, List<Node> run, boolean paragraphs, boolean breaks) {
        if (run.isEmpty()) {
            return;
        }
        if (!paragraphs) {
            if (breaks) {
                lineBreaks(run);
            }
            run.clear();
            return;
        }
        List<List<Node>> groups = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node node : run) {
            if (node instanceof TextNode text && BLANK_LINE.matcher(text.getWholeText()).find()) {
                String[] parts = BLANK_LINE.split(text.getWholeText(), -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        groups.add(current);
                        current = new ArrayList<>();
                    }
                    TextNode part = new TextNode(parts[i]);
                    node.before(part);
                    current.add(part);
                }
                node.remove();
            } else {
                current.add(node);
            }
        }
        groups.add(current);
        for (List<Node> group : groups) {
            paragraph(group, breaks);
        }
        run.clear();
    }

    private static void paragraph(List<Node> group, boolean breaks) {
        boolean blank = group.stream().allMatch(n -> n instanceof TextNode t && t.isBlank());
        if (blank) {
            group.forEach(Node::remove);
            return;
        }
        Element p = new Element("p");
        group.get(0).before(p);
        for (Node node : group) {
            p.appendChild(node);
        }
        trimEdges(p);
        if (breaks) {
            lineBreaks(new ArrayList<>(p.childNodes()));
        }
    }

    private static void trimEdges(Element p) {
        if (p.childNode(0) instanceof TextNode first) {
            first.text(first.getWholeText().stripLeading());
        }
        if (p.childNode(p.childNodeSize() - 1) instanceof TextNode last) {
            last.text(last.getWholeText().stripTrailing());
        }
    }

    /** A line break inside running text is a {@code <br>}; breaks at the edges of the run mean nothing. */
    private static void lineBreaks(List<Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof TextNode text) || text.getWholeText().indexOf('\n') < 0) {
                continue;
            }
            String whole = text.getWholeText();
            String inner = i == 0 ? whole.stripLeading() : whole;
            inner = i == nodes.size() - 1 ? inner.stripTrailing() : inner;
            String[] lines = inner.split("[ \\t]*\\n[ \\t]*", -1);
            if (lines.length < 2) {
                continue;
            }
            for (int line = 0; line < lines.length; line++) {
                if (line > 0) {
                    text.before(new Element("br"));
                }
                if (!lines[line].isEmpty()) {
                    text.before(new TextNode(lines[line]));
                }
            }
            text.remove();
        }
    }

    private static boolean hasBlankLine(Element container) {
        return container.textNodes().stream().anyMatch(t -> BLANK_LINE.matcher(t.getWholeText()).find());
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }
}
