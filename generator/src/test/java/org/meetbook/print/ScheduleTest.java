package org.meetbook.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.content.ContentLoader;
import org.meetbook.model.Directory;
import org.meetbook.model.ModelBuilder;
import org.meetbook.model.Site;
import org.meetbook.theme.Theme;

/** The schedule PDF of a small fixture directory, checked by text extraction and page geometry. */
class ScheduleTest {

    static final Path CONTENT = Path.of("src", "test", "resources", "print", "content");
    static final Path THEME = Path.of("..", "themes", "default");

    /** The fixture's meetings in listing order: day, then start time. */
    static final List<List<String>> EXPECTED_DAYS = List.of(
            List.of("Sunday", "Sunday Serenity"),
            List.of("Monday", "Early Monday", "Daily Reflections", "Noon Online"),
            List.of("Tuesday", "Closed For Now", "SMART Tuesday"),
            List.of("Wednesday", "Daily Reflections", "Hybrid Hope"),
            List.of("Thursday", "Thursday Steps"),
            List.of("Friday", "Daily Reflections"),
            List.of("Saturday", "Night Owls"));

    @TempDir
    static Path out;

    static Directory directory;
    static Theme theme;
    static PDDocument english;
    static PDDocument spanish;

    @BeforeAll
    static void render() throws IOException {
        directory = ModelBuilder.build(ContentLoader.load(CONTENT));
        theme = new Theme(THEME);
        new PrintRenderer().render(directory, theme, out);
        english = Loader.loadPDF(out.resolve("print/schedule.pdf").toFile());
        spanish = Loader.loadPDF(out.resolve("print/schedule-es.pdf").toFile());
    }

    @AfterAll
    static void close() throws IOException {
        english.close();
        spanish.close();
    }

