package press.masthead.content;

import java.util.Locale;

/**
 * Where an article stands in the newsroom workflow; only {@link #PUBLISHED} articles are public. {@link #PENDING}
 * waits for an editor's review; {@link #UNPUBLISHED} was public once and was taken down.
 */
public enum ArticleStatus {
    DRAFT, PENDING, SCHEDULED, PUBLISHED, UNPUBLISHED;

    /**
     * Whether the workflow leads from this status to {@code target}: review comes before publishing only for those
     * who cannot publish, a published article is taken down before it is scheduled again, and only a public or
     * scheduled article can be unpublished.
     */
    public boolean canMoveTo(ArticleStatus target) {
        return switch (target) {
            case DRAFT -> this != DRAFT;
            case PENDING -> this == DRAFT || this == UNPUBLISHED;
            case SCHEDULED, PUBLISHED -> this != PUBLISHED;
            case UNPUBLISHED -> this == PUBLISHED || this == SCHEDULED;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromCode(String code) {
        for (ArticleStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown article status '" + code + "': expected draft, pending, scheduled, published or unpublished");
    }
}
