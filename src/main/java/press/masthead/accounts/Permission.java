package press.masthead.accounts;

/**
 * Every action the server checks. The {@code _OWN} forms apply to content the account made or is a byline on;
 * the {@code _ANY} forms to everyone's.
 */
public enum Permission {
    EDIT_OWN_ARTICLES,
    EDIT_ANY_ARTICLE,
    SUBMIT_FOR_REVIEW,
    PUBLISH_OWN_ARTICLES,
    PUBLISH_ANY_ARTICLE,
    DELETE_OWN_ARTICLES,
    DELETE_ANY_ARTICLE,
    MANAGE_PAGES,
    MANAGE_TAXONOMIES,
    UPLOAD_MEDIA,
    MANAGE_ANY_MEDIA,
    MANAGE_CORRECTIONS,
    RAW_HTML,
    MANAGE_SETTINGS,
    MANAGE_USERS,
    MANAGE_THEMES,
    VIEW_AUDIT_LOG,
    IMPORT_AND_BACKUP
}
