package press.masthead.content;

/**
 * How far a body's HTML is trusted, decided by the role of whoever saves it: most writers' HTML is sanitized, while
 * editors and admins may keep raw HTML (an embed's script, a styled table) on their own responsibility.
 */
public enum HtmlTrust {
    SANITIZED, RAW
}
