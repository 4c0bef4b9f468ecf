package org.meetbook.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.Page;
import org.meetbook.model.Site;
import org.meetbook.model.Slugs;
import org.meetbook.parallel.Parallel;
import org.meetbook.print.PrintRenderer;
import org.meetbook.publish.Renderer;
import org.meetbook.publish.SiteFiles;
import org.meetbook.publish.SiteLayout;
import org.meetbook.theme.Theme;

/**
 * The website: for every language of the site (the default one at the root, the others in a
 * folder named after their code) the meeting finder, a page per meeting, the guide, region and
 * fellowship pages; then 404.html and the theme's assets. Every link is relative, so the site
 * works from any folder; the same directory always gives the same bytes.
 */
public final class WebRenderer implements Renderer {

    static final String TEMPLATES = "web/";

    /**
     * Above this many meeting occurrences the finder is no longer one page: index.html carries
     * the filters and links to a static page per day (days/monday.html), and the script reads a
     * compact data file (finder-data.js) instead of the page. Below it, the finder page lists
     * every meeting and works without JavaScript.
     */
    public static final int FINDER_PAGE_LIMIT = 1000;

    private final int finderPageLimit;

    public WebRenderer() {
        this(FINDER_PAGE_LIMIT);
    }

    /** For tests: a smaller limit makes a small directory take the large layout. */
    WebRenderer(int finderPageLimit) {
        this.finderPageLimit = finderPageLimit;
    }

    @Override
    public String name() {
        return "web";
    }

    @Override
    public void prepare(Theme theme) {
        theme.parseTemplates("web");
    }

    @Override
    public void render(Directory directory, Theme theme, Path out) throws IOException {
        copyTree(theme.assets(), out.resolve("assets"));
        Site site = directory.site();
        for (String language : site.languages()) {
            new LanguageRun(directory, theme, out, language, finderPageLimit).run();
        }
        writeNotFound(directory, theme, out);
    }

    /** The file name for a guide page: its name when that is already URL-safe. */
    static String guideFile(Page page) {
        return (Slugs.isValid(page.name()) ? page.name() : Slugs.of(page.name())) + ".html";
    }

    /** The page that lists the PDFs of a language and says how to print a booklet. */
    static final String PRINT_PAGE = "print.html";

    /**
     * One print edition as the print page lists it: its name in words (a message key and, for a
     * region's schedule, the region), the reading-order PDF and the booklet, from the site root.
     */
    public record PrintEdition(String key, String region, String pdf, String booklet) {}

    static List<PrintEdition> printEditions(Directory directory, String language) {
        Map<String, String> regionNames = new HashMap<>();
        directory.regions().forEach(g -> regionNames.put("schedule-" + g.slug(), g.name()));
        List<PrintEdition> editions = new ArrayList<>();
        String pdf = null;
        for (PrintRenderer.Output o : PrintRenderer.outputs(directory)) {
            if (!o.language().equals(language)) {
                continue;
            }
            if (!o.booklet()) {
                pdf = o.path();
                continue;
            }
            String region = regionNames.get(o.edition());
            editions.add(new PrintEdition(region != null ? "region" : o.edition(), region, pdf, o.path()));
        }
        return editions;
    }

    /** All pages of one language. */
    private static final class LanguageRun {
        private final Directory directory;
        private final Theme theme;
        private final Path out;
        private final String language;
        private final WebHelper web;
        private final int finderPageLimit;
        private final EntryCache entries;
        private final Fragments fragments;

        LanguageRun(Directory directory, Theme theme, Path out, String language, int finderPageLimit) {
            this.finderPageLimit = finderPageLimit;
            this.directory = directory;
            this.theme = theme;
            this.out = out;
            this.language = language;
            this.web = new WebHelper(directory, language, theme.messages(language),
                    directory.occurrences().size() > finderPageLimit);
            this.entries = new EntryCache(theme, language,
                    Map.of("site", directory.site(), "directory", directory, "web", web));
            this.fragments = new Fragments(theme, language,
                    Map.of("site", directory.site(), "directory", directory, "web", web));
        }

        void run() throws IOException {
            List<Directory.DayGroup> days = directory.byDay();
            // The same test as the helper's, so links to a day agree with the pages written.
            boolean large = directory.occurrences().size() > finderPageLimit;
            write("index.html", "meetings", "index.ftlh", Map.of("days", days, "large", large));
            // The finder's data is one long serial job: made beside the day and meeting pages,
            // written once they are done.
            Parallel.Beside<String> finderData = large ? Parallel.beside("finder-data",
                    () -> FinderData.script(directory, days, web, theme.messages(language), language)) : null;
            if (large) {
                Parallel.forEach(days, day ->
                        write("days/" + day.day().key() + ".html", "meetings", "day.ftlh", Map.of("day", day, "days", days)));
            }

            Parallel.forEach(directory.meetings(), m -> {
                requireSlug(m.slug());
                write(SiteLayout.meetingPage(m.slug()), "meetings", "meeting.ftlh", Map.of("meeting", m));
            });

            List<Page> pages = directory.pages(language);
            List<String> files = pages.stream().map(WebRenderer::guideFile).toList();
            write("guide/index.html", "guide", "guide-index.ftlh", Map.of("pages", pages, "files", files));
            for (int i = 0; i < pages.size(); i++) {
                Map<String, Object> data = new HashMap<>();
                data.put("page", pages.get(i));
                data.put("pages", pages);
                data.put("files", files);
                data.put("index", i);
                write("guide/" + files.get(i), "guide", "guide-page.ftlh", data);
            }

            write(PRINT_PAGE, "print", "print.ftlh", Map.of("editions", printEditions(directory, language)));

            List<Directory.Group> regions = directory.regions();
            write("regions/index.html", "regions", "groups.ftlh", Map.of("groups", regions, "kind", "regions"));
            Parallel.forEach(largestFirst(regions), g -> writeGroup("regions", g));
            List<Directory.Group> fellowships = directory.fellowships();
            write("fellowships/index.html", "fellowships", "groups.ftlh",
                    Map.of("groups", fellowships, "kind", "fellowships"));
            Parallel.forEach(largestFirst(fellowships), g -> writeGroup("fellowships", g));
            if (finderData != null) {
                writeFile(out, SiteLayout.languageFolder(directory.site(), language) + FinderData.FILE, finderData.join());
            }
        }