    @Test
    void writesOneFilePerLanguage() throws IOException {
        try (var files = Files.list(out.resolve("print"))) {
            assertEquals(List.of("schedule-booklet-es.pdf", "schedule-booklet.pdf", "schedule-es.pdf", "schedule.pdf"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void meetingsAppearByDayThenTime() throws IOException {
        String text = bodyText(english, listingStart(english), english.getNumberOfPages() - 1);
        int from = 0;
        for (List<String> day : EXPECTED_DAYS) {
            int heading = text.indexOf("\n" + day.get(0) + "\n", from);
            assertTrue(heading >= from, day.get(0) + " heading missing after position " + from);
            from = heading;
            for (String name : day.subList(1, day.size())) {
                int at = text.indexOf(name, from);
                assertTrue(at > from, name + " missing in the " + day.get(0) + " section, or out of order");
                from = at;
            }
            int nextHeading = text.indexOf("\n" + nextDay(day.get(0)) + "\n", from);
            if (nextHeading >= 0) {
                for (String name : day.subList(1, day.size())) {
                    int inThisDay = text.indexOf(name, heading);
                    assertTrue(inThisDay < nextHeading, name + " belongs before " + nextDay(day.get(0)));
                }
            }
        }
    }

    @Test
    void everyMeetingIsListed() throws IOException {
        String text = text(english);
        for (var m : directory.meetings()) {
            assertTrue(text.contains(m.name()), m.name());
        }
    }

    @Test
    void legendListsExactlyTheTypesInUseWithTheirNames() throws IOException {
        assertEquals(List.of("A", "B", "C", "D", "DB", "O", "SP", "ST", "TC", "X"), directory.typesInUse());
        for (PDDocument doc : List.of(english, spanish)) {
            String language = doc == english ? "en" : "es";
            String heading = doc == english ? "Meeting types" : "Tipos de reunión";
            // Two columns, filled row by row: A B / C D / …; an entry may wrap within its column.
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            for (int i = 0; i < directory.typesInUse().size(); i++) {
                String code = directory.typesInUse().get(i);
                (i % 2 == 0 ? left : right).add(code + " " + directory.types().name(code, language));
            }
            List<List<String>> columns = legendColumns(doc, heading);
            assertEquals(left, columns.get(0), language);
            assertEquals(right, columns.get(1), language);
        }
        assertTrue(legendColumns(spanish, "Tipos de reunión").get(0).contains("DB Canasta digital"));
    }

    /**
     * The entries of the two-column legend under {@code heading}: each column's lines, with a
     * line that does not start with a type code joined to the entry above it.
     */
    static List<List<String>> legendColumns(PDDocument doc, String heading) throws IOException {
        final float[] found = {-1, -1, -1};
        int legendEnd = listingStart(doc) - 1;
        for (int p = 2; p <= legendEnd && found[0] < 0; p++) {
            final int pageNo = p;
            PDFTextStripper finder = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    if (text.strip().equals(heading) && found[0] < 0) {
                        found[0] = pageNo;
                        found[1] = positions.get(0).getYDirAdj();
                        found[2] = positions.get(0).getXDirAdj();
                    }
                }
            };
            finder.setStartPage(p);
            finder.setEndPage(p);
            finder.getText(doc);
        }
        assertTrue(found[0] > 0, "no heading " + heading);
        PDPage page = doc.getPage((int) found[0] - 1);
        float width = page.getMediaBox().getWidth();
        float contentWidth = width - 36 - 45; // 0.5in outer, 0.625in inner margin
        float middle = found[2] + contentWidth / 2 - 2;
        float top = found[1] + 4;
        float height = page.getMediaBox().getHeight() - 42 - top;
        List<List<String>> columns = new ArrayList<>();
        for (float[] x : new float[][] {{0, middle}, {middle, width - middle}}) {
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.setSortByPosition(true);
            s.addRegion("c", new Rectangle2D.Float(x[0], top, x[1], height));
            s.extractRegions(page);
            List<String> entries = new ArrayList<>();
            for (String line : s.getTextForRegion("c").split("\n")) {
                String l = line.strip().replaceAll("[ \u00a0]+", " ");
                if (l.isEmpty()) {
                    continue;
                }
                String first = l.split(" ")[0];
                if (directory.types().knows(first) || entries.isEmpty()) {
                    entries.add(l);
                } else {
                    entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + l);
                }
            }
            columns.add(entries);
        }
        return columns;
    }

    @Test
    void legendExplainsFellowshipsAndAttendance() throws IOException {
        String legend = legendText(english);
        assertTrue(legend.contains("How to read this schedule"));
        assertTrue(legend.contains("AA Alcoholics Anonymous"));
        assertTrue(legend.contains("NA Narcotics Anonymous"));
        assertTrue(legend.contains("SMART SMART Recovery"));
        assertTrue(legend.contains("ONLINE"));
        assertTrue(legend.contains("HYBRID"));
        assertTrue(legend.contains("TEMPORARILY CLOSED"));
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (PDDocument doc : List.of(english, spanish)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().contains("DejaVu"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void pagesAreHalfLetter() {
        for (PDPage page : english.getPages()) {
            assertEquals(396f, page.getMediaBox().getWidth(), 0.5f);
            assertEquals(612f, page.getMediaBox().getHeight(), 0.5f);
        }
    }

    @Test
    void a4PaperGivesA5Pages() throws IOException {
        Site s = directory.site();
        Site a4 = new Site(s.title(), s.description(), s.entity(), s.timezone(), List.of("en"), s.baseUrl(),
                s.defaultFellowship(), s.fellowshipNames(), new Site.Print("a4"), s.updated());
        Directory d = new Directory(a4, directory.meetings(), directory.pages(), directory.types());
        Path dir = out.resolve("a4");
        new PrintRenderer().render(d, theme, dir);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("print/schedule.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                assertEquals(419.5f, page.getMediaBox().getWidth(), 0.5f);
                assertEquals(595.3f, page.getMediaBox().getHeight(), 0.5f);
            }
        }
    }

    @Test
    void coverHasTitleAndDate() throws IOException {
        String cover = pageText(english, 1);
        assertTrue(cover.contains("Testville Meetings"), cover);
        assertTrue(cover.contains("Testville Intergroup"), cover);
        assertTrue(cover.contains("Updated March 2026"), cover);
        assertTrue(cover.contains("Meetings every day of the week"), cover);
        assertTrue(cover.contains("meetings.testville.example"), cover);

        String portada = pageText(spanish, 1);
        assertTrue(portada.contains("Actualizado en marzo de 2026"), portada);
    }

    @Test
    void backCoverHasTheEntityContact() throws IOException {
        String back = pageText(english, english.getNumberOfPages());
        assertTrue(back.contains("+1-555-555-0199"), back);
        assertTrue(back.contains("help@testville-intergroup.example"), back);
        assertTrue(back.contains("testville-intergroup.example"), back);
    }

    @Test
    void onlineAndHybridMeetingsShowMarkersAndPhone() throws IOException {
        String text = text(english).replaceAll("\\s*\n\\s*", " "); // an entry's lines may wrap anywhere
        assertInOrder(text, "12:00–1:00 PM Noon Online · AA · O DB",
                "ONLINE Phone +1 555-555-0111, then 123456# · Online", "Tuesday");
        assertInOrder(text, "7:00–8:30 PM Hybrid Hope · NA · O SP",
                "HYBRID Phone +1 555-555-0122, then 777# · Riverside Church, 40 River Street, Testville · Riverside",
                "Thursday");
        assertInOrder(text, "6:00–7:00 PM Closed For Now · AA · O TC",
                "TEMPORARILY CLOSED · Old Mill Hall, 12 Mill Road, Testville · Downtown", "SMART Tuesday");
        assertFalse(text.contains("video.example"), "links are not printed");
    }

    @Test
    void northAmericanConferenceNumbersAreGrouped() {
        assertEquals("+1 555-555-0123", ScheduleDocument.readablePhone("+15555550123"));
        assertEquals("+1 555-555-0123", ScheduleDocument.readablePhone(" +1 (555) 555.0123 "));
        assertEquals("+44 20 7946 0000", ScheduleDocument.readablePhone("+44 20 7946 0000"));
        assertEquals("555-0123", ScheduleDocument.readablePhone("555-0123"));
    }

    @Test
    void pastMidnightMeetingShowsItsEndTime() throws IOException {
        assertInOrder(text(english), "Saturday", "11:30 PM–12:30 AM Night Owls", "Old Mill Hall");
    }

    @Test
    void documentHasTitleLanguageAndDayBookmarks() throws IOException {
        assertEquals("Testville Meetings: meeting schedule", english.getDocumentInformation().getTitle());
        assertEquals("en", english.getDocumentCatalog().getLanguage());
        assertEquals("es", spanish.getDocumentCatalog().getLanguage());
        assertNotNull(english.getDocumentCatalog().getStructureTreeRoot(), "tagged PDF");
        List<String> bookmarks = new ArrayList<>();
        for (PDOutlineItem item : english.getDocumentCatalog().getDocumentOutline().children()) {
            bookmarks.add(item.getTitle());
        }
        for (List<String> day : EXPECTED_DAYS) {
            assertTrue(bookmarks.contains(day.get(0)), bookmarks.toString());
        }
    }

    @Test
    void aLongIndexIsSplitBetweenLetters() {
        List<ScheduleDocument.Line> lines = new ArrayList<>();
        for (String name : List.of("Alpha", "Apple", "Beta", "Bravo", "Bright", "Cedar", "Delta", "Dawn")) {
            lines.add(new ScheduleDocument.Line(name, "3"));
        }
        List<List<ScheduleDocument.Line>> parts = ScheduleDocument.splitIndex(lines, ScheduleDocument.Line::name, 2);
        assertEquals(2, parts.size());
        assertEquals(List.of("Alpha", "Apple", "Beta", "Bravo", "Bright"), parts.get(0).stream().map(ScheduleDocument.Line::name).toList());
        assertEquals(List.of("Cedar", "Delta", "Dawn"), parts.get(1).stream().map(ScheduleDocument.Line::name).toList());
        assertEquals(1, ScheduleDocument.splitIndex(lines, ScheduleDocument.Line::name, 1).size());
    }

    @Test
    void aLongIndexInPartsStillPointsAtTheRightPages() throws IOException {
        // Enough meetings for an index laid out in two parts side by side.
        var template = directory.meetings().stream().filter(m -> m.name().equals("Sunday Serenity")).findFirst().orElseThrow();
        List<org.meetbook.model.Meeting> many = new ArrayList<>();
        int count = ScheduleDocument.INDEX_LINES_PER_PART * 2 + 100;
        for (int i = 0; i < count; i++) {
            String name = (char) ('A' + i % 26) + "roup " + i;
            many.add(new org.meetbook.model.Meeting("g-" + i, name, "AA",
                    List.of(org.meetbook.model.Day.values()[i % 7]), template.time().plusMinutes(i % 600), null,
                    template.timezone(), template.types(), null, template.place(), template.online(),
                    template.attendance(), null, null, null, List.of(), java.util.Map.of(), List.of(), null,
                    template.sourceFile()));
        }
        Directory big = new Directory(directory.site(), many, directory.pages(), directory.types());
        ScheduleDocument source = new ScheduleDocument(big, theme, "en");
        assertEquals(3, source.tail(BookRenderer.NO_NUMBERS, 2).size(), "two index parts, then the back cover");
        byte[] pdf = PrintRenderer.padded(new BookRenderer(new PdfWriter(THEME)), source, big.site().print(), "t").pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int index = bookmarkPage(doc, "Meetings by name");
            List<String> names = new ArrayList<>();
            java.util.Map<String, Integer> pageOf = new java.util.HashMap<>();
            java.util.regex.Pattern line = java.util.regex.Pattern.compile("^([A-Z]roup \\d+) · (\\d+)$");
            for (int p = index; p < doc.getNumberOfPages(); p++) {
                for (String l : pageText(doc, p).split("\n")) {
                    var m = line.matcher(l.strip());
                    if (m.matches()) {
                        names.add(m.group(1));
                        pageOf.put(m.group(1), Integer.parseInt(m.group(2)));
                    }
                }
            }
            assertEquals(count, names.size(), "every meeting once in the index");
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(java.text.Collator.getInstance(java.util.Locale.ENGLISH));
            assertEquals(sorted, names, "in alphabetical order across the parts");
            for (int i = 0; i < count; i += count / 40) {
                String name = (char) ('A' + i % 26) + "roup " + i;
                int page = pageOf.get(name);
                assertTrue(page < index && pageText(doc, page).contains(name + " · AA"), name + " listed on page " + page);
            }
        }
    }

    @Test
    void continuationPagesNameTheirDayInTheRunningHead() throws IOException {
        // Enough meetings on one day to fill several pages.
        List<org.meetbook.model.Meeting> many = new ArrayList<>(directory.meetings());
        var template = directory.meetings().stream().filter(m -> m.name().equals("Sunday Serenity")).findFirst().orElseThrow();
        for (int i = 0; i < 40; i++) {
            many.add(new org.meetbook.model.Meeting("extra-" + i, "Extra Sunday " + i, "AA", template.days(),
                    template.time().plusMinutes(i), null, template.timezone(), template.types(), null,
                    template.place(), template.online(), template.attendance(), null, null, null, List.of(),
                    java.util.Map.of(), List.of(), null, template.sourceFile()));
        }
        Directory big = new Directory(directory.site(), many, directory.pages(), directory.types());
        byte[] pdf = PrintRenderer.padded(new BookRenderer(new PdfWriter(THEME)),
                new ScheduleDocument(big, theme, "en"), big.site().print(), "t").pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int first = listingStart(doc);
            assertEquals("SUNDAY", headText(doc, first).trim());
            assertEquals("SUNDAY, CONTINUED", headText(doc, first + 1).trim());
            int monday = bookmarkPage(doc, "Monday");
            assertTrue(monday > first + 1, "the extra meetings fill more than two pages");
            // Monday starts below the top of its page: the top still belongs to Sunday.
            assertEquals("SUNDAY, CONTINUED", headText(doc, monday).trim());
            // The next page belongs to Monday if Monday runs over, else to the day that starts at its top.
            String next = headText(doc, monday + 1).trim();
            assertTrue(next.equals("MONDAY, CONTINUED") || next.matches("TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY"), next);
            for (int page = 1; page < first; page++) {
                assertEquals("", headText(doc, page).trim(), "no running head before the listing, page " + page);
            }
            assertEquals("", headText(doc, doc.getNumberOfPages()).trim(), "no running head on the back cover");
        }
    }

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        Path again = out.resolve("again");
        new PrintRenderer().render(directory, theme, again);
        assertArrayEquals(Files.readAllBytes(out.resolve("print/schedule.pdf")),
                Files.readAllBytes(again.resolve("print/schedule.pdf")));
        assertArrayEquals(Files.readAllBytes(out.resolve("print/schedule-es.pdf")),
                Files.readAllBytes(again.resolve("print/schedule-es.pdf")));
    }

