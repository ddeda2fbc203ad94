package press.masthead.content;

/** Where the site owner's settings are kept. */
public interface SettingsStore {
    SiteSettings load();

    void save(SiteSettings settings);
}
