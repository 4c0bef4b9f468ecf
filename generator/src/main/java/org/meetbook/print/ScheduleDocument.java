package org.meetbook.print;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.meetbook.model.Address;
import org.meetbook.model.Attendance;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.Site;
import org.meetbook.model.Slugs;
import org.meetbook.theme.Messages;
import org.meetbook.theme.Theme;

/**
 * The meeting schedule in reading order, as HTML for print, in parts (see {@link BookRenderer}):
 * the front (cover, how to read it with the legend of the types actually used, contents), one
 * section per day (or per region, as {@code site.yaml} groups it), the index of meetings by
 * name, and the back cover with the service entity's contact. The template ({@value #TEMPLATE})
 * and the stylesheets come from the theme; this class prepares everything the template shows as
 * plain, already localised text, so the template only arranges it.
 *
 * <p>Editions differ in what they are given, not in code: the large-print edition is this
 * document with another stylesheet added and a larger type size, a regional edition is this
 * document of a {@link Directory} holding that region's meetings, and the folded booklet is
 * this document's PDF, imposed.
 */
public final class ScheduleDocument implements BookRenderer.Source {

    public static final String TEMPLATE = "print/schedule.ftlh";
    /** The standard edition's stylesheet, in the theme's {@code print/} folder. */
    public static final String STYLESHEET = "schedule.css";
    public static final String LARGE_PRINT_STYLESHEET = "large-print.css";

    private final Directory directory;
    private final Theme theme;
    private final String language;
    private final Paper paper;
    private final Messages msg;
    private final Locale locale;
    private final DateTimeFormatter clock;
    private final List<String> stylesheets;
    private final double typeSize;
    private final String kicker;
    private final String titleOverride;
    private final List<SectionData> sections;
    /** The meeting name of every listing entry's anchor, in listing order. */
    private final Map<String, String> anchorNames = new LinkedHashMap<>();
    /** The section of every listing entry's anchor, in listing order. */
    private final Map<String, SectionData> anchorSections = new LinkedHashMap<>();
    private List<IndexName> indexNames;
    /** The directory's days with meetings and its occurrences: sorted once, not per use. */
    private final List<Directory.DayGroup> days;
    private final int occurrenceCount;

    public ScheduleDocument(Directory directory, Theme theme, String language) {
        this(directory, theme, language, List.of(STYLESHEET), directory.site().print().typeSize(), null, null);
    }

    /**
     * @param stylesheets files in the theme's {@code print/} folder, in order
     * @param typeSize the listing's type size in points
     * @param kicker the line above the title on the cover, or null for "Meeting schedule"
     * @param title the PDF's title, or null for "<site>: meeting schedule"
     */
    public ScheduleDocument(Directory directory, Theme theme, String language, List<String> stylesheets,
                            double typeSize, String kicker, String title) {
        this.titleOverride = title;
        this.stylesheets = List.copyOf(stylesheets);
        this.directory = directory;
        this.theme = theme;
        this.language = language;
        this.typeSize = typeSize;
        this.paper = Paper.forSheet(directory.site().print().paper());
        this.msg = theme.messages(language);
        this.locale = Locale.forLanguageTag(language);
        this.clock = DateTimeFormatter.ofPattern(msg.get("common.timeFormat"), locale);
        this.kicker = kicker == null ? msg.get("print.cover.kicker") : kicker;
        this.days = directory.byDay();
        this.occurrenceCount = days.stream().mapToInt(d -> d.occurrences().size()).sum();
        this.sections = buildSections();
    }

    // ---- what the template and the painter are given ----

    /** One meeting as printed. Null fields are left out. */
    public record Entry(String id, String when, String name, String fellowship, String attendance,
                        String attendanceLabel, String venue, String street, String phone, String types,
                        String region) {}

    /** Meetings under an optional subheading (a region within a day, a day within a region). */
    public record Group(String name, List<Entry> entries) {}

    /** A section of the listing: heading, running head for continuation pages, its meetings. */
    public record Section(String id, String name, String continued, List<Group> groups, boolean subheads) {}

    private record SectionData(String key, String name, List<GroupData> groups) {}

    private record GroupData(String name, List<Directory.Occurrence> occurrences) {}

    /** A legend line: a code and what it means. */
    public record LegendItem(String code, String name) {}

    /** A link as printed: the text people read and the target a PDF viewer opens. */
    public record Link(String text, String href) {}

    /** A line of the contents or the index: what, and on which page(s). */
    public record Line(String name, String pages) {}

