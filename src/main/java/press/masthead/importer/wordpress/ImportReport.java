package press.masthead.importer.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import did: per kind of content how much was imported, updated and skipped, and every problem with the
 * line of the file it came from, so that an editor can look at the item in the export. Problems never stop an
 * import; they say what was done instead.
 */
public final class ImportReport {
    /** The kinds of content an import counts. */
    public enum Kind {
        AUTHORS, CATEGORIES, TAGS, ARTICLES, PAGES, MEDIA, COMMENTS, OTHER_ITEMS;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** A problem with one entry of the file: where, which entry, and what was done about it. */
    public record Problem(int line, String entry, String reason) {
        @Override
        public String toString() {
            return "line " + line + ", " + entry + ": " + reason;
        }
    }

    /** Problems seen many times (an unknown shortcode, a skipped post type) are told once, with a count. */
    private record Repeated(int firstLine, String what, int count) {
    }

    private final String file;
    private final boolean dryRun;
    private final Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Repeated> repeated = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int redirects;
    private Path savedAs;

    /** @param file the file as the person knows it: the path they gave, or the name they uploaded it under */
    ImportReport(String file, boolean dryRun) {
        this.file = file;
        this.dryRun = dryRun;
        for (Kind kind : Kind.values()) {
            counts.put(kind, new int[3]);
        }
    }

    void countImported(Kind kind) {
        counts.get(kind)[0]++;
    }

    void countUpdated(Kind kind) {
        counts.get(kind)[1]++;
    }

    void countSkipped(Kind kind) {
        counts.get(kind)[2]++;
    }

    /** Counts a saved record as imported when it is new and as updated when an earlier import made it. */
    void countSaved(Kind kind, boolean wasNew) {
        counts.get(kind)[wasNew ? 0 : 1]++;
    }

    void problem(int line, String entry, String reason) {
        problems.add(new Problem(line, entry, reason));
    }

    /** A problem that may come up thousands of times, told once under {@code key} with how often it came. */
    void repeatedProblem(String key, int line, String what) {
        repeated.merge(key, new Repeated(line, what, 1),
                (first, again) -> new Repeated(first.firstLine(), first.what(), first.count() + 1));
    }

    void note(String text) {
        notes.add(text);
    }

    void redirected() {
        redirects++;
    }

    /** The file as the person knows it. */
    public String file() {
        return file;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public int imported(Kind kind) {
        return counts.get(kind)[0];
    }

    public int updated(Kind kind) {
        return counts.get(kind)[1];
    }

    public int skipped(Kind kind) {
        return counts.get(kind)[2];
    }

    public int redirects() {
        return redirects;
    }

    /** Every problem, the repeated ones once each (with their count and first line). */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        repeated.values().forEach(r -> all.add(new Problem(r.firstLine(), r.what(),
                r.count() == 1 ? "once" : r.count() + " times (this is the first)")));
        return all;
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Where the report was saved, or null for a dry run. */
    public Path savedAs() {
        return savedAs;
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        text.append("WordPress import of ").append(file).append(dryRun ? " (dry run: nothing was saved)" : "")
                .append('\n').append('\n');
        text.append(String.format("%-12s %9s %9s %9s%n", "", "imported", "updated", "skipped"));
        for (Kind kind : Kind.values()) {
            int[] c = counts.get(kind);
            text.append(String.format("%-12s %9d %9d %9d%n", kind.label(), c[0], c[1], c[2]));
        }
        text.append(String.format("%-12s %9d%n", "redirects", redirects));
        if (!notes.isEmpty()) {
            text.append('\n');
            notes.forEach(note -> text.append("Note: ").append(note).append('\n'));
        }
        List<Problem> all = problems();
        text.append('\n').append(all.isEmpty() ? "No problems." : "Problems (" + all.size() + "):").append('\n');
        all.forEach(problem -> text.append("  ").append(problem).append('\n'));
        return text.toString();
    }

    /** Saves the report as {@code wordpress-<time>.txt} in {@code folder}. */
    void saveIn(Path folder, Instant finished) {
        try {
            Files.createDirectories(folder);
            String stamp = finished.toString().replace(":", "").replace(".", "-");
            savedAs = folder.resolve("wordpress-" + stamp + ".txt");
            Files.writeString(savedAs, text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the import report in " + folder + ": " + e.getMessage(), e);
        }
    }
}
