package org.meetbook.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Draws the two long, uniform lists of a schedule — the meetings and the index of their
 * names — straight onto PDF pages, tagged for PDF/UA, as one part of a {@link BookRenderer}
 * document. Everything else (cover, legend, contents, back cover, the guide) is HTML laid out by
 * openhtmltopdf; these lists were most of a long schedule's layout time there (half a
 * millisecond of CPU per meeting, a third of it tagging), and they need nothing a browser
 * engine offers: paragraphs of words in two faces, wrapped, kept whole on a page, with rules
 * and bars.
 *
 * <p>What it draws follows the look of the theme's print stylesheet (the sample entry on the
 * "how to read" page is HTML with the same measurements, {@code .sample.m} in schedule.css):
 * {@link Style} holds those measurements, for the standard and the large-print edition.
 * Tags: a Sect per day (or region), its heading H2, subheadings H3, each meeting a Div of two
 * P; the index is an H2, a P of introduction, and a P per name. Rules, bars and boxes are
 * artifacts.
 */
final class ListPainter {

    private static final float IN = 72f;

    /** Measurements, in points or in ems of the type size, as the print stylesheets give them. */
    record Style(float size, float lineHeight, float entryPadTop, float entryPadBottom, float entryIndentEm,
                 float ruleWidth, float ruleGray, float headEm, float headPadV, float headPadH,
                 float subEm, float subLineHeight, float subRule, float markerEm, float markerSpacingEm,
                 float indexHeadEm, float indexEm, float indexLineHeight, float introLineHeight,
                 float marginTop, float marginBottom, float marginInner, float marginOuter) {

        /** schedule.css: the pocket schedule at {@code size} points. */
        static Style standard(float size) {
            return new Style(size, 1.25f, 2f, 2f, 1.1f, 0.4f, 0.77f, 1.45f, 3f, 6f,
                    1.1f, 1.3f, 1.2f, 0.75f, 0.05f,
                    1.45f, 0.9f, 1.25f, 1.3f,
                    0.62f * IN, 0.6f * IN, 0.625f * IN, 0.5f * IN);
        }

        /** large-print.css on top of schedule.css. */
        static Style largePrint(float size) {
            return new Style(size, 1.35f, 6f, 7f, 1.1f, 1f, 0.33f, 1.3f, 4f, 8f,
                    1.1f, 1.45f, 2f, 1f, 0f,
                    1.2f, 1f, 1.25f, 1.45f,
                    0.7f * IN, 0.65f * IN, 0.55f * IN, 0.45f * IN);
        }
    }

    /** Text in one face: regular, bold, or an attendance marker (boxed capitals; inverted if closed). */
    record Run(String text, Face face) {
        static Run regular(String text) {
            return new Run(text, Face.REGULAR);
        }

        static Run bold(String text) {
            return new Run(text, Face.BOLD);
        }
    }

    enum Face { REGULAR, BOLD, MARKER, MARKER_INVERTED }

    /** What the lists are made of, in reading order. */
    sealed interface Block permits Section, Subhead, Entry, IndexHead, IndexLine {}

    /** Starts a day (or region): its heading in a dark bar, a bookmark, kept with what follows. */
    record Section(String id, String name) implements Block {}

    /** A region within a day, or a day within a region: a ruled heading, kept with what follows. */
    record Subhead(String name) implements Block {}

    /** A meeting: two paragraphs, the first hanging; never split across pages. */
    record Entry(String id, List<Run> first, List<Run> second) implements Block {}

    /** The index's heading and introduction, with its bookmark. */
    record IndexHead(String id, String title, String intro) implements Block {}

    /** A name in the index and its pages. */
    record IndexLine(String text) implements Block {}

    private final Style style;
    private final Paper paper;

    ListPainter(Style style, Paper paper) {
        this.style = style;
        this.paper = paper;
    }

