package org.meetbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.TestContent;
import org.meetbook.model.Directory;
import org.meetbook.theme.Theme;

/** A long print build says what it has finished, one line per edition, as it goes. */
class PrintProgressTest {

    @TempDir
    Path out;

    @Test
    void everyEditionIsReportedWhenWritten() throws IOException {
        Directory directory = TestContent.directory(ScheduleTest.CONTENT);
        List<String> lines = new ArrayList<>();
        new PrintRenderer().render(directory, new Theme(ScheduleTest.THEME), out, line -> {
            lines.add(line);
            String file = line.substring(0, line.indexOf(' '));
            assertTrue(Files.exists(out.resolve(file)), "reported only once written: " + file);
        });
        List<String> readingOrder = PrintRenderer.outputs(directory).stream()
                .filter(o -> !o.booklet()).map(PrintRenderer.Output::path).toList();
        assertEquals(readingOrder, lines.stream().map(l -> l.substring(0, l.indexOf(' '))).toList());
    }
}
