package press.masthead.markup;

import org.jsoup.nodes.Element;

/**
 * An image standing alone in its paragraph is a picture in its own right: it becomes a figure, captioned by the
 * image's title ({@code ![alt](src "caption")}). An image inside running text stays inline. Every image loads lazily.
 */
final class Images {
    private Images() {
    }

    static void frameLoneImages(Element body) {
        for (Element paragraph : body.select("p")) {
            if (isLoneImage(paragraph)) {
                paragraph.replaceWith(figure(paragraph.child(0)));
            }
        }
    }

    static void loadLazily(Element body) {
        body.select("img:not([loading])").attr("loading", "lazy");
    }

    private static boolean isLoneImage(Element paragraph) {
        return paragraph.childrenSize() == 1 && paragraph.child(0).nameIs("img") && paragraph.ownText().isBlank();
    }

    /** The title moves to the caption rather than staying as a tooltip that repeats it. */
    private static Element figure(Element image) {
        String caption = image.attr("title").strip();
        image.removeAttr("title");
        Element figure = new Element("figure").appendChild(image);
        if (!caption.isEmpty()) {
            figure.appendElement("figcaption").text(caption);
        }
        return figure;
    }
}
