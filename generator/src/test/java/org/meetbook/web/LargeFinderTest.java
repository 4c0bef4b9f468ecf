package org.meetbook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.model.Directory;
import org.meetbook.theme.Theme;

/**
 * A directory too large for one finder page: index.html keeps the filters and links to a page
 * per day; the meetings themselves are in the day pages and in finder-data.js.
 */
class LargeFinderTest {

    @TempDir
    Path temp;

    @Test
    void finderSplitsIntoDayPagesAndADataFile() throws IOException {
        Directory directory = WebFixture.load(WebFixture.content("basic"));
        new WebRenderer(3).render(directory, new Theme(WebFixture.THEME), temp);

        Document index = Jsoup.parse(temp.resolve("index.html").toFile(), "UTF-8");
        assertTrue(index.select("li.mtg").isEmpty(), "the first page lists no meetings itself");
        assertTrue(index.selectFirst("form#finder") != null);
        assertEquals("finder-data.js", index.select("script[src]").first().attr("src"));
        int total = 0;
        for (Directory.DayGroup g : directory.byDay()) {
            String link = "days/" + g.day().key() + ".html";
            assertTrue(index.selectFirst(".jump a[href=" + link + "]") != null, link);
            Document day = Jsoup.parse(temp.resolve(link).toFile(), "UTF-8");
            assertEquals(g.occurrences().size(), day.select("li.mtg").size(), link);
            assertEquals(1, day.select("h1").size());
            total += day.select("li.mtg").size();
        }
        assertEquals(directory.occurrences().size(), total);

        for (String language : directory.site().languages()) {
            String folder = language.equals(directory.site().defaultLanguage()) ? "" : language + "/";
            String script = Files.readString(temp.resolve(folder + "finder-data.js"), StandardCharsets.UTF_8);
            String json = script.substring(script.indexOf('=') + 1, script.lastIndexOf(';'));
            JsonNode data = new ObjectMapper().readTree(json);
            assertEquals(directory.meetings().size(), data.get("meetings").size(), "each meeting once");
            int occurrences = 0;
            for (JsonNode day : data.get("days")) {
                occurrences += day.get(1).size();
            }
            assertEquals(directory.occurrences().size(), occurrences);
            assertEquals(7, data.get("dayNames").size());
        }
        // The layout's own links all lead somewhere.
        WebRendererTest.assertLinksRelativeAndResolvable(temp, directory);
    }
}
