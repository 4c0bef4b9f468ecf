package org.meetbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

        TestContent.Run run = run("build", "--content", content.toString(), "--theme", TestContent.THEME.toString(),
                "--out", out.toString());

        assertEquals(1, run.code());
        assertTrue(run.err().contains("meetings/m.yaml:2:8: error: 'funday' is not a day"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertEquals("last good site", Files.readString(out.resolve("index.html")));
    }

    @Test
    void checkOnTheSampleContentExitsZero() {
        TestContent.Run run = run("check", "--content", TestContent.SAMPLE.toString());
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("frobnicate").code());
        TestContent.Run missing = run("check", "--content", temp.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("content folder not found"), missing.err());
    }

    @Test
    void newStartsADirectoryThatChecksCleanAndBuilds() throws IOException {
        Path folder = temp.resolve("my-area");
        TestContent.Run created = run("new", folder.toString());
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().contains("site.yaml") && created.out().contains("meetings/example.yaml"), created.out());
        assertTrue(Files.exists(folder.resolve("pages/your-first-meeting.md")), "standard guide pages");
        assertTrue(Files.readString(folder.resolve("site.yaml")).startsWith("# yaml-language-server: $schema=schemas/site.schema.json"));
        assertTrue(Files.exists(folder.resolve("schemas/meetings.schema.json")));

        TestContent.Run check = run("check", "--content", folder.toString());
        assertEquals(0, check.code(), check.err());
        assertEquals("", check.err(), "no warnings either");

        Path out = temp.resolve("out");
        TestContent.Run build = run("build", "--content", folder.toString(), "--theme", TestContent.THEME.toString(),
                "--out", out.toString(), "--only", "web,feeds", "-q");
        assertEquals(0, build.code(), build.err());
        String help = Files.readString(out.resolve("guide/getting-help-now.html"));
        assertTrue(help.contains("+1-555-555-0100") && help.contains("Our Area Intergroup"),
                "the standard pages name the new directory's own helpline");

        TestContent.Run again = run("new", folder.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists and is not empty"), again.err());
    }

    @Test
    void checkCanReportJsonForEditorsAndCi() throws IOException {
        Path content = TestContent.write(temp, Map.of(
                "site.yaml", TestContent.SITE,
                "meetings/m.yaml", """
                        - name: Keep It Simple
                          day: monday
                          time: "25:00"
                          address: 1 Main Street
                          city: Testville
                          contact_1_name: Dana Rivers
                        """));
        TestContent.Run run = run("check", "--content", content.toString(), "--format", "json");
        assertEquals(1, run.code());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertEquals(1, json.path("errors").asInt());
        assertEquals(1, json.path("warnings").asInt());
        var first = json.path("problems").get(0);
        assertTrue(first.path("file").asText().endsWith("meetings/m.yaml"), first.toString());
        assertEquals(3, first.path("line").asInt());
        assertEquals(9, first.path("column").asInt());
        assertEquals("error", first.path("severity").asText());
        assertEquals("'25:00' is not a time", first.path("message").asText());
        assertEquals("warning", json.path("problems").get(1).path("severity").asText());
    }

    @Test
    void helpListsEveryCommandWithExamples() {
        TestContent.Run help = run("--help");
        assertEquals(0, help.code());
        for (String command : new String[] {"build", "check", "serve", "new", "import"}) {
            assertTrue(help.out().contains("  " + command + " "), command + " in:\n" + help.out());
        }
        assertTrue(help.out().contains("Exit codes: 0 ok, 1 content problems, 2 usage mistakes."));
        assertEquals(0, run("serve", "--help").code());
    }

    private static TestContent.Run run(String... args) {
        return TestContent.cli(args);
    }
}