        private void writeGroup(String kind, Directory.Group g) throws IOException {
            requireSlug(g.slug());
            write(kind + "/" + g.slug() + ".html", kind, "group.ftlh",
                    Map.of("group", g, "kind", kind, "days", directory.byDay(g.meetings())));
        }

        private void write(String path, String section, String template, Map<String, Object> data) throws IOException {
            Site site = directory.site();
            String file = SiteLayout.languageFolder(site, language) + path;
            String root = "../".repeat((int) file.chars().filter(c -> c == '/').count());
            List<WebPage.Alternate> alternates = new ArrayList<>();
            for (String l : site.languages()) {
                alternates.add(new WebPage.Alternate(l, WebHelper.nameOfLanguage(l),
                        root + SiteLayout.languageFolder(site, l) + path, l.equals(language)));
            }
            String home = "../".repeat((int) path.chars().filter(c -> c == '/').count());
            WebPage page = new WebPage(language, path, root, home, section, alternates);
            Map<String, Object> model = new HashMap<>(data);
            model.put("site", site);
            model.put("directory", directory);
            model.put("web", web);
            model.put("p", page);
            model.put("entries", entries);
            model.put("fragments", fragments);
            writeFile(out, file, theme.renderUtf8(TEMPLATES + template, language, model));
        }
    }

    /**
     * 404.html is served for a missing page at any depth, so relative links cannot work there:
     * with a base URL its links are absolute, without one they assume the site root. Its style
     * sheet is inlined so it looks right wherever it is served.
     */
    private static void writeNotFound(Directory directory, Theme theme, Path out) throws IOException {
        Site site = directory.site();
        String language = site.defaultLanguage();
        String root = site.baseUrlWithSlash() == null ? "" : site.baseUrlWithSlash();
        WebPage page = new WebPage(language, "404.html", root, root, "", List.of());
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("directory", directory);
        WebHelper web = new WebHelper(directory, language, theme.messages(language));
        model.put("web", web);
        model.put("p", page);
        model.put("fragments", new Fragments(theme, language, Map.of("site", site, "directory", directory, "web", web)));
        Path css = theme.assets().resolve("style.css");
        if (Files.isRegularFile(css)) {
            String style = Files.readString(css, StandardCharsets.UTF_8);
            if (style.toLowerCase(Locale.ROOT).contains("</style")) {
                throw new IllegalStateException("the theme's style.css cannot be inlined: it contains </style");
            }
            model.put("inlineStyle", style);
        }
        writeFile(out, "404.html", theme.renderUtf8(TEMPLATES + "404.ftlh", language, model));
    }

    /**
     * Groups in the order their pages are best made on several cores: the longest first, so no
     * core is left with a long page to write after the others have finished.
     */
    private static List<Directory.Group> largestFirst(List<Directory.Group> groups) {
        List<Directory.Group> sorted = new ArrayList<>(groups);
        sorted.sort(java.util.Comparator.comparingInt((Directory.Group g) -> g.meetings().size()).reversed());
        return sorted;
    }

    private static void requireSlug(String slug) {
        if (!Slugs.isValid(slug)) {
            // The checks refuse such slugs; never let one choose where a file is written.
            throw new IllegalStateException("unsafe slug reached the web renderer: " + slug);
        }
    }

    private static void writeFile(Path out, String relative, String text) throws IOException {
        writeFile(out, relative, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void writeFile(Path out, String relative, byte[] bytes) throws IOException {
        Path target = out.resolve(relative).normalize();
        if (!target.startsWith(out.normalize())) {
            throw new IllegalStateException("page path escapes the output folder: " + relative);
        }
        // Never replaces a file: two pages whose names collide (regions "St. Ann" and "St Ann")
        // fail loudly instead of one silently replacing the other.
        SiteFiles.write(target, bytes);
    }

    /** Copies the theme's assets as they are, sorted so the walk order never matters. */
    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.sorted().toList();
        }
        for (Path source : files) {
            Path target = to.resolve(from.relativize(source).toString());
            try {
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    SiteFiles.write(target, Files.readAllBytes(source));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy theme asset " + source, e);
            }
        }
    }
}
