package org.meetbook.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.TestContent;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.TypeCatalog;

/** The TSML CSV Meetbook itself writes (meetings.csv) imports back to the same meetings, day by day. */
class CsvRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void everySpecTypeNameMapsBackToItsCode() {
        TypeCatalog catalog = TypeCatalog.standard();
        for (String code : catalog.codes()) {
            assertEquals(Optional.of(code), TypeNames.code(catalog.name(code, "en")), code);
        }
    }

    @Test
    void theSampleCsvImportsBackOccurrenceByOccurrence() throws Exception {
        Directory sample = TestContent.directory(TestContent.SAMPLE);
        Path build = temp.resolve("public");
        Files.createDirectories(build);
        Path csv = build.resolve("meetings.csv");
        Files.write(csv, org.meetbook.feeds.CsvFeed.write(sample));
        Path out = temp.resolve("content");

        ImportSupport.importFile(csv, out, null, null);
        Directory again = ImportSupport.model(out);

        assertEquals(occurrences(sample), occurrences(again));
    }

    /** "monday 06:30 Sunrise Serenity [O, D] https://zoom..." for every meeting on every day. */
    private static TreeSet<String> occurrences(Directory d) {
        TreeSet<String> all = new TreeSet<>();
        for (Directory.Occurrence o : d.occurrences()) {
            Meeting m = o.meeting();
            all.add(o.day().key() + " " + m.timeText() + "-" + m.endTimeText() + " " + m.name() + " "
                    + m.types().stream().filter(d.types()::isStandard).sorted().toList() + " "
                    + m.timezone().getId() + " " + m.online().conferenceUrl() + " "
                    + (m.place().address() == null ? null : m.place().address().full()) + " " + m.place().regions());
        }
        return all;
    }
}
