package press.masthead.theme;

import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where a theme's files come from: the site's own theme folder first, then the bundled default, so a site owner
 * overrides one template or one stylesheet without copying the rest.
 */
public final class Theme {
    static final String BUNDLED = "press/masthead/themes/default";

    private final String name;
    private final Path siteThemeDir;

    /**
     * @param themesDir the data directory's {@code themes} folder
     * @param name      the theme to use; "default" with no such folder means the bundled theme alone
     */
    public Theme(Path themesDir, String name) {
        this.name = name;
        Path dir = themesDir.resolve(name);
        this.siteThemeDir = Files.isDirectory(dir) ? dir : null;
        if (siteThemeDir == null && !"default".equals(name)) {
            throw new ThemeException("Theme '" + name + "' was not found: expected a folder " + dir
                    + " with the templates and assets that override the default theme", null);
        }
    }

    public String name() {
        return name;
    }

    Loader<?> templateLoader() {
        List<Loader<?>> loaders = new ArrayList<>();
        if (siteThemeDir != null) {
            FileLoader own = new FileLoader(siteThemeDir.toString());
            loaders.add(own);
        }
        ClasspathLoader bundled = new ClasspathLoader(Theme.class.getClassLoader());
        bundled.setPrefix(BUNDLED);
        loaders.add(bundled);
        return new DelegatingLoader(loaders);
    }

    /** Every asset's path below the assets folder, the site's theme and the bundled one together, sorted. */
    public List<String> assetNames() {
        List<String> bundled = BundledFiles.read("/" + BUNDLED + "/layout.peb", root -> filesBelow(root.resolve("assets")));
        TreeSet<String> names = new TreeSet<>(bundled);
        if (siteThemeDir != null && Files.isDirectory(siteThemeDir.resolve("assets"))) {
            names.addAll(filesBelow(siteThemeDir.resolve("assets")));
        }
        return List.copyOf(names);
    }

    private static List<String> filesBelow(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the theme's assets in " + folder, e);
        }
    }

    /**
     * The bytes of an asset such as {@code masthead.css}, from the site's theme or the bundled one. Paths that
     * try to leave the assets folder find nothing.
     */
    public Optional<byte[]> asset(String relativePath) {
        if (relativePath.isEmpty() || relativePath.contains("..") || relativePath.startsWith("/")
                || relativePath.contains("\\") || relativePath.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            if (siteThemeDir != null) {
                Path assets = siteThemeDir.resolve("assets").normalize();
                Path file = assets.resolve(relativePath).normalize();
                if (file.startsWith(assets) && Files.isRegularFile(file)) {
                    return Optional.of(Files.readAllBytes(file));
                }
            }
            try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUNDLED + "/assets/" + relativePath)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read theme asset " + relativePath, e);
        }
    }
}