    public Paper paper() {
        return paper;
    }

    public String language() {
        return language;
    }

    /** The PDF's title: "Cedarvale Recovery Meetings: meeting schedule". */
    public String title() {
        return titleOverride != null ? titleOverride : msg.get("print.schedule.title", directory.site().title());
    }

    /** Folder-relative URI the document's links (the stylesheet) resolve against. */
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

    /**
     * "Monday" on the page where Monday's heading is the first thing, "Monday, continued" on a
     * page whose top holds Monday's meetings: the section of the page's first entry.
     */
    @Override
    public String[] runningHeads(int pages, BookRenderer.PageNumbers pageOf) {
        String[] heads = new String[pages];
        anchorNames();
        for (Map.Entry<String, SectionData> e : anchorSections.entrySet()) {
            int page = pageOf.of(e.getKey());
            if (page < 1 || page > pages || heads[page - 1] != null) {
                continue;
            }
            SectionData s = e.getValue();
            heads[page - 1] = pageOf.of(sectionId(s.key())) == page ? s.name() : msg.get("print.day.continued", s.name());
        }
        return heads;
    }

    /** Large print gets large page numbers too. */
    @Override
    public float pageNumberSize() {
        return typeSize >= PrintRenderer.LARGE_PRINT_SIZE ? (float) typeSize : 8f;
    }

    @Override
    public String notesTitle() {
        return msg.get("print.notes");
    }

    @Override
    public String front(BookRenderer.PageNumbers pageOf) {
        Map<String, Object> m = common("front", title());
        Site site = directory.site();
        Site.Entity entity = site.entity();
        m.put("kicker", kicker);
        m.put("siteTitle", site.title());
        m.put("entityName", entity.name());
        m.put("entityLocation", entity.location());
        m.put("updated", updated());
        m.put("everyDay", days.size() == 7);
        m.put("dayCount", days.size());
        m.put("meetingCount", occurrenceCount);
        boolean inPerson = directory.meetings().stream().anyMatch(x -> x.attendance().inPerson());
        boolean online = directory.meetings().stream().anyMatch(x -> x.attendance().online());
        m.put("inPersonAndOnline", inPerson && online);
        m.put("sampleWhen", when(LocalTime.of(19, 0), LocalTime.of(20, 0)));
        m.put("site", site.baseUrl() == null ? null : link(site.baseUrl()));
        m.put("qr", site.baseUrl() == null ? null : PdfWriter.MEMORY_SCHEME + ":qr.png");
        m.put("types", legendTypes());
        m.put("fellowships", legendFellowships());
        m.put("attendance", legendAttendance());
        m.put("phone", phone(entity));
        List<Line> toc = new ArrayList<>();
        for (SectionData s : sections) {
            toc.add(new Line(s.name(), number(pageOf.of(sectionId(s.key())))));
        }
        toc.add(new Line(msg.get("print.index.title"), number(pageOf.index())));
        m.put("toc", toc);
        m.put("howtoIntro", msg.get("print.howto.intro." + grouping()));
        return theme.render(TEMPLATE, language, m);
    }

    /** A page number as the contents print it; "00" as the placeholder while unknown. */
    private static String number(int page) {
        return page == 0 ? "00" : Integer.toString(page);
    }

    /** Meetings per part below which sections are laid out together: a part has a fixed cost. */
    static final int MEETINGS_PER_PART = 600;

    @Override
    public List<BookRenderer.Maker> sections() {
        List<Integer> sizes = new ArrayList<>();
        int total = 0;
        for (SectionData s : sections) {
            int size = 0;
            for (GroupData g : s.groups()) {
                size += g.occurrences().size();
            }
            sizes.add(size);
            total += size;
        }
        // Contiguous runs of sections of about equal size, as many as the listing is worth. The
        // entries of each run are made and drawn on the render threads.
        int parts = Math.max(1, Math.min(sections.size(), total / MEETINGS_PER_PART));
        List<BookRenderer.Maker> out = new ArrayList<>(parts);
        int from = 0;
        int done = 0;
        for (int p = 1; p <= parts; p++) {
            int first = done + 1;
            int to = from + 1;
            done += sizes.get(from);
            long goal = (long) total * p / parts;
            while (to < sections.size() - (parts - p) && (p == parts || done + sizes.get(to) <= goal)) {
                done += sizes.get(to);
                to++;
            }
            List<SectionData> run = sections.subList(from, to);
            out.add(drawn(() -> listing(sections(run, first))));
            from = to;
        }
        return out;
    }

