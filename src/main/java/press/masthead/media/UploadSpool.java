package press.masthead.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * An upload read into a scratch file on this node's disk, stopping as soon as it passes the size limit: a declared
 * length can lie, and a file too large must cost no more than the limit to refuse.
 */
final class UploadSpool implements AutoCloseable {
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final Path file;
    private final byte[] head;

    private UploadSpool(Path file, byte[] head) {
        this.file = file;
        this.head = head;
    }

    /**
     * @param spoolDir the folder for the scratch file, made when missing
     * @throws MediaRejectedException TOO_LARGE once more than {@code maxBytes} arrive; the scratch file is gone then
     */
    static UploadSpool read(String name, InputStream content, long maxBytes, Path spoolDir) {
        Path scratch = scratchFileIn(spoolDir);
        try (OutputStream out = Files.newOutputStream(scratch)) {
            byte[] buffer = new byte[64 * 1024];
            byte[] head = new byte[MediaFormat.SIGNATURE_LENGTH];
            long total = 0;
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                if (total < head.length) {
                    System.arraycopy(buffer, 0, head, (int) total, (int) Math.min(n, head.length - total));
                }
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(name, total, content, maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return new UploadSpool(scratch, Arrays.copyOf(head, (int) Math.min(total, head.length)));
        } catch (IOException e) {
            deleteQuietly(scratch);
            throw new UncheckedIOException("Could not receive " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(scratch);
            throw e;
        }
    }

    private static Path scratchFileIn(Path spoolDir) {
        try {
            Files.createDirectories(spoolDir);
            return Files.createTempFile(spoolDir, "media-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a scratch file for an upload in " + spoolDir + ": "
                    + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    /** The first bytes, enough to tell the format. */
    byte[] head() {
        return head.clone();
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    /**
     * The refusal, saying how large the file is: the rest is read without being kept, up to four times the limit
     * (a client sends it anyway before it reads the answer), and past that the message says "more than".
     */
    private static MediaRejectedException tooLarge(String name, long received, InputStream rest, long maxBytes)
            throws IOException {
        long bound = 4 * maxBytes;
        long size = received;
        byte[] buffer = new byte[64 * 1024];
        for (int n = rest.read(buffer); n >= 0 && size <= bound; n = rest.read(buffer)) {
            size += n;
        }
        return tooLarge(name, size > bound ? "more than " + megabytes(bound) : megabytes(size), maxBytes);
    }

    static MediaRejectedException tooLarge(String name, String howLargeMb, long maxBytes) {
        return new MediaRejectedException(MediaRejectedException.Reason.TOO_LARGE, name + " is " + howLargeMb
                + " MB; the limit is " + megabytes(maxBytes) + " MB. Make it smaller (a photo for the web rarely"
                + " needs more than 5 MB) or ask an administrator to raise media-max-upload-mb.");
    }

    /** Whole megabytes as a whole number ("20"), others to one decimal ("25.3"). */
    static String megabytes(long bytes) {
        double mb = bytes / MEGABYTE;
        return bytes % (1024 * 1024) == 0 ? Long.toString((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a scratch file left behind is in the scratch folder, which is nobody's content
        }
    }
}
