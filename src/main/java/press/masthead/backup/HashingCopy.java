package press.masthead.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies a stream while counting its bytes and computing their SHA-256. */
final class HashingCopy {
    private static final int BUFFER = 1 << 16;

    private HashingCopy() {
    }

    /** The size and digest of what was copied; {@code out} may be null to only measure. */
    static Manifest.Entry copy(String path, InputStream in, OutputStream out) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            sha256.update(buffer, 0, read);
            size += read;
            if (out != null) {
                out.write(buffer, 0, read);
            }
        }
        return new Manifest.Entry(path, size, HexFormat.of().formatHex(sha256.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
