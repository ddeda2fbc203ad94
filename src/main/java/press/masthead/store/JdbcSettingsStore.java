package press.masthead.store;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.masthead.content.SiteSettings;

/**
 * Site settings as name/value rows in {@code site_settings}; a missing row means the default, so a new setting
 * needs no migration.
 */
public final class JdbcSettingsStore implements press.masthead.content.SettingsStore {
    private final Database database;

    public JdbcSettingsStore(Database database) {
        this.database = database;
    }

    @Override
    public SiteSettings load() {
        Map<String, String> values = new LinkedHashMap<>();
        database.jdbi().useHandle(h -> h.createQuery("SELECT name, value FROM site_settings")
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("value")))
                .forEach(e -> values.put(e.getKey(), e.getValue())));
        SiteSettings defaults = SiteSettings.defaults();
        List<SiteSettings.SocialProfile> profiles = new ArrayList<>();
        for (int i = 0; values.containsKey("social." + i + ".url"); i++) {
            profiles.add(new SiteSettings.SocialProfile(values.getOrDefault("social." + i + ".network", ""),
                    values.get("social." + i + ".url")));
        }
        return new SiteSettings(
                values.getOrDefault("title", defaults.title()),
                values.getOrDefault("tagline", defaults.tagline()),
                values.getOrDefault("baseUrl", defaults.baseUrl()),
                values.getOrDefault("language", defaults.language()),
                values.containsKey("timeZone") ? ZoneId.of(values.get("timeZone")) : defaults.timeZone(),
                values.getOrDefault("dateFormat", defaults.dateFormat()),
                values.getOrDefault("copyright", defaults.copyright()),
                values.keySet().stream().anyMatch(k -> k.startsWith("social.")) ? profiles : defaults.socialProfiles(),
                values.containsKey("articlesPerPage") ? Integer.parseInt(values.get("articlesPerPage"))
                        : defaults.articlesPerPage(),
                values.getOrDefault("articleUrlPattern", defaults.articleUrlPattern()),
                values.containsKey("discourageIndexing") ? Boolean.parseBoolean(values.get("discourageIndexing"))
                        : defaults.discourageIndexing(),
                values.containsKey("feedFullContent") ? Boolean.parseBoolean(values.get("feedFullContent"))
                        : defaults.feedFullContent(),
                values.getOrDefault("titlePattern", defaults.titlePattern()));
    }

    @Override
    public void save(SiteSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", settings.title());
        values.put("tagline", settings.tagline());
        values.put("baseUrl", settings.baseUrl());
        values.put("language", settings.language());
        values.put("timeZone", settings.timeZone().getId());
        values.put("dateFormat", settings.dateFormat());
        values.put("copyright", settings.copyright());
        values.put("articlesPerPage", Integer.toString(settings.articlesPerPage()));
        values.put("articleUrlPattern", settings.articleUrlPattern());
        values.put("discourageIndexing", Boolean.toString(settings.discourageIndexing()));
        values.put("feedFullContent", Boolean.toString(settings.feedFullContent()));
        values.put("titlePattern", settings.titlePattern());
        List<SiteSettings.SocialProfile> profiles = settings.socialProfiles();
        for (int i = 0; i < profiles.size(); i++) {
            values.put("social." + i + ".network", profiles.get(i).network());
            values.put("social." + i + ".url", profiles.get(i).url());
        }
        database.jdbi().useTransaction(h -> {
            database.dialect().lockTable(h, "site_settings");
            h.createUpdate("DELETE FROM site_settings").execute();
            var batch = h.prepareBatch("INSERT INTO site_settings (name, value) VALUES (:name, :value)");
            values.forEach((name, value) -> batch.bind("name", name).bind("value", value).add());
            batch.execute();
        });
    }
}
