package org.meetbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CI runs what a new user runs: the README's Quick start test command, word for word. */
class QuickStartTest {

    @Test
    void ciRunsTheReadmeTestCommand() throws IOException {
        List<String> blocks = quickStartBlocks(Files.readString(Path.of("..", "README.md")));
        assertEquals(2, blocks.size(), "Quick start has a build command and a test command: " + blocks);
        assertEquals("mvn -q -DskipTests package", blocks.get(0));
        List<String> ciLines = Files.readAllLines(Path.of("..", ".ci", "run"));
        assertTrue(ciLines.contains(blocks.get(1)), ".ci/run must run '" + blocks.get(1) + "' as its own line");
    }

    /** The first line of each fenced code block in the "## Quick start" section. */
    static List<String> quickStartBlocks(String readme) {
        List<String> firstLines = new ArrayList<>();
        boolean inSection = false;
        boolean inBlock = false;
        boolean firstLine = false;
        for (String line : readme.split("\n")) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Quick start");
                continue;
            }
            if (!inSection) {
                continue;
            }
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                firstLine = inBlock;
            } else if (inBlock && firstLine) {
                firstLines.add(line.trim());
                firstLine = false;
            }
        }
        return firstLines;
    }
}