    /** Lays out and draws {@code blocks} as a part of its own; the caller closes it. */
    PdfWriter.Part paint(List<Block> blocks) throws IOException {
        PDDocument doc = new PDDocument();
        PDDocument fontHome = new PDDocument();
        boolean ok = false;
        try {
            Painter p = new Painter(doc, new Faces(fontHome));
            p.paint(blocks);
            ok = true;
            return new PdfWriter.Part(doc, doc.getNumberOfPages(), p.anchors, p.faces.used(), fontHome,
                    style.marginInner() - style.marginOuter());
        } finally {
            if (!ok) {
                doc.close();
                fontHome.close();
            }
        }
    }

    /** A face's font with the widths and codes of the characters drawn so far. */
    private static final class Metrics {
        final PDFont font;
        final float ascent;
        final float descent;
        private final Map<Integer, Float> widths = new HashMap<>();
        private final Map<Integer, byte[]> codes = new HashMap<>();

        Metrics(PDFont font) {
            this.font = font;
            this.ascent = font.getFontDescriptor().getAscent() / 1000f;
            this.descent = -font.getFontDescriptor().getDescent() / 1000f;
        }

        /** Advance of {@code text} at 1 pt. */
        float width(String text) throws IOException {
            float w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                Float known = widths.get(cp);
                if (known == null) {
                    known = font.getStringWidth(new String(Character.toChars(drawable(cp)))) / 1000f;
                    widths.put(cp, known);
                }
                w += known;
            }
            return w;
        }

