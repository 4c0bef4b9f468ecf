package org.meetbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The drawn listing and index: where text lands, what stays together, how it is tagged. */
class ListPainterTest {

    private static final ListPainter.Style STYLE = ListPainter.Style.standard(8.5f);

    /** Entries of every length: some one line each, some wrapping, one with a word wider than a line. */
    private static List<ListPainter.Block> listing(int entries) {
        List<ListPainter.Block> blocks = new ArrayList<>();
        blocks.add(new ListPainter.Section("s-1", "Monday"));
        for (int i = 0; i < entries; i++) {
            String where = "Hall " + i + ", " + "Long Street ".repeat(i % 5) + "Town";
            if (i == 7) {
                where = "Unbroken" + "x".repeat(120);
            }
            if (i == entries / 2) {
                blocks.add(new ListPainter.Section("s-2", "Tuesday"));
                blocks.add(new ListPainter.Subhead("Downtown"));
            }
            List<ListPainter.Run> second = new ArrayList<>();
            if (i % 3 == 0) {
                second.add(new ListPainter.Run("ONLINE", i % 6 == 0 ? ListPainter.Face.MARKER : ListPainter.Face.MARKER_INVERTED));
            }
            second.add(ListPainter.Run.regular((i % 3 == 0 ? " " : "") + "Where" + i + " " + where));
            blocks.add(new ListPainter.Entry("o-" + i, List.of(ListPainter.Run.bold("7:00–8:00 PM Name" + i),
                    ListPainter.Run.regular(" · AA · O D")), second));
        }
        return blocks;
    }

