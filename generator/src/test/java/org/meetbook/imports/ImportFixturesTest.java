package org.meetbook.imports;

import org.meetbook.TestContent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.content.YNode;
import org.meetbook.content.YamlReader;
import org.meetbook.model.Attendance;
import org.meetbook.model.Day;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;

/**
 * The real-format fixtures (copied from ../shared/fixtures into src/test/resources/imports):
 * each is imported into a temporary folder, then loaded, checked with zero errors and modelled.
 */
class ImportFixturesTest {

    @TempDir
    Path temp;

    // ---- Meeting Guide JSON ----

    @Test
    void meetingGuideFeed() throws Exception {
        Path input = ImportSupport.fixture(temp, "mississippi-25.json");
        Path out = temp.resolve("content");
        Importer.Result result = ImportSupport.importFile(input, out, null, null); // format detected
        Directory d = ImportSupport.model(out);

        assertEquals(25, d.meetings().size());
        assertEquals(25, result.meetings());
        assertEquals(List.of("memphis.yaml", "new-orleans.yaml", "north.yaml", "online.yaml", "south.yaml"),
                fileNames(out), "split by the level of regions that differs (North/South), online apart");

        Meeting serenity = ImportSupport.meeting(d, "Sunday Serenity");
        assertEquals("sunday-serenity", serenity.slug());
        assertEquals(List.of(Day.SUNDAY), serenity.days());
        assertEquals(LocalTime.of(9, 0), serenity.time());
        assertEquals(List.of("O", "D"), serenity.types());
        assertEquals(List.of("Mississippi", "North", "Tupelo"), serenity.place().regions());
        assertEquals("100 Main St, Tupelo, MS", serenity.place().address().full());

        Meeting online = ImportSupport.meeting(d, "Online Mondays");
        assertEquals(List.of("O"), online.types(), "ONL is not a spec type");
        assertEquals("Memphis, TN", online.place().address().full(), "'Online' is not a street address");
        assertTrue(Files.readString(out.resolve("meetings/online.yaml")).contains("name: Online Mondays"));
        assertEquals(2, result.report().notMapped().entrySet().stream()
                .filter(e -> e.getKey().startsWith("type ONL")).findFirst().orElseThrow().getValue());

        Meeting closed = ImportSupport.meeting(d, "Closed for Renovation");
        assertEquals(List.of("TC"), closed.types(), "TC is kept");
        assertEquals(Attendance.TEMPORARILY_CLOSED, closed.attendance());

        Meeting japanese = ImportSupport.meeting(d, "朝の集い");
        assertEquals("asa-no-tsudoi", japanese.slug());
        assertEquals("150 Beale St, Memphis, TN", japanese.place().address().full());

        assertTrue(result.report().warnings().stream().anyMatch(w -> w.contains("no time zone")),
                result.report().warnings().toString());
        assertEquals("UTC", ImportSupport.site(out).text("timezone"));
    }

    // ---- TSML CSV ----

