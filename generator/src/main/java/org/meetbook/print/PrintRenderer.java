package org.meetbook.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.Site;
import org.meetbook.model.Slugs;
import org.meetbook.publish.Renderer;
import org.meetbook.publish.SiteLayout;
import org.meetbook.theme.Messages;
import org.meetbook.theme.Theme;

/**
 * Writes the print editions under {@code print/}, in every language of the site, each as a
 * tagged reading-order PDF and as a saddle-stitch booklet ({@code <edition>-booklet}):
 * <ul>
 *   <li>{@code schedule}: the pocket schedule, fitted to {@code print.pages} when set;</li>
 *   <li>{@code large-print}: the schedule at 18 pt, one column;</li>
 *   <li>{@code guide}: the newcomer guide, from the pages marked for print;</li>
 *   <li>{@code schedule-<region>}: one schedule per region ({@code print.regions}).</li>
 * </ul>
 * Which editions: {@code print.editions} in site.yaml. File names: {@link SiteLayout#printFile}.
 */
public final class PrintRenderer implements Renderer {

    /** The large-print edition's type size: at least 18 pt. */
    public static final double LARGE_PRINT_SIZE = 18;

    /** One file this renderer writes. */
    public record Output(String edition, String language, String path, boolean booklet) {}

    @Override
    public String name() {
        return "print";
    }

    @Override
    public boolean runsAlone() {
        return true;
    }

