package org.meetbook.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.meetbook.TestContent;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;

/** meetings.csv in the 12 Step Meeting List plugin's import columns, read back. */
class CsvFeedTest {

    private static final Directory SAMPLE = TestContent.directory(TestContent.SAMPLE);
    private static final Path TEMPLATE = Path.of("..", "..", "shared", "fixtures", "tsml", "template.csv");

    private static List<CSVRecord> read() throws IOException {
        String csv = new String(CsvFeed.write(SAMPLE), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertEquals(CsvFeed.COLUMNS, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @Test
    void startsWithThePluginTemplateColumns() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(TEMPLATE), "shared fixtures beside the repository");
        String header = Files.readAllLines(TEMPLATE, StandardCharsets.UTF_8).get(0);
        List<String> template = List.of(header.replace("\"", "").split(","));
        assertEquals(template, CsvFeed.COLUMNS.subList(0, template.size()));
    }

    @Test
    void oneRowPerMeetingDayWithPluginValues() throws IOException {
        List<CSVRecord> rows = read();
        assertEquals(SAMPLE.meetings().stream().mapToInt(m -> m.days().size()).sum(), rows.size());
        Meeting first = SAMPLE.meetings().get(0);
        CSVRecord row = rows.get(0);
        assertEquals(first.name(), row.get("Name"));
        assertEquals(first.slug(), row.get("Slug"));
        assertTrue(row.get("Time").matches("\\d{1,2}:\\d{2} (AM|PM)"), row.get("Time"));
        assertEquals(first.days().get(0).displayName("en"), row.get("Day"));
        assertEquals(first.timezone().getId(), row.get("Timezone"));
        for (CSVRecord r : rows) {
            assertTrue(r.get("Day").matches("Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"));
            for (String type : r.get("Types").split(", ")) {
                assertTrue(type.isEmpty() || !type.matches("[A-Z0-9-]{1,5}") || type.length() > 2,
                        "types are written as names, as the plugin imports them: " + type);
            }
        }
        long slugs = rows.stream().map(r -> r.get("Slug")).distinct().count();
        assertEquals(rows.size(), slugs, "every row has its own slug");
    }
}