    /** A part drawn by {@link ListPainter} in this edition's style. */
    private BookRenderer.Maker drawn(Supplier<List<ListPainter.Block>> blocks) {
        return (writer, source, anchors) -> {
            List<ListPainter.Block> made = blocks.get();
            return new BookRenderer.Made(ListPainter.describe(listStyle(), made),
                    new ListPainter(listStyle(), paper).paint(made));
        };
    }

    /** The listing's measurements: the large-print edition's when its stylesheet is on. */
    private ListPainter.Style listStyle() {
        return stylesheets.contains(LARGE_PRINT_STYLESHEET)
                ? ListPainter.Style.largePrint((float) typeSize) : ListPainter.Style.standard((float) typeSize);
    }

    /** The listing as the painter draws it: each section's heading, subheadings and meetings. */
    private List<ListPainter.Block> listing(List<Section> run) {
        List<ListPainter.Block> blocks = new ArrayList<>();
        for (Section s : run) {
            blocks.add(new ListPainter.Section(s.id(), s.name()));
            for (Group g : s.groups()) {
                if (s.subheads()) {
                    blocks.add(new ListPainter.Subhead(g.name()));
                }
                for (Entry e : g.entries()) {
                    blocks.add(block(e));
                }
            }
        }
        return blocks;
    }

    /**
     * A meeting as two paragraphs: "7:00–8:00 PM Name" in bold, then the fellowship and types;
     * then where (the attendance marker and phone first, for meetings not only in person).
     */
    private ListPainter.Entry block(Entry e) {
        List<ListPainter.Run> first = new ArrayList<>(2);
        first.add(ListPainter.Run.bold(e.when() + " " + e.name()));
        first.add(ListPainter.Run.regular(" · " + e.fellowship() + (e.types() == null ? "" : " · " + e.types())));
        List<ListPainter.Run> second = new ArrayList<>(3);
        StringBuilder where = new StringBuilder();
        if (e.attendance() != null) {
            second.add(new ListPainter.Run(e.attendanceLabel().toUpperCase(locale),
                    "temporarily_closed".equals(e.attendance()) ? ListPainter.Face.MARKER_INVERTED : ListPainter.Face.MARKER));
            if (e.phone() != null) {
                where.append(' ').append(e.phone());
            }
            if (e.venue() != null || e.street() != null || e.region() != null) {
                where.append(" · ");
            }
        }
        if (e.venue() != null) {
            where.append(e.venue());
            if (e.street() != null) {
                where.append(", ");
            }
        }
        if (e.street() != null) {
            where.append(e.street());
        }
        if (e.region() != null) {
            if (e.venue() != null || e.street() != null) {
                where.append(" · ");
            }
            where.append(e.region());
        }
        if (!where.isEmpty()) {
            second.add(ListPainter.Run.regular(where.toString()));
        }
        return new ListPainter.Entry(e.id(), first, second);
    }

    /** Sections as printed; their entries' anchors count on from "o-{@code first}". */
    private List<Section> sections(List<SectionData> run, int first) {
        List<Section> out = new ArrayList<>(run.size());
        int n = first;
        for (SectionData s : run) {
            List<Group> groups = new ArrayList<>();
            for (GroupData g : s.groups()) {
                List<Entry> entries = new ArrayList<>(g.occurrences().size());
                for (Directory.Occurrence o : g.occurrences()) {
                    entries.add(entry("o-" + n++, o.meeting()));
                }
                groups.add(new Group(g.name(), entries));
            }
            out.add(new Section(sectionId(s.key()), s.name(), msg.get("print.day.continued", s.name()), groups,
                    groups.size() > 1 || groups.get(0).name() != null));
        }
        return out;
    }

    /** Index lines below which the index is laid out in one part. */
    static final int INDEX_LINES_PER_PART = 1500;

    /**
     * The index of meetings by name, then the back cover. A long index comes in up to
     * {@code parts} parts laid out side by side, split where the first letter changes so that
     * the page break between them falls between letters.
     */
    /** Sorts the index's names: it needs no page numbers, so it is done beside the sections. */
    @Override
    public void prepareTail() {
        indexNames();
    }

