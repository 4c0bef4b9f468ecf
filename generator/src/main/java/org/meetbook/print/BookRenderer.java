package org.meetbook.print;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.meetbook.parallel.Parallel;

/**
 * Renders a printed document in parts and puts it together: the parts are laid out by
 * openhtmltopdf independently, two at a time, then merged with PDFBox (tags, bookmarks and
 * all), padded with notes pages before the back cover, and page-numbered.
 *
 * <p>Why parts: a long listing rendered in one pass is slow, and a cold JVM spends as much time
 * compiling as rendering, so the day sections render on two threads. Page numbers cannot come
 * from CSS across parts ({@code counter(page)} restarts in every part), so they are stamped
 * after the merge, and the contents and the index are rendered once the sections' page
 * numbers are known: the front matter's page count is taken from a first render with
 * placeholder numbers, then it is rendered again with the real ones.
 */
public final class BookRenderer {

    /** The id of the back cover's first element. */
    public static final String BACK_ID = "contact";
    private static final Pattern BACK = Pattern.compile("^" + BACK_ID + "$");

    /** Where page numbers are looked up: every element id starting with these. */
    public static final Pattern ANCHORS = Pattern.compile("^(s|o|g)-.*");

    /** Render threads: 2 (this machine's cores), or the system property meetbook.print.threads. */
    private static final int THREADS = Math.max(1, Integer.getInteger("meetbook.print.threads", 2));
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, new ThreadFactory() {
        private int n;

        @Override
        public synchronized Thread newThread(Runnable r) {
            Thread t = new Thread(r, "meetbook-print-" + (++n));
            t.setDaemon(true);
            return t;
        }
    });

    /** What a document is made of. Page numbers given to it are 1-based, counted from the cover. */
    public interface Source {
        /** Cover and front matter; {@code pageOf} gives an anchor's page (0 while unknown). */
        String front(PageNumbers pageOf);

        /**
         * The body, in parts, each made on the render threads, side by side. Anchors: ids
         * matching {@link #ANCHORS}.
         */
        List<Maker> sections();

        /**
         * What follows the body, as one or more HTML documents: the index of the body's anchors
         * (if any), then the back cover, which starts at the element with id {@value #BACK_ID} in
         * the last one. Notes pages go before it. A long index may come in up to {@code parts}
         * parts, laid out side by side; each starts a new page. Each is made on the render
         * threads.
         */
        List<Maker> tail(PageNumbers pageOf, int parts);

        /**
         * Work for the tail that needs no page numbers (sorting the index), done on a render
         * thread while the sections are laid out, before {@link #tail} is called.
         */
        default void prepareTail() {}

        URI base();

        LocalDate date();

        /** In-memory files the HTML refers to as {@code mem:name}. */
        Map<String, byte[]> resources();

        /** The heading of a padding page ("Notes"). */
        String notesTitle();

        /**
         * The running head of every page (index 0 is page 1), or null for none; called once the
         * pages of all anchors are known.
         */
        default String[] runningHeads(int pages, PageNumbers pageOf) {
            return new String[pages];
        }

        /** The size of the stamped page numbers and running heads, in points. */
        default float pageNumberSize() {
            return 8f;
        }
    }

    /** A part and what it was made from (its HTML, or a description of what was drawn): that feeds the document ID. */
    public record Made(String text, PdfWriter.Part part) {}

    /** Makes a part on a render thread: HTML laid out by openhtmltopdf, or pages drawn directly. */
    @FunctionalInterface
    public interface Maker {
        Made make(PdfWriter writer, Source source, Pattern anchors) throws IOException;

        /** A part laid out from the HTML {@code html} makes, by openhtmltopdf. */
        static Maker html(Supplier<String> html) {
            return (writer, source, anchors) -> {
                String made = html.get();
                return new Made(made, writer.renderPart(made, source.base(), source.resources(), anchors));
            };
        }
    }

    /** Page numbers of anchors; 0 for one not (yet) known. */
    public interface PageNumbers {
        int of(String anchor);

        /** The first page of the index. */
        int index();
    }

    private final PdfWriter writer;

    public BookRenderer(PdfWriter writer) {
        this.writer = writer;
    }

    /** The laid-out parts of a document, before padding: {@link #pages()} says how long it is. */
    public final class Laid {
        private final Source source;
        private final PdfWriter.Part front;
        private final List<PdfWriter.Part> sections;
        private final List<PdfWriter.Part> tail;
        private final Map<String, Integer> pageOf;
        private final byte[] id;
        private final PageNumbers numbers;

        Laid(Source source, PdfWriter.Part front, List<PdfWriter.Part> sections, List<PdfWriter.Part> tail,
             Map<String, Integer> pageOf, byte[] id) {
            this.id = id;
            this.numbers = numbers(pageOf, 0);
            this.source = source;
            this.front = front;
            this.sections = sections;
            this.tail = tail;
            this.pageOf = pageOf;
        }

        /** Pages with content, cover to back cover. */
        public int pages() {
            int n = front.pages();
            for (PdfWriter.Part p : body()) {
                n += p.pages();
            }
            return n;
        }

        /** Every part after the front, in order. */
        private List<PdfWriter.Part> body() {
            List<PdfWriter.Part> all = new ArrayList<>(sections);
            all.addAll(tail);
            return all;
        }

        /** The page of every anchor, 1-based from the cover. */
        public Map<String, Integer> pageOf() {
            return pageOf;
        }

        /**
         * The finished PDF of exactly {@code total} pages (at least {@link #pages()}): notes
         * pages go before the back cover, every page but the covers gets its number. Also
         * imposes it as a booklet on {@code paper} when that is not null. Closes the parts.
         */
        public Finished finish(int total, Paper paper, String bookletTitle) throws IOException {
            if (total < pages()) {
                throw new IllegalArgumentException(total + " < " + pages());
            }
            String hex = java.util.HexFormat.of().formatHex(id);
            // Every font is subset before anything is saved: the parts' fonts on their render
            // threads, the page furniture's here. No save subsets any (see PdfWriter.Part), so
            // the booklet can copy the finished book and both be saved at once.
            try (PDDocument book = adopt(front.doc()); PDDocument furnitureHome = new PDDocument()) {
                for (PdfWriter.Part p : body()) {
                    int first = book.getNumberOfPages() + 1;
                    appendTagged(book, p.doc());
                    if (first % 2 == 0 && p.gutterShift() != 0) {
                        mirrorMargins(book, first, p.pages(), p.gutterShift());
                    }
                }
                PdfWriter.Part last = tail.get(tail.size() - 1);
                Integer back = last.anchors().get(BACK_ID);
                if (back == null) {
                    throw new IOException("the document's tail has no element with id '" + BACK_ID + "' (the back cover)");
                }
                PDPage backCover = book.getPage(book.getNumberOfPages() - last.pages() + back);
                PDRectangle size = book.getPage(0).getMediaBox();
                Furniture furniture = Furniture.of(furnitureHome);
                for (int i = pages(); i < total; i++) {
                    notesPage(book, furnitureHome, backCover, size, furniture.bold(), source.notesTitle(),
                            Math.max(14f, source.pageNumberSize()));
                }
                int count = book.getNumberOfPages();
                String[] heads = source.runningHeads(count, numbers);
                for (int i = 2; i < count; i++) {
                    stamp(furnitureHome, book.getPage(i - 1), furniture, i, i - 1 < heads.length ? heads[i - 1] : null,
                            source.pageNumberSize());
                }
                furniture.subset();
                if (paper == null) {
                    return new Finished(PdfWriter.save(book, source.date(), PdfWriter.digest(hex + "\n" + total)), null);
                }
                // Imposed from the book in memory (parsing the saved PDF again took longer than
                // laying it out), into a document that shares nothing with it: the two are saved
                // side by side.
                PDDocument imposed = Booklet.impose(book, paper, bookletTitle);
                Future<byte[]> booklet = POOL.submit(() -> {
                    try (imposed) {
                        return PdfWriter.save(imposed, source.date(), PdfWriter.digest("booklet\n" + hex + "\n" + total));
                    }
                });
                byte[] pdf;
                try {
                    pdf = PdfWriter.save(book, source.date(), PdfWriter.digest(hex + "\n" + total));
                } finally {
                    get(booklet); // never close the book while the booklet is still being written
                }
                return new Finished(pdf, get(booklet));
            } finally {
                close();
            }
        }

        /** The reading-order PDF only. */
        public byte[] finish(int total) throws IOException {
            return finish(total, null, null).pdf();
        }

        /** Releases the parts (a layout that is not finished, such as a page-count trial). */
        public void close() throws IOException {
            front.close();
            for (PdfWriter.Part p : body()) {
                p.close();
            }
        }
    }

    /** A finished document: the reading-order PDF, and its booklet (or null). */
    public record Finished(byte[] pdf, byte[] booklet) {}

    /**
     * Mirrors the margins of {@code count} pages from page {@code first} (1-based, an even page:
     * a left-hand one). The part was laid out with its first page on the right, the wider inner
     * margin on the left: here its first page is on the left, its second on the right, and so
     * on. Each page's media box moves {@code shift} points right (its content shows that much
     * further left) or, on the next page, left. Laying the part out again would cost what the
     * part cost; the page numbers stamped later centre on the moved box.
     */
    private static void mirrorMargins(PDDocument book, int first, int count, float shift) {
        for (int i = 0; i < count; i++) {
            PDPage page = book.getPage(first - 1 + i);
            PDRectangle box = page.getMediaBox();
            float dx = i % 2 == 0 ? shift : -shift;
            page.setMediaBox(new PDRectangle(box.getLowerLeftX() + dx, box.getLowerLeftY(), box.getWidth(), box.getHeight()));
        }
    }

    /**
     * A new document made of {@code front}: its pages, and its catalog (language, tags,
     * bookmarks, metadata, viewer preferences) and document information. {@code front} is left
     * an empty shell, to be closed after the new document is saved.
     */
    static PDDocument adopt(PDDocument front) {
        PDDocument book = new PDDocument();
        book.setVersion(front.getVersion());
        COSDictionary catalog = book.getDocumentCatalog().getCOSObject();
        for (Map.Entry<COSName, COSBase> e : front.getDocumentCatalog().getCOSObject().entrySet()) {
            if (!COSName.PAGES.equals(e.getKey()) && !COSName.TYPE.equals(e.getKey())) {
                catalog.setItem(e.getKey(), e.getValue());
            }
        }
        book.setDocumentInformation(front.getDocumentInformation());
        List<PDPage> pages = new ArrayList<>();
        front.getPages().forEach(pages::add);
        pages.forEach(book::addPage);
        return book;
    }

    /**
     * Moves the pages of {@code src} to the end of {@code dest}, with their tags and bookmarks:
     * the structure elements join dest's structure tree, the parent-tree keys of the pages and
     * their annotations move past dest's, the bookmarks follow dest's. Nothing is copied (both
     * documents live in memory, and src is closed only after dest is saved), which is what
     * makes this much faster than PDFMergerUtility's clone of every object.
     */
    static void appendTagged(PDDocument dest, PDDocument src) throws IOException {
        PDStructureTreeRoot to = dest.getDocumentCatalog().getStructureTreeRoot();
        PDStructureTreeRoot from = src.getDocumentCatalog().getStructureTreeRoot();
        java.util.TreeMap<Integer, COSBase> toTree = new java.util.TreeMap<>();
        numbers(to.getParentTree() == null ? null : to.getParentTree().getCOSObject(), toTree);
        int offset = Math.max(to.getParentTreeNextKey(), toTree.isEmpty() ? 0 : toTree.lastKey() + 1);
        java.util.TreeMap<Integer, COSBase> fromTree = new java.util.TreeMap<>();
        if (from != null) {
            numbers(from.getParentTree() == null ? null : from.getParentTree().getCOSObject(), fromTree);
        }
        int next = offset;
        for (Map.Entry<Integer, COSBase> e : fromTree.entrySet()) {
            toTree.put(e.getKey() + offset, e.getValue());
            next = Math.max(next, e.getKey() + offset + 1);
        }
        if (from != null) {
            next = Math.max(next, offset + Math.max(0, from.getParentTreeNextKey()));
        }
        List<PDPage> pages = new ArrayList<>();
        src.getPages().forEach(pages::add);
        for (PDPage page : pages) {
            if (page.getStructParents() >= 0) {
                page.setStructParents(page.getStructParents() + offset);
            }
            for (PDAnnotation a : page.getAnnotations()) {
                if (a.getStructParent() >= 0) {
                    a.setStructParent(a.getStructParent() + offset);
                }
            }
            dest.addPage(page);
        }
        if (from != null) {
            COSArray kids = new COSArray();
            addAll(kids, to.getK());
            COSArray moved = new COSArray();
            addAll(moved, from.getK());
            for (int i = 0; i < moved.size(); i++) {
                COSBase k = moved.get(i);
                COSBase d = k instanceof COSObject o ? o.getObject() : k;
                if (d instanceof COSDictionary dict) {
                    dict.setItem(COSName.P, to);
                }
                kids.add(k);
            }
            to.setK(kids);
        }
        COSArray nums = new COSArray();
        for (Map.Entry<Integer, COSBase> e : toTree.entrySet()) {
            nums.add(COSInteger.get(e.getKey()));
            nums.add(e.getValue());
        }
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        to.setParentTree(new PDNumberTreeNode(tree, COSBase.class));
        to.setParentTreeNextKey(next);

        PDDocumentOutline outline = src.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            PDDocumentOutline target = dest.getDocumentCatalog().getDocumentOutline();
            if (target == null) {
                target = new PDDocumentOutline();
                dest.getDocumentCatalog().setDocumentOutline(target);
            }
            for (PDOutlineItem item : outline.children()) {
                PDOutlineItem copy = new PDOutlineItem();
                copy.setTitle(item.getTitle());
                if (item.getDestination() != null) {
                    copy.setDestination(item.getDestination());
                } else if (item.getAction() != null) {
                    copy.setAction(item.getAction());
                }
                target.addLast(copy);
            }
        }
    }

    private static void addAll(COSArray into, COSBase k) {
        COSBase d = k instanceof COSObject o ? o.getObject() : k;
        if (d instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                into.add(a.get(i));
            }
        } else if (k != null) {
            into.add(k);
        }
    }

    /** The entries of a number tree, kids and all. */
    private static void numbers(COSBase node, Map<Integer, COSBase> out) {
        COSBase n = node instanceof COSObject o ? o.getObject() : node;
        if (!(n instanceof COSDictionary dict)) {
            return;
        }
        if (dict.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSInteger key) {
                    out.put(key.intValue(), nums.get(i + 1));
                }
            }
        }
        if (dict.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                numbers(kids.get(i), out);
            }
        }
    }

    /**
     * Lays out {@code html} once on every render thread and throws the result away: loads the
     * classes, parses each thread's fonts and gets the layout code compiled, work a first real
     * document would otherwise wait for. Returns when done; failures are left for the real
     * layout to meet and report.
     */
    public void warmUp(String html, URI base) {
        List<Future<PdfWriter.Part>> runs = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            runs.add(POOL.submit(() -> writer.renderPart(html, base, Map.of(), null)));
        }
        for (Future<PdfWriter.Part> run : runs) {
            try {
                run.get().close();
            } catch (Exception reportedLater) {
                // the real layout meets the same problem and reports it
            }
        }
    }

    /** Lays out every part of {@code source}. */
    public Laid layout(Source source) throws IOException {
        Future<PdfWriter.Part> frontDraft = submit(source, source.front(NO_NUMBERS), null);
        List<Future<Made>> sections = new ArrayList<>();
        for (Maker maker : source.sections()) {
            sections.add(submitMoving(source, maker, ANCHORS));
        }
        // queued behind the sections: a thread that runs out of sections does it
        Future<?> tailPrepared = POOL.submit(source::prepareTail);
        PdfWriter.Part draft = get(frontDraft);
        int frontPages = draft.pages();
        draft.close();
        Map<String, Integer> pageOf = new HashMap<>();
        List<PdfWriter.Part> sectionParts = new ArrayList<>();
        List<String> sectionTexts = new ArrayList<>();
        int next = frontPages + 1;
        for (Future<Made> f : sections) {
            Made made = get(f);
            sectionTexts.add(made.text());
            PdfWriter.Part p = made.part();
            sectionParts.add(p);
            for (Map.Entry<String, Integer> e : p.anchors().entrySet()) {
                pageOf.put(e.getKey(), next + e.getValue());
            }
            next += p.pages();
        }
        int tailPage = next;
        PageNumbers numbers = new PageNumbers() {
            @Override
            public int of(String anchor) {
                return pageOf.getOrDefault(anchor, 0);
            }

            @Override
            public int index() {
                return tailPage;
            }
        };
        get(tailPrepared);
        List<Maker> tailMakers = source.tail(numbers, THREADS);
        List<Future<Made>> tail = new ArrayList<>();
        for (int i = 0; i < tailMakers.size(); i++) {
            tail.add(submitMoving(source, tailMakers.get(i), i == tailMakers.size() - 1 ? BACK : null));
        }
        String frontHtml = source.front(numbers);
        PdfWriter.Part front = get(submitMoving(source, Maker.html(() -> frontHtml), null)).part();
        if (front.pages() != frontPages) {
            throw new IOException("the front matter changed length once page numbers were filled in ("
                    + frontPages + " → " + front.pages() + " pages)");
        }
        java.security.MessageDigest md = sha256();
        md.update(source.date().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String text : sectionTexts) {
            md.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        md.update(frontHtml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<PdfWriter.Part> tailParts = new ArrayList<>();
        for (Future<Made> f : tail) {
            Made made = get(f);
            md.update(made.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            tailParts.add(made.part());
        }
        return new Laid(source, front, sectionParts, tailParts, pageOf, md.digest());
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static PageNumbers numbers(Map<String, Integer> pageOf, int indexPage) {
        return new PageNumbers() {
            @Override
            public int of(String anchor) {
                return pageOf.getOrDefault(anchor, 0);
            }

            @Override
            public int index() {
                return indexPage;
            }
        };
    }

    /** No page known yet. */
    public static final PageNumbers NO_NUMBERS = new PageNumbers() {
        @Override
        public int of(String anchor) {
            return 0;
        }

        @Override
        public int index() {
            return 0;
        }
    };

    private Future<PdfWriter.Part> submit(Source source, String html, Pattern anchors) {
        return POOL.submit(() -> writer.renderPart(html, source.base(), source.resources(), anchors));
    }

    /**
     * A part whose pages will move into the front's document: its HTML is made and laid out on
     * a render thread, and its fonts subset there, by the thread that parsed them (see
     * {@link PdfWriter#loadFont}).
     */
    private Future<Made> submitMoving(Source source, Maker maker, Pattern anchors) {
        return POOL.submit(() -> {
            Made made = maker.make(writer, source, anchors);
            made.part().subsetFonts();
            return made;
        });
    }


    /** The result of render work, with its failure as the IOException or RuntimeException it was. */
    private static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw Parallel.rethrow(e.getCause());
        }
    }

    // ---- drawing: everything here is an artifact (page furniture), outside the tag tree ----

    private static final float PT_PER_IN = 72f;

    static PDPropertyList artifact(String type, String subtype) {
        COSDictionary d = new COSDictionary();
        d.setName(COSName.TYPE, type);
        if (subtype != null) {
            d.setName(COSName.SUBTYPE, subtype);
        }
        return PDPropertyList.create(d);
    }

    /**
     * The page number, centred at the foot, and the running head (or null), centred at the top:
     * small spaced capitals, or large print as it is. One content stream of its own, appended,
     * wrapped in q/Q and setting every text parameter it relies on: it draws the same whatever
     * state the page's own stream leaves (openhtmltopdf's is balanced), which lets the booklet
     * place each stream of a page as a form of its own, copied without decoding.
     */
    private static void stamp(PDDocument home, PDPage page, Furniture furniture, int number, String head, float size)
            throws IOException {
        PDRectangle box = page.getMediaBox();
        try (PDPageContentStream cs = new PDPageContentStream(home, page, PDPageContentStream.AppendMode.APPEND, true, false)) {
            cs.saveGraphicsState();
            cs.setNonStrokingColor(0.2f, 0.2f, 0.2f);
            String text = Integer.toString(number);
            float width = furniture.regular.getStringWidth(text) / 1000f * size;
            cs.beginMarkedContent(COSName.ARTIFACT, furniture.footer);
            cs.beginText();
            cs.setFont(furniture.regular, size);
            cs.setCharacterSpacing(0);
            cs.setWordSpacing(0);
            cs.setHorizontalScaling(100);
            cs.setTextRise(0);
            cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
            cs.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2,
                    box.getLowerLeftY() + (size > 12 ? 0.22f : 0.36f) * PT_PER_IN);
            cs.showText(text);
            cs.endText();
            cs.endMarkedContent();
            if (head != null) {
                boolean large = size > 12;
                String shown = large ? head : head.toUpperCase(java.util.Locale.ROOT);
                float fontSize = large ? size : 7.5f;
                float spacing = large ? 0 : 0.75f;
                float headWidth = furniture.bold.getStringWidth(shown) / 1000f * fontSize + spacing * (shown.length() - 1);
                cs.beginMarkedContent(COSName.ARTIFACT, furniture.header);
                cs.beginText();
                cs.setFont(furniture.bold, fontSize);
                cs.setCharacterSpacing(spacing);
                cs.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - headWidth) / 2,
                        box.getUpperRightY() - (large ? 0.5f : 0.47f) * PT_PER_IN);
                cs.showText(shown);
                cs.endText();
                cs.endMarkedContent();
            }
            cs.restoreGraphicsState();
        }
    }

    /**
     * The fonts and artifact property lists of the page furniture, shared by every page. The
     * fonts and the furniture's content streams belong to {@code home}, a document that is
     * never saved: the pages refer to them, and the fonts are subset by {@link #subset()}.
     */
    private record Furniture(PDFont regular, PDFont bold, PDPropertyList footer, PDPropertyList header) {
        static Furniture of(PDDocument home) throws IOException {
            return new Furniture(PdfWriter.loadFont(home, "DejaVuSans.ttf"), PdfWriter.loadFont(home, "DejaVuSans-Bold.ttf"),
                    artifact("Pagination", "Footer"), artifact("Pagination", "Header"));
        }

        void subset() throws IOException {
            regular.subset();
            bold.subset();
        }
    }

    /** A padding page: a heading and ruled lines to write on. */
    private static void notesPage(PDDocument doc, PDDocument home, PDPage before, PDRectangle size, PDFont bold,
                                  String title, float titleSize) throws IOException {
        PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
        doc.getPages().insertBefore(page, before);
        float left = 0.55f * PT_PER_IN;
        float right = size.getWidth() - 0.55f * PT_PER_IN;
        float top = size.getHeight() - 0.75f * PT_PER_IN;
        try (PDPageContentStream cs = new PDPageContentStream(home, page, PDPageContentStream.AppendMode.OVERWRITE, true)) {
            cs.beginMarkedContent(COSName.ARTIFACT, artifact("Layout", null));
            cs.beginText();
            cs.setFont(bold, titleSize);
            cs.newLineAtOffset(left, top);
            cs.showText(title);
            cs.endText();
            cs.setStrokingColor(0.6f, 0.6f, 0.6f);
            cs.setLineWidth(0.5f);
            for (float y = top - 30; y > 0.8f * PT_PER_IN; y -= 24) {
                cs.moveTo(left, y);
                cs.lineTo(right, y);
            }
            cs.stroke();
            cs.endMarkedContent();
        }
    }

    /** The page count to pad to: a multiple of {@code multiple} at least {@code pages}. */
    public static int roundUp(int pages, int multiple) {
        return (pages + multiple - 1) / multiple * multiple;
    }
}
