package org.meetbook.print;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.TimeZone;
import java.util.logging.Level;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PagePosition;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * HTML for print → PDF, with openhtmltopdf. Every edition (schedule, large print, guide) goes
 * through here, so these hold for all of them:
 * <ul>
 *   <li>the HTML is parsed by jsoup and handed over as a W3C DOM;</li>
 *   <li>fonts are DejaVu Sans from the jasperreports-fonts artifact, embedded as subsets; nothing
 *       is taken from the machine, and PDF/UA mode keeps the unembedded base-14 fonts out;</li>
 *   <li>nothing is fetched from the network, and only files inside {@code resourceRoot} (the
 *       theme) may be read: stylesheets and images anywhere else are refused;</li>
 *   <li>the PDF is tagged (PDF/UA) and deterministic: fixed producer, dates from the edition's
 *       date, and a document ID derived from the content, so the same HTML gives the same
 *       bytes.</li>
 * </ul>
 */
public final class PdfWriter {

    /** The font family print stylesheets use (also for {@code @page} margin boxes). */
    public static final String FONT_FAMILY = "DejaVu Sans";
    /** A narrower companion for dense listings. */
    public static final String CONDENSED_FONT_FAMILY = "DejaVu Sans Condensed";
    public static final String PRODUCER = "Meetbook";

    private static final String FONT_PACKAGE = "/net/sf/jasperreports/fonts/dejavu/";

    static {
        // openhtmltopdf reports every stylesheet and font it loads at INFO: keep warnings only.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
        // It also warns "no document description" for every part of a split render; the joined
        // PDF gets its metadata afterwards, and veraPDF's PDF/UA-1 test guards the result.
        XRLog.setLevel("com.openhtmltopdf.general", Level.SEVERE);
        // The quickest deflate level, unless the JVM was told another: compressing content
        // streams and object streams was a fifth of a long schedule's time; the files grow by
        // about 15 %.
        if (System.getProperty(Filter.SYSPROP_DEFLATELEVEL) == null) {
            System.setProperty(Filter.SYSPROP_DEFLATELEVEL, "1");
        }
    }

    private final Path resourceRoot;

    /** @param resourceRoot the only folder the document may read from (the theme) */
    public PdfWriter(Path resourceRoot) {
        this.resourceRoot = realPath(resourceRoot);
    }

