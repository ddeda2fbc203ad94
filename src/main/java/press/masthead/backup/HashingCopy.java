package press.masthead.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies a stream while counting its bytes and computing their SHA-256. */
final class HashingCopy {
    private HashingCopy() {
    }

    /** The size and digest of what was copied; {@code out} may be null to only measure. */
    static Manifest.Entry copy(String path, InputStream in, OutputStream out) throws IOException {
        HashingInputStream hashing = new HashingInputStream(in);
        hashing.transferTo(out == null ? OutputStream.nullOutputStream() : out);
        return hashing.entry(path);
    }
}
