package org.meetbook.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.TestContent;
import org.meetbook.model.Directory;
import org.meetbook.model.Site;
import org.meetbook.theme.Theme;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every edition of the sample directory: PDF/UA-1 by veraPDF, booklets by geometry and text,
 * contents and index page numbers, large print, the guide, page-count fitting, same bytes.
 */
class EditionsTest {

    @TempDir
    static Path out;

    static Directory sample;
    static Theme theme;

    @BeforeAll
    static void render() throws IOException {
        Directory full = TestContent.directory(TestContent.SAMPLE);
        theme = new Theme(TestContent.THEME);
        Site s = full.site();
        // Both languages for the schedule; the other editions in English (Spanish is the same code).
        sample = full;
        new PrintRenderer().render(withEditions(full, List.of("schedule", "large-print", "guide", "regions"),
                List.of("en")), theme, out);
        new PrintRenderer().render(full, theme, out.resolve("es-check"));
        VeraGreenfieldFoundryProvider.initialise();
        assertTrue(s.print().prints("guide"));
    }

    static Directory withEditions(Directory d, List<String> editions, List<String> languages) {
        Site s = d.site();
        Site.Print p = s.print();
        Site.Print print = new Site.Print(p.paper(), editions, p.grouping(), p.pages(), p.multipleOf(), p.typeSize(),
                p.minTypeSize(), p.maxTypeSize(), p.regions(), p.online());
        return with(d, print, languages);
    }

    static Directory with(Directory d, Site.Print print, List<String> languages) {
        Site s = d.site();
        Site site = new Site(s.title(), s.description(), s.entity(), s.timezone(), languages, s.baseUrl(),
                s.defaultFellowship(), s.fellowshipNames(), print, s.updated());
        return new Directory(site, d.meetings(), d.pages(), d.types());
    }

    static byte[] file(String name) throws IOException {
        return Files.readAllBytes(out.resolve("print").resolve(name));
    }

    // ---- accessibility ----

    @Test
    void readingOrderPdfsPassPdfUa1() throws Exception {
        List<String> files = new ArrayList<>(List.of("schedule.pdf", "large-print.pdf", "guide.pdf",
                "schedule-downtown.pdf"));
        for (String f : files) {
            assertEquals(List.of(), pdfUaFailures(file(f)), f);
        }
        assertEquals(List.of(), pdfUaFailures(Files.readAllBytes(out.resolve("es-check/print/schedule-es.pdf"))),
                "schedule-es.pdf");
    }

