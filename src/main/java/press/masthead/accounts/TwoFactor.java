package press.masthead.accounts;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Optional time-based one-time codes (RFC 6238, as authenticator apps make them) with single-use recovery codes
 * for a lost phone.
 */
public final class TwoFactor {
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore accounts;
    private final CodeVerifier verifier;

    public TwoFactor(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        DefaultCodeVerifier codes = new DefaultCodeVerifier(new DefaultCodeGenerator(),
                () -> clock.instant().getEpochSecond());
        // One step either side forgives a phone clock that is half a minute off.
        codes.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = codes;
    }

    /** A new secret for the account to add to its app; nothing is stored until {@link #enable} confirms it. */
    public String newSecret() {
        return new DefaultSecretGenerator().generate();
    }

    /**
     * Turns two-factor on once the person proves their app has the secret; returns the recovery codes to show
     * them once.
     */
    public List<String> enable(long accountId, String secret, String code) {
        if (secret == null || secret.isBlank() || !verifier.isValidCode(secret, digits(code))) {
            throw new AccountException("code", "that code does not match; check the time on your phone and enter"
                    + " the newest code");
        }
        accounts.updateTotpSecret(accountId, secret);
        return newRecoveryCodes(accountId);
    }

    public void disable(long accountId) {
        accounts.updateTotpSecret(accountId, null);
        accounts.replaceRecoveryCodes(accountId, List.of());
    }

    /** True for a current code from the app, or an unused recovery code, which is then spent. */
    public boolean verify(Account account, String code) {
        if (!account.hasTwoFactor() || code == null) {
            return false;
        }
        String digits = digits(code);
        if (digits.length() == 6 && verifier.isValidCode(account.totpSecret(), digits)) {
            return true;
        }
        return accounts.useRecoveryCode(account.id(), Secrets.hash(normalizedRecoveryCode(code)));
    }

    public List<String> newRecoveryCodes(long accountId) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
                if (c == 4) {
                    code.append('-');
                }
            }
            codes.add(code.toString());
            hashes.add(Secrets.hash(normalizedRecoveryCode(code.toString())));
        }
        accounts.replaceRecoveryCodes(accountId, hashes);
        return codes;
    }

    /** The {@code otpauth:} address an authenticator app reads from the QR code. */
    public static String otpauthUri(String issuer, String email, String secret) {
        String label = encode(issuer) + ":" + encode(email);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /** The QR code of {@code text} as an SVG drawing, so the page needs no image service and no script. */
    public static String qrSvg(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0);
            StringBuilder svg = new StringBuilder();
            int size = matrix.getWidth();
            svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(size).append(' ').append(size)
                    .append("\" width=\"220\" height=\"220\" role=\"img\" aria-label=\"QR code for your authenticator app\">")
                    .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < size; x++) {
                    if (matrix.get(x, y)) {
                        svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return svg.append("\"/></svg>").toString();
        } catch (WriterException e) {
            throw new IllegalStateException("Could not draw a QR code: " + e.getMessage(), e);
        }
    }

    private static String digits(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    private static String normalizedRecoveryCode(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