    @Test
    void textStaysInsideTheMarginsAndEveryMeetingOnOnePage() throws IOException {
        int entries = 120;
        try (PdfWriter.Part part = new ListPainter(STYLE, Paper.HALF_LETTER).paint(listing(entries));
             PDDocument doc = part.doc()) {
            assertTrue(part.pages() > 3, "a listing of several pages: " + part.pages());
            Map<String, Integer> firstPage = new HashMap<>();
            Map<String, Integer> wherePage = new HashMap<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                int page = p;
                float inner = p % 2 == 0 ? STYLE.marginInner() : STYLE.marginOuter();
                float outer = p % 2 == 0 ? STYLE.marginOuter() : STYLE.marginInner();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition t : positions) {
                            float x = t.getXDirAdj();
                            assertTrue(x >= inner - 0.5f && x + t.getWidthDirAdj() <= Paper.HALF_LETTER.widthPt() - outer + 0.5f,
                                    "'" + text + "' inside the margins on page " + (page + 1) + " at x " + x);
                            assertTrue(t.getYDirAdj() < Paper.HALF_LETTER.heightPt() - STYLE.marginBottom() + 1,
                                    "'" + text + "' above the bottom margin on page " + (page + 1));
                        }
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(p + 1);
                stripper.setEndPage(p + 1);
                String text = stripper.getText(doc);
                for (String line : text.split("\n")) {
                    var first = java.util.regex.Pattern.compile("Name(\\d+) · AA").matcher(line);
                    if (first.find()) {
                        firstPage.put(first.group(1), p);
                    }
                    var where = java.util.regex.Pattern.compile("Where(\\d+)\\b").matcher(line);
                    if (where.find()) {
                        wherePage.put(where.group(1), p);
                    }
                }
            }
            assertEquals(entries, firstPage.size(), "every meeting's first line");
            assertEquals(firstPage, wherePage, "each meeting's two paragraphs on the same page");
            assertEquals(firstPage.get("0"), part.anchors().get("o-0"));
            assertEquals(firstPage.get(String.valueOf(entries - 1)), part.anchors().get("o-" + (entries - 1)));
            assertEquals(firstPage.get(String.valueOf(entries / 2)), part.anchors().get("s-2"), "a section's page is its first meeting's");
        }
    }

    @Test
    void taggedAsSectionsHeadingsAndParagraphsWithEveryMarkedContentInTheParentTree() throws IOException {
        int entries = 40;
        try (PdfWriter.Part part = new ListPainter(STYLE, Paper.A5).paint(listing(entries)); PDDocument doc = part.doc()) {
            COSDictionary root = doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            COSDictionary document = (COSDictionary) deref(root.getDictionaryObject(COSName.K));
            assertEquals("Document", document.getCOSName(COSName.S).getName());
            COSArray sections = (COSArray) document.getDictionaryObject(COSName.K);
            assertEquals(2, sections.size(), "a Sect a day");
            Map<String, Integer> counts = new HashMap<>();
            count(document, counts);
            assertEquals(2, counts.get("Sect"));
            assertEquals(2, counts.get("H2"));
            assertEquals(1, counts.get("H3"));
            assertEquals(entries, counts.get("Div"));
            assertEquals(2 * entries, counts.get("P"));

            // Each page's parent-tree entry lists, by MCID, the element its marked content belongs to.
            COSArray nums = (COSArray) ((COSDictionary) root.getDictionaryObject(COSName.PARENT_TREE)).getDictionaryObject(COSName.NUMS);
            int marked = 0;
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                int key = doc.getPage(p).getCOSObject().getInt(COSName.STRUCT_PARENTS);
                assertEquals(p, key);
                COSArray parents = (COSArray) deref(nums.get(2 * p + 1));
                for (int mcid = 0; mcid < parents.size(); mcid++) {
                    COSDictionary element = (COSDictionary) deref(parents.get(mcid));
                    assertEquals(mcid, element.getInt(COSName.K), "MCID " + mcid + " on page " + (p + 1));
                    assertEquals(doc.getPage(p).getCOSObject(), deref(element.getDictionaryObject(COSName.PG)));
                    marked++;
                }
            }
            assertEquals(2 + 1 + 2 * entries, marked, "headings and paragraphs, nothing else, as content");
            assertEquals(List.of("Monday", "Tuesday"), outline(doc));
        }
    }

    @Test
    void anIndexLineWrapsUnderItsHangingIndent() throws IOException {
        String longName = "A very long meeting name that will not fit on one line of a half-letter page at all";
        List<ListPainter.Block> blocks = List.of(new ListPainter.IndexHead("index", "Meetings by name", "Every meeting, A to Z."),
                new ListPainter.IndexLine(longName + " · 4, 5"), new ListPainter.IndexLine("Short · 6"));
        try (PdfWriter.Part part = new ListPainter(STYLE, Paper.HALF_LETTER).paint(blocks); PDDocument doc = part.doc()) {
            List<float[]> starts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    starts.add(new float[] {positions.get(0).getXDirAdj(), positions.get(0).getYDirAdj()});
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(doc);
            assertTrue(text.startsWith("Meetings by name\nEvery meeting, A to Z.\nA very long"), text);
            assertTrue(text.contains("Short · 6"), text);
            // heading, intro, the long line's two lines, the short line
            assertEquals(5, starts.size(), text);
            float size = STYLE.indexEm() * STYLE.size();
            assertEquals(starts.get(2)[0] + 1.5f * size, starts.get(3)[0], 0.5f, "the second line hangs by 1.5em");
            assertEquals(starts.get(2)[0], starts.get(4)[0], 0.5f, "the next name starts at the margin");
            assertEquals(0, part.anchors().get("index"));
        }
    }

    @Test
    void aCharacterTheFontLacksIsShownAsMissingNotAFailure() throws IOException {
        List<ListPainter.Block> blocks = List.of(new ListPainter.Section("s-1", "Monday 平安"),
                new ListPainter.Entry("o-1", List.of(ListPainter.Run.bold("7:00 PM Peace\t平安 🙂")), List.of(ListPainter.Run.regular("Hall"))));
        try (PdfWriter.Part part = new ListPainter(STYLE, Paper.HALF_LETTER).paint(blocks); PDDocument doc = part.doc()) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Monday \uFFFD\uFFFD"), text);
            assertTrue(text.contains("7:00 PM Peace \uFFFD\uFFFD \uFFFD"), "a tab is a space, each missing glyph a replacement: " + text);
        }
    }

    private static void count(COSDictionary element, Map<String, Integer> counts) {
        counts.merge(element.getCOSName(COSName.S).getName(), 1, Integer::sum);
        if (element.getDictionaryObject(COSName.K) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (deref(kids.get(i)) instanceof COSDictionary kid) {
                    count(kid, counts);
                }
            }
        }
    }

    private static List<String> outline(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
        return titles;
    }

    private static COSBase deref(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }
}
