package press.masthead.content;

import java.util.Locale;

/** Where an article stands in the newsroom workflow; only {@link #PUBLISHED} articles are public. */
public enum ArticleStatus {
    DRAFT, PENDING, SCHEDULED, PUBLISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromCode(String code) {
        for (ArticleStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown article status '" + code + "': expected draft, pending, scheduled or published");
    }
}
