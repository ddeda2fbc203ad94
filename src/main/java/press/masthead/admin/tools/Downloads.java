package press.masthead.admin.tools;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import press.masthead.accounts.Account;
import press.masthead.accounts.AuditLog;
import press.masthead.backup.BackupSummary;
import press.masthead.backup.BackupWriter;
import press.masthead.importer.wordpress.ExportCounts;
import press.masthead.importer.wordpress.WordPressExporter;

/**
 * The backup and the WordPress export as downloads, streamed to the browser as they are written while the site
 * keeps serving: the same archive {@code masthead backup} writes and the same file {@code masthead export
 * wordpress} writes. Nothing is held in memory. A download that fails half-way arrives cut short, and a cut-short
 * backup has no manifest (it comes last), so {@code masthead restore} refuses it.
 */
public final class Downloads {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final BackupWriter backups;
    private final WordPressExporter exporter;
    private final Path scratchDir;
    private final AuditLog audit;
    private final Clock clock;

    public Downloads(BackupWriter backups, WordPressExporter exporter, Path scratchDir, AuditLog audit, Clock clock) {
        this.backups = backups;
        this.exporter = exporter;
        this.scratchDir = scratchDir;
        this.audit = audit;
        this.clock = clock;
    }

    void backup(Context ctx, Account by) {
        String name = "masthead-backup-" + STAMP.format(clock.instant()) + ".zip";
        Path databaseCopy = databaseCopy();
        try {
            BackupSummary summary = backups.write(start(ctx, name, "application/zip"), databaseCopy);
            audit.record(by, "backup.downloaded", name, summary.toString(), ctx.ip());
        } catch (RuntimeException e) {
            audit.record(by, "backup.failed", name, String.valueOf(e.getMessage()), ctx.ip());
            throw e;
        }
    }

    void wordPressExport(Context ctx, Account by) {
        String name = "masthead-wordpress-" + STAMP.format(clock.instant()) + ".xml";
        ExportCounts counts = exporter.export(start(ctx, name, "application/xml"));
        audit.record(by, "export.downloaded", name, counts.toString(), ctx.ip());
    }

    /** Sends the headers of a file download and hands back the body to stream it into. */
    private static OutputStream start(Context ctx, String name, String type) {
        ctx.status(200).contentType(type).header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try {
            return ctx.res().getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place in the data directory for the database copy the archive is made from. */
    private Path databaseCopy() {
        try {
            Files.createDirectories(scratchDir);
            return Files.createTempFile(scratchDir, "backup-", ".db");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make room for the backup's database copy in " + scratchDir
                    + ": " + e.getMessage(), e);
        }
    }
}
