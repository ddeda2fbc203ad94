package press.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.testing.TempDirs;

/** The folder as a media storage: keys are paths inside it, and nothing half-written or outside it shows. */
class FolderMediaStorageTest {
    private static final byte[] DAWN = "the harbour at dawn".getBytes(StandardCharsets.UTF_8);

    private final Path folder = TempDirs.create("folder-storage-");
    private final Path media = folder.resolve("media");
    private final FolderMediaStorage storage = new FolderMediaStorage(media);

    @AfterEach
    void clean() {
        TempDirs.delete(folder);
    }

    private void store(String key, byte[] bytes) {
        storage.store(key, new ByteArrayInputStream(bytes), bytes.length);
    }

    @Test
    void aKeyIsThePathOfItsFileInsideTheFolder() throws IOException {
        assertThat(storage.list()).isEmpty();
        assertThat(media).as("nothing is made before something is stored").doesNotExist();

        store("2026/05/harbour at dawn.jpg", DAWN);
        Files.write(Files.createDirectories(media.resolve("wordpress/2013")).resolve("ferry.jpg"), DAWN);

        assertThat(media.resolve("2026/05/harbour at dawn.jpg")).hasBinaryContent(DAWN);
        assertThat(storage.find("wordpress/2013/ferry.jpg")).as("a file put there by other means").isPresent();
        assertThat(storage.list()).extracting(StoredMedia::key)
                .containsExactly("2026/05/harbour at dawn.jpg", "wordpress/2013/ferry.jpg");
    }

    @Test
    void aFileBeingWrittenIsNeitherFoundNorListedUntilItIsWhole() {
        List<String> seenWhileWriting = new ArrayList<>();
        List<String> onDiskWhileWriting = new ArrayList<>();
        InputStream watching = new EndWatchingStream(DAWN, () -> {
            storage.list().forEach(file -> seenWhileWriting.add(file.key()));
            storage.find("2026/05/quay.jpg").ifPresent(file -> seenWhileWriting.add(file.key()));
            onDiskWhileWriting.addAll(TempDirs.filesUnder(media));
        });

        storage.store("2026/05/quay.jpg", watching, DAWN.length);

        assertThat(onDiskWhileWriting).singleElement().asString().matches("2026/05/\\.masthead-.*\\.partial");
        assertThat(seenWhileWriting).isEmpty();
        assertThat(TempDirs.filesUnder(media)).containsExactly("2026/05/quay.jpg");
    }

    @Test
    void aFileLeftHalfWrittenByACrashIsNeitherFoundNorListed() throws IOException {
        Files.write(Files.createDirectories(media.resolve("2026/05")).resolve(".upload-123.part"), DAWN);

        assertThat(storage.list()).isEmpty();
        assertThat(storage.find("2026/05/.upload-123.part")).isEmpty();
    }

    @Test
    void aFileBesideTheFolderCannotBeReachedThroughIt() throws IOException {
        Path secret = Files.write(folder.resolve("secret.txt"), DAWN);

        assertThat(storage.find("../secret.txt")).isEmpty();
        assertThat(storage.find(secret.toAbsolutePath().toString())).isEmpty();
        assertThatThrownBy(() -> storage.delete("../secret.txt")).isInstanceOf(InvalidMediaKeyException.class);
        assertThatThrownBy(() -> store("../secret.txt", "replaced".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidMediaKeyException.class);
        assertThat(secret).hasBinaryContent(DAWN);
    }

    @Test
    void deletingTheLastFileOfAFolderRemovesTheFoldersLeftEmptyButNeverTheMediaFolder() {
        store("2026/05/320w/quay.jpg", DAWN);
        store("2026/06/kept.jpg", DAWN);

        storage.delete("2026/05/320w/quay.jpg");

        assertThat(media.resolve("2026/05")).doesNotExist();
        assertThat(media.resolve("2026/06/kept.jpg")).exists();
        storage.delete("2026/06/kept.jpg");
        assertThat(media).isEmptyDirectory();
    }
}