    /** The rules veraPDF's PDF/UA-1 profile finds broken, one line each. */
    static List<String> pdfUaFailures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Set<String> failed = new TreeSet<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                }
            }
            if (failed.isEmpty()) {
                assertTrue(result.isCompliant());
            }
            return List.copyOf(failed);
        }
    }

    // ---- booklets ----

    @Test
    void bookletsImposeEveryPageInSaddleStitchOrder() throws IOException {
        for (String edition : List.of("schedule", "large-print", "guide", "schedule-downtown")) {
            try (PDDocument reading = Loader.loadPDF(file(edition + ".pdf"));
                 PDDocument booklet = Loader.loadPDF(file(edition + "-booklet.pdf"))) {
                assertImposed(reading, booklet, 612, 792, edition);
            }
        }
    }

    @Test
    void a4BookletsCarryA5Pages() throws IOException {
        Directory a4 = with(sample, sample.site().print().withPaper("a4"), List.of("en"));
        a4 = withEditions(a4, List.of("guide"), List.of("en"));
        Path dir = out.resolve("a4");
        new PrintRenderer().render(a4, theme, dir);
        try (PDDocument reading = Loader.loadPDF(dir.resolve("print/guide.pdf").toFile());
             PDDocument booklet = Loader.loadPDF(dir.resolve("print/guide-booklet.pdf").toFile())) {
            assertEquals(419.5f, reading.getPage(0).getMediaBox().getWidth(), 0.5f);
            assertEquals(595.3f, reading.getPage(0).getMediaBox().getHeight(), 0.5f);
            assertImposed(reading, booklet, 595.3f, 841.9f, "a4 guide");
            // A5 pages are a hair narrower than half an A4 sheet: each sits centred in its half.
        }
    }

    /**
     * The booklet has N/2 landscape sheet sides of {@code height} × {@code width}; on sheet s
     * the front carries pages N−2s (left) and 2s+1 (right), the back 2s+2 and N−2s−1 (1-based):
     * checked by the text of each half of the sheet against the text of that page.
     */
    static void assertImposed(PDDocument reading, PDDocument booklet, float height, float width, String what)
            throws IOException {
        int n = reading.getNumberOfPages();
        assertEquals(0, n % 4, what + ": page count is a multiple of 4");
        assertEquals(n / 2, booklet.getNumberOfPages(), what + ": two pages per sheet side");
        for (int side = 0; side < booklet.getNumberOfPages(); side++) {
            PDPage page = booklet.getPage(side);
            assertEquals(width, page.getMediaBox().getWidth(), 0.5f, what + ": sheet width");
            assertEquals(height, page.getMediaBox().getHeight(), 0.5f, what + ": sheet height");
            assertEquals(0, page.getRotation());
            int sheet = side / 2;
            int[] expected = side % 2 == 0
                    ? new int[] {n - 2 * sheet, 2 * sheet + 1}
                    : new int[] {2 * sheet + 2, n - 2 * sheet - 1};
            assertArrayEquals(expected, Booklet.pagesOn(sheet, side % 2, n));
            String[] halves = halves(page);
            assertEquals(norm(pageText(reading, expected[0])), norm(halves[0]),
                    what + ": sheet " + sheet + (side % 2 == 0 ? " front" : " back") + " left is page " + expected[0]);
            assertEquals(norm(pageText(reading, expected[1])), norm(halves[1]),
                    what + ": sheet " + sheet + (side % 2 == 0 ? " front" : " back") + " right is page " + expected[1]);
        }
    }

    static String[] halves(PDPage page) throws IOException {
        float w = page.getMediaBox().getWidth() / 2;
        float h = page.getMediaBox().getHeight();
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.setSortByPosition(true);
        s.addRegion("left", new Rectangle2D.Float(0, 0, w, h));
        s.addRegion("right", new Rectangle2D.Float(w, 0, w, h));
        s.extractRegions(page);
        return new String[] {s.getTextForRegion("left"), s.getTextForRegion("right")};
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    /** Lower case without any white space: for text set in spaced capitals. */
    static String squash(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    static String norm(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    @Test
    void notesPagesComeBeforeTheBackCoverNeverInsideTheListing() throws IOException {
        try (PDDocument doc = Loader.loadPDF(file("schedule.pdf"))) {
            int n = doc.getNumberOfPages();
            assertTrue(pageText(doc, n).contains("Questions? Need to talk?"), "the back cover is last");
            int firstNotes = -1;
            for (int p = 1; p <= n; p++) {
                boolean notes = norm(pageText(doc, p)).matches("Notes( \\d+)?");
                if (notes && firstNotes < 0) {
                    firstNotes = p;
                }
                if (firstNotes > 0 && p < n) {
                    assertTrue(notes, "page " + p + " after the first notes page is a notes page too");
                }
            }
            if (firstNotes > 0) {
                assertTrue(pageText(doc, firstNotes - 1).contains("Meetings by name")
                        || norm(pageText(doc, firstNotes - 1)).length() > 0, "notes follow the index");
            }
        }
    }

    // ---- contents, index, page numbers ----

    @Test
    void contentsAndIndexPointAtTheRightPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(file("schedule.pdf"))) {
            int n = doc.getNumberOfPages();
            // Every page but the covers shows its number at the foot.
            for (int p = 2; p < n; p++) {
                assertEquals(String.valueOf(p), foot(doc, p), "page number on page " + p);
            }
            assertEquals("", foot(doc, 1));
            assertEquals("", foot(doc, n));

            String front = pageText(doc, 2);
            Matcher toc = Pattern.compile("(?m)^(\\p{L}[\\p{L} ]+?) ?\\.{3,} ?(\\d+)$").matcher(front);
            int lines = 0;
            while (toc.find()) {
                String name = toc.group(1).trim();
                int page = Integer.parseInt(toc.group(2));
                lines++;
                String text = pageText(doc, page);
                if (name.equals("Meetings by name")) {
                    assertTrue(text.contains("Meetings by name"), "index on page " + page);
                } else {
                    assertEquals(page, ScheduleTest.bookmarkPage(doc, name), name);
                    assertTrue(text.contains(name), name + " on page " + page);
                }
            }
            assertEquals(8, lines, "seven days and the index in the contents:\n" + front);

            int index = ScheduleTest.bookmarkPage(doc, "Meetings by name");
            int checked = 0;
            Pattern line = Pattern.compile("^(.+?) · (\\d+(?:, \\d+)*)$");
            for (int p = index; p < n; p++) {
                for (String l : pageText(doc, p).split("\n")) {
                    Matcher m = line.matcher(l.strip());
                    if (!m.matches() || l.startsWith("Every meeting")) {
                        continue;
                    }
                    for (String page : m.group(2).split(", ")) {
                        int at = Integer.parseInt(page);
                        assertTrue(at > 2 && at < index, l);
                        assertTrue(norm(pageText(doc, at)).contains(norm(m.group(1))), m.group(1) + " on page " + at);
                    }
                    checked++;
                }
            }
            assertTrue(checked > 50, "index lines checked: " + checked);
        }
    }

    /** The text at the foot of a page, below the body. */
    static String foot(PDDocument doc, int page) throws IOException {
        PDPage p = doc.getPage(page - 1);
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        float h = p.getMediaBox().getHeight();
        s.addRegion("foot", new Rectangle2D.Float(0, h - 34, p.getMediaBox().getWidth(), 34));
        s.extractRegions(p);
        return s.getTextForRegion("foot").trim();
    }

    @Test
    void textExtractsCleanlyWithoutLigatures() throws IOException {
        for (String f : List.of("schedule.pdf", "guide.pdf", "large-print.pdf")) {
            try (PDDocument doc = Loader.loadPDF(file(f))) {
                String text = new PDFTextStripper().getText(doc);
                assertFalse(text.matches("(?s).*[\\uFB00-\\uFB06].*"), f + " has ligature glyphs in its text");
                assertFalse(text.contains("\uFFFD"), f);
            }
        }
        assertTrue(new PDFTextStripper().getText(Loader.loadPDF(file("guide.pdf"))).contains("first"));
    }

    // ---- editions ----

    @Test
    void largePrintIsAtLeast18PointWithoutItalics() throws IOException {
        try (PDDocument doc = Loader.loadPDF(file("large-print.pdf"))) {
            float[] smallest = {Float.MAX_VALUE};
            String[] smallestText = {""};
            boolean[] italic = {false};
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (var t : positions) {
                        if (!t.getUnicode().isBlank()) {
                            if (t.getFontSizeInPt() < smallest[0]) {
                                smallest[0] = t.getFontSizeInPt();
                                smallestText[0] = text;
                            }
                            String font = t.getFont().getName();
                            italic[0] |= font != null && (font.contains("Oblique") || font.contains("Italic"));
                        }
                    }
                }
            };
            s.setStartPage(2);
            s.setEndPage(doc.getNumberOfPages() - 1);
            s.getText(doc);
            assertTrue(smallest[0] >= 17.9f, "smallest text " + smallest[0] + " pt: " + smallestText[0]);
            assertFalse(italic[0], "no italics in large print");
            assertTrue(squash(pageText(doc, 1)).contains("largeprint"));
        }
    }

    @Test
    void guideHasItsCoverContentsAndThePrintedPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(file("guide.pdf"))) {
            assertTrue(squash(pageText(doc, 1)).contains("aguidefornewcomers"));
            String contents = pageText(doc, 2);
            List<String> titles = sample.pages("en").stream().filter(p -> p.print()).map(p -> p.title()).toList();
            assertFalse(titles.isEmpty());
            for (String title : titles) {
                assertTrue(norm(contents).contains(norm(title)), title + " in " + contents);
                int page = ScheduleTest.bookmarkPage(doc, title);
                assertTrue(norm(pageText(doc, page)).contains(norm(title)), title + " on page " + page);
            }
            assertEquals("Newcomer guide".length() > 0, doc.getDocumentInformation().getTitle().contains("newcomer guide"));
        }
    }

    @Test
    void regionalScheduleHoldsOnlyThatRegion() throws IOException {
        try (PDDocument doc = Loader.loadPDF(file("schedule-downtown.pdf"))) {
            String text = new PDFTextStripper().getText(doc);
            for (var m : sample.meetings()) {
                if ("Downtown".equals(m.region())) {
                    assertTrue(text.contains(m.name()), m.name());
                }
            }
            assertTrue(squash(pageText(doc, 1)).contains("downtown"));
            assertFalse(Files.exists(out.resolve("print/schedule-eastgate.pdf")), "only the regions site.yaml names");
        }
    }

    @Test
    void coverQrCodeReadsAsTheSiteAddress() throws Exception {
        try (PDDocument doc = Loader.loadPDF(file("schedule.pdf"))) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            assertEquals(sample.site().baseUrl(), new QRCodeReader().decode(bitmap).getText());
        }
    }

    @Test
    void everyLanguageGetsItsEditions() throws IOException {
        try (var files = Files.list(out.resolve("es-check/print"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            for (PrintRenderer.Output o : PrintRenderer.outputs(sample)) {
                assertTrue(names.contains(o.path().substring("print/".length())), o.path());
            }
            assertTrue(names.contains("guide-es.pdf") && names.contains("large-print-booklet-es.pdf"), names.toString());
        }
        try (PDDocument es = Loader.loadPDF(out.resolve("es-check/print/schedule-es.pdf").toFile())) {
            String text = new PDFTextStripper().getText(es);
            assertTrue(text.contains("Lunes") && text.contains("Reuniones por nombre"), "Spanish day names and index");
        }
    }

    // ---- page count ----

    @Test
    void exactPageCountIsMetByFittingTheTypeSize() throws IOException {
        Site.Print p = sample.site().print();
        int natural;
        try (PDDocument doc = Loader.loadPDF(file("schedule.pdf"))) {
            natural = doc.getNumberOfPages();
        }
        int target = natural - 4;
        Site.Print exact = new Site.Print(p.paper(), List.of("schedule"), p.grouping(), target, 4, p.typeSize(), 6.5,
                p.maxTypeSize(), List.of(), p.online());
        Path dir = out.resolve("exact");
        new PrintRenderer().render(with(sample, exact, List.of("en")), theme, dir);
        try (PDDocument doc = Loader.loadPDF(dir.resolve("print/schedule.pdf").toFile())) {
            assertEquals(target, doc.getNumberOfPages());
        }

        Site.Print impossible = new Site.Print(p.paper(), List.of("schedule"), p.grouping(), 4, 4, p.typeSize(),
                p.minTypeSize(), p.maxTypeSize(), List.of(), p.online());
        PrintRenderer.PrintException e = assertThrows(PrintRenderer.PrintException.class,
                () -> new PrintRenderer().render(with(sample, impossible, List.of("en")), theme, out.resolve("no")));
        assertTrue(e.getMessage().contains("print.pages") && e.getMessage().contains("min_type_size"), e.getMessage());
    }

    @Test
    void groupingByRegionThenDay() throws Exception {
        Site.Print p = sample.site().print();
        Site.Print byRegion = new Site.Print(p.paper(), List.of("schedule"), "region-day", null, 4, p.typeSize(),
                p.minTypeSize(), p.maxTypeSize(), List.of(), "section");
        Path dir = out.resolve("region-day");
        new PrintRenderer().render(with(sample, byRegion, List.of("en")), theme, dir);
        try (PDDocument doc = Loader.loadPDF(dir.resolve("print/schedule.pdf").toFile())) {
            List<String> bookmarks = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> bookmarks.add(i.getTitle()));
            assertTrue(bookmarks.containsAll(List.of("Downtown", "Eastgate", "Riverside", "Online meetings")),
                    bookmarks.toString());
            assertTrue(bookmarks.indexOf("Downtown") < bookmarks.indexOf("Eastgate"));
            assertEquals(List.of(), pdfUaFailures(Files.readAllBytes(dir.resolve("print/schedule.pdf"))));
        }
    }

    // ---- reproducible ----

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        Path again = out.resolve("again");
        new PrintRenderer().render(withEditions(sample, List.of("schedule", "guide"), List.of("en")), theme, again);
        for (String f : List.of("schedule.pdf", "schedule-booklet.pdf", "guide.pdf", "guide-booklet.pdf")) {
            assertArrayEquals(file(f), Files.readAllBytes(again.resolve("print").resolve(f)), f);
        }
    }


    @Test
    void theWiderInnerMarginIsOnTheFoldSideOfEveryListingPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(file("schedule.pdf"))) {
            int checked = 0;
            for (int p = 1; p < doc.getNumberOfPages() - 1; p++) {
                PDPage page = doc.getPage(p);
                float[] extent = {Float.MAX_VALUE, 0};
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                            throws IOException {
                        for (org.apache.pdfbox.text.TextPosition t : positions) {
                            // the running head and page number are centred: the body's lines are below the one and above the other
                            if (t.getYDirAdj() > 60 && t.getYDirAdj() < page.getMediaBox().getHeight() - 50) {
                                extent[0] = Math.min(extent[0], t.getXDirAdj());
                                extent[1] = Math.max(extent[1], t.getXDirAdj() + t.getWidthDirAdj());
                            }
                        }
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(p + 1);
                stripper.setEndPage(p + 1);
                String text = stripper.getText(doc);
                if (!text.contains(" · ") || !text.matches("(?s).*\\d:\\d\\d.*")) {
                    continue; // not a listing page
                }
                boolean rightHand = (p + 1) % 2 == 1;
                float inner = 0.625f * 72;
                float outer = 0.5f * 72;
                // text starts at the left margin, give or take the bar's padding and the hanging indent
                float left = extent[0];
                assertEquals(rightHand ? inner : outer, left, 7f,
                        "page " + (p + 1) + (rightHand ? " (right-hand)" : " (left-hand)") + " starts its lines " + left + " pt from the left edge");
                checked++;
            }
            assertTrue(checked >= 4, "listing pages checked: " + checked);
        }
    }
}
