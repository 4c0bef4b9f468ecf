package org.meetbook.imports;

import org.meetbook.TestContent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.content.YNode;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;

/** Inputs of our own making, broken and hostile ones included: clear messages, nothing unsafe written. */
class BrokenInputTest {

    @TempDir
    Path temp;

    private static final String CSV_HEADER = "\"Time\",\"End Time\",\"Day\",\"Name\",\"Location\",\"Address\","
            + "\"Region\",\"Types\",\"Notes\",\"Conference URL\",\"Slug\",\"Updated\"\n";

    private Path write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void truncatedJsonIsUnreadableWithFileLineAndColumn() throws Exception {
        Path input = write("feed.json", "[\n  {\"name\": \"A\", \"slug\": \"a\", \"day\": 1,\n   \"time\": \"19:00\"");
        Path out = temp.resolve("content");

        ImportException e = assertThrows(ImportException.class,
                () -> Importer.run(new Importer.Options(input, null, null, out, false, null, null)));
        assertTrue(e.getMessage().startsWith(input + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());

        TestContent.Run run = ImportSupport.cli("import", input.toString(), "--out", out.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("not valid JSON") && run.err().contains("Nothing was written"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertFalse(Files.exists(out.resolve("meetings")));
    }

    @Test
    void csvRowWithABadTimeIsSkippedAndNamed() throws Exception {
        Path input = write("list.csv", CSV_HEADER
                + "\"7:00 PM\",,\"Monday\",\"Good Row\",\"Hall\",\"1 Main St, Town, ST 12345, USA\",\"Town\",\"Open\",,,,\n"
                + "\"25:99 PM\",,\"Tuesday\",\"Bad Time\",\"Hall\",\"1 Main St, Town, ST 12345, USA\",\"Town\",\"Open\",,,,\n"
                + "\"8:00 PM\",\"7:00 PM\",\"Funday\",\"Bad Day\",\"Hall\",\"1 Main St, Town, ST 12345, USA\",\"Town\",\"Open\",,,,\"yesterday\"\n"
                + "\"8:00 PM\",\"8:00 PM\",\"Friday\",\"Zero Length\",\"Hall\",\"1 Main St, Town, ST 12345, USA\",\"Town\",\"Open, Dancing\",,,,\"not a date\"\n");
        Path out = temp.resolve("content");
        Importer.Result result = ImportSupport.importFile(input, out, null, null);
        Directory d = ImportSupport.model(out);

        assertEquals(List.of("Good Row", "Zero Length"), d.meetings().stream().map(Meeting::name).toList());
        assertEquals(2, result.report().skippedBad());
        String warnings = String.join("\n", result.report().warnings());
        assertTrue(warnings.contains("'Bad Time' (row 3): skipped: '25:99 PM' is not a time"), warnings);
        assertTrue(warnings.contains("'Bad Day' (row 4): 'Funday' is not a day"), warnings);
        assertTrue(warnings.contains("'Zero Length' (row 5): end time 20:00 does not fit the start 20:00; left out"), warnings);
        assertTrue(warnings.contains("'Zero Length' (row 5): Updated 'not a date' is not a date and time; left out"), warnings);
        assertNull(ImportSupport.meeting(d, "Zero Length").endTime());
        assertTrue(result.report().notMapped().containsKey("type 'Dancing': no Meeting Guide type of that name"));
        assertTrue(result.summary().contains("  2 meeting(s) skipped as unusable (see warnings)"), result.summary().toString());
    }

    @Test
    void semicolonSeparatedCsvWithARepeatedColumnIsRead() throws Exception {
        Path input = write("export.csv", "\uFEFFName;Day;Time;End Time;Address;Types;Name\n"
                + "Morgenrunde;Monday;7:00 AM;8:00 AM;\"Hauptstr. 1, Berlin, BE 10115, DE\";Open;ignored\n");
        Path out = temp.resolve("content");
        ImportSupport.importFile(input, out, null, null);
        Meeting m = ImportSupport.model(out).meetings().get(0);
        assertEquals("Morgenrunde", m.name(), "the first of two Name columns wins");
        assertEquals("07:00", m.timeText());
        assertEquals("08:00", m.endTimeText());
        assertEquals(List.of("O"), m.types());
    }

    @Test
    void csvWithAnUnclosedQuoteIsUnreadable() throws Exception {
        Path input = write("list.csv", CSV_HEADER
                + "\"7:00 PM\",,\"Monday\",\"Good Row\",\"Hall\",\"1 Main St, Town, ST 12345, USA\",\"Town\",\"Open\",,,,\n"
                + "\"7:00 PM\",,\"Monday\",\"Never closed,\"Hall\n");
        TestContent.Run run = ImportSupport.cli("import", input.toString(), "--out", temp.resolve("c").toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains(input + ": broken CSV"), run.err());
    }

    @Test
    void unsafeLinksAreDroppedWithAWarningNamingTheMeeting() throws Exception {
        Path input = write("feed.json", """
                [{"name": "Click Me", "slug": "click-me", "day": 2, "time": "19:00",
                  "conference_url": "javascript:alert(document.cookie)",
                  "conference_phone": "<script>", "feedback_url": "data:text/html,<b>x</b>",
                  "formatted_address": "1 Main St, Town, ST 12345, USA",
                  "contact_1_email": "not-an-email"}]
                """);
        Path out = temp.resolve("content");
        Importer.Result result = ImportSupport.importFile(input, out, null, null);

        YNode.Map entry = ImportSupport.entry(out, "meetings.yaml", "Click Me");
        assertNull(entry.get("conference_url"));
        assertNull(entry.get("conference_phone"));
        assertNull(entry.get("feedback_url"));
        assertNull(entry.get("contact_1_email"));
        String warnings = String.join("\n", result.report().warnings());
        assertTrue(warnings.contains("'Click Me' (meeting 1): conference_url 'javascript:alert(document.cookie)' dropped"),
                warnings);
        assertEquals(2, result.report().droppedLinks(), "the phone '<script>' was markup only: stripped to nothing");
        String all = String.join("\n", ImportSupport.files(out).values());
        assertFalse(all.contains("javascript:"), all);
        assertEquals(Meeting.class, ImportSupport.meeting(ImportSupport.model(out), "Click Me").getClass());
    }

    @Test
    void htmlIsStrippedFromEveryTextFieldKeepingLineBreaks() throws Exception {
        Path input = write("feed.json", """
                [{"name": "<b>Bold</b> &amp; Brave", "slug": "bold", "day": 1, "time": "19:00",
                  "notes": "<p>Doors open at 6:30.<br>Bring a <i>friend</i>.</p><script>alert(1)</script><p>Second&nbsp;paragraph</p>",
                  "location": "St. Mary&#39;s <span>Hall</span>",
                  "location_notes": "<img src=x onerror=alert(1)>Side door",
                  "formatted_address": "1 Main St, Town, ST 12345, USA",
                  "group": "Plain & simple <3 group"}]
                """);
        Path out = temp.resolve("content");
        ImportSupport.importFile(input, out, null, null);
        Meeting m = ImportSupport.model(out).meetings().get(0);

        assertEquals("Bold & Brave", m.name());
        assertEquals("Doors open at 6:30.\nBring a friend.\n\nSecond paragraph", m.notes(), "<br> a line, <p> a paragraph");
        assertEquals("St. Mary's Hall", m.place().location());
        assertEquals("Side door", m.place().locationNotes());
        assertEquals("Plain & simple <3 group", m.group(), "text without markup is left alone");
        String yaml = Files.readString(out.resolve("meetings/meetings.yaml"));
        assertFalse(yaml.contains("<script") || yaml.contains("onerror") || yaml.contains("<b>"), yaml);
    }

    @Test
    void aHugeFieldIsCutAndTheFileStillLoads() throws Exception {
        String huge = "word ".repeat(400_000);
        Path input = write("feed.json", "[{\"name\": \"Long Notes\", \"slug\": \"long\", \"day\": 1, \"time\": \"19:00\","
                + " \"formatted_address\": \"1 Main St, Town, ST 12345, USA\", \"notes\": \"" + huge + "\","
                + " \"name_extra\": 1}]");
        Path out = temp.resolve("content");
        Importer.Result result = ImportSupport.importFile(input, out, null, null);

        Meeting m = ImportSupport.model(out).meetings().get(0);
        assertTrue(m.notes().length() <= Clean.MAX_TEXT + 2, "cut: " + m.notes().length());
        assertTrue(m.notes().endsWith("…"));
        assertTrue(result.report().warnings().stream().anyMatch(w -> w.contains("notes is 1999999 characters long; cut to 4000")),
                result.report().warnings().toString());
        assertTrue(result.report().notMapped().containsKey("field 'name_extra': not a Meeting Guide field"));
    }

    @Test
    void trickyTextIsQuotedSoItReadsBackExactly() throws Exception {
        List<String> names = List.of("yes", "123", "- dash", "# hash", "key: value", "null", "'single'", "\"double\"",
                "trailing:", "*star", "&anchor", "!tag", "@at", "%percent", "{brace}", "[bracket]", "true", "0x1F",
                "1e3", "~", "a #comment", "Ünïcödé ✓", "tab\tinside", "line\nbreak", "back\\slash", ">folded", "|literal");
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\": ")
                    .append(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(names.get(i)))
                    .append(", \"slug\": \"m").append(i).append("\", \"day\": 1, \"time\": \"19:00\",")
                    .append(" \"formatted_address\": \"1 Main St, Town, ST 12345, USA\", \"regions\": [\"Town\"]}");
        }
        Path input = write("feed.json", json.append("]").toString());
        Path out = temp.resolve("content");
        ImportSupport.importFile(input, out, null, null);

        List<String> expected = names.stream().map(n -> n.replaceAll("\\s", " ")).toList(); // a name is one line
        assertEquals(expected, ImportSupport.model(out).meetings().stream().map(Meeting::name).toList());
    }

    @Test
    void invalidAndDuplicateSlugsAreRepairedWithAWarning() throws Exception {
        Path input = write("feed.json", """
                [{"name": "A", "slug": "Sunday Serenity!!", "day": 0, "time": "09:00", "formatted_address": "1 Main St, Town, ST 12345, USA"},
                 {"name": "B", "slug": "sunday-serenity", "day": 0, "time": "10:00", "formatted_address": "1 Main St, Town, ST 12345, USA"},
                 {"name": "C", "slug": "../../etc/passwd", "day": 0, "time": "11:00", "formatted_address": "1 Main St, Town, ST 12345, USA"},
                 {"name": "D", "slug": 42, "day": [1, 3], "time": "7:30 pm", "formatted_address": "1 Main St, Town, ST 12345, USA"}]
                """);
        Path out = temp.resolve("content");
        Importer.Result result = ImportSupport.importFile(input, out, null, null);
        Directory d = ImportSupport.model(out);

        assertEquals(List.of("sunday-serenity", "sunday-serenity-2", "etc-passwd", "42"),
                d.meetings().stream().map(Meeting::slug).toList());
        assertEquals("19:30", ImportSupport.meeting(d, "D").timeText());
        String warnings = String.join("\n", result.report().warnings());
        assertTrue(warnings.contains("slug 'Sunday Serenity!!' is not URL-safe; written as sunday-serenity"), warnings);
        assertTrue(warnings.contains("slug 'sunday-serenity' is used twice; written as sunday-serenity-2"), warnings);
    }

    @Test
    void venuesSharingANameButNotAnAddressGetDistinctKeys() throws Exception {
        Path input = write("feed.json", """
                [{"name": "A", "slug": "a", "day": 1, "time": "09:00", "location": "Church Hall", "formatted_address": "1 Main St, Town, ST 12345, USA", "location_notes": "Side door"},
                 {"name": "B", "slug": "b", "day": 2, "time": "09:00", "location": "Church Hall", "formatted_address": "1 Main St, Town, ST 12345, USA", "location_notes": "Side door"},
                 {"name": "C", "slug": "c", "day": 3, "time": "09:00", "location": "Church Hall", "formatted_address": "9 Oak Ave, Village, ST 12346, USA"},
                 {"name": "D", "slug": "d", "day": 4, "time": "09:00", "location": "Church Hall", "formatted_address": "9 Oak Ave, Village, ST 12346, USA", "location_notes": "Upstairs"},
                 {"name": "E", "slug": "e", "day": 5, "time": "09:00", "location": "Church Hall", "formatted_address": "5 Elm Rd, Hamlet, ST 12347, USA"}]
                """);
        Path out = temp.resolve("content");
        Importer.Result result = ImportSupport.importFile(input, out, null, null);
        Directory d = ImportSupport.model(out);

        assertEquals(2, result.venues());
        assertEquals("Church Hall (1 Main St)", ImportSupport.meeting(d, "A").place().location());
        assertEquals("Side door", ImportSupport.meeting(d, "B").place().locationNotes(), "shared notes moved to the venue");
        assertEquals("Church Hall (9 Oak Ave)", ImportSupport.meeting(d, "C").place().location());
        assertNull(ImportSupport.meeting(d, "C").place().locationNotes(), "notes only one meeting has stay with it");
        assertEquals("Upstairs", ImportSupport.meeting(d, "D").place().locationNotes());
        assertEquals("Church Hall", ImportSupport.meeting(d, "E").place().location(), "a single meeting keeps its own address");
        assertEquals("5 Elm Rd, Hamlet, ST 12347, USA", ImportSupport.meeting(d, "E").place().address().full());
    }

    @Test
    void existingMeetingsAreNotOverwrittenWithoutForce() throws Exception {
        Path input = write("feed.json", """
                [{"name": "A", "slug": "a", "day": 1, "time": "09:00", "formatted_address": "1 Main St, Town, ST 12345, USA"}]
                """);
        Path out = temp.resolve("content");
        Files.createDirectories(out.resolve("meetings"));
        Files.writeString(out.resolve("meetings/mine.yaml"), "- name: Mine\n");
        Files.writeString(out.resolve("site.yaml"), "title: Kept\ntimezone: Europe/Madrid\n");

        TestContent.Run refused = ImportSupport.cli("import", input.toString(), "--out", out.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("already has meetings") && refused.err().contains("--force"), refused.err());
        assertEquals("- name: Mine\n", Files.readString(out.resolve("meetings/mine.yaml")));

        TestContent.Run forced = ImportSupport.cli("import", input.toString(), "--out", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertFalse(Files.exists(out.resolve("meetings/mine.yaml")));
        assertEquals("title: Kept\ntimezone: Europe/Madrid\n", Files.readString(out.resolve("site.yaml")), "site.yaml kept");
        assertTrue(forced.out().contains("Imported 1 meeting from feed.json (Meeting Guide JSON)"), forced.out());
        assertTrue(forced.out().contains("site.yaml kept as it was"), forced.out());
    }

    @Test
    void usageMistakesExitTwo() throws Exception {
        Path input = write("feed.json", "[]");
        assertEquals(2, ImportSupport.cli("import", input.toString()).code(), "--out is required");
        TestContent.Run unknown = ImportSupport.cli("import", input.toString(), "--out", "x", "--from", "excel");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown format 'excel'"), unknown.err());
        TestContent.Run missing = ImportSupport.cli("import", temp.resolve("nope.json").toString(), "--out", "x");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("input file not found"), missing.err());
        TestContent.Run formats = ImportSupport.cli("import", write("f.json", "[{\"key_string\": \"O\"}]").toString(),
                "--out", temp.resolve("c").toString());
        assertEquals(2, formats.code());
        assertTrue(formats.err().contains("give this file with --formats"), formats.err());
    }

    @Test
    void notUtf8AndEmptyInputsAreUnreadable() throws Exception {
        Path latin1 = temp.resolve("latin1.csv");
        Files.write(latin1, "\"Name\",\"Day\",\"Time\"\n\"Caf\u00e9\",\"Monday\",\"7:00 PM\"\n".getBytes(StandardCharsets.ISO_8859_1));
        TestContent.Run run = ImportSupport.cli("import", latin1.toString(), "--out", temp.resolve("c").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("not UTF-8"), run.err());

        TestContent.Run empty = ImportSupport.cli("import", write("empty.json", "[]").toString(),
                "--out", temp.resolve("d").toString());
        assertEquals(1, empty.code());
        assertTrue(empty.err().contains("no meetings in this file"), empty.err());
    }
}
