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
