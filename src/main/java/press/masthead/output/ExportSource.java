package press.masthead.output;

import java.util.List;

/** A part of the site that the static export writes: pages, feeds, sitemaps, media, theme assets. */
public interface ExportSource {
    List<ExportItem> items();
}
