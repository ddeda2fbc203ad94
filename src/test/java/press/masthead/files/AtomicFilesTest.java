package press.masthead.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.testing.TempDirs;

class AtomicFilesTest {
    private final Path dir = TempDirs.create("atomic-");
    private final Path target = dir.resolve("front-page.html");

    @AfterEach
    void cleanUp() {
        TempDirs.delete(dir);
    }

    @Test
    void theTargetIsReplacedOnlyOnceTheNewFileIsWhole() throws IOException {
        Files.writeString(target, "yesterday's edition");
        List<String> seenWhileWriting = new ArrayList<>();

        AtomicFiles.replace(target, partial -> {
            Files.writeString(partial, "today's ");
            seenWhileWriting.add(Files.readString(target));
            Files.writeString(partial, "today's edition");
        });

        assertThat(seenWhileWriting).containsExactly("yesterday's edition");
        assertThat(Files.readString(target)).isEqualTo("today's edition");
        assertThat(TempDirs.filesUnder(dir)).containsExactly("front-page.html");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoPartOfTheNewOne() throws IOException {
        Files.writeString(target, "yesterday's edition");

        assertThatThrownBy(() -> AtomicFiles.replace(target, partial -> {
            Files.writeString(partial, "half of to");
            throw new IOException("the disk is full");
        })).hasMessage("the disk is full");

        assertThat(Files.readString(target)).isEqualTo("yesterday's edition");
        assertThat(TempDirs.filesUnder(dir)).containsExactly("front-page.html");
    }

    @Test
    void whileItIsWrittenTheNewFileIsHiddenBesideTheTarget() throws IOException {
        List<Path> partials = new ArrayList<>();

        AtomicFiles.replace(target, partials::add);

        assertThat(partials).singleElement().satisfies(partial -> {
            assertThat(partial.getParent()).isEqualTo(dir.toAbsolutePath());
            assertThat(partial.getFileName().toString()).startsWith(".");
        });
        assertThat(target).exists();
    }

    @Test
    void theNewFileHasThePermissionsOfAnyNewFileInItsFolder() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path ordinary = Files.createFile(dir.resolve("ordinary.html"));

        AtomicFiles.replace(target, partial -> Files.writeString(partial, "today's edition"));
        int sections = AtomicFiles.replaceWithStream(dir.resolve("sections.txt"), out -> {
            out.write('1');
            return 1;
        });

        assertThat(sections).isEqualTo(1);
        assertThat(Files.getPosixFilePermissions(target)).as("not a temporary file's owner-only permissions")
                .isEqualTo(Files.getPosixFilePermissions(ordinary));
        assertThat(Files.getPosixFilePermissions(dir.resolve("sections.txt")))
                .isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void aStreamWritesTheFileAndItsAnswerIsReturned() throws IOException {
        int lines = AtomicFiles.replaceWithStream(target, out -> {
            out.write("one\ntwo\n".getBytes(StandardCharsets.UTF_8));
            return 2;
        });

        assertThat(lines).isEqualTo(2);
        assertThat(Files.readString(target)).isEqualTo("one\ntwo\n");
    }

    @Test
    void aStreamThatFailsLeavesNothing() {
        assertThatThrownBy(() -> AtomicFiles.replaceWithStream(target, out -> {
            out.write(1);
            throw new IllegalStateException("the export stopped");
        })).hasMessage("the export stopped");

        assertThat(TempDirs.filesUnder(dir)).isEmpty();
    }

    @Test
    void theFolderMustExist() {
        Path elsewhere = dir.resolve("missing").resolve("page.html");

        assertThatThrownBy(() -> AtomicFiles.replace(elsewhere, partial -> { }))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(dir.resolve("missing")).doesNotExist();
    }
}
