package org.meetbook.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meetbook.content.Fields;
import org.meetbook.model.Address;
import org.meetbook.model.Day;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.Slugs;
import org.meetbook.model.Values;
import org.meetbook.theme.Messages;

/**
 * Formatting and link building for the website templates of one language, so templates only
 * place values and never compute them. Templates see it as {@code web}.
 */
public final class WebHelper {

    /** A contribution handle: {@code key} is the spec's field name (venmo, square, paypal, …). */
    public record Contribution(String key, String handle) {}

    private final Directory directory;
    private final String language;
    private final Locale locale;
    private final Messages messages;
    private final DateTimeFormatter timeFormat;
    private final boolean dayPages;
    /** Region and fellowship names repeat on every entry: make each slug once. */
    private final java.util.Map<String, String> slugs = new java.util.concurrent.ConcurrentHashMap<>();

    public WebHelper(Directory directory, String language, Messages messages) {
        this(directory, language, messages, false);
    }

    /** {@code dayPages}: the finder is split into a page per day (a very large directory). */
    public WebHelper(Directory directory, String language, Messages messages, boolean dayPages) {
        this.dayPages = dayPages;
        this.directory = directory;
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.messages = messages;
        this.timeFormat = DateTimeFormatter.ofPattern(messages.get("common.timeFormat"), locale);
    }

    // ---- time ----

    /** "6:30 PM" in English, "18:30" in Spanish: the pattern is the message common.timeFormat. */
    public String time(LocalTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        String t = times[minute];
        if (t == null || time.getSecond() != 0 || time.getNano() != 0) {
            t = timeFormat.format(time);
            if (time.getSecond() == 0 && time.getNano() == 0) {
                times[minute] = t; // a String is safe to share however it was published
            }
        }
        return t;
    }

    /** The start time alone, or "start – end" when the content gives an end time. */
    public String timeRange(Meeting m) {
        if (m.endTime() == null) {
            return time(m.time());
        }
        String key = m.time() + "-" + m.endTime();
        String range = ranges.get(key);
        if (range == null) {
            range = messages.get("common.timeRange", time(m.time()), time(m.endTime()));
            ranges.put(key, range);
        }
        return range;
    }

    /*
     * Formatted times and ranges, made once: every page and listing entry shows them, and the
     * formatter and message format are slow next to a lookup. A day has 1,440 minutes.
     */
    private final String[] times = new String[24 * 60];
    private final java.util.Map<String, String> ranges = new java.util.concurrent.ConcurrentHashMap<>();
    private final String[] dayNames = new String[7];

    /** The end time as given in the content, formatted, or null. */
    public String endTime(Meeting m) {
        return m.endTime() == null ? null : time(m.endTime());
    }

    /** "ET" when the meeting keeps a time zone other than the directory's, else null. */
    public String zoneShort(Meeting m) {
        return sameZone(m) ? null : m.timezone().getDisplayName(TextStyle.SHORT, locale);
    }

    /** "Eastern Time" when the meeting keeps a time zone other than the directory's, else null. */
    public String zoneLong(Meeting m) {
        return sameZone(m) ? null : m.timezone().getDisplayName(TextStyle.FULL, locale);
    }

    /** The directory's own time zone in words: "Central Time". */
    public String siteZone() {
        return directory.site().timezone().getDisplayName(TextStyle.FULL, locale);
    }

    private boolean sameZone(Meeting m) {
        return m.timezone().normalized().equals(directory.site().timezone().normalized());
    }

    public String day(Day day) {
        String name = dayNames[day.ordinal()];
        if (name == null) {
            name = dayNames[day.ordinal()] = day.displayName(language);
        }
        return name;
    }

    /** The meeting's days in this language: "Monday, Thursday". */
    public String days(Meeting m) {
        if (m.days().size() == 1) {
            return day(m.days().get(0));
        }
        StringBuilder out = new StringBuilder();
        for (Day d : m.days()) {
            out.append(out.isEmpty() ? "" : ", ").append(day(d));
        }
        return out.toString();
    }