        /** The text as a hex string of glyph codes; every character joins the font's subset. */
        void hex(String text, StringBuilder out) throws IOException {
            out.append('<');
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                byte[] code = codes.get(cp);
                if (code == null) {
                    int shown = drawable(cp);
                    code = font.encode(new String(Character.toChars(shown)));
                    font.addToSubset(shown);
                    codes.put(cp, code);
                }
                for (byte b : code) {
                    out.append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
                }
            }
            out.append('>');
        }

        private final Map<Integer, Integer> drawable = new HashMap<>();

        /**
         * {@code cp}, or the replacement character when the font has no glyph for it (DejaVu
         * covers Latin, Greek, Cyrillic, Arabic and Hebrew, not Chinese or emoji): the PDF
         * shows that something is missing rather than the build failing.
         */
        int drawable(int cp) {
            return drawable.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return c;
                } catch (IllegalArgumentException | IOException noGlyph) {
                    return REPLACEMENT;
                }
            });
        }

        private static final int REPLACEMENT = 0xFFFD;
        private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    }

    /** The two faces, each loaded when first used: a font with no glyphs cannot be subset. */
    private static final class Faces {
        private final PDDocument home;
        private Metrics regular;
        private Metrics bold;

        Faces(PDDocument home) {
            this.home = home;
        }

        Metrics of(Face face) throws IOException {
            return face == Face.REGULAR ? regular() : bold();
        }

        Metrics regular() throws IOException {
            if (regular == null) {
                regular = new Metrics(PdfWriter.loadFont(home, "DejaVuSans.ttf"));
            }
            return regular;
        }

        Metrics bold() throws IOException {
            if (bold == null) {
                bold = new Metrics(PdfWriter.loadFont(home, "DejaVuSans-Bold.ttf"));
            }
            return bold;
        }

        List<PDFont> used() {
            List<PDFont> out = new ArrayList<>();
            if (regular != null) {
                out.add(regular.font);
            }
            if (bold != null) {
                out.add(bold.font);
            }
            return out;
        }

        /** The page resources: the faces loaded so far (every page's resources name both once loaded). */
        void addTo(PDResources resources) {
            if (regular != null) {
                resources.put(F_REGULAR, regular.font);
            }
            if (bold != null) {
                resources.put(F_BOLD, bold.font);
            }
        }
    }

    /** A piece of a line: text in a face, at an x offset from the line's start. */
    private record Piece(String text, Face face, float x, float width) {}

    /** One laid-out line. */
    private record Line(List<Piece> pieces, float indent) {}

    /** The state of one part being drawn. */
    private final class Painter {
        final PDDocument doc;
        final Faces faces;
        final Map<String, Integer> anchors = new LinkedHashMap<>();
        final COSDictionary treeRoot;
        final COSDictionary document;
        final COSArray documentKids = new COSArray();
        final COSArray parentTree = new COSArray();
        final PDDocumentOutline outline = new PDDocumentOutline();
        COSDictionary section;
        COSArray sectionKids;

        PDPage page;
        COSArray pageParents;
        StringBuilder content;
        float y;
        float left;
        float width;

        Painter(PDDocument doc, Faces faces) {
            this.doc = doc;
            this.faces = faces;
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            doc.getDocumentCatalog().setStructureTreeRoot(root);
            treeRoot = root.getCOSObject();
            document = element("Document", treeRoot);
            document.setItem(COSName.K, documentKids);
            treeRoot.setItem(COSName.K, document);
        }

        void paint(List<Block> blocks) throws IOException {
            newPage();
            for (int i = 0; i < blocks.size(); ) {
                // what stays together: headings with the next entry, an entry on its own
                int end = i;
                while (end < blocks.size() && !(blocks.get(end) instanceof Entry || blocks.get(end) instanceof IndexLine)) {
                    end++;
                }
                end = Math.min(blocks.size(), end + 1);
                List<Block> keep = blocks.subList(i, end);
                List<Laid> laid = new ArrayList<>(keep.size());
                float height = 0;
                for (Block b : keep) {
                    Laid l = lay(b);
                    laid.add(l);
                    height += l.height();
                }
                // a new page if it does not fit (one taller than a page goes on a page of its own)
                boolean atTop = y >= top() - 0.01f;
                float needed = atTop ? height - laid.get(0).topMargin() : height;
                if (y - needed < style.marginBottom() && !atTop) {
                    newPage();
                }
                for (int k = 0; k < keep.size(); k++) {
                    draw(keep.get(k), laid.get(k));
                }
                i = end;
            }
            finishPage();
            COSArray nums = new COSArray();
            for (int i = 0; i < parentTree.size(); i++) {
                nums.add(COSInteger.get(i));
                nums.add(parentTree.get(i));
            }
            COSDictionary tree = new COSDictionary();
            tree.setItem(COSName.NUMS, nums);
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            root.setParentTree(new PDNumberTreeNode(tree, COSDictionary.class));
            root.setParentTreeNextKey(parentTree.size());
            if (outline.hasChildren()) {
                doc.getDocumentCatalog().setDocumentOutline(outline);
            }
        }

        float top() {
            return paper.heightPt() - style.marginTop();
        }

        void newPage() throws IOException {
            if (page != null) {
                finishPage();
            }
            page = new PDPage(new PDRectangle(paper.widthPt(), paper.heightPt()));
            doc.addPage(page);
            // A part starts on a right-hand page, as openhtmltopdf's parts do: the inner margin
            // is on the left of odd pages.
            boolean right = doc.getNumberOfPages() % 2 == 1;
            left = right ? style.marginInner() : style.marginOuter();
            width = paper.widthPt() - style.marginInner() - style.marginOuter();
            y = top();
            pageParents = new COSArray();
            content = new StringBuilder(8192);
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, parentTree.size());
            parentTree.add(pageParents);
            content.append("0.067 g\n"); // the text colour, #111
        }

        void finishPage() throws IOException {
            PDResources resources = new PDResources();
            faces.addTo(resources);
            page.setResources(resources);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
        }

        // ---- measuring ----

        /** A block's lines and height; topMargin is the part of the height dropped at a page's top. */
        record Laid(List<Line> first, List<Line> second, float height, float topMargin) {}

        Laid lay(Block b) throws IOException {
            float s = style.size();
            if (b instanceof Section sec) {
                return new Laid(List.of(), List.of(), 2 * style.headPadV() + 1.2f * style.headEm() * s, 0);
            }
            if (b instanceof Subhead sub) {
                float margin = 8f;
                return new Laid(List.of(), List.of(),
                        margin + 3f + style.subLineHeight() * style.subEm() * s + style.subRule(), margin);
            }
            if (b instanceof Entry e) {
                float indent = style.entryIndentEm() * s;
                List<Line> a = wrap(e.first(), s, 0, indent);
                List<Line> c = wrap(e.second(), s, indent, indent);
                float lh = style.lineHeight() * s;
                return new Laid(a, c, style.entryPadTop() + (a.size() + c.size()) * lh + style.entryPadBottom()
                        + style.ruleWidth(), 0);
            }
            if (b instanceof IndexHead h) {
                List<Line> intro = wrap(List.of(Run.regular(h.intro())), style.indexEm() * s, 0, 0);
                float head = style.introLineHeight() * style.indexHeadEm() * s + 3f + 2f + 4f;
                return new Laid(List.of(), intro, head + intro.size() * style.introLineHeight() * style.indexEm() * s + 6f, 0);
            }
            if (b instanceof IndexLine l) {
                float size = style.indexEm() * s;
                float hang = 1.5f * size;
                List<Line> lines = wrap(List.of(Run.regular(l.text())), size, 0, hang);
                return new Laid(lines, List.of(), lines.size() * style.indexLineHeight() * size, 0);
            }
            throw new IllegalArgumentException(String.valueOf(b));
        }

        /**
         * Runs wrapped to the column: breaks at spaces (a word too long for a line is broken
         * where it must), the first line at {@code firstIndent}, the others at {@code indent}.
         */
        List<Line> wrap(List<Run> runs, float size, float firstIndent, float indent) throws IOException {
            Lines out = new Lines(firstIndent, indent);
            for (Run run : runs) {
                if (run.face() == Face.MARKER || run.face() == Face.MARKER_INVERTED) {
                    float w = markerWidth(run.text(), size);
                    out.breakUnlessFits(w);
                    out.add(run.text(), run.face(), out.pendingSpace, w);
                    continue;
                }
                Metrics m = faces.of(run.face());
                String text = spaced(run.text());
                int i = 0;
                while (i < text.length()) {
                    if (text.charAt(i) == ' ') {
                        out.pendingSpace += m.width(" ") * size;
                        i++;
                        continue;
                    }
                    int end = text.indexOf(' ', i);
                    if (end < 0) {
                        end = text.length();
                    }
                    String word = text.substring(i, end);
                    float w = m.width(word) * size;
                    out.breakUnlessFits(w);
                    while (out.indent + w > width && word.length() > 1) {
                        // longer than a whole line: as much as fits, then the rest on the next
                        int cut = word.length() - 1;
                        while (cut > 1 && out.indent + m.width(word.substring(0, cut)) * size > width) {
                            cut--;
                        }
                        String head = word.substring(0, cut);
                        out.add(head, run.face(), out.pendingSpace, m.width(head) * size);
                        out.newLine();
                        word = word.substring(cut);
                        w = m.width(word) * size;
                    }
                    // a space between two words is drawn with the word after it, so that text
                    // extraction sees it
                    boolean spaced = out.pendingSpace > 0 && !out.line.isEmpty();
                    out.add(spaced ? " " + word : word, run.face(), spaced ? 0 : out.pendingSpace,
                            spaced ? out.pendingSpace + w : w);
                    i = end;
                }
            }
            return out.finish();
        }

        /** Lines being filled: the current one, where it starts and how far it has got. */
        private final class Lines {
            final List<Line> done = new ArrayList<>();
            List<Piece> line = new ArrayList<>();
            float indent;
            final float nextIndent;
            float x;
            float pendingSpace;

            Lines(float firstIndent, float nextIndent) {
                this.indent = firstIndent;
                this.nextIndent = nextIndent;
            }

            /** Starts a new line unless a piece {@code w} wide (after the pending space) fits on this one. */
            void breakUnlessFits(float w) {
                if (!line.isEmpty() && indent + x + pendingSpace + w > width) {
                    newLine();
                }
            }

            void newLine() {
                done.add(new Line(line, indent));
                line = new ArrayList<>();
                indent = nextIndent;
                x = 0;
                pendingSpace = 0;
            }

            /** A piece {@code gap} after the end of the line so far; the pending space is used up. */
            void add(String text, Face face, float gap, float w) {
                line.add(new Piece(text, face, x + gap, w));
                x += gap + w;
                pendingSpace = 0;
            }

            List<Line> finish() {
                if (!line.isEmpty()) {
                    done.add(new Line(line, indent));
                }
                return done;
            }
        }

        /** Tabs, line breaks and other spaces as plain spaces: lines break only where this does. */
        String spaced(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)) && c != '\u00a0') {
                    StringBuilder out = new StringBuilder(text.length());
                    text.codePoints().forEach(cp -> out.appendCodePoint(
                            cp != 0xA0 && (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) ? ' ' : cp));
                    return out.toString();
                }
            }
            return text;
        }

        float markerWidth(String text, float size) throws IOException {
            float s = style.markerEm() * size;
            return faces.bold().width(text) * s + style.markerSpacingEm() * s * text.length() + 2 * 2f + 2 * 0.6f;
        }

        // ---- drawing ----

        void draw(Block b, Laid l) throws IOException {
            float s = style.size();
            if (y >= top() - 0.01f) {
                y += l.topMargin(); // margins are dropped at the top of a page
            }
            if (b instanceof Section sec) {
                section = element("Sect", document);
                sectionKids = new COSArray();
                section.setItem(COSName.K, sectionKids);
                documentKids.add(section);
                anchors.putIfAbsent(sec.id(), doc.getNumberOfPages() - 1);
                bookmark(sec.name());
                float h = l.height();
                artifact();
                content.append("0.11 g ");
                rect(left, y - h, width, h);
                content.append("f EMC\n");
                float size = style.headEm() * s;
                float baseline = baseline(y - style.headPadV(), 1.2f * size, faces.bold(), size);
                COSDictionary h2 = element("H2", section);
                sectionKids.add(h2);
                content.append("1 g ");
                heading(h2, sec.name(), left + style.headPadH(), baseline, size,
                        0.02f * size);
                content.append("0.067 g\n");
                y -= h;
            } else if (b instanceof Subhead sub) {
                float size = style.subEm() * s;
                float lh = style.subLineHeight() * size;
                float top = y - l.topMargin() - 2f;
                COSDictionary h3 = element("H3", container());
                kids().add(h3);
                heading(h3, sub.name(), left, baseline(top, lh, faces.bold(), size), size, 0);
                float ruleY = top - lh - 1f - style.subRule() / 2;
                rule(ruleY, style.subRule(), 0.067f);
                y = ruleY - style.subRule() / 2;
            } else if (b instanceof Entry e) {
                anchors.putIfAbsent(e.id(), doc.getNumberOfPages() - 1);
                COSDictionary div = element("Div", container());
                COSArray divKids = new COSArray();
                div.setItem(COSName.K, divKids);
                kids().add(div);
                float lh = style.lineHeight() * s;
                float top = y - style.entryPadTop();
                top = paragraph(div, divKids, l.first(), top, lh, s);
                top = paragraph(div, divKids, l.second(), top, lh, s);
                float ruleY = top - style.entryPadBottom() - style.ruleWidth() / 2;
                rule(ruleY, style.ruleWidth(), style.ruleGray());
                y -= l.height();
            } else if (b instanceof IndexHead h) {
                anchors.putIfAbsent(h.id(), doc.getNumberOfPages() - 1);
                bookmark(h.title());
                float size = style.indexHeadEm() * s;
                float lh = style.introLineHeight() * size;
                COSDictionary h2 = element("H2", document);
                documentKids.add(h2);
                heading(h2, h.title(), left, baseline(y, lh, faces.bold(), size), size, 0);
                float ruleY = y - lh - 3f - 1f;
                rule(ruleY, 2f, 0.067f);
                float top = ruleY - 1f - 4f;
                float introSize = style.indexEm() * s;
                float introLh = style.introLineHeight() * introSize;
                top = paragraph(document, documentKids, l.second(), top, introLh, introSize);
                y = top - 6f;
            } else if (b instanceof IndexLine line) {
                float size = style.indexEm() * s;
                paragraph(document, documentKids, l.first(), y, style.indexLineHeight() * size, size);
                y -= l.height();
            }
        }

        /** The element headings and entries go into: the current section, or the document. */
        COSDictionary container() {
            return section == null ? document : section;
        }

        COSArray kids() {
            return section == null ? documentKids : sectionKids;
        }

        /** Draws wrapped lines as one P under {@code parent}; returns the y below them. */
        float paragraph(COSDictionary parent, COSArray kids, List<Line> lines, float top, float lh, float size)
                throws IOException {
            if (lines.isEmpty()) {
                return top;
            }
            COSDictionary p = element("P", parent);
            kids.add(p);
            int mcid = pageParents.size();
            pageParents.add(p);
            p.setItem(COSName.PG, page);
            p.setInt(COSName.K, mcid);
            // the markers' boxes first, as an artifact: an inverted one is filled under its text
            StringBuilder boxes = new StringBuilder();
            float lineTop = top;
            for (Line line : lines) {
                markerBoxes(line, left + line.indent(), baseline(lineTop, lh, faces.regular(), size), size, boxes);
                lineTop -= lh;
            }
            if (!boxes.isEmpty()) {
                artifact();
                content.append(boxes).append("0.067 g EMC\n");
            }
            content.append("/P <</MCID ").append(mcid).append(">> BDC\n");
            for (Line line : lines) {
                drawLine(line, left + line.indent(), baseline(top, lh, faces.regular(), size), size);
                top -= lh;
            }
            content.append("EMC\n");
            return top;
        }

        /** The baseline of a line box of height {@code lh} whose top is {@code top} (CSS half-leading). */
        float baseline(float top, float lh, Metrics m, float size) {
            float glyphs = (m.ascent + m.descent) * size;
            return top - (lh - glyphs) / 2 - m.ascent * size;
        }

        /** The boxes of a line's attendance markers. */
        void markerBoxes(Line line, float x0, float baseline, float size, StringBuilder out) throws IOException {
            for (Piece p : line.pieces()) {
                if (p.face() == Face.MARKER || p.face() == Face.MARKER_INVERTED) {
                    float s = style.markerEm() * size;
                    Metrics bold = faces.bold();
                    out.append("0.6 w 0.067 G 0.067 g ");
                    appendRect(out, x0 + p.x() + 0.3f, baseline - bold.descent * s - 0.3f, p.width() - 0.6f,
                            (bold.ascent + bold.descent) * s + 0.6f);
                    out.append(p.face() == Face.MARKER_INVERTED ? "B\n" : "S\n");
                }
            }
        }

        void drawLine(Line line, float x0, float baseline, float size) throws IOException {
            for (Piece p : line.pieces()) {
                if (p.face() == Face.MARKER || p.face() == Face.MARKER_INVERTED) {
                    float s = style.markerEm() * size;
                    boolean inverted = p.face() == Face.MARKER_INVERTED;
                    if (inverted) {
                        content.append("1 g ");
                    }
                    content.append("BT /").append(F_BOLD.getName()).append(' ').append(num(s)).append(" Tf ");
                    if (style.markerSpacingEm() > 0) {
                        content.append(num(style.markerSpacingEm() * s)).append(" Tc ");
                    }
                    content.append("1 0 0 1 ").append(num(x0 + p.x() + 0.6f + 2f)).append(' ').append(num(baseline)).append(" Tm ");
                    faces.bold().hex(p.text(), content);
                    content.append(" Tj 0 Tc ET\n");
                    if (inverted) {
                        content.append("0.067 g ");
                    }
                    continue;
                }
                COSName font = p.face() == Face.REGULAR ? F_REGULAR : F_BOLD;
                content.append("BT /").append(font.getName()).append(' ').append(num(size)).append(" Tf 1 0 0 1 ")
                        .append(num(x0 + p.x())).append(' ').append(num(baseline)).append(" Tm ");
                faces.of(p.face()).hex(p.text(), content);
                content.append(" Tj ET\n");
            }
        }

        /** One line of heading text, bold, as the marked content of {@code element}. */
        void heading(COSDictionary element, String text, float x, float baseline, float size, float spacing)
                throws IOException {
            int mcid = pageParents.size();
            pageParents.add(element);
            element.setItem(COSName.PG, page);
            element.setInt(COSName.K, mcid);
            content.append('/').append(element.getCOSName(COSName.S).getName()).append(" <</MCID ").append(mcid)
                    .append(">> BDC BT /").append(F_BOLD.getName()).append(' ').append(num(size)).append(" Tf ");
            if (spacing > 0) {
                content.append(num(spacing)).append(" Tc ");
            }
            content.append("1 0 0 1 ").append(num(x)).append(' ').append(num(baseline)).append(" Tm ");
            faces.bold().hex(text, content);
            content.append(" Tj 0 Tc ET EMC\n");
        }

        void rule(float yCentre, float thickness, float gray) {
            artifact();
            content.append(num(gray)).append(" g ");
            rect(left, yCentre - thickness / 2, width, thickness);
            content.append("f 0.067 g EMC\n");
        }

        void artifact() {
            content.append("/Artifact BMC ");
        }

        void rect(float x, float y0, float w, float h) {
            appendRect(content, x, y0, w, h);
        }

        void bookmark(String title) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(title);
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(page);
            dest.setLeft(0);
            dest.setTop(Math.round(y + 6));
            item.setDestination(dest);
            outline.addLast(item);
        }
    }

    private static final COSName F_REGULAR = COSName.getPDFName("F1");
    private static final COSName F_BOLD = COSName.getPDFName("F2");

    /** A structure element of type {@code type} under {@code parent}. */
    private static COSDictionary element(String type, COSDictionary parent) {
        COSDictionary e = new COSDictionary();
        e.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        e.setItem(COSName.S, COSName.getPDFName(type));
        e.setItem(COSName.P, parent);
        return e;
    }

    private static void appendRect(StringBuilder out, float x, float y, float w, float h) {
        out.append(num(x)).append(' ').append(num(y)).append(' ').append(num(w)).append(' ').append(num(h)).append(" re ");
    }

    /** A coordinate with two decimals, the way content streams want it (no exponent, no locale). */
    static String num(float v) {
        long hundredths = Math.round(v * 100.0);
        boolean negative = hundredths < 0;
        long a = Math.abs(hundredths);
        long whole = a / 100;
        long frac = a % 100;
        StringBuilder s = new StringBuilder(12);
        if (negative) {
            s.append('-');
        }
        s.append(whole);
        if (frac != 0) {
            s.append('.').append((char) ('0' + frac / 10));
            if (frac % 10 != 0) {
                s.append((char) ('0' + frac % 10));
            }
        }
        return s.toString();
    }

    /** For tests and the document ID: the blocks as plain text, one line each. */
    static String describe(Style style, List<Block> blocks) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s%n", style));
        for (Block b : blocks) {
            out.append(b).append('\n');
        }
        return out.toString();
    }
}
