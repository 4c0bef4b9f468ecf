package org.meetbook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
