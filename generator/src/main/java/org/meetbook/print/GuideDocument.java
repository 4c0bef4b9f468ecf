package org.meetbook.print;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.meetbook.model.Directory;
import org.meetbook.model.Page;
import org.meetbook.model.Site;
import org.meetbook.theme.Messages;
import org.meetbook.theme.Theme;

/**
 * The newcomer guide as a printed booklet: its own cover and contents, then the guide pages
 * marked {@code print: true} (in the language, or the default language standing in), each
 * starting on a new page, and the back cover with the service entity's contact. Laid out by
 * {@link BookRenderer} like the schedule.
 */
public final class GuideDocument implements BookRenderer.Source {

    public static final String TEMPLATE = "print/guide.ftlh";

    private final Directory directory;
    private final Theme theme;
    private final String language;
    private final Paper paper;
    private final Messages msg;
    private final Locale locale;
    private final List<Page> pages;

    public GuideDocument(Directory directory, Theme theme, String language) {
        this.directory = directory;
        this.theme = theme;
        this.language = language;
        this.paper = Paper.forSheet(directory.site().print().paper());
        this.msg = theme.messages(language);
        this.locale = Locale.forLanguageTag(language);
        this.pages = directory.pages(language).stream().filter(Page::print).toList();
    }

    /** A guide page as printed: anchor, title, summary, body HTML. */
    public record Chapter(String id, String title, String description, String html, String lang) {}

    /** A contents line. */
    public record Line(String name, String pages) {}

    public boolean isEmpty() {
        return pages.isEmpty();
    }

    public String title() {
        return msg.get("print.guide.title", directory.site().title());
    }

    @Override
    public URI base() {
        return theme.root().resolve("print").toAbsolutePath().normalize().toUri();
    }

    @Override
    public LocalDate date() {
        return directory.site().updated();
    }

    @Override
    public Map<String, byte[]> resources() {
        String url = directory.site().baseUrl();
        return url == null ? Map.of() : Map.of("qr.png", QrCode.png(url));
    }

    @Override
    public String notesTitle() {
        return msg.get("print.notes");
    }

    @Override
    public String front(BookRenderer.PageNumbers pageOf) {
        Map<String, Object> m = common("front");
        Site site = directory.site();
        m.put("siteTitle", site.title());
        m.put("entityName", site.entity().name());
        m.put("updated", updated());
        m.put("site", site.baseUrl() == null ? null : ScheduleDocumentLinks.link(site.baseUrl()));
        m.put("qr", site.baseUrl() == null ? null : PdfWriter.MEMORY_SCHEME + ":qr.png");
        List<Line> toc = new ArrayList<>();
        for (Page p : pages) {
            int n = pageOf.of(anchor(p));
            toc.add(new Line(p.title(), n == 0 ? "00" : Integer.toString(n)));
        }
        m.put("toc", toc);
        return theme.render(TEMPLATE, language, m);
    }

    @Override
    public List<BookRenderer.Maker> sections() {
        List<Chapter> chapters = new ArrayList<>();
        for (Page p : pages) {
            chapters.add(new Chapter(anchor(p), p.title(), p.description(), printable(p.html()),
                    p.language().equals(language) ? null : p.language()));
        }
        Map<String, Object> m = common("section");
        m.put("chapters", chapters);
        return List.of(BookRenderer.Maker.html(() -> theme.render(TEMPLATE, language, m)));
    }

    @Override
    public List<BookRenderer.Maker> tail(BookRenderer.PageNumbers pageOf, int parts) {
        Map<String, Object> m = common("back");
        Site site = directory.site();
        Site.Entity entity = site.entity();
        m.put("siteTitle", site.title());
        m.put("entityName", entity.name());
        m.put("updated", updated());
        m.put("site", site.baseUrl() == null ? null : ScheduleDocumentLinks.link(site.baseUrl()));
        m.put("phone", entity.phone() == null ? null
                : new ScheduleDocument.Link(entity.phone(), "tel:" + entity.phone().replaceAll("[^0-9+]", "")));
        m.put("email", entity.email() == null ? null
                : new ScheduleDocument.Link(entity.email(), "mailto:" + entity.email()));
        m.put("website", entity.websiteUrl() != null ? ScheduleDocumentLinks.link(entity.websiteUrl())
                : site.baseUrl() != null ? ScheduleDocumentLinks.link(site.baseUrl()) : null);
        return List.of(BookRenderer.Maker.html(() -> theme.render(TEMPLATE, language, m)));
    }

    private Map<String, Object> common(String part) {
        Map<String, Object> m = new HashMap<>();
        m.put("part", part);
        m.put("title", title());
        m.put("pageWidth", paper.cssWidth());
        m.put("pageHeight", paper.cssHeight());
        return m;
    }

    private String updated() {
        LocalDate d = directory.site().updated();
        String month = DateTimeFormatter.ofPattern("LLLL", locale).format(d);
        return msg.get("print.cover.updated", month, String.valueOf(d.getYear()));
    }

    static String anchor(Page p) {
        return "g-" + p.name();
    }

    /**
     * A page's HTML for paper: headings one level down (the page title is the h2), links to
     * other pages of the site unwrapped to their text (a relative link means nothing on paper),
     * and every remaining link titled with its text, which tagged PDF needs.
     */
    static String printable(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (int level = 5; level >= 2; level--) {
            for (Element h : doc.select("h" + level)) {
                h.tagName("h" + (level + 1));
            }
        }
        for (Element a : doc.select("a")) {
            String href = a.attr("href");
            if (!href.matches("(?i)(https?:|mailto:|tel:).*")) {
                a.unwrap();
            } else if (!a.hasAttr("title")) {
                a.attr("title", a.text());
            }
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }
}
