package press.masthead.site;

import java.util.List;
import press.masthead.output.ExportItem;
import press.masthead.output.ExportSource;
import press.masthead.theme.Theme;

/** The theme's assets for the static export, at the same {@code /assets/} paths the server answers. */
public final class AssetExport implements ExportSource {
    private final Theme theme;

    public AssetExport(Theme theme) {
        this.theme = theme;
    }

    @Override
    public List<ExportItem> items() {
        return theme.assetNames().stream()
                .map(name -> new ExportItem("/assets/" + name, "assets/" + name, () -> theme.asset(name)
                        .orElseThrow(() -> new IllegalStateException("The theme asset " + name + " disappeared"))))
                .toList();
    }
}