    /** Writes the PDF of {@code html} to {@code file}. */
    public void write(String html, URI base, LocalDate date, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, render(html, base, date));
    }

    /**
     * Renders an HTML document to PDF bytes. Relative links resolve against {@code base}, which
     * must lie inside the resource root. {@code date} becomes the document's creation and
     * modification date.
     *
     * @throws IOException when rendering fails, or when the document refers to anything outside
     *     the resource root (a stylesheet or image on the web, or a file elsewhere): those are
     *     never read, and the theme has to be fixed
     */
    public byte[] render(String html, URI base, LocalDate date) throws IOException {
        try (Part part = renderPart(html, base, Map.of(), null)) {
            return save(part.doc(), date, digest(date + "\n" + html)); // which subsets the fonts its pages use
        }
    }

    /**
     * One part of a printed document (a cover, a day's section, an index) as an open, unsaved
     * PDF, with the page (counted from 0 within this part) of every element whose id matches
     * {@code anchors}, and the fonts it uses. The caller closes it.
     *
     * <p>{@code gutterShift}: a part is laid out as if its first page were a right-hand page,
     * with the wider, inner margin on the left. Starting on a left-hand page instead, its pages'
     * content belongs this many points further left (see {@link BookRenderer}).
     *
     * <p>The fonts belong to a document of their own ({@code fontHome}), never saved. Saving
     * {@code doc} subsets them (its pages' content streams registered them with it); pages that
     * move to another document need {@link #subsetFonts()} first, once: a subset cannot be
     * made twice.
     */
    public record Part(PDDocument doc, int pages, Map<String, Integer> anchors, List<PDFont> fonts,
                       PDDocument fontHome, float gutterShift) implements AutoCloseable {

        /** A part whose pages need no moving, wherever it starts (see {@link #gutterShift}). */
        public Part(PDDocument doc, int pages, Map<String, Integer> anchors, List<PDFont> fonts, PDDocument fontHome) {
            this(doc, pages, anchors, fonts, fontHome, 0);
        }

        /** Subsets this part's fonts; on the thread that laid the part out (see {@link PdfWriter#parsed}). */
        public void subsetFonts() throws IOException {
            for (PDFont f : fonts) {
                if (f.willBeSubset()) {
                    f.subset();
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                doc.close();
            } finally {
                fontHome.close();
            }
        }
    }

    /**
     * Renders one part. {@code resources} are in-memory files the HTML may refer to as
     * {@code mem:<name>} (a generated QR code); nothing else outside the resource root is read.
     */
    public Part renderPart(String html, URI base, Map<String, byte[]> resources, Pattern anchors) throws IOException {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, base.toString());
        org.w3c.dom.Document dom = W3CDom.convert(parsed);
        List<String> problems = new ArrayList<>();

        PDDocument doc = new PDDocument();
        PDDocument fontHome = new PDDocument();
        boolean ok = false;
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePDDocument(doc)
                    .withProducer(PRODUCER)
                    .withW3cDocument(dom, base.toString())
                    .withDiagnosticConsumer(d -> collect(d, problems));
            List<LazyFont> fonts = registerFonts(builder, fontHome);
            List<String> refused = new ArrayList<>();
            lockDown(builder, refused, resources);

            Map<String, Integer> found = new HashMap<>();
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                if (anchors != null) {
                    for (PagePosition<?> p : renderer.findPagePositionsByID(anchors)) {
                        found.putIfAbsent(p.getId(), p.getPageNo());
                    }
                }
            }
            if (!refused.isEmpty()) {
                throw new IOException("print documents may only read files inside " + resourceRoot
                        + "; refused: " + String.join(", ", refused));
            }
            if (!problems.isEmpty()) {
                throw new IOException("PDF rendering failed: " + String.join("; ", problems));
            }
            List<PDFont> used = new ArrayList<>();
            for (LazyFont f : fonts) {
                if (f.font != null) {
                    used.add(f.font);
                }
            }
            shareBackgroundArtifacts(doc);
            ok = true;
            return new Part(doc, doc.getNumberOfPages(), found, used, fontHome);
        } finally {
            if (!ok) {
                doc.close();
                fontHome.close();
            }
        }
    }

    /**
     * openhtmltopdf marks the (usually empty) background of every box as an artifact with a
     * property list of its own, bounding box and all: three quarters of a long schedule's PDF
     * objects, each held in memory, written, and copied again into the booklet. The bounding box
     * is optional, so every page's background artifacts get one shared property list instead.
     */
    static void shareBackgroundArtifacts(PDDocument doc) {
        COSDictionary shared = new COSDictionary();
        shared.setItem(COSName.TYPE, COSName.BACKGROUND);
        for (PDPage page : doc.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties == null) {
                continue;
            }
            for (COSName key : new ArrayList<>(properties.keySet())) {
                if (properties.getDictionaryObject(key) instanceof COSDictionary list
                        && COSName.BACKGROUND.equals(list.getCOSName(COSName.TYPE))) {
                    properties.setItem(key, shared);
                }
            }
        }
    }

    /**
     * Saves a finished document: creation and modification dates set to {@code date}, fixed
     * producer, and a document ID from {@code id}, so the same input gives the same bytes.
     */
    public static byte[] save(PDDocument pdf, LocalDate date, byte[] id) throws IOException {
        fixForReproducibility(pdf, date, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * 1024);
        pdf.save(out);
        return out.toByteArray();
    }

    // ---- fonts ----

    private static final String[][] FACES = {
        {"DejaVuSans.ttf", FONT_FAMILY, "400", "NORMAL"},
        {"DejaVuSans-Bold.ttf", FONT_FAMILY, "700", "NORMAL"},
        {"DejaVuSans-Oblique.ttf", FONT_FAMILY, "400", "OBLIQUE"},
        {"DejaVuSans-BoldOblique.ttf", FONT_FAMILY, "700", "OBLIQUE"},
        {"DejaVuSansCondensed.ttf", CONDENSED_FONT_FAMILY, "400", "NORMAL"},
        {"DejaVuSansCondensed-Bold.ttf", CONDENSED_FONT_FAMILY, "700", "NORMAL"},
    };

    /** Font files, read from the class path once per process. */
    private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();

    static byte[] fontBytes(String file) {
        return FONT_BYTES.computeIfAbsent(file, f -> {
            try (InputStream in = PdfWriter.class.getResourceAsStream(FONT_PACKAGE + f)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException(
                            "font " + f + " is missing from the class path (net.sf.jasperreports:jasperreports-fonts)"));
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A DejaVu face for {@code doc}: parsed from the cached bytes, embedded as a subset, with
     * glyph substitution (GSUB) off. The schedule is Latin-script text, which needs no shaping;
     * with GSUB on, PDFBox redoes the substitution work for every text run, and ligatures
     * ("fi") spoil copying and text extraction.
     */
    public static PDFont loadFont(PDDocument doc, String file) throws IOException {
        return PDType0Font.load(doc, parsed(file), true);
    }

    /**
     * Parsed faces, one set per thread: a long document is laid out in many parts, and a parsed
     * face per part filled the heap. A face is not safe for two threads at once, so each thread
     * keeps its own; parts are subset on the thread that laid them out (see
     * {@link BookRenderer}), and the whole document once the threads are idle.
     */
    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private static TrueTypeFont parsed(String file) throws IOException {
        Map<String, TrueTypeFont> faces = PARSED.get();
        TrueTypeFont ttf = faces.get(file);
        if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes(file)));
            ttf.setEnableGsub(false);
            faces.put(file, ttf);
        }
        return ttf;
    }

    /** Loads a face only when the document uses it. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final String file;
        private PDFont font;

        private LazyFont(PDDocument doc, String file) {
            super(null);
            this.doc = doc;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = loadFont(doc, file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    private static List<LazyFont> registerFonts(PdfRendererBuilder builder, PDDocument doc) {
        List<LazyFont> all = new ArrayList<>();
        for (String[] face : FACES) {
            LazyFont supplier = new LazyFont(doc, face[0]);
            all.add(supplier);
            FontStyle style = FontStyle.valueOf(face[3]);
            int weight = Integer.parseInt(face[2]);
            builder.useFont(supplier, face[1], weight, style, true);
            // CSS 'italic' and 'oblique' find the same oblique face.
            if (style == FontStyle.OBLIQUE) {
                builder.useFont(supplier, face[1], weight, FontStyle.ITALIC, true);
            }
        }
        return all;
    }

    // ---- no network, nothing outside the theme ----

    private void lockDown(PdfRendererBuilder builder, List<String> refused, Map<String, byte[]> resources) {
        FSStreamFactory refuse = url -> {
            throw new SecurityException("print documents may not fetch " + url);
        };
        builder.useHttpStreamImplementation(refuse);
        builder.useProtocolsStreamImplementation(refuse, "http", "https", "ftp", "jar", "data", "mailto", "tel");
        builder.useProtocolsStreamImplementation(this::openInsideRoot, "file");
        builder.useProtocolsStreamImplementation(uri -> memory(uri, resources), MEMORY_SCHEME);
        builder.useExternalResourceAccessControl((uri, type) -> {
            boolean ok = allowed(uri, type) || (uri != null && resources.containsKey(memoryName(uri)));
            if (!ok) {
                synchronized (refused) {
                    refused.add(uri);
                }
            }
            return ok;
        }, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    }

    /** The scheme of in-memory resources: {@code mem:qr.png}. */
    public static final String MEMORY_SCHEME = "mem";

    private static String memoryName(String uri) {
        return uri.startsWith(MEMORY_SCHEME + ":") ? uri.substring(MEMORY_SCHEME.length() + 1) : "";
    }

    private static FSStream memory(String uri, Map<String, byte[]> resources) {
        byte[] bytes = resources.get(memoryName(uri));
        if (bytes == null) {
            throw new SecurityException("no in-memory resource " + uri);
        }
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new java.io.ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return new java.io.InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    /** Only file: URIs that resolve inside the resource root. */
    boolean allowed(String uri, ExternalResourceType type) {
        return insideRoot(uri) != null;
    }

    private Path insideRoot(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            URI u = new URI(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) {
                return null;
            }
            Path p = realPath(Path.of(u));
            return p.startsWith(resourceRoot) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    private FSStream openInsideRoot(String uri) {
        Path p = insideRoot(uri);
        if (p == null) {
            throw new SecurityException("print documents may only read files inside " + resourceRoot + ": " + uri);
        }
        return new FSStream() {
            @Override
            public InputStream getStream() {
                try {
                    return Files.newInputStream(p);
                } catch (IOException e) {
                    return null;
                }
            }

            @Override
            public Reader getReader() {
                try {
                    return Files.newBufferedReader(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return null;
                }
            }
        };
    }

    private static Path realPath(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            return abs;
        }
    }

    private static void collect(Diagnostic d, List<String> problems) {
        if (d.getLevel().intValue() >= Level.SEVERE.intValue() || d.hasError()) {
            problems.add(d.getFormattedMessage());
        }
    }

    // ---- same input, same bytes ----

    private static void fixForReproducibility(PDDocument pdf, LocalDate date, byte[] id) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        when.clear();
        when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);

        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);

        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            try (InputStream in = metadata.exportXMPMetadata()) {
                XMPMetadata xmp = new DomXmpParser().parse(in.readAllBytes());
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic == null) {
                    basic = xmp.createAndAddXMPBasicSchema();
                }
                basic.setCreateDate(when);
                basic.setModifyDate(when);
                basic.setMetadataDate(when);
                basic.setCreatorTool(PRODUCER);
                ByteArrayOutputStream xml = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, xml, true);
                metadata.importXMPMetadata(xml.toByteArray());
            } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
                throw new IOException("cannot rewrite the PDF's XMP metadata", e);
            }
        }

        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** 16 bytes of SHA-256 of {@code text}: a document ID that changes exactly when the input does. */
    public static byte[] digest(String html) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return Arrays.copyOf(md.digest(html.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
