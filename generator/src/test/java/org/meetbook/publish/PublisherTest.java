package org.meetbook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

    @TempDir
    Path temp;

    @Test
    void successReplacesTheWholeFolder() throws IOException {
        Path out = temp.resolve("public");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.html"), "old");
        Publisher.publish(out, staging -> Files.writeString(staging.resolve("index.html"), "new"));
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("stale.html")));
        assertEquals(1, count(temp), "no staging or old folders left behind");
    }

    @Test
    void thePublishedFolderIsReadableLikeAnyFolderTheUserMakes() throws IOException {
        Path out = temp.resolve("public");
        Publisher.publish(out, staging -> Files.writeString(staging.resolve("index.html"), "new"));
        Path sibling = Files.createDirectory(temp.resolve("made-by-hand"));
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            // a private temporary folder (rwx------) would be unreadable to a web server serving it
            assertEquals(Files.getPosixFilePermissions(sibling), Files.getPosixFilePermissions(out));
        }
    }

    @Test
    void failureLeavesThePreviousSiteUntouched() throws IOException {
        Path out = temp.resolve("public");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "last good");
        assertThrows(IOException.class, () -> Publisher.publish(out, staging -> {
            Files.writeString(staging.resolve("index.html"), "half");
            throw new IOException("disk full");
        }));
        assertEquals("last good", Files.readString(out.resolve("index.html")));
        assertEquals(1, count(temp), "the staging folder is cleaned up");
    }

    @Test
    void aRebuildLinksUnchangedFilesAndWritesChangedOnes() throws IOException {
        Path out = temp.resolve("public");
        Publisher.publish(out, staging -> {
            SiteFiles.write(staging.resolve("same.html"), "same");
            SiteFiles.write(staging.resolve("a/changed.html"), "before");
        });
        Object sameBefore = Files.getAttribute(out.resolve("same.html"), "unix:ino");
        Object changedBefore = Files.getAttribute(out.resolve("a/changed.html"), "unix:ino");
        Publisher.publish(out, staging -> {
            SiteFiles.write(staging.resolve("same.html"), "same");
            SiteFiles.write(staging.resolve("a/changed.html"), "after!");
            assertThrows(java.nio.file.FileAlreadyExistsException.class,
                    () -> SiteFiles.write(staging.resolve("same.html"), "same"), "never replaces a file");
        });
        assertEquals("same", Files.readString(out.resolve("same.html")));
        assertEquals("after!", Files.readString(out.resolve("a/changed.html")));
        assertEquals(sameBefore, Files.getAttribute(out.resolve("same.html"), "unix:ino"), "unchanged file reused");
        assertNotEquals(changedBefore, Files.getAttribute(out.resolve("a/changed.html"), "unix:ino"));
        assertEquals(1, count(temp), "no staging or old folders left behind");
    }

    @Test
    void aFailedRebuildLeavesLinkedFilesOfThePreviousSiteIntact() throws IOException {
        Path out = temp.resolve("public");
        Publisher.publish(out, staging -> SiteFiles.write(staging.resolve("index.html"), "good"));
        assertThrows(IOException.class, () -> Publisher.publish(out, staging -> {
            SiteFiles.write(staging.resolve("index.html"), "good");
            throw new IOException("disk full");
        }));
        assertEquals("good", Files.readString(out.resolve("index.html")));
        assertEquals(1, count(temp), "the staging folder is cleaned up");
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void deletingATreeRemovesLinksNotWhatTheyPointAt(@TempDir Path dir) throws IOException {
        Path keep = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(keep.resolve("precious.txt"), "still here");
        Path tree = Files.createDirectories(dir.resolve("old/a/b"));
        Files.writeString(tree.resolve("page.html"), "x");
        Files.writeString(dir.resolve("old/top.html"), "y");
        Files.createLink(dir.resolve("old/a/linked.html"), dir.resolve("old/top.html"));
        Files.createDirectories(dir.resolve("old/empty"));
        Files.createSymbolicLink(dir.resolve("old/a/to-elsewhere"), keep);
        Files.createSymbolicLink(dir.resolve("old/to-file"), keep.resolve("precious.txt"));
        Publisher.deleteTree(dir.resolve("old"));
        assertFalse(Files.exists(dir.resolve("old"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("still here", Files.readString(keep.resolve("precious.txt")));
    }
}
