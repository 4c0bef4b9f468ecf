package org.meetbook.print;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Saddle-stitch imposition: the pages of a reading-order PDF, two up on landscape sheets, in
 * the order that, printed on both sides (flip on the short edge), folded in half and stapled
 * on the fold, reads as a booklet. Half-letter pages go on US letter, A5 pages on A4.
 *
 * <p>With N pages (a multiple of 4; the reading-order PDF is already padded), sheet s
 * (0-based) carries pages N−2s (left) and 2s+1 (right) on its front, 2s+2 (left) and N−2s−1
 * (right) on its back, 1-based. Imposed pages are for printing: they lose the tags, and the
 * reading-order PDF stays the accessible one.
 */
public final class Booklet {

    private Booklet() {}

    /** The logical pages (1-based) on side {@code side} (0 front, 1 back) of sheet {@code s}: {left, right}. */
    public static int[] pagesOn(int sheet, int side, int pages) {
        if (pages % 4 != 0) {
            throw new IllegalArgumentException("a booklet needs a multiple of 4 pages, not " + pages);
        }
        return side == 0
                ? new int[] {pages - 2 * sheet, 2 * sheet + 1}
                : new int[] {2 * sheet + 2, pages - 2 * sheet - 1};
    }

    /** Imposes a saved reading-order PDF (see {@link #impose(PDDocument, Paper, String, LocalDate, byte[])}). */
    public static byte[] impose(byte[] readingOrder, Paper paper, String title, LocalDate date, byte[] id)
            throws IOException {
        try (PDDocument source = Loader.loadPDF(readingOrder)) {
            return impose(source, paper, title, date, id);
        }
    }

    /**
     * Imposes {@code source} (a multiple of 4 pages, all the same size) as a booklet on sheets of
     * {@code paper}'s sheet size, each page centred in its half of the sheet: each page becomes a
     * form XObject (PDFBox's LayerUtility), placed with a translation matrix.
     */
    public static byte[] impose(PDDocument source, Paper paper, String title, LocalDate date, byte[] id)
            throws IOException {
        try (PDDocument booklet = new PDDocument()) {
            int n = source.getNumberOfPages();
            PDRectangle page = source.getPage(0).getMediaBox();
            float w = page.getWidth();
            float h = page.getHeight();
            PDRectangle sheet = new PDRectangle(Math.max(2 * w, paper.sheetWidthPt()), Math.max(h, paper.sheetHeightPt()));
            float dx = (sheet.getWidth() / 2 - w) / 2;
            float dy = (sheet.getHeight() - h) / 2;
            LayerUtility layers = new LayerUtility(booklet);
            List<PDFormXObject> forms = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                forms.add(layers.importPageAsForm(source, i));
            }
            for (int s = 0; s < n / 4; s++) {
                for (int side = 0; side < 2; side++) {
                    int[] lr = pagesOn(s, side, n);
                    PDPage out = new PDPage(sheet);
                    booklet.addPage(out);
                    try (PDPageContentStream cs = new PDPageContentStream(booklet, out)) {
                        place(cs, forms.get(lr[0] - 1), source.getPage(lr[0] - 1), dx, dy);
                        place(cs, forms.get(lr[1] - 1), source.getPage(lr[1] - 1), sheet.getWidth() / 2 + dx, dy);
                    }
                }
            }
            PDDocumentInformation info = booklet.getDocumentInformation();
            info.setTitle(title);
            return PdfWriter.save(booklet, date, id);
        }
    }

    /** Draws a page's form with its lower-left corner at (x, y) of the sheet. */
    private static void place(PDPageContentStream cs, PDFormXObject form, PDPage from, float x, float y)
            throws IOException {
        PDRectangle box = from.getMediaBox();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x - box.getLowerLeftX(), y - box.getLowerLeftY()));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }
}
