package press.masthead.theme;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Renders a page kind's template with Pebble; autoescaping is on, so only values marked raw go out unescaped. */
public final class TemplateEngine {
    private final PebbleEngine pebble;

    public TemplateEngine(Theme theme) {
        this.pebble = PebbleSetup.builder(theme.templateLoader()).build();
    }

    /** Compiles every page kind's template, so a broken theme stops start-up with the file and line at fault. */
    public void validate() {
        for (PageKind kind : PageKind.values()) {
            try {
                pebble.getTemplate(kind.template());
            } catch (PebbleException e) {
                throw new ThemeException(describe(kind, e), e);
            }
        }
    }

    public String render(PageKind kind, Map<String, Object> context) {
        StringWriter out = new StringWriter(16_384);
        try {
            pebble.getTemplate(kind.template()).evaluate(out, context);
        } catch (PebbleException e) {
            throw new ThemeException(describe(kind, e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String describe(PageKind kind, PebbleException e) {
        String file = e.getFileName() != null ? e.getFileName() : kind.template();
        String line = e.getLineNumber() != null ? " line " + e.getLineNumber() : "";
        return "Theme template " + file + line + ": " + e.getPebbleMessage();
    }
}