    // ---- helpers ----

    static String nextDay(String day) {
        for (int i = 0; i < EXPECTED_DAYS.size() - 1; i++) {
            if (EXPECTED_DAYS.get(i).get(0).equals(day)) {
                return EXPECTED_DAYS.get(i + 1).get(0);
            }
        }
        return "\u0000";
    }

    /** All text, in reading order on the page (left column before right on each line). */
    static String text(PDDocument doc) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        return s.getText(doc).replaceAll("[ \u00a0]+", " ");
    }

    static void assertInOrder(String text, String... parts) {
        int from = -1;
        for (String part : parts) {
            int at = text.indexOf(part, from + 1);
            assertTrue(at > from, "'" + part + "' missing or out of order in:\n" + text);
            from = at;
        }
    }

    /** The page (1-based) a top-level bookmark points at. */
    static int bookmarkPage(PDDocument doc, String title) throws IOException {
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(title)) {
                return doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
            }
        }
        throw new AssertionError("no bookmark " + title);
    }

    /** The first page of the listing: where the first day's bookmark (after "How to read") points. */
    static int listingStart(PDDocument doc) throws IOException {
        List<PDOutlineItem> items = new ArrayList<>();
        doc.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
        return doc.getPages().indexOf(items.get(1).findDestinationPage(doc)) + 1;
    }

    /** The how-to-read pages, between the cover and the listing. */
    static String legendText(PDDocument doc) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(2);
        s.setEndPage(listingStart(doc) - 1);
        return s.getText(doc).replaceAll("[ \u00a0]+", " ");
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    /** The text inside the page margins only: no running heads or page numbers. */
    static String bodyText(PDDocument doc, int first, int last) throws IOException {
        StringBuilder sb = new StringBuilder("\n");
        for (int i = first; i <= last; i++) {
            sb.append(area(doc, i, 42, doc.getPage(i - 1).getMediaBox().getHeight() - 84));
        }
        return sb.toString();
    }

    /** The text of the top margin: the running head. */
    static String headText(PDDocument doc, int page) throws IOException {
        return area(doc, page, 0, 42);
    }

    static String area(PDDocument doc, int page, float top, float height) throws IOException {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.setSortByPosition(true);
        PDPage p = doc.getPage(page - 1);
        s.addRegion("r", new Rectangle2D.Float(0, top, p.getMediaBox().getWidth(), height));
        s.extractRegions(p);
        return s.getTextForRegion("r");
    }
}
