package press.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import press.masthead.testing.TempDirs;

/** What every media storage does, checked on the folder and on the in-memory stand-in for an object store alike. */
class MediaStorageContractTest {
    private static final byte[] DAWN = bytes("the harbour at dawn");
    private static final byte[] DUSK = bytes("the harbour at dusk, later");

    private final Path folder = TempDirs.create("media-storage-");

    @AfterEach
    void clean() {
        TempDirs.delete(folder);
    }

    static Stream<Named<Function<Path, MediaStorage>>> storages() {
        return Stream.of(
                Named.of("the media folder", folder -> new FolderMediaStorage(folder.resolve("media"))),
                Named.of("an object store", folder -> new InMemoryMediaStorage()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void store(MediaStorage storage, String key, byte[] bytes) {
        storage.store(key, new ByteArrayInputStream(bytes), bytes.length);
    }

    private static byte[] read(MediaStorage storage, String key) {
        try (InputStream in = storage.find(key).orElseThrow().open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void aStoredFileIsFoundWithItsSizeModificationTimeAndBytes(Function<Path, MediaStorage> make) {
        MediaStorage storage = make.apply(folder);

        store(storage, "2026/05/harbour at dawn.jpg", DAWN);

        StoredMedia found = storage.find("2026/05/harbour at dawn.jpg").orElseThrow();
        assertThat(found.key()).isEqualTo("2026/05/harbour at dawn.jpg");
        assertThat(found.size()).isEqualTo(DAWN.length);
        assertThat(found.lastModified()).isNotNull();
        assertThat(read(storage, "2026/05/harbour at dawn.jpg")).isEqualTo(DAWN);
        assertThat(storage.find("2026/05/elsewhere.jpg")).isEmpty();
        assertThat(storage.find("2026/05")).as("a folder is no file").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("storages")
    void storingAgainReplacesTheWholeFile(Function<Path, MediaStorage> make) {
        MediaStorage storage = make.apply(folder);
        store(storage, "quay.jpg", DUSK);

        store(storage, "quay.jpg", DAWN);

        assertThat(read(storage, "quay.jpg")).isEqualTo(DAWN);
        assertThat(storage.find("quay.jpg").orElseThrow().size()).isEqualTo(DAWN.length);
    }

    @ParameterizedTest
    @MethodSource("storages")
    void aStreamShorterOrLongerThanItsSizeLeavesTheKeyAsItWas(Function<Path, MediaStorage> make) {
        MediaStorage storage = make.apply(folder);
        store(storage, "quay.jpg", DAWN);

        assertThatThrownBy(() -> storage.store("quay.jpg", new ByteArrayInputStream(DUSK), DUSK.length + 1))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("quay.jpg");
        assertThatThrownBy(() -> storage.store("quay.jpg", new ByteArrayInputStream(DUSK), DUSK.length - 1))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> storage.store("new.jpg", new ByteArrayInputStream(DUSK), 3))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(read(storage, "quay.jpg")).isEqualTo(DAWN);
        assertThat(storage.list()).extracting(StoredMedia::key).containsExactly("quay.jpg");
    }

    @ParameterizedTest
    @MethodSource("storages")
    void aKeyIsReservedOnlyOnceAndHoldsAnEmptyFileUntilStored(Function<Path, MediaStorage> make) {
        MediaStorage storage = make.apply(folder);

        assertThat(storage.reserve("2026/05/quay.jpg")).isTrue();
        assertThat(storage.reserve("2026/05/quay.jpg")).isFalse();
        assertThat(storage.find("2026/05/quay.jpg").orElseThrow().size()).isZero();
        store(storage, "2026/05/quay.jpg", DAWN);
        assertThat(storage.reserve("2026/05/quay.jpg")).isFalse();
        assertThat(read(storage, "2026/05/quay.jpg")).isEqualTo(DAWN);
    }

    @ParameterizedTest
    @MethodSource("storages")
    void deletingRemovesTheFileAndIsQuietWhenNothingIsThere(Function<Path, MediaStorage> make) {
        MediaStorage storage = make.apply(folder);
        store(storage, "2026/05/quay.jpg", DAWN);
        store(storage, "2026/05/kept.jpg", DUSK);

        storage.delete("2026/05/quay.jpg");
        storage.delete("2026/05/quay.jpg");
        storage.delete("2026/06/never-stored.jpg");

        assertThat(storage.find("2026/05/quay.jpg")).isEmpty();
        assertThat(storage.list()).extracting(StoredMedia::key).containsExactly("2026/05/kept.jpg");
    }

    @ParameterizedTest
    @MethodSource("storages")
    void theListHoldsEveryFileWithItsSizeInKeyOrder(Function<Path, MediaStorage> make) {
        MediaStorage storage = make.apply(folder);
        assertThat(storage.list()).isEmpty();
        store(storage, "b.jpg", DAWN);
        store(storage, "a/z.png", DUSK);
        store(storage, "a/b.png", DAWN);

        assertThat(storage.list()).extracting(StoredMedia::key)
                .containsExactly("a/b.png", "a/z.png", "b.jpg");
        assertThat(storage.list()).extracting(StoredMedia::size)
                .containsExactly((long) DAWN.length, (long) DUSK.length, (long) DAWN.length);
    }

    @ParameterizedTest
    @MethodSource("storages")
    void keysThatCouldLeaveTheStorageOrNameItsOwnFilesAreRefused(Function<Path, MediaStorage> make) {
        MediaStorage storage = make.apply(folder);
        for (String key : new String[] {"../outside.jpg", "2026/../../outside.jpg", "/etc/passwd", "..\\outside.jpg",
                "2026\\05\\quay.jpg", "quay.jpg\0.png", ".htaccess", "2026/.upload-1.part", "2026//quay.jpg",
                "2026/./quay.jpg", "2026/", ""}) {
            assertThat(storage.find(key)).as(key).isEmpty();
            assertThatThrownBy(() -> store(storage, key, DAWN)).as(key)
                    .isInstanceOf(InvalidMediaKeyException.class).hasMessageContaining("cannot name a media file");
            assertThatThrownBy(() -> storage.reserve(key)).as(key).isInstanceOf(InvalidMediaKeyException.class);
            assertThatThrownBy(() -> storage.delete(key)).as(key).isInstanceOf(InvalidMediaKeyException.class);
        }
        assertThat(storage.list()).isEmpty();
        assertThat(TempDirs.filesUnder(folder)).isEmpty();
    }
}
