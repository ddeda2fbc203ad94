package press.masthead.accounts;

import static press.masthead.accounts.Permission.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The role-to-permission table: the one place that says who may do what. The server checks it on every action;
 * the admin UI only uses it to hide what would be refused.
 */
public final class Permissions {
    private static final Map<Role, Set<Permission>> TABLE = Map.of(
            Role.ADMIN, EnumSet.allOf(Permission.class),
            Role.EDITOR, EnumSet.of(EDIT_OWN_ARTICLES, EDIT_ANY_ARTICLE, SUBMIT_FOR_REVIEW, PUBLISH_OWN_ARTICLES,
                    PUBLISH_ANY_ARTICLE, DELETE_OWN_ARTICLES, DELETE_ANY_ARTICLE, MANAGE_PAGES, MANAGE_TAXONOMIES,
                    UPLOAD_MEDIA, MANAGE_ANY_MEDIA, MANAGE_CORRECTIONS, RAW_HTML),
            Role.AUTHOR, EnumSet.of(EDIT_OWN_ARTICLES, SUBMIT_FOR_REVIEW, PUBLISH_OWN_ARTICLES, DELETE_OWN_ARTICLES,
                    UPLOAD_MEDIA),
            Role.CONTRIBUTOR, EnumSet.of(EDIT_OWN_ARTICLES, SUBMIT_FOR_REVIEW));

    private Permissions() {
    }

    public static boolean allows(Role role, Permission permission) {
        return TABLE.get(role).contains(permission);
    }

    /** What a role may do, for the UI and for the documentation test that prints the table. */
    public static Set<Permission> of(Role role) {
        return EnumSet.copyOf(TABLE.get(role));
    }
}
