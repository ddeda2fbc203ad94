package press.masthead.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import press.masthead.content.Category;
import press.masthead.content.Page;
import press.masthead.content.SiteSettings;

/** What every page of one render needs, loaded once: settings, URLs, the category tree, the footer pages. */
record SiteContext(SiteSettings settings, Permalinks permalinks, Map<Long, Category> categoriesById,
                   List<Category> categories, List<Page> pages, Instant now) {

    Locale locale() {
        return Locale.forLanguageTag(settings.language());
    }

    ZoneId zone() {
        return settings.timeZone();
    }

    DateTimeFormatter dateFormatter() {
        return DateTimeFormatter.ofPattern(settings.dateFormat(), locale()).withZone(zone());
    }
}
