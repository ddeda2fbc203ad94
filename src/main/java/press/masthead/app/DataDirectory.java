package press.masthead.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes sure the data directory exists and can be written before anything is put into it. */
final class DataDirectory {
    private DataDirectory() {
    }

    static void prepare(Path dataDir) {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new SettingException("The data directory " + dataDir + " is a file, not a folder: choose another"
                    + " path with --data or " + SettingsResolver.DATA_ENVIRONMENT_VARIABLE + ".");
        }
        try {
            Files.createDirectories(dataDir);
            Path probe = Files.createTempFile(dataDir, ".write-test-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new SettingException("The data directory " + dataDir + " is not writable (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "). Give Masthead a folder it may write to with --data or "
                    + SettingsResolver.DATA_ENVIRONMENT_VARIABLE + ".");
        }
    }
}
