package press.masthead.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import press.masthead.files.AtomicFiles;

/**
 * Writes every public URL as a file, rendering in parallel through the same renderers that serve the site, so each
 * file is byte for byte what the server answers. Incremental: a file whose bytes did not change is not rewritten,
 * and files an earlier export wrote for content that is gone are removed. Files the export did not write are left
 * alone; it knows its own from the manifest it keeps in the folder.
 */
public final class StaticExport {
    static final String MANIFEST = ".masthead-export";

    /**
     * A stored file whose name says it compresses (an SVG, say) is read whole to write its .gz copy up to this size;
     * a larger one is copied alone.
     */
    private static final long READ_WHOLE = 16L * 1024 * 1024;
    /** What {@link #mediaTypeGuess} says of a file that does not compress. */
    private static final String BINARY = "binary";

    private final List<ExportSource> sources;
    private final boolean gzipCopies;
    private final int threads;

    public StaticExport(List<ExportSource> sources, boolean gzipCopies, int threads) {
        this.sources = sources;
        this.gzipCopies = gzipCopies;
        this.threads = threads;
    }

    /**
     * @param progress told the number of files done so far, as they finish
     */
    public ExportSummary run(Path outDir, ExportProgress progress) {
        long started = System.nanoTime();
        Path root = outDir.toAbsolutePath().normalize();
        createFolder(root);
        List<ExportItem> items = new ArrayList<>();
        sources.forEach(source -> items.addAll(source.items()));
        Set<String> previous = readManifest(root);
        Set<String> current = ConcurrentHashMap.newKeySet();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>(items.size());
            for (ExportItem item : items) {
                futures.add(pool.submit(() -> {
                    bytes.addAndGet(export(root, item, written, current));
                    progress.update(done.incrementAndGet(), items.size());
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The export was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        int removed = removeStale(root, previous, current);
        writeManifest(root, current);
        return new ExportSummary(current.size(), written.get(), current.size() - written.get(), removed, bytes.get(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Writes one item's file, and its .gz copy when there is to be one; returns the bytes they hold. */
    private long export(Path root, ExportItem item, AtomicInteger written, Set<String> current) {
        Path file = fileFor(root, item.filePath());
        current.add(item.filePath());
        String mediaType = mediaTypeGuess(item.filePath());
        boolean compressible = gzipCopies && !mediaType.equals(BINARY);
        if (item.content() instanceof ExportContent.Stored stored && !(compressible && stored.size() <= READ_WHOLE)) {
            if (copyIfChanged(file, stored)) {
                written.incrementAndGet();
            }
            return stored.size();
        }
        byte[] content = item.content().bytes();
        if (writeIfChanged(file, content)) {
            written.incrementAndGet();
        }
        long size = content.length;
        if (compressible && Gzip.worthIt(content, mediaType)) {
            byte[] gz = Gzip.compress(content);
            writeIfChanged(file.resolveSibling(file.getFileName() + ".gz"), gz);
            current.add(item.filePath() + ".gz");
            size += gz.length;
        }
        return size;
    }

    /** Only compressible files get a .gz copy; the name is enough to tell for what the export writes. */
    private static String mediaTypeGuess(String file) {
        return file.endsWith(".html") || file.endsWith(".xml") || file.endsWith(".json") || file.endsWith(".txt")
                || file.endsWith(".css") || file.endsWith(".js") || file.endsWith(".svg") ? "text/plain" : BINARY;
    }

    private static Path fileFor(Path root, String relative) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalStateException("Export path '" + relative + "' leaves the export folder");
        }
        return file;
    }

    private static boolean writeIfChanged(Path file, byte[] content) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == content.length
                    && Arrays.equals(Files.readAllBytes(file), content)) {
                return false;
            }
            replace(file, partial -> Files.write(partial, content));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies a stored file as a stream unless the file there already has its size and its time of storing, which
     * each copy is given. The times are compared to the millisecond, as fine as every file system keeps them.
     */
    private static boolean copyIfChanged(Path file, ExportContent.Stored stored) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == stored.size()
                    && Files.getLastModifiedTime(file).toMillis() == stored.lastModified().toEpochMilli()) {
                return false;
            }
            replace(file, partial -> {
                long copied;
                try (InputStream in = stored.open()) {
                    copied = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                if (copied != stored.size()) {
                    throw new IllegalStateException("The stored file " + stored.name() + " changed while it was"
                            + " exported (" + copied + " bytes read where " + stored.size() + " were listed);"
                            + " export again");
                }
                Files.setLastModifiedTime(partial, FileTime.from(stored.lastModified()));
            });
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code file} whole or not at all, so that a web server serving the folder never sends half a file. */
    private static void replace(Path file, AtomicFiles.Content content) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.replace(file, content);
    }

    private static int removeStale(Path root, Set<String> previous, Set<String> current) {
        int removed = 0;
        for (String stale : previous) {
            if (current.contains(stale)) {
                continue;
            }
            try {
                Path file = fileFor(root, stale);
                if (Files.deleteIfExists(file)) {
                    removed++;
                    removeEmptyFolders(root, file.getParent());
                }
            } catch (IOException | IllegalStateException e) {
                throw new IllegalStateException("Could not remove " + stale + " from the export: " + e.getMessage(), e);
            }
        }
        return removed;
    }

    private static void removeEmptyFolders(Path root, Path folder) throws IOException {
        Path current = folder;
        while (current != null && !current.equals(root) && current.startsWith(root)) {
            try (var entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }

    private static Set<String> readManifest(Path root) {
        Path manifest = root.resolve(MANIFEST);
        try {
            return Files.exists(manifest) ? new HashSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8)) : Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + manifest + ": " + e.getMessage(), e);
        }
    }

    private static void writeManifest(Path root, Set<String> files) {
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(null);
        writeIfChanged(root.resolve(MANIFEST), (String.join("\n", sorted) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void createFolder(Path root) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the export folder " + root + ": " + e.getMessage(), e);
        }
    }
}
