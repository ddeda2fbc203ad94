package press.masthead.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.apache.commons.imaging.ImagingException;
import press.masthead.content.MediaItem;
import press.masthead.content.MediaStore;
import press.masthead.content.MediaUse;
import press.masthead.content.MediaVariant;

/**
 * The media library as writers use it: upload a file (checked, cleaned and stored with its narrower copies), find
 * files, describe them, delete those no article uses. Files are stored at {@code yyyy/mm/NAME} by the month of upload
 * (UTC), variants at {@code yyyy/mm/WIDTHw/NAME}.
 */
public final class MediaUploads {
    /** Enough for any camera a newsroom uses; a 50 megapixel picture decodes to about 200 MB. */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;
    /** Decoded pictures are large, so only a few are held at once however many writers upload together. */
    private static final int DECODING_AT_ONCE = 2;

    private final MediaStore store;
    private final MediaStorage files;
    private final Path spoolDir;
    private final Clock clock;
    private final long maxBytes;
    private final long maxPixels;
    private final Semaphore decoding = new Semaphore(DECODING_AT_ONCE);

    /**
     * @param spoolDir where an upload waits on this node's disk while it is checked: a storage has no scratch space
     *                 (an object store has no files at all), and an upload is never held whole in memory before its
     *                 size is known to be within the limit
     */
    public MediaUploads(MediaStore store, MediaStorage files, Path spoolDir, Clock clock, long maxBytes,
                        long maxPixels) {
        this.store = store;
        this.files = files;
        this.spoolDir = spoolDir;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    /**
     * Takes a JPEG, PNG, GIF, WebP or PDF file, recognised by its content. An image is decoded only once its header
     * is within the pixel limit; a JPEG loses its location data (GPS and XMP) without being re-encoded. Either the
     * file, its variants and its record are all saved, or nothing is.
     *
     * @param originalFileName the name it had on the writer's computer; only its letters and digits are kept
     * @throws MediaRejectedException with the reason and a message for the writer
     */
    public MediaItem upload(String originalFileName, InputStream content, MediaDetails details) {
        return upload(originalFileName, content, details, null, AltText.OPTIONAL);
    }

    /**
     * Uploads as {@link #upload(String, InputStream, MediaDetails)} does, recording who uploaded the file.
     *
     * @param uploadedBy the uploader's account id, or null
     * @param altText whether an image must come with alt text; checked before anything is stored
     * @throws AltTextMissingException when an image needs alt text and has none
     */
    public MediaItem upload(String originalFileName, InputStream content, MediaDetails details, Long uploadedBy,
                            AltText altText) {
        String name = FileNames.displayName(originalFileName);
        try (UploadSpool spool = UploadSpool.read(name, content, maxBytes, spoolDir)) {
            MediaFormat format = MediaFormat.of(spool.head()).orElseThrow(() -> unsupported(name));
            if (format.isImage() && altText == AltText.REQUIRED_FOR_IMAGES && details.alt().isEmpty()) {
                throw new AltTextMissingException(name);
            }
            Prepared prepared = format.isImage() ? image(spool, format, name) : document(spool, format, name);
            return save(prepared, FileNames.stem(originalFileName), format, details, uploadedBy);
        }
    }

    /**
     * Whether an uploaded image must come with alt text. The admin asks for it unless the uploader says the picture
     * is decorative (its alt text then stays empty, which tells screen readers to skip it).
     */
    public enum AltText {
        REQUIRED_FOR_IMAGES,
        OPTIONAL
    }

    /** The largest file the library takes, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The refusal of an upload whose request announced more than the limit, so that the web server refuses it before
     * reading it and this class never sees it.
     *
     * @param declaredBytes the length the request announced
     */
    public MediaRejectedException refuseOversized(long declaredBytes) {
        return UploadSpool.tooLarge("The file", UploadSpool.megabytes(declaredBytes), maxBytes);
    }

    public Optional<MediaItem> find(long id) {
        return store.findById(id);
    }

    /** A page of the library, newest first, matching {@code text} in title, alt text, caption or file name. */
    public List<MediaItem> search(String text, int offset, int limit) {
        return store.search(text, Math.max(0, offset), Math.max(0, limit));
    }

    public int count(String text) {
        return store.count(text);
    }

    public MediaItem updateDetails(long id, MediaDetails details) {
        MediaItem item = store.findById(id).orElseThrow(() -> new MediaNotFoundException(id));
        MediaItem updated = item.withDetails(details.title(), details.alt(), details.caption());
        store.update(updated);
        return updated;
    }

    /**
     * Deletes the record, the file and its variants.
     *
     * @throws MediaInUseException naming the articles and pages that show it; nothing is deleted then
     */
    public void delete(long id) {
        MediaItem item = store.findById(id).orElseThrow(() -> new MediaNotFoundException(id));
        List<MediaUse> uses = store.deleteUnlessUsed(item);
        if (!uses.isEmpty()) {
            throw new MediaInUseException(item, uses);
        }
        // The record goes first: a file left by a failure here is only unused bytes, never a broken page.
        item.variants().forEach(variant -> files.delete(variant.filePath()));
        if (item.isStoredHere()) {
            files.delete(item.filePath());
        }
    }

    /** What is stored for an upload: the cleaned original, its size as shown, and its variants. */
    private record Prepared(byte[] original, int width, int height, List<Variants.Variant> variants) {
    }

    private Prepared image(UploadSpool spool, MediaFormat format, String name) {
        decoding.acquireUninterruptibly();
        try {
            BufferedImage pixels = ImageCheck.decode(spool.file(), format, name, maxPixels);
            byte[] original = Files.readAllBytes(spool.file());
            if (format == MediaFormat.JPEG) {
                original = jpegWithoutLocation(original, name);
                pixels = upright(pixels, JpegMetadata.orientation(original));
            }
            return new Prepared(original, pixels.getWidth(), pixels.getHeight(), Variants.of(pixels, format));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload of " + name + ": " + e.getMessage(), e);
        } finally {
            decoding.release();
        }
    }

    private static byte[] jpegWithoutLocation(byte[] jpeg, String name) throws IOException {
        try {
            return JpegMetadata.withoutLocation(jpeg);
        } catch (ImagingException e) {
            // The picture decoded, so it is its metadata that is unreadable, and location may hide in it.
            throw ImageCheck.damaged(name, MediaFormat.JPEG);
        }
    }

    /** Cameras store a picture as the sensor saw it and say in EXIF how to turn it; browsers turn it, so we do too. */
    private static BufferedImage upright(BufferedImage pixels, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return pixels;
        }
        return ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)).apply(pixels);
    }

    private static Prepared document(UploadSpool spool, MediaFormat format, String name) {
        try {
            byte[] original = Files.readAllBytes(spool.file());
            if (!endsWithPdfTrailer(original)) {
                throw ImageCheck.damaged(name, format);
            }
            return new Prepared(original, 0, 0, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload of " + name + ": " + e.getMessage(), e);
        }
    }

    /** A complete PDF ends with {@code %%EOF}, give or take a line break and some padding; a cut-short one does not. */
    private static boolean endsWithPdfTrailer(byte[] pdf) {
        int from = Math.max(0, pdf.length - 1024);
        String tail = new String(pdf, from, pdf.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private MediaItem save(Prepared prepared, String stem, MediaFormat format, MediaDetails details,
                           Long uploadedBy) {
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        String folder = String.format(Locale.ROOT, "%04d/%02d", now.getYear(), now.getMonthValue());
        String fileName = reserveName(folder, stem, format.extension());
        List<String> written = new ArrayList<>();
        written.add(folder + "/" + fileName);
        try {
            store(folder + "/" + fileName, prepared.original());
            List<MediaVariant> variants = new ArrayList<>();
            for (Variants.Variant variant : prepared.variants()) {
                String path = folder + "/" + variant.width() + "w/" + variantName(fileName, variant.extension());
                written.add(path);
                store(path, variant.bytes());
                variants.add(new MediaVariant(variant.width(), variant.height(), MediaKeys.urlOf(path), path,
                        variant.bytes().length));
            }
            String path = folder + "/" + fileName;
            MediaItem item = new MediaItem(0, MediaKeys.urlOf(path), path, "",
                    details.title().isEmpty() ? stem : details.title(), details.alt(), details.caption(), "",
                    format.mediaType(), clock.instant(), prepared.width(), prepared.height(),
                    prepared.original().length, variants, uploadedBy);
            return item.withId(store.insert(item));
        } catch (RuntimeException e) {
            written.forEach(path -> deleteAfterFailure(path, e));
            throw e;
        }
    }

    private void store(String key, byte[] bytes) {
        files.store(key, new ByteArrayInputStream(bytes), bytes.length);
    }

    /** The first free name of {@code stem.ext}, {@code stem-2.ext}, ... in the folder, claimed for this upload. */
    private String reserveName(String folder, String stem, String extension) {
        for (int n = 1; ; n++) {
            String fileName = (n == 1 ? stem : stem + "-" + n) + "." + extension;
            if (files.reserve(folder + "/" + fileName)) {
                return fileName;
            }
        }
    }

    /**
     * A variant keeps its original's name; one in another format (a WebP's copies are JPEG or PNG) adds its own
     * extension, which cannot clash, since stored stems never hold a dot.
     */
    private static String variantName(String fileName, String extension) {
        return fileName.endsWith("." + extension) ? fileName : fileName + "." + extension;
    }

    private void deleteAfterFailure(String path, RuntimeException failure) {
        try {
            files.delete(path);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static MediaRejectedException unsupported(String name) {
        return new MediaRejectedException(MediaRejectedException.Reason.UNSUPPORTED_TYPE, name + " is not a "
                + MediaFormat.accepted() + " file (whatever its name says), so the media library cannot take it."
                + " Save it in one of those formats and upload it again.");
    }
}