    /**
     * While the content loads: lays out a page like the schedule's "how to read" page (the
     * part openhtmltopdf lays out in every edition) on every render thread.
     */
    @Override
    public void prepare(Theme theme) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>warm-up</title>"
                + "<link rel=\"stylesheet\" href=\"" + ScheduleDocument.STYLESHEET + "\"></head><body>"
                + "<div class=\"howto\"><h2>How to read</h2><p>Meetings by day, then time.</p>");
        for (int i = 0; i < 12; i++) {
            html.append("<div class=\"sample m\"><p><b>7:00–8:00 PM Warm-up ").append(i)
                    .append("</b> · AA · O D</p><p><span class=\"mk\">ONLINE</span> Hall, 1 Main Street · Area</p></div>")
                    .append("<div class=\"group\"><h3>Types</h3><ul class=\"legend\"><li><span class=\"code\">O</span> Open</li>")
                    .append("<li><span class=\"code\">C</span> Closed</li></ul></div>");
        }
        html.append("</div></body></html>");
        new BookRenderer(new PdfWriter(theme.root())).warmUp(html.toString(),
                theme.root().resolve("print").toAbsolutePath().normalize().toUri());
    }

    /** The files a build writes for {@code directory}, in the order they are written. */
    public static List<Output> outputs(Directory directory) {
        Site site = directory.site();
        List<Output> out = new ArrayList<>();
        for (String language : site.languages()) {
            for (String edition : editions(directory, language)) {
                out.add(new Output(edition, language, SiteLayout.printFile(site, edition, language), false));
                out.add(new Output(edition, language, SiteLayout.printFile(site, edition + "-booklet", language), true));
            }
        }
        return out;
    }

    private static List<String> editions(Directory directory, String language) {
        Site.Print print = directory.site().print();
        List<String> names = new ArrayList<>();
        if (print.prints("schedule")) {
            names.add("schedule");
        }
        if (print.prints("large-print")) {
            names.add("large-print");
        }
        if (print.prints("guide") && directory.pages(language).stream().anyMatch(p -> p.print())) {
            names.add("guide");
        }
        if (print.prints("regions")) {
            for (Directory.Group g : regions(directory)) {
                names.add("schedule-" + g.slug());
            }
        }
        return names;
    }

    /** The regions that get their own schedule: those named in print.regions, else all. */
    static List<Directory.Group> regions(Directory directory) {
        List<String> wanted = directory.site().print().regions();
        List<Directory.Group> all = directory.regions();
        if (wanted.isEmpty()) {
            return all;
        }
        List<Directory.Group> out = new ArrayList<>();
        for (String w : wanted) {
            all.stream().filter(g -> g.name().equalsIgnoreCase(w.trim())).findFirst().ifPresentOrElse(out::add, () -> {
                throw new PrintException("site.yaml print.regions names '" + w + "', but no meeting is in that region; "
                        + "regions in use: " + String.join(", ", all.stream().map(Directory.Group::name).toList()));
            });
        }
        return out;
    }

    @Override
    public void render(Directory directory, Theme theme, Path out) throws IOException {
        render(directory, theme, out, line -> { });
    }

    /** Reports each edition as it is written: PDF editions are the long part of a build. */
    @Override
    public void render(Directory directory, Theme theme, Path out, Consumer<String> progress) throws IOException {
        PdfWriter writer = new PdfWriter(theme.root());
        BookRenderer books = new BookRenderer(writer);
        Site site = directory.site();
        Site.Print print = site.print();
        for (String language : site.languages()) {
            Messages msg = theme.messages(language);
            for (String edition : editions(directory, language)) {
                long start = System.nanoTime();
                BookRenderer.Finished pdf;
                String title;
                if (edition.equals("schedule")) {
                    ScheduleDocument standard = new ScheduleDocument(directory, theme, language);
                    title = standard.title();
                    pdf = fitted(books, size -> new ScheduleDocument(directory, theme, language,
                            List.of(ScheduleDocument.STYLESHEET), size, null, null), print, title);
                } else if (edition.equals("large-print")) {
                    title = msg.get("print.largePrint.title", site.title());
                    pdf = padded(books, new ScheduleDocument(directory, theme, language,
                            List.of(ScheduleDocument.STYLESHEET, ScheduleDocument.LARGE_PRINT_STYLESHEET),
                            LARGE_PRINT_SIZE, msg.get("print.largePrint.kicker"), title), print, title);
                } else if (edition.equals("guide")) {
                    GuideDocument guide = new GuideDocument(directory, theme, language);
                    title = guide.title();
                    pdf = padded(books, guide, print, title);
                } else {
                    Directory.Group region = regions(directory).stream()
                            .filter(g -> edition.equals("schedule-" + g.slug())).findFirst().orElseThrow();
                    Directory regional = new Directory(site, region.meetings(), directory.pages(), directory.types());
                    title = msg.get("print.region.title", site.title(), region.name());
                    String kicker = msg.get("print.region.kicker", region.name());
                    pdf = padded(books, new ScheduleDocument(regional, theme, language,
                            List.of(ScheduleDocument.STYLESHEET), print.typeSize(), kicker, title), print, title);
                }
                write(out.resolve(SiteLayout.printFile(site, edition, language)), pdf.pdf());
                write(out.resolve(SiteLayout.printFile(site, edition + "-booklet", language)), pdf.booklet());
                progress.accept(String.format(Locale.ROOT, "%s and its booklet  %5d ms",
                        SiteLayout.printFile(site, edition, language), (System.nanoTime() - start) / 1_000_000));
            }
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Lays out {@code source}, pads it to a multiple of {@code multiple_of} pages, imposes the booklet. */
    static BookRenderer.Finished padded(BookRenderer books, BookRenderer.Source source, Site.Print print, String title)
            throws IOException {
        BookRenderer.Laid laid = books.layout(source);
        return laid.finish(BookRenderer.roundUp(laid.pages(), print.multipleOf()), Paper.forSheet(print.paper()), title);
    }

    /**
     * The pocket schedule at the page count site.yaml asks for. Without {@code print.pages}: at
     * {@code type_size}, padded to {@code multiple_of}. With it: the largest type size from
     * {@code min_type_size} to {@code max_type_size} (half-point steps) at which the schedule
     * fits, padded to exactly that many pages; or a clear error when even the smallest does not fit.
     */
    static BookRenderer.Finished fitted(BookRenderer books, DoubleFunction<BookRenderer.Source> at, Site.Print print,
                                        String title) throws IOException {
        if (print.pages() == null) {
            return padded(books, at.apply(print.typeSize()), print, title);
        }
        int target = print.pages();
        double size = print.typeSize();
        BookRenderer.Laid laid = books.layout(at.apply(size));
        if (laid.pages() > target) {
            while (laid.pages() > target) {
                if (size - 0.5 < print.minTypeSize() - 1e-9) {
                    laid.close();
                    throw new PrintException(String.format(Locale.ROOT,
                            "site.yaml print.pages asks for %d pages, but the schedule needs %d even at "
                                    + "min_type_size %.1f pt; set pages to %d, lower min_type_size, or remove "
                                    + "pages to let the page count follow the meetings",
                            target, laid.pages(), size, BookRenderer.roundUp(laid.pages(), 4)));
                }
                size -= 0.5;
                laid.close();
                laid = books.layout(at.apply(size));
            }
        } else {
            while (size + 0.5 <= print.maxTypeSize() + 1e-9) {
                BookRenderer.Laid bigger = books.layout(at.apply(size + 0.5));
                if (bigger.pages() > target) {
                    bigger.close();
                    break;
                }
                size += 0.5;
                laid.close();
                laid = bigger;
            }
        }
        return laid.finish(target, Paper.forSheet(print.paper()), title);
    }

    /**
     * A print setting that cannot be met: the message names the setting and what to change. A
     * content error of site.yaml: the build exits 1 and keeps the last good site.
     */
    public static final class PrintException extends org.meetbook.publish.ContentMismatch {
        public PrintException(String message) {
            super("site.yaml", message);
        }
    }

    static boolean onlineOnly(Meeting m) {
        return m.attendance() == org.meetbook.model.Attendance.ONLINE;
    }

    static String slug(String region) {
        return Slugs.of(region);
    }
}