    @Test
    void tsmlCsvExport() throws Exception {
        Path input = ImportSupport.fixture(temp, "template.csv");
        Path out = temp.resolve("content");
        Importer.Result result = ImportSupport.importFile(input, out, Importer.Source.TSML, null);
        Directory d = ImportSupport.model(out);

        assertEquals(36, d.meetings().size());
        assertEquals("America/Los_Angeles", d.site().timezone().getId(), "time zone from the data");

        Meeting afterWork = ImportSupport.meeting(d, "After Work Topic Meeting");
        assertEquals(List.of(Day.MONDAY), afterWork.days());
        assertEquals(LocalTime.of(18, 0), afterWork.time(), "6:00 PM");
        assertEquals(List.of("O", "X"), afterWork.types(), "Open, Wheelchair Access");
        assertEquals(List.of("San Jose", "West San Jose"), afterWork.place().regions());
        assertEquals("@sample-venmo", afterWork.contributions().get("venmo"));
        assertEquals("2020-04-04 16:50:58", afterWork.updated(), "the glued Updated value repaired");

        Meeting tgif = ImportSupport.meeting(d, "T.G.I.F.");
        assertEquals(LocalTime.of(19, 30), tgif.time());
        assertEquals(LocalTime.of(20, 30), tgif.endTime());

        Meeting gay = ImportSupport.meeting(d, "Gay & Lesbian Step Study & 12 Traditions Group");
        assertEquals(Set.of("G", "L", "O", "ST", "TR", "T", "X"), Set.copyOf(gay.types()));
        assertEquals(List.of("O", "S"), ImportSupport.meeting(d, "Hora de Vivir").types());
        assertEquals(Set.of("BA", "H", "O", "X"), Set.copyOf(ImportSupport.meeting(d, "Living with Others").types()));

        Meeting underground = ImportSupport.meeting(d, "Underground Book Study");
        assertEquals(Set.of("B", "M", "O", "TC"), Set.copyOf(underground.types()), "Temporary Closure → TC");
        assertEquals("https://us04web.zoom.us/j/9999999999", underground.online().conferenceUrl());
        assertEquals("800 555-1212", underground.online().conferencePhone());
        assertEquals(Attendance.ONLINE, underground.attendance(), "room closed, online only");

        // Slugs kept, including the plugin's own disambiguation.
        assertEquals("cup-of-coffee-group-2", d.meetings().stream()
                .filter(m -> m.name().equals("Cup of Coffee Group") && m.days().contains(Day.SATURDAY))
                .findFirst().orElseThrow().slug());

        // Venues used by two or more meetings go to locations.yaml; meetings name them.
        YNode.Map locations = (YNode.Map) YamlReader.read(out.resolve("locations.yaml"));
        YNode.Map gilroy = (YNode.Map) locations.get("7511 Gourmet Alley");
        assertEquals("7511 Gourmet Alley, Gilroy, CA 95020, USA", gilroy.text("formatted_address"));
        assertEquals("Gilroy", gilroy.text("region"));
        assertEquals(5, d.meetings().stream().filter(m -> "7511 Gourmet Alley".equals(m.place().location())).count());
        YNode.Map tgifEntry = ImportSupport.entry(out, "gilroy.yaml", "T.G.I.F.");
        assertNull(tgifEntry.get("formatted_address"), "the address lives in locations.yaml only");
        assertEquals("7511 Gourmet Alley", tgifEntry.text("location"));
        assertNull(locations.get("Kaiser Permanente San Jose Medical Center"), "a place one meeting uses stays inline");
        assertEquals("\"20:30\"", Files.readString(out.resolve("meetings/gilroy.yaml")).lines()
                .filter(l -> l.startsWith("  end_time:")).findFirst().orElseThrow().replace("  end_time: ", ""),
                "times are written in double quotes");

        String warnings = String.join("\n", result.report().warnings());
        assertTrue(warnings.contains("Updated has no space between date and time in 36 row(s) (rows 2-37)"), warnings);
        assertTrue(result.report().notMapped().keySet().stream().anyMatch(k -> k.startsWith("type 'Online Meeting'")));
        assertTrue(result.report().notMapped().keySet().stream().anyMatch(k -> k.startsWith("column 'Website'")));
    }

    // ---- BMLT ----

    @Test
    void bmltSearchResultsWithFormats() throws Exception {
        Path input = ImportSupport.fixture(temp, "riverbend-search-results.json");
        Path formats = ImportSupport.fixture(temp, "riverbend-formats.json");
        Path out = temp.resolve("content");
        Importer.Result result = ImportSupport.importFile(input, out, null, formats);
        Directory d = ImportSupport.model(out);

        assertEquals(5, d.meetings().size());
        assertEquals(1, result.report().skippedUnpublished());
        assertTrue(d.meetings().stream().noneMatch(m -> m.name().equals("Women's Step Study")), "published 0 skipped");
        assertTrue(result.summary().contains("  1 unpublished meeting(s) skipped"), result.summary().toString());

        Meeting hope = ImportSupport.meeting(d, "Sunday Morning Hope");
        assertEquals(List.of(Day.SUNDAY), hope.days(), "weekday_tinyint 1 is Sunday");
        assertEquals(LocalTime.of(10, 0), hope.time());
        assertEquals(LocalTime.of(11, 0), hope.endTime(), "start + duration");
        assertEquals(List.of("O", "JT"), hope.types());
        assertEquals("NA", hope.fellowship());
        assertEquals(Attendance.IN_PERSON, hope.attendance());
        assertEquals("12 Harbor Road, Riverbend, OR 97000, US", hope.place().address().full());

        Meeting late = ImportSupport.meeting(d, "Late Night Candlelight");
        assertEquals(List.of(Day.SATURDAY), late.days(), "7 is Saturday");
        assertEquals(LocalTime.of(0, 30), late.endTime(), "23:00 + 1:30 runs past midnight");
        assertEquals(List.of("C", "CAN", "M"), late.types(), "Candlelight → CAN by meaning");

        Meeting step = ImportSupport.meeting(d, "Just for Today Group");
        assertEquals(List.of("C", "BT", "X"), step.types(), "WC (Wheelchair Accessible) → X");
        assertEquals(List.of(Day.MONDAY), step.days());
        assertEquals(LocalTime.of(21, 0), step.endTime());
        assertEquals("Basement room B", step.place().locationNotes());

        Meeting lifeline = ImportSupport.meeting(d, "Lunchtime Lifeline");
        assertEquals(Attendance.ONLINE, lifeline.attendance(), "venue_type 2");
        assertEquals(List.of(Day.WEDNESDAY), lifeline.days());
        assertEquals(List.of("O", "SP"), lifeline.types(), "SPK → SP; VM dropped");
        assertEquals("+15555550123,,55501234#", lifeline.online().conferencePhone());
        assertEquals("Passcode: serenity", lifeline.online().conferenceUrlNotes());

        Meeting nueva = ImportSupport.meeting(d, "Nueva Vida");
        assertEquals(Attendance.HYBRID, nueva.attendance(), "venue_type 3");
        assertTrue(nueva.types().contains("S"), "Spanish meeting: " + nueva.types());
        assertTrue(nueva.types().contains("IP"));

        // Own types with their names (and descriptions as comments); languages carried over.
        assertEquals("Just for Today", d.types().name("JT", "en"));
        assertEquals("Basic Text", d.types().name("BT", "en"));
        assertEquals("Informational Pamphlet", d.types().name("IP", "en"));
        assertFalse(d.types().isStandard("JT"));
        assertEquals(List.of("en", "es"), d.site().languages());
        assertEquals("Narcotics Anonymous", d.site().fellowshipName("NA"));
        assertTrue(Files.readString(out.resolve("site.yaml")).contains("  # Study of the Basic Text.\n  BT: Basic Text"));
    }

