package press.masthead.site.model;

/**
 * A plain share link, no third-party script: {@code network} is a stable key for styling (x, facebook, linkedin,
 * reddit, whatsapp, telegram, bluesky, email, copy), {@code label} the accessible text.
 */
public record ShareLink(String network, String label, String url) {
}
