package org.meetbook.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.multipdf.PDFCloneUtility;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PDDocument;
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

    /**
     * Imposes {@code source} (a multiple of 4 pages, all the same size) as a booklet on sheets of
     * {@code paper}'s sheet size, each page centred in its half of the sheet. Every content
     * stream of a page becomes a form XObject placed with a translation matrix; its bytes are
     * copied as they are, still compressed, so each must draw the same on its own (a form
     * starts from the default graphics state). Fonts are copied as they are: subset
     * {@code source}'s fonts first. The result shares no object with {@code source}, so the two
     * may be saved at the same time. The caller closes the result.
     */
    public static PDDocument impose(PDDocument source, Paper paper, String title) throws IOException {
        PDDocument booklet = new PDDocument();
        boolean ok = false;
        try {
            int n = source.getNumberOfPages();
            PDRectangle page = source.getPage(0).getMediaBox();
            float w = page.getWidth();
            float h = page.getHeight();
            PDRectangle sheet = new PDRectangle(Math.max(2 * w, paper.sheetWidthPt()), Math.max(h, paper.sheetHeightPt()));
            float dx = (sheet.getWidth() / 2 - w) / 2;
            float dy = (sheet.getHeight() - h) / 2;
            Copier copier = new Copier(booklet);
            List<List<PDFormXObject>> forms = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                forms.add(copier.forms(source.getPage(i)));
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
            booklet.getDocumentInformation().setTitle(title);
            ok = true;
            return booklet;
        } finally {
            if (!ok) {
                booklet.close();
            }
        }
    }

    /** Copies pages into the booklet as forms: resources deep-copied once each, streams byte for byte. */
    private static final class Copier extends PDFCloneUtility {
        private final Map<COSDictionary, PDResources> resources = new IdentityHashMap<>();
        private final PDDocument booklet;

        Copier(PDDocument booklet) {
            super(booklet);
            this.booklet = booklet;
        }

        List<PDFormXObject> forms(PDPage page) throws IOException {
            COSDictionary pageResources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            PDResources copied = pageResources == null ? new PDResources()
                    : resources.computeIfAbsent(pageResources, r -> new PDResources(clone(r)));
            List<PDFormXObject> out = new ArrayList<>();
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            List<COSStream> streams = new ArrayList<>();
            if (contents instanceof COSStream one) {
                streams.add(one);
            } else if (contents instanceof COSArray all) {
                for (int i = 0; i < all.size(); i++) {
                    if (all.getObject(i) instanceof COSStream one) {
                        streams.add(one);
                    }
                }
            }
            for (COSStream stream : streams) {
                COSStream copy = booklet.getDocument().createCOSStream();
                for (COSName key : List.of(COSName.FILTER, COSName.DECODE_PARMS)) {
                    COSBase value = stream.getDictionaryObject(key);
                    if (value != null) {
                        copy.setItem(key, cloneForNewDocument(value));
                    }
                }
                try (InputStream in = stream.createRawInputStream(); OutputStream o = copy.createRawOutputStream()) {
                    in.transferTo(o);
                }
                PDFormXObject form = new PDFormXObject(copy);
                form.setResources(copied);
                form.setBBox(page.getMediaBox());
                out.add(form);
            }
            return out;
        }

        private COSDictionary clone(COSDictionary d) {
            try {
                return cloneForNewDocument(d);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Draws a page's forms, in order, with its lower-left corner at (x, y) of the sheet. */
    private static void place(PDPageContentStream cs, List<PDFormXObject> forms, PDPage from, float x, float y)
            throws IOException {
        PDRectangle box = from.getMediaBox();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x - box.getLowerLeftX(), y - box.getLowerLeftY()));
        for (PDFormXObject form : forms) {
            cs.drawForm(form);
        }
        cs.restoreGraphicsState();
    }
}