    @Test
    void bmltWithoutFormatsReadsTheUsualNaKeys() throws Exception {
        Path input = ImportSupport.fixture(temp, "riverbend-search-results.json");
        Path out = temp.resolve("content");
        Importer.Result result = ImportSupport.importFile(input, out, Importer.Source.BMLT, null);
        Directory d = ImportSupport.model(out);

        assertEquals(List.of("C", "BT", "X"), ImportSupport.meeting(d, "Just for Today Group").types());
        assertEquals("Just for Today", d.types().name("JT", "en"));
        assertTrue(result.report().warnings().stream().anyMatch(w -> w.contains("no GetFormats JSON given")));
    }

    @Test
    void theWrongFormatSaysSoAndWritesNothing() throws Exception {
        Path input = ImportSupport.fixture(temp, "mississippi-25.json");
        Path out = temp.resolve("content");
        TestContent.Run run = ImportSupport.cli("import", input.toString(), "--from", "bmlt", "--out", out.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("no meeting could be imported; is it really bmlt?"), run.err());
        assertFalse(Files.exists(out.resolve("site.yaml")));
    }

    @Test
    void bmltFormatKeyThatIsASpecCodeOfAnotherMeaningIsRenamed() throws Exception {
        Path input = temp.resolve("results.json");
        Files.writeString(input, """
                [{"id_bigint": "1", "weekday_tinyint": "2", "venue_type": "1", "start_time": "19:00:00",
                  "duration_time": "01:00:00", "formats": "GR,B,SL", "lang_enum": "en", "published": "1",
                  "meeting_name": "Gratitude Group", "location_text": "Hall", "location_street": "1 Main St",
                  "location_municipality": "Town", "location_province": "OR", "location_nation": "US"}]
                """);
        Path formats = temp.resolve("formats.json");
        Files.writeString(formats, """
                [{"key_string": "GR", "name_string": "Gratitude", "description_string": "Topic: gratitude.", "lang": "en", "world_id": ""},
                 {"key_string": "B", "name_string": "Beginners", "description_string": "For newcomers.", "lang": "en", "world_id": "BEG"},
                 {"key_string": "SL", "name_string": "American Sign Language", "description_string": "", "lang": "en", "world_id": ""}]
                """);
        Path out = temp.resolve("content");
        Importer.Result result = ImportSupport.importFile(input, out, Importer.Source.BMLT, formats);
        Meeting m = ImportSupport.model(out).meetings().get(0);

        assertEquals(List.of("NA-GR", "BE", "ASL"), m.types(),
                "GR is the spec's Grapevine: kept as NA-GR; B (Beginners) is BE; SL by name is ASL");
        assertEquals("Gratitude", ImportSupport.model(out).types().name("NA-GR", "en"));
        assertTrue(result.report().warnings().stream().anyMatch(w -> w.contains("NA-GR") && w.contains("Grapevine")));
    }

    private static List<String> fileNames(Path content) throws Exception {
        try (var files = Files.list(content.resolve("meetings"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