    @Override
    public List<BookRenderer.Maker> tail(BookRenderer.PageNumbers pageOf, int parts) {
        List<IndexName> names = indexNames();
        List<BookRenderer.Maker> out = new ArrayList<>();
        if (!names.isEmpty()) {
            List<List<IndexName>> split = splitIndex(names, IndexName::name,
                    Math.max(1, Math.min(parts, names.size() / INDEX_LINES_PER_PART)));
            for (int i = 0; i < split.size(); i++) {
                List<IndexName> run = split.get(i);
                boolean first = i == 0;
                out.add(drawn(() -> {
                    List<ListPainter.Block> blocks = new ArrayList<>(run.size() + 1);
                    if (first) {
                        blocks.add(new ListPainter.IndexHead("index", msg.get("print.index.title"), msg.get("print.index.intro")));
                    }
                    for (Line l : indexLines(run, pageOf)) {
                        blocks.add(new ListPainter.IndexLine(l.name() + " · " + l.pages()));
                    }
                    return blocks;
                }));
            }
        }
        out.add(BookRenderer.Maker.html(() -> back()));
        return out;
    }

    /** Index names with the pages of their entries: "Serenity" on "12, 45". */
    private static List<Line> indexLines(List<IndexName> names, BookRenderer.PageNumbers pageOf) {
        List<Line> lines = new ArrayList<>(names.size());
        for (IndexName n : names) {
            java.util.SortedSet<Integer> pages = new java.util.TreeSet<>();
            for (String anchor : n.anchors()) {
                pages.add(pageOf.of(anchor));
            }
            StringBuilder shown = new StringBuilder();
            for (int page : pages) {
                shown.append(shown.isEmpty() ? "" : ", ").append(page);
            }
            lines.add(new Line(n.name(), shown.toString()));
        }
        return lines;
    }

    /** The back cover, with the service entity's contact. */
    private String back() {
        Map<String, Object> m = common("back", title());
        Site site = directory.site();
        Site.Entity entity = site.entity();
        m.put("siteTitle", site.title());
        m.put("entityName", entity.name());
        m.put("updated", updated());
        m.put("site", site.baseUrl() == null ? null : link(site.baseUrl()));
        m.put("phone", phone(entity));
        m.put("email", entity.email() == null ? null : new Link(entity.email(), "mailto:" + entity.email()));
        m.put("website", entity.websiteUrl() != null ? link(entity.websiteUrl())
                : site.baseUrl() != null ? link(site.baseUrl()) : null);
        return theme.render(TEMPLATE, language, m);
    }

    /** A name in the index and the anchors of its listing entries. */
    private record IndexName(String name, List<String> anchors) {}

