package press.masthead.admin;

import java.util.ArrayList;
import java.util.List;
import press.masthead.accounts.Permission;

/** The admin's sections in the order the menu shows them; an entry appears only to roles that may use it. */
final class AdminNav {
    record Entry(String label, String path, Permission permission) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("Dashboard", AdminGate.ADMIN + "/", null),
            new Entry("Articles", AdminGate.ADMIN + "/articles", Permission.EDIT_OWN_ARTICLES),
            new Entry("Pages", AdminGate.ADMIN + "/pages", Permission.MANAGE_PAGES),
            new Entry("Media", AdminGate.ADMIN + "/media", Permission.UPLOAD_MEDIA),
            new Entry("Tags and categories", AdminGate.ADMIN + "/taxonomies", Permission.MANAGE_TAXONOMIES),
            new Entry("Corrections", AdminGate.ADMIN + "/corrections", Permission.MANAGE_CORRECTIONS),
            new Entry("Users", AdminGate.ADMIN + "/users", Permission.MANAGE_USERS),
            new Entry("Settings", AdminGate.ADMIN + "/settings", Permission.MANAGE_SETTINGS),
            new Entry("Import and backup", AdminGate.ADMIN + "/tools", Permission.IMPORT_AND_BACKUP),
            new Entry("Audit log", AdminGate.ADMIN + "/audit", Permission.VIEW_AUDIT_LOG),
            new Entry("Your account", AdminGate.ADMIN + "/account", null));

    private AdminNav() {
    }

    static List<Entry> visibleTo(Principal principal) {
        List<Entry> visible = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            if (entry.permission() == null || principal.can(entry.permission())) {
                visible.add(entry);
            }
        }
        return visible;
    }
}
