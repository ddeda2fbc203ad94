package press.masthead.app;

import java.io.IOException;
import java.nio.file.Path;
import press.masthead.backup.DatabaseTarget;
import press.masthead.store.Database;
import press.masthead.store.Migrations;

/**
 * Restores into a database server (PostgreSQL): the backup's SQLite file is copied into it row by row, in one
 * transaction, after both are brought up to date.
 */
public final class DatabaseServerTarget implements DatabaseTarget, AutoCloseable {
    private final Database database;

    private DatabaseServerTarget(Database database) {
        this.database = database;
    }

    /** Opens the database the settings name and brings its schema up to date, so that it can be looked into. */
    public static DatabaseServerTarget open(Settings settings) {
        Database database = Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
        try {
            new Migrations(database).migrate();
            return new DatabaseServerTarget(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public boolean holdsASite() {
        return database.holdsContent();
    }

    @Override
    public void replaceWith(Path databaseFile) throws IOException {
        try {
            database.replaceContentWith(databaseFile);
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
