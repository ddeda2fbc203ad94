package press.masthead.sitemaps;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Cuts a run of URLs into sitemap files, numbered from 1, each within the protocol's limits: at most 50,000 URLs
 * and 50 MB (52,428,800 bytes) uncompressed, whichever comes first. Every URL is measured by writing it, so the
 * cut is exact however many images an entry lists.
 */
final class SitemapSplit {
    static final int MAX_URLS = 50_000;
    static final long MAX_BYTES = 52_428_800;
    /** Room kept for the XML declaration, the root element with its namespaces, and the closing tag. */
    static final int DOCUMENT_ROOM = 1_024;

    private final int maxUrls;
    private final long maxBytes;

    SitemapSplit() {
        this(MAX_URLS, MAX_BYTES);
    }

    /** Other limits, so that tests can see a split without writing 50 MB. */
    SitemapSplit(int maxUrls, long maxBytes) {
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
    }

    /** One file of the split: its number and the newest change among its URLs (null when none says). */
    record Part(int number, Instant lastModified) {
    }

    /** The files the URLs need; none when there are no URLs, since a sitemap must list at least one. */
    List<Part> parts(Stream<SitemapUrl> urls) {
        List<Instant> newest = new ArrayList<>();
        walk(urls, (number, url) -> {
            if (newest.size() < number) {
                newest.add(url.lastModified());
            } else {
                newest.set(number - 1, SitemapUrl.newer(newest.get(number - 1), url.lastModified()));
            }
            return true;
        });
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < newest.size(); i++) {
            parts.add(new Part(i + 1, newest.get(i)));
        }
        return parts;
    }

    /** File {@code number} as a {@code <urlset>} document; empty when the URLs do not reach that far. */
    Optional<Written> write(Stream<SitemapUrl> urls, int number) {
        PartWriter writer = new PartWriter(number);
        walk(urls, writer);
        return writer.finish();
    }

    /** A finished document and the newest change among its URLs. */
    record Written(byte[] bytes, Instant lastModified) {
    }

    @FunctionalInterface
    private interface PartVisitor {
        /** Takes a URL and the number of the file it falls into; false stops the walk. */
        boolean visit(int part, SitemapUrl url);
    }

    private void walk(Stream<SitemapUrl> urls, PartVisitor visitor) {
        ByteCounter counter = new ByteCounter();
        SitemapXml measure = SitemapXml.urlset(counter, false);
        measure.flush();
        int part = 1;
        int count = 0;
        long bytes = 0;
        Iterator<SitemapUrl> iterator = urls.iterator();
        while (iterator.hasNext()) {
            SitemapUrl url = iterator.next();
            long before = counter.count;
            measure.url(url);
            measure.flush();
            long size = counter.count - before;
            if (count > 0 && (count == maxUrls || bytes + size > maxBytes - DOCUMENT_ROOM)) {
                part++;
                count = 0;
                bytes = 0;
            }
            count++;
            bytes += size;
            if (!visitor.visit(part, url)) {
                return;
            }
        }
    }

    /** Writes the URLs of one file and stops the walk after them. */
    private static final class PartWriter implements PartVisitor {
        private final int number;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final SitemapXml xml = SitemapXml.urlset(out, false);
        private Instant lastModified;
        private boolean any;

        PartWriter(int number) {
            this.number = number;
        }

        @Override
        public boolean visit(int part, SitemapUrl url) {
            if (part == number) {
                xml.url(url);
                lastModified = SitemapUrl.newer(lastModified, url.lastModified());
                any = true;
            }
            return part <= number;
        }

        Optional<Written> finish() {
            if (!any) {
                return Optional.empty();
            }
            xml.finish();
            return Optional.of(new Written(out.toByteArray(), lastModified));
        }
    }


    /** Counts what the measuring writer writes, and keeps none of it. */
    private static final class ByteCounter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
