package org.meetbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.TestContent;

/** Exit codes and messages as a user sees them: 0 ok, 1 content problems, 2 usage. */
class MainTest {

    @TempDir
    Path temp;

    @Test
    void contentErrorExitsOneNamesTheFileAndKeepsThePreviousSite() throws IOException {
        Path content = TestContent.write(temp, Map.of(
                "site.yaml", TestContent.SITE,
                "meetings/m.yaml", """
                        - name: Keep It Simple
                          day: funday
                          time: "19:00"
                          address: 1 Main Street
                          city: Testville
                        """));
        Path out = temp.resolve("public");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "last good site");

        Run run = run("build", "--content", content.toString(), "--theme", TestContent.THEME.toString(),
                "--out", out.toString());

        assertEquals(1, run.code);
        assertTrue(run.err.contains("meetings/m.yaml:2:8: error: 'funday' is not a day"), run.err);
        assertFalse(run.err.contains("Exception"), "no stack trace: " + run.err);
        assertEquals("last good site", Files.readString(out.resolve("index.html")));
    }

    @Test
    void checkOnTheSampleContentExitsZero() {
        Run run = run("check", "--content", TestContent.SAMPLE.toString());
        assertEquals(0, run.code, run.err);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option").code);
        assertEquals(2, run("frobnicate").code);
        Run missing = run("check", "--content", temp.resolve("nowhere").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("content folder not found"), missing.err);
    }

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
