package org.meetbook.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.TestContent;
import org.meetbook.feeds.MeetingGuideFeed;
import org.meetbook.model.Directory;

/** Importing Meetbook's own meetings.json gives content that builds the very same meetings.json. */
class RoundTripTest {

    @TempDir
    Path temp;

    @Test
    void theSampleFeedSurvivesAnImportByteForByte() throws Exception {
        byte[] original = MeetingGuideFeed.write(TestContent.directory(TestContent.SAMPLE));
        Path feed = temp.resolve("meetings.json");
        Files.write(feed, original);
        Path content = temp.resolve("imported");

        Importer.Result result = ImportSupport.importFile(feed, content, null, null);

        Directory again = ImportSupport.model(content);
        byte[] rebuilt = MeetingGuideFeed.write(again);
        assertEquals(new String(original, StandardCharsets.UTF_8), new String(rebuilt, StandardCharsets.UTF_8));
        assertEquals(again.meetings().size(), result.meetings());
    }

    @Test
    void aSecondRoundTripWritesTheSameFiles() throws Exception {
        Path feed = temp.resolve("meetings.json");
        Files.write(feed, MeetingGuideFeed.write(TestContent.directory(TestContent.SAMPLE)));
        Path first = temp.resolve("first");
        ImportSupport.importFile(feed, first, null, null);
        Path feed2 = temp.resolve("again").resolve("meetings.json");
        Files.createDirectories(feed2.getParent());
        Files.write(feed2, MeetingGuideFeed.write(ImportSupport.model(first)));
        Path second = temp.resolve("second");
        ImportSupport.importFile(feed2, second, null, null);

        assertEquals(ImportSupport.files(first), ImportSupport.files(second), "output is deterministic");
    }
}
