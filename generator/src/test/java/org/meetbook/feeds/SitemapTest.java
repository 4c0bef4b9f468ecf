package org.meetbook.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.meetbook.publish.Publisher;
import org.meetbook.publish.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sitemap.xml lists exactly the pages the build wrote, first build and rebuild alike. */
class SitemapTest {

    @TempDir
    Path temp;

    private static final String BASE = "https://meetings.example/";

    @Test
    void listsEveryPageWrittenAndNothingElse() throws IOException {
        Path out = temp.resolve("public");
        for (String second : List.of("guide/first-meeting.html", "guide/sponsorship.html")) {
            // the second build links the unchanged pages from the first: they count as written
            Publisher.publish(out, staging -> {
                SiteFiles.write(staging.resolve("index.html"), "finder");
                SiteFiles.write(staging.resolve("404.html"), "not found");
                SiteFiles.write(staging.resolve("meetings/a&b.html"), "meeting");
                SiteFiles.write(staging.resolve("meetings/a&b.ics"), "calendar");
                SiteFiles.write(staging.resolve("guide/index.html"), "guide");
                SiteFiles.write(staging.resolve(second), "page");
                SiteFiles.write(staging.resolve(Sitemap.FILE), Sitemap.write(staging, BASE));
            });
            // in the order of the files' paths, a folder's index.html as the folder
            List<String> expected = new ArrayList<>();
            for (String page : new java.util.TreeSet<>(List.of("index.html", "meetings/a&b.html", "guide/index.html", second))) {
                expected.add(BASE + page.replaceFirst("index\\.html$", ""));
            }
            assertEquals(expected, locations(out));
        }
    }

    @Test
    void outsideABuildItListsTheFolder() throws IOException {
        Files.createDirectories(temp.resolve("es"));
        Files.writeString(temp.resolve("es/index.html"), "x");
        Files.writeString(temp.resolve("print.html"), "x");
        Files.writeString(temp.resolve("schedule.pdf"), "x");
        String xml = new String(Sitemap.write(temp, BASE), StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"), xml);
        assertEquals(2, xml.split("<url>").length - 1, xml);
        assertTrue(xml.contains("<loc>" + BASE + "es/</loc>") && xml.contains("<loc>" + BASE + "print.html</loc>"), xml);
    }

    private static List<String> locations(Path site) throws IOException {
        String xml = Files.readString(site.resolve(Sitemap.FILE));
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        try (Stream<Path> files = Files.list(site)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".")), "nothing left beside the site");
        }
        return found;
    }
}