    /** Every meeting name in the language's alphabetical order, sorted once per document. */
    private List<IndexName> indexNames() {
        if (indexNames == null) {
            java.text.Collator collator = java.text.Collator.getInstance(locale);
            Map<String, List<String>> anchorsByName = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : anchorNames().entrySet()) {
                anchorsByName.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
            }
            // Collation keys: comparing them is cheap, comparing the strings is not.
            List<java.text.CollationKey> keys = new ArrayList<>(anchorsByName.size());
            for (String name : anchorsByName.keySet()) {
                keys.add(collator.getCollationKey(name));
            }
            keys.sort(null);
            List<IndexName> names = new ArrayList<>(keys.size());
            for (java.text.CollationKey k : keys) {
                names.add(new IndexName(k.getSourceString(), anchorsByName.get(k.getSourceString())));
            }
            indexNames = names;
        }
        return indexNames;
    }

    /**
     * {@code lines} in {@code parts} runs of about equal length, each ending where the next
     * name starts with another letter (or at the nearest such place).
     */
    static <T> List<List<T>> splitIndex(List<T> lines, java.util.function.Function<T, String> name, int parts) {
        List<List<T>> out = new ArrayList<>(parts);
        int from = 0;
        for (int p = 1; p < parts; p++) {
            int goal = (int) ((long) lines.size() * p / parts);
            int cut = -1;
            for (int d = 0; d < lines.size() / (2 * parts) && cut < 0; d++) {
                for (int at : new int[] {goal + d, goal - d}) {
                    if (at > from && at < lines.size()
                            && !sameInitial(name.apply(lines.get(at - 1)), name.apply(lines.get(at)))) {
                        cut = at;
                        break;
                    }
                }
            }
            if (cut < 0) {
                cut = Math.max(from + 1, goal);
            }
            out.add(lines.subList(from, cut));
            from = cut;
        }
        out.add(lines.subList(from, lines.size()));
        return out;
    }

    private static boolean sameInitial(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && Character.toUpperCase(a.charAt(0)) == Character.toUpperCase(b.charAt(0));
    }

    private Map<String, Object> common(String part, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("part", part);
        m.put("title", title);
        m.put("stylesheets", stylesheets);
        m.put("pageWidth", paper.cssWidth());
        m.put("pageHeight", paper.cssHeight());
        return m;
    }

    private Link phone(Site.Entity entity) {
        return entity.phone() == null ? null
                : new Link(entity.phone(), "tel:" + entity.phone().replaceAll("[^0-9+]", ""));
    }

    /** "November 2026" in the document's language: the month as a word, the year as digits. */
    private String updated() {
        LocalDate d = directory.site().updated();
        String month = DateTimeFormatter.ofPattern("LLLL", locale).format(d);
        return msg.get("print.cover.updated", month, String.valueOf(d.getYear()));
    }

    private String grouping() {
        return directory.site().print().grouping();
    }

    /** The meeting name of every listing entry's anchor ("o-12"), in listing order. */
    Map<String, String> anchorNames() {
        if (anchorNames.isEmpty()) {
            int n = 0;
            for (SectionData s : sections) {
                for (GroupData g : s.groups()) {
                    for (Directory.Occurrence o : g.occurrences()) {
                        anchorNames.put("o-" + (++n), o.meeting().name());
                        anchorSections.put("o-" + n, s);
                    }
                }
            }
        }
        return anchorNames;
    }

    /** Sections and groups as site.yaml's grouping and online settings ask. */
    private List<SectionData> buildSections() {
        Site.Print print = directory.site().print();
        boolean onlineSection = "section".equals(print.online());
        List<Meeting> listed = new ArrayList<>();
        List<Meeting> online = new ArrayList<>();
        for (Meeting m : directory.meetings()) {
            (onlineSection && m.attendance() == Attendance.ONLINE ? online : listed).add(m);
        }
        List<Directory.DayGroup> listedDays = listed.size() == directory.meetings().size() ? days : directory.byDay(listed);
        List<SectionData> out = new ArrayList<>();
        switch (print.grouping()) {
            case "region-day" -> {
                Map<String, List<Meeting>> byRegion = new java.util.TreeMap<>(java.text.Collator.getInstance(locale));
                List<Meeting> noRegion = new ArrayList<>();
                for (Meeting m : listed) {
                    if (m.region() == null) {
                        noRegion.add(m);
                    } else {
                        byRegion.computeIfAbsent(m.region(), r -> new ArrayList<>()).add(m);
                    }
                }
                byRegion.forEach((r, list) -> out.add(new SectionData("r-" + Slugs.of(r), r, dayGroups(list))));
                if (!noRegion.isEmpty()) {
                    out.add(new SectionData("r-other", msg.get("print.region.none"), dayGroups(noRegion)));
                }
            }
            case "day-region" -> {
                for (Directory.DayGroup d : listedDays) {
                    Map<String, List<Directory.Occurrence>> byRegion =
                            new java.util.TreeMap<>(java.text.Collator.getInstance(locale));
                    List<Directory.Occurrence> noRegion = new ArrayList<>();
                    for (Directory.Occurrence o : d.occurrences()) {
                        if (o.meeting().region() == null) {
                            noRegion.add(o);
                        } else {
                            byRegion.computeIfAbsent(o.meeting().region(), r -> new ArrayList<>()).add(o);
                        }
                    }
                    List<GroupData> groups = new ArrayList<>();
                    byRegion.forEach((r, list) -> groups.add(new GroupData(r, list)));
                    if (!noRegion.isEmpty()) {
                        groups.add(new GroupData(msg.get("print.region.none"), noRegion));
                    }
                    out.add(new SectionData(d.day().key(), d.day().displayName(language), groups));
                }
            }
            default -> {
                for (Directory.DayGroup d : listedDays) {
                    out.add(new SectionData(d.day().key(), d.day().displayName(language),
                            List.of(new GroupData(null, d.occurrences()))));
                }
            }
        }
        if (!online.isEmpty()) {
            out.add(new SectionData("online", msg.get("print.section.online"), dayGroups(online)));
        }
        return out;
    }

    private List<GroupData> dayGroups(List<Meeting> meetings) {
        List<GroupData> groups = new ArrayList<>();
        for (Directory.DayGroup d : directory.byDay(meetings)) {
            groups.add(new GroupData(d.day().displayName(language), d.occurrences()));
        }
        return groups;
    }

    /** The anchor of a section, for bookmarks and the contents list. */
    static String sectionId(String key) {
        return "s-" + key;
    }

    /** Days keep their old anchor name. */
    static String dayId(String dayKey) {
        return sectionId(dayKey);
    }

    private Entry entry(String id, Meeting m) {
        Attendance a = m.attendance();
        Meeting.Place place = m.place();
        Address address = place.address();
        boolean showPlace = a != Attendance.ONLINE;
        String venue = showPlace ? place.location() : null;
        String street = showPlace && address != null ? street(address) : null;
        if (venue != null && venue.equals(street)) {
            street = null;
        }
        boolean byRegion = !"day".equals(grouping());
        return new Entry(
                id,
                when(m.time(), m.effectiveEndTime()),
                m.name(),
                m.fellowship(),
                a == Attendance.IN_PERSON ? null : a.key(),
                a == Attendance.IN_PERSON ? null : msg.get("attendance." + a.key()),
                venue,
                street,
                a.online() ? phone(m.online()) : null,
                m.types().isEmpty() ? null : String.join(" ", m.types()),
                byRegion ? null : m.region());
    }

    private String time(LocalTime t) {
        return clock.format(t);
    }

    /**
     * "7:00–8:00 PM", "11:30 PM–12:30 AM", "19:00–20:00": the start and end, with what follows
     * the last digit (AM or PM in the language's words) said once when both share it.
     */
    String when(LocalTime start, LocalTime end) {
        String from = time(start);
        String to = time(end);
        String fromSuffix = afterLastDigit(from);
        if (!fromSuffix.isEmpty() && fromSuffix.equals(afterLastDigit(to))) {
            from = from.substring(0, from.length() - fromSuffix.length());
        }
        return msg.get("print.meeting.when", from, to);
    }

    private static String afterLastDigit(String time) {
        int i = time.length();
        while (i > 0 && !Character.isDigit(time.charAt(i - 1))) {
            i--;
        }
        return time.substring(i);
    }

    /** "412 Larkspur Avenue, Cedarvale": the street line and the town. */
    private static String street(Address a) {
        String first = a.firstLine();
        String city = a.city();
        if (city == null) {
            String rest = a.locality();
            int comma = rest.indexOf(',');
            city = comma < 0 ? rest : rest.substring(0, comma).trim();
        }
        if (city == null || city.isBlank() || first.equals(city)) {
            return first;
        }
        return first + ", " + city;
    }

    /** "Phone +1 555-555-0123, then 83100201#": the number to dial, then what to key in. */
    private String phone(Meeting.Online online) {
        String p = online.conferencePhone();
        if (p == null) {
            return null;
        }
        int comma = p.indexOf(',');
        if (comma < 0) {
            return msg.get("print.meeting.phone", readablePhone(p));
        }
        String number = readablePhone(p.substring(0, comma));
        String code = p.substring(comma).replaceAll("^[,\\s]+", "").replaceAll(",+", " ").trim();
        return code.isEmpty() ? msg.get("print.meeting.phone", number)
                : msg.get("print.meeting.phoneCode", number, code);
    }

    /**
     * A number as people dial it from paper. North American numbers written as bare digits
     * ("+15555550123", the form one-tap dialling needs) are grouped: "+1 555-555-0123". Anything
     * else is printed as the content wrote it.
     */
    static String readablePhone(String number) {
        String n = number.trim();
        String digits = n.replaceAll("[\\s().-]", "");
        if (digits.matches("\\+1\\d{10}")) {
            return "+1 " + digits.substring(2, 5) + "-" + digits.substring(5, 8) + "-" + digits.substring(8);
        }
        return n;
    }

    private List<LegendItem> legendTypes() {
        List<LegendItem> items = new ArrayList<>();
        for (String code : directory.typesInUse()) {
            items.add(new LegendItem(code, directory.types().name(code, language)));
        }
        return items;
    }

    private List<LegendItem> legendFellowships() {
        List<LegendItem> items = new ArrayList<>();
        for (Directory.Group g : directory.fellowships()) {
            items.add(new LegendItem(g.key(), g.name()));
        }
        items.sort((x, y) -> x.code().compareTo(y.code()));
        return items;
    }

    private List<LegendItem> legendAttendance() {
        List<LegendItem> items = new ArrayList<>();
        for (String key : directory.attendanceModes()) {
            if (!key.equals(Attendance.IN_PERSON.key())) {
                items.add(new LegendItem(msg.get("attendance." + key),
                        msg.get("print.attendance." + key + ".explain")));
            }
        }
        return items;
    }

    private static Link link(String url) {
        return ScheduleDocumentLinks.link(url);
    }
}

