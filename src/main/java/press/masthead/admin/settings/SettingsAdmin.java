package press.masthead.admin.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.Permission;
import press.masthead.admin.Principal;
import press.masthead.content.ContentEvent;
import press.masthead.content.ContentEvents;
import press.masthead.content.SettingsStore;
import press.masthead.content.SiteSettings;

/**
 * Reads and saves the site's settings for the API and the form alike. Saving needs
 * {@link Permission#MANAGE_SETTINGS}, tells listeners the whole site changed (so the page cache is cleared and
 * readers see the change at once) and writes which fields changed to the audit log.
 */
public final class SettingsAdmin {
    private final SettingsStore store;
    private final ContentEvents events;
    private final AuditLog audit;
    private final SettingsForm form;

    public SettingsAdmin(SettingsStore store, ContentEvents events, AuditLog audit,
                         Consumer<String> articlePatternCheck) {
        this.store = store;
        this.events = events;
        this.audit = audit;
        this.form = new SettingsForm(articlePatternCheck);
    }

    SiteSettings current(Principal who) {
        who.require(Permission.MANAGE_SETTINGS);
        return store.load();
    }

    /** Saves the settings when every field is right; otherwise changes nothing and returns the faults. */
    SettingsForm.Checked save(Principal who, SettingsInput input, String ip) {
        SiteSettings before = current(who);
        SettingsForm.Checked checked = form.check(input.over(before));
        if (!checked.ok()) {
            return checked;
        }
        SiteSettings after = checked.settings();
        List<String> changed = changedFields(before, after);
        if (!changed.isEmpty()) {
            store.save(after);
            events.fire(new ContentEvent.SiteChanged());
            audit.record(who.account(), "settings.changed", String.join(", ", changed), detail(before, after, changed), ip);
        }
        return checked;
    }

    private static final List<Field> FIELDS = List.of(
            new Field("title", SiteSettings::title), new Field("tagline", SiteSettings::tagline),
            new Field("baseUrl", SiteSettings::baseUrl), new Field("language", SiteSettings::language),
            new Field("timeZone", SiteSettings::timeZone), new Field("dateFormat", SiteSettings::dateFormat),
            new Field("copyright", SiteSettings::copyright), new Field("socialProfiles", SiteSettings::socialProfiles),
            new Field("articlesPerPage", SiteSettings::articlesPerPage),
            new Field("articleUrlPattern", SiteSettings::articleUrlPattern),
            new Field("discourageIndexing", SiteSettings::discourageIndexing),
            new Field("feedFullContent", SiteSettings::feedFullContent),
            new Field("titlePattern", SiteSettings::titlePattern));

    private record Field(String name, Function<SiteSettings, Object> value) {
    }

    private static List<String> changedFields(SiteSettings before, SiteSettings after) {
        List<String> changed = new ArrayList<>();
        for (Field field : FIELDS) {
            if (!Objects.equals(field.value().apply(before), field.value().apply(after))) {
                changed.add(field.name());
            }
        }
        return changed;
    }

    /** What each changed field was and became, for whoever reads the audit log later. */
    private static String detail(SiteSettings before, SiteSettings after, List<String> changed) {
        List<String> parts = new ArrayList<>();
        for (Field field : FIELDS) {
            if (changed.contains(field.name())) {
                parts.add(field.name() + ": " + field.value().apply(before) + " → " + field.value().apply(after));
            }
        }
        return String.join("; ", parts);
    }
}
