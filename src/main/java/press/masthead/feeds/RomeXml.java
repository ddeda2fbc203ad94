package press.masthead.feeds;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * What the RSS and Atom writers share: Rome builds the document, JDOM writes it out as UTF-8. Rome writes every
 * date in GMT, so the writers leave dates out of Rome's model and add them to the document in the site's zone.
 */
final class RomeXml {
    static final Namespace MEDIA = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    private RomeXml() {
    }

    static Document document(WireFeed feed) {
        try {
            return new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the " + feed.getFeedType() + " feed: "
                    + e.getMessage(), e);
        }
    }

    static String text(Document document) {
        // Trimming only all-blank text keeps the spaces inside titles and content exactly as written.
        Format format = Format.getPrettyFormat().setEncoding("UTF-8").setTextMode(Format.TextMode.TRIM_FULL_WHITE);
        return new XMLOutputter(format).outputString(document);
    }

    /** Adds a feed-level element before the first entry, where a person reading the XML looks for it. */
    static void addBeforeEntries(Element parent, List<Element> entries, Element child) {
        parent.addContent(entries.isEmpty() ? parent.getContentSize() : parent.indexOf(entries.get(0)), child);
    }

    /** The featured image in the Media RSS namespace, which readers of both RSS and Atom understand. */
    static Element mediaContent(FeedEntry.Enclosure image) {
        Element content = new Element("content", MEDIA)
                .setAttribute("url", image.url())
                .setAttribute("type", image.mediaType())
                .setAttribute("medium", "image");
        if (image.length() > 0) {
            content.setAttribute("fileSize", Long.toString(image.length()));
        }
        if (!image.description().isBlank()) {
            content.addContent(new Element("description", MEDIA).setAttribute("type", "plain")
                    .setText(image.description()));
        }
        return content;
    }
}
