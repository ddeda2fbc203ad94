package press.masthead.admin;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import press.masthead.theme.PebbleSetup;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The admin's own Pebble templates, bundled in the jar: site themes style the public site, never the admin, so a
 * broken theme can't lock the newsroom out.
 */
public final class AdminTemplates {
    private final PebbleEngine pebble;

    public AdminTemplates() {
        ClasspathLoader loader = new ClasspathLoader(AdminTemplates.class.getClassLoader());
        loader.setPrefix("press/masthead/admin/templates");
        loader.setSuffix(".peb");
        this.pebble = PebbleSetup.builder(loader).build();
    }

    public String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter(8_192);
        try {
            pebble.getTemplate(template).evaluate(out, model);
        } catch (PebbleException e) {
            throw new IllegalStateException("Admin template " + template + " is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
