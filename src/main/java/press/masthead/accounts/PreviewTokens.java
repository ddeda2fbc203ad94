package press.masthead.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shareable links to an article that is not public yet: {@code ARTICLE.EXPIRES.SIGNATURE}, signed with HMAC-SHA256
 * under a secret the site keeps in its database, so any node accepts a link another made, until it expires. The
 * token grants reading that one article, nothing else; changing the secret row revokes every link at once.
 */
public final class PreviewTokens {
    public static final Duration LIFETIME = Duration.ofDays(7);
    private static final String SECRET_NAME = "preview-links";

    private final SiteSecretStore secrets;
    private final Clock clock;

    public PreviewTokens(SiteSecretStore secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /** A link token for {@code articleId}, and when it stops working. */
    public Issued issue(long articleId) {
        Instant expires = clock.instant().plus(LIFETIME);
        String payload = articleId + "." + expires.getEpochSecond();
        return new Issued(payload + "." + sign(payload), expires);
    }

    public record Issued(String token, Instant expiresAt) {
    }

    /** The article a token opens; empty when the token is malformed, forged or expired. */
    public Optional<Long> verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].matches("[0-9]{1,18}") || !parts[1].matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        if (!Secrets.same(sign(payload), parts[2])) {
            return Optional.empty();
        }
        if (!Instant.ofEpochSecond(Long.parseLong(parts[1])).isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(parts[0]));
    }

    private String sign(String payload) {
        String secret = secrets.getOrCreate(SECRET_NAME, Secrets.newToken());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
