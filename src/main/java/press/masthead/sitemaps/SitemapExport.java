package press.masthead.sitemaps;

import java.util.List;
import press.masthead.output.ExportItem;
import press.masthead.output.ExportSource;
import press.masthead.output.OutputFormat;
import press.masthead.output.RenderedPage;

/** robots.txt and every sitemap for the static export, rendered as the server renders them. */
public final class SitemapExport implements ExportSource {
    private final SitemapRenderer renderer;

    public SitemapExport(SitemapRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public List<ExportItem> items() {
        return renderer.paths().stream()
                .map(path -> ExportItem.of(path, OutputFormat.SITEMAP, () -> renderer.render(path).map(RenderedPage::body)
                        .orElseThrow(() -> new IllegalStateException("The export found nothing to render at " + path))))
                .toList();
    }
}
