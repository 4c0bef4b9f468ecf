package org.meetbook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.Site;
import org.meetbook.theme.Theme;

/** The formatting and link rules the templates rely on. */
class WebHelperTest {

    static final Theme THEME = new Theme(WebFixture.THEME);
    static final Directory DIRECTORY = WebFixture.load(WebFixture.content("basic"));

    static WebHelper web(String language) {
        return new WebHelper(DIRECTORY, language, THEME.messages(language));
    }

    static Meeting meeting(String slug) {
        return DIRECTORY.meetings().stream().filter(m -> m.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void timesFollowTheLanguagesPattern() {
        assertEquals("6:30 PM", web("en").time(LocalTime.of(18, 30)));
        assertEquals("12:05 AM", web("en").time(LocalTime.of(0, 5)));
        assertEquals("18:30", web("es").time(LocalTime.of(18, 30)));
        assertEquals("07:00", web("es").time(LocalTime.of(7, 0)));
        assertEquals("7:00 AM – 8:00 AM", web("en").timeRange(meeting("morning-light")));
        assertEquals("6:30 PM", web("en").timeRange(meeting("bridge-group")), "no end time given: start only");
    }

    @Test
    void onlyWebUrlsBecomeLinks() {
        WebHelper web = web("en");
        assertEquals("https://a.example/x?y=1", web.webUrl("https://a.example/x?y=1"));
        assertNull(web.webUrl("javascript:alert(1)"));
        assertNull(web.webUrl("JaVaScRiPt:alert(1)"));
        assertNull(web.webUrl("data:text/html,<script>alert(1)</script>"));
        assertNull(web.webUrl("//evil.example/"));
        assertNull(web.webUrl(null));
    }

    @Test
    void phoneLinksKeepOnlyDialableCharacters() {
        WebHelper web = web("en");
        assertEquals("tel:+15555550100", web.telLink("+1 (555) 555-0100"));
        assertEquals("tel:+15555550123,,123%23", web.telLink("+1 555 555 0123,,123#"));
        assertNull(web.telLink("call us"));
        assertEquals("+1 555 555 0123", web.phoneNumber("+1 555 555 0123,,123#"));
        assertEquals("123#", web.phoneCodes("+1 555 555 0123,,123#"));
        assertNull(web.phoneCodes("+1 555 555 0123"));
    }

    @Test
    void correctionsGoToTheFeedbackUrlElseTheEntity() {
        assertEquals("https://testville.example/feedback?meeting=bridge-group",
                web("en").correctionUrl(meeting("bridge-group")));
        assertEquals("mailto:info@testville.example?subject=Correcci%C3%B3n%3A%20Online%20Haven%20%28online-haven%29",
                web("es").correctionUrl(meeting("online-haven")));
    }

    @Test
    void typesHaveNamesAndExplanationsInTheLanguage() {
        assertEquals("Open", web("en").typeName("O"));
        assertEquals("Abierta", web("es").typeName("O"));
        assertTrue(web("es").typeDescription("C").startsWith("Para personas"));
        for (String code : List.of("O", "C", "D", "SP", "B", "ST", "W", "Y", "M", "S", "X", "TC", "BE", "LGBTQ", "A", "MED")) {
            assertTrue(web("en").typeDescription(code) != null, code);
            assertTrue(web("es").typeDescription(code) != null, code);
        }
        assertNull(web("en").typeDescription("NO-SUCH-CODE"));
        assertEquals("Ask-it-basket", web("es").typeName("ASK"), "own codes: one name for every language");
    }

    @Test
    void placesAndMaps() {
        WebHelper web = web("en");
        assertEquals("Elm Street Hall, 12 Elm Street, Testville", web.placeLine(meeting("morning-light")));
        assertEquals("", web.placeLine(meeting("online-haven")));
        assertEquals("Monday, Thursday", web.days(meeting("morning-light")));
        assertEquals("Lunes, Jueves", web("es").days(meeting("morning-light")));
        assertEquals("Mon", web.dayShort(org.meetbook.model.Day.MONDAY));
        assertEquals("Eastern Time", web.zoneLong(meeting("eastern-check-in")));
        assertNull(web.zoneShort(meeting("morning-light")));
    }

    @Test
    void notFoundPageUsesTheBaseUrlWhenThereIsOne(@TempDir Path temp) throws IOException {
        Site s = DIRECTORY.site();
        Site withBase = new Site(s.title(), s.description(), s.entity(), s.timezone(), s.languages(),
                "https://meetings.testville.example/list", s.defaultFellowship(), s.fellowshipNames(), s.print(),
                s.updated());
        Directory directory = new Directory(withBase, DIRECTORY.meetings(), DIRECTORY.pages(), DIRECTORY.types());
        Path out = WebFixture.render(directory, temp);
        Document doc = Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8");
        assertEquals("https://meetings.testville.example/list/index.html", doc.selectFirst(".button-primary").attr("href"));
        assertEquals("https://meetings.testville.example/list/guide/index.html",
                doc.selectFirst(".site-nav a[href$=guide/index.html]").attr("href"));
        // The other pages stay relative.
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals("assets/style.css", index.selectFirst("link[rel=stylesheet]").attr("href"));
        WebRendererTest.assertLinksRelativeAndResolvable(out, directory);
    }

    @Test
    void collapsesWhiteSpaceAsTheRegularExpressionDid() {
        java.util.Random random = new java.util.Random(3);
        String[] pieces = {"a", "Hall", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "é", "\u00A0"};
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            org.junit.jupiter.api.Assertions.assertEquals(s.replaceAll("\\s+", " "), WebHelper.collapseSpaces(s), s);
        }
    }
}
