package org.meetbook.print;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meetbook.model.Address;
import org.meetbook.model.Attendance;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.Site;
import org.meetbook.theme.Messages;
import org.meetbook.theme.Theme;

/**
 * The meeting schedule in reading order, as HTML for print: cover, how to read it (with the
 * legend of the types actually used), the meetings by day and time, and the back cover with the
 * service entity's contact. The template ({@value #TEMPLATE}) and the stylesheet
 * ({@code print/schedule.css}) come from the theme; this class prepares everything the template
 * shows as plain, already localised text, so the template only arranges it.
 *
 * <p>Editions differ in what they are given, not in code: a large-print edition is this document
 * with another stylesheet of the theme's {@code print/} folder, a regional edition is this
 * document of a {@link Directory} holding that region's meetings, and the folded booklet is this
 * document's PDF, imposed.
 */
public final class ScheduleDocument {

    public static final String TEMPLATE = "print/schedule.ftlh";
    /** The standard edition's stylesheet, in the theme's {@code print/} folder. */
    public static final String STYLESHEET = "schedule.css";

    private final Directory directory;
    private final Theme theme;
    private final String language;
    private final Paper paper;
    private final Messages msg;
    private final Locale locale;
    private final DateTimeFormatter clock;
    private final String stylesheet;

    public ScheduleDocument(Directory directory, Theme theme, String language) {
        this(directory, theme, language, STYLESHEET);
    }

    /** @param stylesheet a file in the theme's {@code print/} folder */
    public ScheduleDocument(Directory directory, Theme theme, String language, String stylesheet) {
        this.stylesheet = stylesheet;
        this.directory = directory;
        this.theme = theme;
        this.language = language;
        this.paper = Paper.forSheet(directory.site().print().paper());
        this.msg = theme.messages(language);
        this.locale = Locale.forLanguageTag(language);
        this.clock = DateTimeFormatter.ofPattern(msg.get("common.timeFormat"), locale);
    }

    // ---- what the template sees ----

    /** One meeting as printed. Null fields are left out. */
    public record Entry(String start, String end, String name, String fellowship, String attendance,
                        String attendanceLabel, String venue, String street, String phone, String types,
                        String region) {}

    /** A day of the week: heading, running head for continuation pages, its meetings. */
    public record DaySection(String id, String name, String continued, List<Entry> entries) {}

    /** A legend line: a code and what it means. */
    public record LegendItem(String code, String name) {}

    /** A link as printed: the text people read and the target a PDF viewer opens. */
    public record Link(String text, String href) {}

    public Paper paper() {
        return paper;
    }

    public String language() {
        return language;
    }

    /** The PDF's title: "Cedarvale Recovery Meetings: meeting schedule". */
    public String title() {
        return msg.get("print.schedule.title", directory.site().title());
    }

    /** Folder-relative URI the document's links (the stylesheet) resolve against. */
    public URI base() {
        return theme.root().resolve("print").toAbsolutePath().normalize().toUri();
    }

    public LocalDate date() {
        return directory.site().updated();
    }

    public String html() {
        return theme.render(TEMPLATE, language, model());
    }

    Map<String, Object> model() {
        Site site = directory.site();
        Site.Entity entity = site.entity();
        Map<String, Object> m = new HashMap<>();
        m.put("title", title());
        m.put("stylesheet", stylesheet);
        m.put("pageWidth", paper.cssWidth());
        m.put("pageHeight", paper.cssHeight());
        m.put("siteTitle", site.title());
        m.put("entityName", entity.name());
        m.put("entityLocation", entity.location());
        m.put("updated", updated());
        List<Directory.DayGroup> byDay = directory.byDay();
        m.put("days", days(byDay));
        m.put("everyDay", byDay.size() == 7);
        m.put("dayCount", byDay.size());
        m.put("meetingCount", directory.occurrences().size());
        boolean inPerson = directory.meetings().stream().anyMatch(x -> x.attendance().inPerson());
        boolean online = directory.meetings().stream().anyMatch(x -> x.attendance().online());
        m.put("inPersonAndOnline", inPerson && online);
        m.put("sampleStart", time(LocalTime.of(19, 0)));
        m.put("sampleEnd", msg.get("print.meeting.until", time(LocalTime.of(20, 0))));
        m.put("site", site.baseUrl() == null ? null : link(site.baseUrl()));
        m.put("types", legendTypes());
        m.put("fellowships", legendFellowships());
        m.put("attendance", legendAttendance());
        m.put("phone", entity.phone() == null ? null
                : new Link(entity.phone(), "tel:" + entity.phone().replaceAll("[^0-9+]", "")));
        m.put("email", entity.email() == null ? null : new Link(entity.email(), "mailto:" + entity.email()));
        m.put("website", entity.websiteUrl() != null ? link(entity.websiteUrl())
                : site.baseUrl() != null ? link(site.baseUrl()) : null);
        return m;
    }

    /** "November 2026" in the document's language: the month as a word, the year as digits. */
    private String updated() {
        LocalDate d = directory.site().updated();
        String month = DateTimeFormatter.ofPattern("LLLL", locale).format(d);
        return msg.get("print.cover.updated", month, String.valueOf(d.getYear()));
    }

    private List<DaySection> days(List<Directory.DayGroup> byDay) {
        List<DaySection> days = new ArrayList<>();
        Map<Meeting, Entry> done = new IdentityHashMap<>(); // a meeting on several days is one entry
        for (Directory.DayGroup g : byDay) {
            String name = g.day().displayName(language);
            List<Entry> entries = new ArrayList<>(g.occurrences().size());
            for (Directory.Occurrence o : g.occurrences()) {
                entries.add(done.computeIfAbsent(o.meeting(), this::entry));
            }
            days.add(new DaySection(dayId(g.day().key()), name, msg.get("print.day.continued", name),
                    List.copyOf(entries)));
        }
        return days;
    }

    /** The anchor of a day's section, for bookmarks and the contents list. */
    static String dayId(String dayKey) {
        return "day-" + dayKey;
    }

    private Entry entry(Meeting m) {
        Attendance a = m.attendance();
        Meeting.Place place = m.place();
        Address address = place.address();
        boolean showPlace = a != Attendance.ONLINE;
        String venue = showPlace ? place.location() : null;
        String street = showPlace && address != null ? street(address) : null;
        if (venue != null && venue.equals(street)) {
            street = null;
        }
        return new Entry(
                time(m.time()),
                msg.get("print.meeting.until", time(m.effectiveEndTime())),
                m.name(),
                m.fellowship(),
                a == Attendance.IN_PERSON ? null : a.key(),
                a == Attendance.IN_PERSON ? null : msg.get("attendance." + a.key()),
                venue,
                street,
                a.online() ? phone(m.online()) : null,
                m.types().isEmpty() ? null : String.join(" ", m.types()),
                m.region());
    }

    private String time(LocalTime t) {
        return clock.format(t);
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

    /** A web address as printed: without "https://" and the trailing slash. */
    private static Link link(String url) {
        String text = url.replaceFirst("^https?://", "").replaceFirst("/$", "");
        return new Link(text, url);
    }
}
