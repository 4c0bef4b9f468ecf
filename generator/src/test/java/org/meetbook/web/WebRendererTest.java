package org.meetbook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.model.Day;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;

/** What the website must guarantee, checked on the rendered pages with jsoup. */
class WebRendererTest {

    /** Files other renderers write; pages may link to them. */
    static final Set<String> OTHER_RENDERERS = Set.of("meetings.json", "meetings.ics", "meetings.csv");

    @TempDir
    static Path temp;

    static Directory directory;
    static Path site;

    @BeforeAll
    static void render() throws IOException {
        directory = WebFixture.load(WebFixture.content("basic"));
        site = WebFixture.render(directory, temp.resolve("site"));
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    // ---- the finder ----

    @Test
    void finderListsEveryMeetingOnceForEachOfItsDays() throws IOException {
        for (String path : List.of("index.html", "es/index.html")) {
            Document doc = page(path);
            Elements entries = doc.select("li.mtg");
            int occurrences = 0;
            for (Meeting m : directory.meetings()) {
                String href = "meetings/" + m.slug() + ".html";
                for (Day d : m.days()) {
                    Elements found = doc.select("section.day[data-day=" + d.number() + "] li.mtg h3 a[href=" + href + "]");
                    assertEquals(1, found.size(), path + ": " + m.name() + " on " + d);
                    assertEquals(m.name(), found.text());
                }
                occurrences += m.days().size();
            }
            assertEquals(occurrences, entries.size(), path + ": no other entries");
        }
    }

    @Test
    void daySectionsAreSundayFirstAndTimesAscend() throws IOException {
        Document doc = page("index.html");
        List<String> ids = doc.select("section.day > h2").eachAttr("id");
        assertEquals(List.of("sunday", "monday", "tuesday", "wednesday", "thursday", "saturday"), ids);
        for (Element section : doc.select("section.day")) {
            List<String> times = section.select("li.mtg").eachAttr("data-time");
            List<String> sorted = new ArrayList<>(times);
            sorted.sort(null);
            assertEquals(sorted, times);
        }
        // The jump links lead to those headings, in the same order.
        assertEquals(ids.stream().map(id -> "#" + id).toList(), doc.select("nav.jump a").eachAttr("href"));
    }

    @Test
    void finderEntriesCarryDataForFiltersAndWordsForPeople() throws IOException {
        Document doc = page("index.html");
        Element bridge = doc.selectFirst("li.mtg:has(a[href=meetings/bridge-group.html])");
        assertNotNull(bridge);
        assertEquals("3", bridge.attr("data-day"));
        assertEquals("18:30", bridge.attr("data-time"));
        assertEquals("NA", bridge.attr("data-fellowship"));
        assertEquals("O SP", bridge.attr("data-types"));
        assertEquals("riverside", bridge.attr("data-region"));
        assertEquals("hybrid", bridge.attr("data-attendance"));
        assertEquals("Hybrid", bridge.selectFirst(".badge").text());
        assertEquals("Narcotics Anonymous", bridge.selectFirst("abbr.fel").attr("title"));
        assertTrue(bridge.text().contains("Narcotics Anonymous"), "fellowship in words for screen readers");
        assertTrue(bridge.text().contains("Speaker"), "types in words");
        assertTrue(bridge.text().contains("6:30 PM"));
        assertTrue(bridge.text().contains("400 River Road"));

        Element online = doc.selectFirst("li.mtg:has(a[href=meetings/online-haven.html])");
        assertEquals("Online", online.selectFirst(".badge").text());
        Element closed = doc.selectFirst("li.mtg:has(a[href=meetings/lantern-group.html])");
        assertEquals("Temporarily closed", closed.selectFirst(".badge").text());
        // Notes are for the meeting page, not the finder.
        assertFalse(doc.text().contains("Coffee & toast"));
        // Another time zone is named.
        Element eastern = doc.selectFirst("li.mtg:has(a[href=meetings/eastern-check-in.html])");
        assertEquals("ET", eastern.selectFirst("abbr.tz").text());
    }

    @Test
    void timesFollowTheLanguage() throws IOException {
        assertTrue(page("index.html").selectFirst("li.mtg[data-time=18:30] time").text().equals("6:30 PM"));
        assertTrue(page("es/index.html").selectFirst("li.mtg[data-time=18:30] time").text().equals("18:30"));
        assertEquals("Miércoles", page("es/index.html").selectFirst("h2#wednesday").ownText());
    }

    @Test
    void finderLinksTheFeedAndItsTranslations() throws IOException {
        Document en = page("index.html");
        assertEquals("meetings.json", en.selectFirst("link[rel=alternate][type=application/json]").attr("href"));
        assertEquals("es/index.html", en.selectFirst("link[hreflang=es]").attr("href"));
        assertEquals("es/index.html", en.selectFirst(".languages a[hreflang=es]").attr("href"));
        Document es = page("es/index.html");
        assertEquals("es", es.selectFirst("html").attr("lang"));
        assertEquals("../meetings.json", es.selectFirst("link[rel=alternate][type=application/json]").attr("href"));
        assertEquals("../index.html", es.selectFirst("link[hreflang=en]").attr("href"));
        assertEquals("print.html", en.selectFirst(".downloads a[href$=print.html]").attr("href"));
        assertEquals("print.html", es.selectFirst(".downloads a[href$=print.html]").attr("href"));
        assertEquals("../../meetings/morning-light.html",
                page("es/meetings/morning-light.html").selectFirst("link[hreflang=en]").attr("href"));
    }

    // ---- meeting pages ----

    @Test
    void notesAreTextNeverMarkup() throws IOException {
        Document doc = page("meetings/morning-light.html");
        Element notes = doc.selectFirst("#notes + .notes");
        assertNotNull(notes);
        assertTrue(notes.wholeText().contains("<script>alert(1)</script> is not a script here."));
        assertTrue(notes.wholeText().contains("Coffee & toast from 6:45.\n"), "line breaks kept");
        for (Element script : doc.select("script")) {
            assertTrue(script.data().isBlank(), "no inline script");
            assertFalse(script.attr("src").contains("alert"));
        }
        String raw = Files.readString(site.resolve("meetings/morning-light.html"));
        assertTrue(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(raw.contains("Coffee &amp; toast"));
    }

    @Test
    void meetingPageHasMapPhoneAndCorrectionLinks() throws IOException {
        Document inPerson = page("meetings/morning-light.html");
        assertEquals("https://www.openstreetmap.org/?mlat=41.5&mlon=-88.25#map=17/41.5/-88.25",
                inPerson.selectFirst("a[href^=https://www.openstreetmap.org/]").attr("href"));
        assertTrue(inPerson.select("iframe, img").isEmpty(), "a map link, never an embedded map");
        assertEquals("mailto:info@testville.example?subject=Correction%3A%20Morning%20Light%20%28morning-light%29",
                inPerson.selectFirst(".correction a").attr("href"));
        assertTrue(inPerson.text().contains("Monday 7:00 AM – 8:00 AM"));
        assertTrue(inPerson.text().contains("Thursday 7:00 AM – 8:00 AM"));
        assertTrue(inPerson.text().contains("Side door, down the ramp."));
        assertTrue(inPerson.text().contains("Venmo: @MorningLight"));
        assertTrue(inPerson.text().contains("Wheelchair"), "types in words");
        assertEquals("../index.html#monday", inPerson.selectFirst(".crumbs a").attr("href"));

        Document online = page("meetings/online-haven.html");
        assertEquals("tel:+15555550123,,123456789%23", online.selectFirst("a[href^=tel:]").attr("href"));
        assertEquals("https://zoom.example/j/123456789", online.selectFirst(".join a[href^=https:]").attr("href"));
        assertTrue(online.text().contains("Passcode: haven"));
        assertTrue(online.select("a[href^=https://www.openstreetmap.org/]").isEmpty(), "no map for online only");
        assertTrue(online.text().contains("Online only"));

        Document hybrid = page("meetings/bridge-group.html");
        assertEquals("https://testville.example/feedback?meeting=bridge-group", hybrid.selectFirst(".correction a").attr("href"));
        assertEquals("https://meet.example/bridge?a=1&b=2", hybrid.selectFirst(".join a").attr("href"));
        assertEquals("https://www.openstreetmap.org/search?query=400%20River%20Road%2C%20Testville%2C%20EX%2060002%2C%20US",
                hybrid.selectFirst("a[href^=https://www.openstreetmap.org/]").attr("href"));

        Document eastern = page("es/meetings/eastern-check-in.html");
        assertTrue(eastern.text().contains("Sábado 09:00 – 10:30"));
        assertTrue(eastern.text().contains("hora oriental"), "another time zone is named in the page language");
    }

    // ---- guide ----

    @Test
    void guideHasIndexPagesAndNavigation() throws IOException {
        Document index = page("guide/index.html");
        assertEquals(List.of("welcome.html", "sponsors.html"), index.select(".cards h2 a").eachAttr("href"));
        assertTrue(index.text().contains("What to expect at a first meeting."));

        Document welcome = page("guide/welcome.html");
        assertTrue(welcome.selectFirst("article strong").text().equals("Nobody"), "Markdown HTML is not escaped");
        assertEquals("sponsors.html", welcome.selectFirst(".pager a[rel=next]").attr("href"));
        assertTrue(welcome.select(".pager a[rel=prev]").isEmpty());
        assertEquals("page", welcome.selectFirst(".guide-nav a[href=welcome.html]").attr("aria-current"));

        Document fallback = page("es/guide/sponsors.html");
        assertEquals("en", fallback.selectFirst("article").attr("lang"));
        assertEquals("es", fallback.selectFirst(".notice").attr("lang"));
        assertTrue(fallback.selectFirst(".notice").text().contains("todavía no está traducida"));
        assertEquals("welcome.html", fallback.selectFirst(".pager a[rel=prev]").attr("href"));
        assertTrue(page("es/guide/welcome.html").select(".notice").isEmpty());
    }

    // ---- regions, fellowships, 404 ----

    @Test
    void regionAndFellowshipPagesListTheirMeetings() throws IOException {
        Document downtown = page("regions/downtown.html");
        assertEquals(List.of("../meetings/morning-light.html", "../meetings/lantern-group.html",
                        "../meetings/morning-light.html"),
                downtown.select("li.mtg h3 a").eachAttr("href"));
        Document na = page("fellowships/na.html");
        assertEquals(List.of("../meetings/bridge-group.html"), na.select("li.mtg h3 a").eachAttr("href"));
        assertEquals(directory.regions().size(), page("regions/index.html").select(".group-list a").size());
    }

    @Test
    void notFoundPageLinksFromTheRootWithoutABaseUrl() throws IOException {
        Document doc = page("404.html");
        assertEquals("index.html", doc.selectFirst(".button-primary").attr("href"));
        assertTrue(doc.select("link[rel=stylesheet]").isEmpty(), "the style is inlined: 404 is served at any depth");
        assertTrue(doc.selectFirst("head style").data().contains(".mtg"));
    }

    // ---- every page ----

    @Test
    void everyPageHasTheBasics() throws IOException {
        for (String path : WebFixture.files(site, ".html")) {
            Document doc = page(path);
            assertFalse(doc.selectFirst("html").attr("lang").isEmpty(), path);
            assertNotNull(doc.selectFirst("meta[name=viewport]"), path);
            assertFalse(doc.title().isBlank(), path);
            assertEquals("#main", doc.selectFirst("body > a.skip").attr("href"), path);
            assertNotNull(doc.selectFirst("main#main"), path);
            assertEquals(1, doc.select("h1").size(), path);
            assertNotNull(doc.selectFirst("footer a[href=mailto:info@testville.example]"), path);
            assertNotNull(doc.selectFirst("footer a[href^=tel:]"), path);
        }
    }

    @Test
    void linksAreRelativeAndLeadSomewhere() throws IOException {
        assertLinksRelativeAndResolvable(site, directory);
    }

    /** Checks every page of a rendered site: nothing external loaded, every relative link resolves. */
    static void assertLinksRelativeAndResolvable(Path root, Directory dir) throws IOException {
        Set<String> outbound = new HashSet<>();
        outbound.add(dir.site().entity().websiteUrl());
        for (Meeting m : dir.meetings()) {
            outbound.add(m.online().conferenceUrl());
            outbound.add(m.feedbackUrl());
        }
        java.util.Map<Path, Set<String>> ids = new java.util.HashMap<>();
        for (String path : WebFixture.files(root, ".html")) {
            Path file = root.resolve(path);
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            // Nothing on a page may be fetched from another host.
            boolean absoluteOk = path.equals("404.html") && dir.site().baseUrl() != null;
            for (Element e : doc.select("link[href], script[src], img[src], iframe, source, video, audio, object, embed")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (absoluteOk && ref.startsWith(dir.site().baseUrlWithSlash())) {
                    continue; // 404.html is served at any depth: it links its own site absolutely
                }
                assertFalse(ref.isEmpty() || ref.contains("//") || ref.contains(":"),
                        path + ": " + e.tagName() + " loads " + ref);
            }
            assertTrue(doc.select("[style*=url], [srcset]").isEmpty(), path + ": inline URL");
            for (Element a : doc.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("mailto:") || href.startsWith("tel:")) {
                    continue;
                }
                if (absoluteOk && href.startsWith(dir.site().baseUrlWithSlash())) {
                    continue;
                }
                if (href.startsWith("http:") || href.startsWith("https:")) {
                    assertTrue(href.startsWith("https://www.openstreetmap.org/") || outbound.contains(href),
                            path + ": unexpected outbound link " + href);
                    continue;
                }
                assertFalse(href.startsWith("/") || href.contains(":"), path + ": not relative: " + href);
                String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
                Path resolved = target.isEmpty() ? file : file.getParent().resolve(
                        URLDecoder.decode(target, StandardCharsets.UTF_8)).normalize();
                assertTrue(resolved.startsWith(root), path + ": leaves the site: " + href);
                String rel = root.relativize(resolved).toString().replace('\\', '/');
                assertFalse(target.endsWith("/"), path + ": links a bare folder: " + href);
                // The feeds renderer writes each meeting's calendar beside its page.
                if (OTHER_RENDERERS.contains(rel) || rel.matches("meetings/[a-z0-9-]+\\.ics")
                        || org.meetbook.print.PrintRenderer.outputs(dir).stream().anyMatch(o -> o.path().equals(rel))) {
                    continue;
                }
                assertTrue(Files.isRegularFile(resolved), path + ": broken link " + href);
                if (!fragment.isEmpty()) {
                    Set<String> targetIds = resolved.equals(file) ? idsOf(doc)
                            : ids.computeIfAbsent(resolved, WebRendererTest::idsOf);
                    assertTrue(targetIds.contains(fragment), path + ": no #" + fragment + " in " + rel);
                }
            }
        }
        assertTrue(Files.isRegularFile(root.resolve("assets/style.css")));
    }

    static Set<String> idsOf(Path file) {
        try {
            return idsOf(Jsoup.parse(file.toFile(), "UTF-8"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Set<String> idsOf(Document doc) {
        Set<String> ids = new HashSet<>();
        doc.select("[id]").forEach(e -> ids.add(e.id()));
        return ids;
    }

    /** The sample directory in ../content, when it passes the checks: links and size budget. */
    @Test
    void sampleContentRendersWithinBudget() throws IOException {
        Path sample = Path.of("..", "content");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(sample.resolve("site.yaml")));
        Directory dir = WebFixture.load(sample);
        Path out = WebFixture.render(dir, temp.resolve("sample"));
        assertLinksRelativeAndResolvable(out, dir);
        long gzip = gzipSize(out.resolve("index.html")) + gzipSize(out.resolve("assets/style.css"))
                + gzipSize(out.resolve("assets/finder.js"));
        assertTrue(gzip < 100 * 1024, "finder HTML+CSS+JS is " + gzip + " bytes gzipped");
    }

    static long gzipSize(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }
}
