package press.masthead.site.model;

/** A note on the site-wide corrections page, with the article it belongs to. */
public record CorrectionEntry(CorrectionView correction, String articleHeadline, String articleUrl) {
}
