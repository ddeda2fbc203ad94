package press.masthead.site.model;

/**
 * A moment as a theme shows it: {@code iso} for {@code <time datetime>} (with the site's offset),
 * {@code display} in the site's date format and language.
 */
public record TimeView(String iso, String display) {
}
