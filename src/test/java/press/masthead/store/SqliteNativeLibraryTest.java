package press.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.testing.TempDirs;

/** The copy of the driver's native library kept in the data directory, made from a jar of our own making. */
class SqliteNativeLibraryTest {
    private static final String ENTRY = "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so";

    private final Path dir = TempDirs.create("native-");
    private final Path folder = dir.resolve("data").resolve("cache");

    @AfterEach
    void cleanUp() {
        TempDirs.delete(dir);
    }

    @Test
    void copiesTheEntryOnceAndNamesTheCopyAfterItsChecksum() throws IOException {
        Path jar = jarWith("first build of the library");

        Path copy = SqliteNativeLibrary.copyOf(jar, ENTRY, folder).orElseThrow();

        assertThat(copy.getParent()).isEqualTo(folder);
        assertThat(copy.getFileName().toString()).matches("sqlitejdbc-[0-9a-f]{8}-libsqlitejdbc\\.so");
        assertThat(Files.readString(copy)).isEqualTo("first build of the library");
        assertThat(TempDirs.filesUnder(folder)).containsExactly(copy.getFileName().toString());

        FileTime copiedAt = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, copiedAt);
        assertThat(SqliteNativeLibrary.copyOf(jar, ENTRY, folder)).contains(copy);
        assertThat(Files.getLastModifiedTime(copy)).as("the second start reuses the copy").isEqualTo(copiedAt);
    }

    @Test
    void anotherBuildGetsItsOwnCopyAndTheOldOneGoes() throws IOException {
        Path old = SqliteNativeLibrary.copyOf(jarWith("old build"), ENTRY, folder).orElseThrow();

        Path upgraded = SqliteNativeLibrary.copyOf(jarWith("the upgraded build"), ENTRY, folder).orElseThrow();

        assertThat(upgraded).isNotEqualTo(old);
        assertThat(Files.readString(upgraded)).isEqualTo("the upgraded build");
        assertThat(TempDirs.filesUnder(folder)).containsExactly(upgraded.getFileName().toString());
    }

    @Test
    void aCopyCutShortIsMadeAgain() throws IOException {
        Path jar = jarWith("the whole library");
        Path copy = SqliteNativeLibrary.copyOf(jar, ENTRY, folder).orElseThrow();
        Files.writeString(copy, "the who");

        assertThat(SqliteNativeLibrary.copyOf(jar, ENTRY, folder)).contains(copy);

        assertThat(Files.readString(copy)).isEqualTo("the whole library");
        assertThat(TempDirs.filesUnder(folder)).as("no partial file left").hasSize(1);
    }

    @Test
    void aJarWithoutTheLibraryForThisSystemLeavesTheDriverToItself() throws IOException {
        Path jar = jarWith("a library");

        assertThat(SqliteNativeLibrary.copyOf(jar, "org/sqlite/native/Other/arch/libsqlitejdbc.so", folder)).isEmpty();
        assertThat(folder).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeMadeIsAnError() throws IOException {
        Path jar = jarWith("a library");
        Files.createDirectories(folder.getParent());
        Files.writeString(folder, "a file where the folder should be");

        assertThatThrownBy(() -> SqliteNativeLibrary.copyOf(jar, ENTRY, folder)).isInstanceOf(IOException.class);
        assertThat(Files.readString(folder)).isEqualTo("a file where the folder should be");
    }

    @Test
    void theDriverOfThisBuildHasItsLibraryForThisSystem() throws Exception {
        Path driverJar = Path.of(org.sqlite.SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        String entry = "org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + System.mapLibraryName("sqlitejdbc");

        Optional<Path> copy = SqliteNativeLibrary.copyOf(driverJar, entry, folder);

        assertThat(copy).isPresent();
        assertThat(Files.size(copy.get())).isGreaterThan(100_000);
    }

    private Path jarWith(String library) throws IOException {
        Path jar = Files.createTempFile(dir, "driver-", ".jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry(ENTRY));
            zip.write(library.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}