    /** "Mon", "lun": the short day name, capitalised, for the jump links. */
    public String dayShort(Day day) {
        String name = day.dayOfWeek().getDisplayName(TextStyle.SHORT, locale).replace(".", "");
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** Where a day's meetings are listed, from this language's folder: the finder's section, or the day's page. */
    public String dayHref(Day day) {
        return dayPages ? "days/" + day.key() + ".html" : "index.html#" + day.key();
    }

    // ---- names ----

    public String typeName(String code) {
        return directory.types().name(code, language);
    }

    /** A sentence explaining the type (message type.desc.CODE), or null when the theme has none. */
    public String typeDescription(String code) {
        try {
            return messages.get("type.desc." + code);
        } catch (IllegalArgumentException missing) {
            return null;
        }
    }

    public String fellowshipName(String code) {
        return directory.site().fellowshipName(code);
    }

    /** A language's name in that language, capitalised: "English", "Español". */
    public String languageName(String code) {
        return nameOfLanguage(code);
    }

    /** Each language's name in itself, looked up once: every page names its languages. */
    private static final Map<String, String> LANGUAGE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    static String nameOfLanguage(String code) {
        return LANGUAGE_NAMES.computeIfAbsent(code, WebHelper::lookUpNameOfLanguage);
    }

    private static String lookUpNameOfLanguage(String code) {
        Locale l = Locale.forLanguageTag(code);
        String name = l.getDisplayLanguage(l);
        if (name.isEmpty()) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    /** The region's page name (as in regions/&lt;slug&gt;.html), or "" without a region. */
    public String regionSlug(String region) {
        return region == null || region.isBlank() ? "" : slugs.computeIfAbsent(region, Slugs::of);
    }

    /** The page name of a region or fellowship, as Directory.Group gives it. */
    public String slug(String name) {
        return regionSlug(name);
    }

    /** The type codes in use, ordered by their name in this language (for the finder's type menu). */
    public List<String> typesByName() {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return directory.typesInUse().stream()
                .sorted(java.util.Comparator.comparing(this::typeName, collator).thenComparing(c -> c))
                .toList();
    }

    /**
     * What the finder's text search should also find that a listing entry does not show: the
     * full address, location notes, group and notes. Empty when there is nothing more.
     */
    public String searchExtra(Meeting m) {
        List<String> parts = new ArrayList<>();
        Meeting.Place p = m.place();
        if (p.address() != null) {
            addDistinct(parts, p.address().full());
        }
        addDistinct(parts, p.locationNotes());
        addDistinct(parts, m.group());
        addDistinct(parts, m.notes());
        return collapseSpaces(String.join(" ", parts));
    }

    /** Every run of white space (as regular expressions' \\s: space, tab, line breaks) as one space. */
    static String collapseSpaces(String text) {
        StringBuilder out = null;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && out == null && (c != ' ' || inRun)) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (!space) {
                    out.append(c);
                } else if (!inRun) {
                    out.append(' ');
                }
            }
            inRun = space;
        }
        return out == null ? text : out.toString();
    }

    /** The meeting's type codes separated by spaces, for data-types. */
    public String typeCodes(Meeting m) {
        return String.join(" ", m.types());
    }

    // ---- places ----

    /** Short "where" for listings: venue name, street line and city, without repeats. */
    public String placeLine(Meeting m) {
        Meeting.Place p = m.place();
        List<String> parts = new ArrayList<>();
        addDistinct(parts, p.location());
        Address a = p.address();
        if (a != null) {
            addDistinct(parts, a.firstLine());
            String city = a.city();
            if (city == null) {
                String locality = a.locality();
                int comma = locality.indexOf(',');
                city = comma < 0 ? locality : locality.substring(0, comma);
            }
            addDistinct(parts, city);
        }
        return String.join(", ", parts);
    }

    /** True when the meeting has somewhere to go in person (a venue or an address). */
    public boolean hasPlace(Meeting m) {
        return m.place().location() != null || m.place().address() != null;
    }

    /**
     * A link to the place on OpenStreetMap (never an embedded map: nothing is fetched until the
     * visitor follows it): the pin when coordinates exist, else a search for the address.
     */
    public String mapUrl(Meeting m) {
        Meeting.Place p = m.place();
        if (p.latitude() != null && p.longitude() != null) {
            String lat = BigDecimal.valueOf(p.latitude()).toPlainString();
            String lon = BigDecimal.valueOf(p.longitude()).toPlainString();
            return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
        }
        if (p.address() != null && !p.address().full().isBlank()) {
            return "https://www.openstreetmap.org/search?query=" + encode(p.address().full());
        }
        return null;
    }

    // ---- links ----

    /** The URL when it is an absolute http(s) URL, else null: nothing else becomes a link. */
    public String webUrl(String url) {
        return url == null ? null : Values.url(url, Values.WEB_SCHEMES).orElse(null);
    }

    public String telLink(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9+,*#]", "").replace("#", "%23");
        return digits.isEmpty() ? null : "tel:" + digits;
    }

    /** The number to dial, without the pauses and codes a one-tap link adds after it. */
    public String phoneNumber(String phone) {
        int cut = phone.indexOf(',');
        return (cut < 0 ? phone : phone.substring(0, cut)).trim();
    }

    /** What a one-tap link dials after the number ("83100411#"), or null. */
    public String phoneCodes(String phone) {
        int cut = phone.indexOf(',');
        if (cut < 0) {
            return null;
        }
        String codes = phone.substring(cut).replaceAll("^[,\\s]+", "").trim();
        return codes.isEmpty() ? null : codes;
    }

    public String mailto(String email) {
        return email == null || email.isBlank() ? null : "mailto:" + email.trim();
    }

    /**
     * Where to report a correction: the meeting's feedback URL, else its feedback e-mails, else
     * the service entity's e-mail, with a subject naming the meeting. Null when there is none.
     */
    public String correctionUrl(Meeting m) {
        String url = webUrl(m.feedbackUrl());
        if (url != null) {
            return url;
        }
        String to = !m.feedbackEmails().isEmpty() ? String.join(",", m.feedbackEmails())
                : directory.site().entity().email();
        if (to == null || to.isBlank()) {
            return null;
        }
        String subject = messages.get("web.meeting.correctionSubject", m.name(), m.slug());
        return "mailto:" + to.trim() + "?subject=" + encode(subject);
    }

    /** Contribution handles in the spec's field order (the model's map has no order). */
    public List<Contribution> contributions(Meeting m) {
        List<Contribution> list = new ArrayList<>();
        for (String key : Fields.CONTRIBUTIONS) {
            String handle = m.contributions().get(key);
            if (handle != null && !handle.isBlank()) {
                list.add(new Contribution(key, handle));
            }
        }
        return list;
    }

    /** Percent-encoding for a URL query value or mailto header: spaces as %20, never '+'. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void addDistinct(List<String> parts, String s) {
        if (s != null && !s.isBlank() && parts.stream().noneMatch(p -> p.equalsIgnoreCase(s.trim()))) {
            parts.add(s.trim());
        }
    }
}
