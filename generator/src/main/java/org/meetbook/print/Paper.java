package org.meetbook.print;

import java.util.Locale;

/**
 * The page a printed edition is laid out on. {@code site.print.paper} names the sheet that goes
 * into the printer; the schedule's pages are half of it, so a booklet folds from that sheet:
 * letter → half-letter pages, a4 → A5 pages.
 */
public enum Paper {
    HALF_LETTER("5.5in", "8.5in", 396f, 612f, 792f, 612f),
    A5("148mm", "210mm", 419.53f, 595.28f, 841.89f, 595.28f);

    private final String cssWidth;
    private final String cssHeight;
    private final float widthPt;
    private final float heightPt;
    private final float sheetWidthPt;
    private final float sheetHeightPt;

    Paper(String cssWidth, String cssHeight, float widthPt, float heightPt, float sheetWidthPt, float sheetHeightPt) {
        this.sheetWidthPt = sheetWidthPt;
        this.sheetHeightPt = sheetHeightPt;
        this.cssWidth = cssWidth;
        this.cssHeight = cssHeight;
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    /** The page size for {@code site.print.paper}: "letter" (the default) or "a4". */
    public static Paper forSheet(String sheet) {
        String s = sheet == null ? "letter" : sheet.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "a4" -> A5;
            case "letter" -> HALF_LETTER;
            default -> throw new IllegalArgumentException("unknown paper '" + sheet + "': use letter or a4");
        };
    }

    /** For CSS {@code @page { size: … }}. */
    public String cssWidth() {
        return cssWidth;
    }

    public String cssHeight() {
        return cssHeight;
    }

    /** Page width in PDF points (1/72 in). */
    public float widthPt() {
        return widthPt;
    }

    public float heightPt() {
        return heightPt;
    }

    /** The booklet's sheet, landscape: US letter for half-letter pages, A4 for A5 pages. */
    public float sheetWidthPt() {
        return sheetWidthPt;
    }

    public float sheetHeightPt() {
        return sheetHeightPt;
    }
}
