package press.masthead.site.model;

import java.util.List;

/**
 * A note on a published article as readers see it: {@code kind} is correction, clarification or update,
 * {@code label} its display name, and {@code earlier} the wording it replaced, newest first, so nothing said is
 * silently edited away.
 */
public record CorrectionView(String kind, String label, String text, TimeView time, List<EarlierWording> earlier) {
    public CorrectionView {
        earlier = List.copyOf(earlier);
    }

    /** A wording the note had before it was amended, and since when it stood. */
    public record EarlierWording(String text, TimeView time) {
    }
}
