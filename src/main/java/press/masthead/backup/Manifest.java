package press.masthead.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list of a backup's entries with the size and SHA-256 of each, one per line after a header:
 * <pre>
 * masthead-backup 1
 * created 2026-11-28T10:15:00Z
 * 9f86d081...  1048576  masthead.db
 * </pre>
 * A path's {@code %}, carriage returns and line feeds are percent-encoded, so every entry is one line.
 */
record Manifest(Instant created, Map<String, Entry> entries) {
    static final String NAME = "manifest.txt";
    static final String DATABASE = "masthead.db";
    static final String MEDIA = "media/";
    private static final String FORMAT = "masthead-backup 1";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) ([0-9]+) (.+)");

    /** One entry: its path in the archive, its size in bytes and the SHA-256 of its bytes in hex. */
    record Entry(String path, long size, String sha256) {
    }

    byte[] bytes() {
        StringBuilder text = new StringBuilder(FORMAT).append('\n').append("created ").append(created).append('\n');
        for (Entry entry : entries.values()) {
            text.append(entry.sha256()).append(' ').append(entry.size()).append(' ').append(escape(entry.path()))
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Manifest read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!FORMAT.equals(reader.readLine())) {
            throw new BackupException("its manifest is not a Masthead backup manifest (format 1)");
        }
        String createdLine = reader.readLine();
        if (createdLine == null || !createdLine.startsWith("created ")) {
            throw new BackupException("its manifest has no creation time");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new BackupException("its manifest has a line that is not 'sha256 size path': " + line);
            }
            String path = unescape(matcher.group(3));
            entries.put(path, new Entry(path, Long.parseLong(matcher.group(2)), matcher.group(1)));
        }
        try {
            return new Manifest(Instant.parse(createdLine.substring("created ".length())), entries);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BackupException("its manifest's creation time is not a time: " + createdLine);
        }
    }

    static List<String> problemsWithPath(String path) {
        List<String> problems = new ArrayList<>();
        if (!path.equals(DATABASE) && !path.startsWith(MEDIA)) {
            problems.add("the entry " + path + " is neither the database nor a media file");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("\\")
                    || segment.indexOf('\0') >= 0) {
                problems.add("the entry name " + path + " could write outside the data directory");
                break;
            }
        }
        return problems;
    }

    private static String escape(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String unescape(String path) {
        return path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }
}
