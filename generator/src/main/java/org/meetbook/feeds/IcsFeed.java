package org.meetbook.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyCodec;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.meetbook.model.Day;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.Site;
import org.meetbook.publish.SiteLayout;
import org.meetbook.theme.TextWriter;

/**
 * iCalendar (RFC 5545) with ical4j: the whole directory ({@code meetings.ics}) and one file per
 * meeting ({@code meetings/<slug>.ics}). Each meeting is one weekly recurring event in the
 * meeting's own time zone, with the VTIMEZONE it needs. Deterministic: the first occurrence and
 * DTSTAMP come from the directory's "updated" date, never from the clock.
 */
public final class IcsFeed {

    static final String PRODID = "-//Meetbook//Meetbook 0.1//EN";
    private static final String[] BYDAY = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

    static {
        // Belt and braces with ical4j.properties: time zones never come from the network.
        if (System.getProperty("net.fortuna.ical4j.timezone.update.enabled") == null) {
            System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        }
    }

    private final Directory directory;
    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<ZoneId, VTimeZone> zones = new ConcurrentHashMap<>();
    private final Map<ZoneId, byte[]> zoneTexts = new ConcurrentHashMap<>();
    private final Map<String, byte[]> events = new ConcurrentHashMap<>();   // by slug, UTF-8
    private final LocalDate anchor;
    private final DtStamp stamp;
    private final String stampLine;
    private final String uidDomain;

    public IcsFeed(Directory directory) {
        this.directory = directory;
        Site site = directory.site();
        this.anchor = site.updated() != null ? site.updated() : LocalDate.of(2026, 1, 1);
        this.stamp = new DtStamp(anchor.atStartOfDay().toInstant(ZoneOffset.UTC));
        this.stampLine = stamp.toString();
        String host = null;
        if (site.baseUrlWithSlash() != null) {
            try {
                host = URI.create(site.baseUrlWithSlash()).getHost();
            } catch (IllegalArgumentException ignored) {
                // checked content never gets here; fall back below
            }
        }
        this.uidDomain = host != null ? host : "meetbook.invalid";
    }

    /** Initialises ical4j (its time zone registry, calendar and event classes) ahead of use. */
    static void prepare() {
        TimeZoneRegistryFactory.getInstance().createRegistry();
        fold(newCalendar().toString());
        new VEvent(false).toString();
    }

    /** The whole directory: every meeting, one VTIMEZONE per zone used. */
    public byte[] directoryCalendar() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1024 + 1024 * directory.meetings().size());
        out.writeBytes(header(directory.site().title()));
        directory.meetings().stream().map(Meeting::timezone).distinct()
                .sorted((a, b) -> a.getId().compareTo(b.getId()))
                .forEach(z -> out.writeBytes(zoneText(z)));
        for (Meeting m : directory.meetings()) {
            out.writeBytes(eventText(m));
        }
        out.writeBytes(END_BYTES);
        return out.toByteArray();
    }

    /** One meeting's calendar. */
    public byte[] meetingCalendar(Meeting m) {
        byte[][] parts = {header(m.name()), zoneText(m.timezone()), eventText(m), END_BYTES};
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /*
     * ical4j writes the calendar header and the time zones, its PropertyCodec escapes the events'
     * text and its FoldingWriter folds long lines, as its CalendarOutputter does for a whole
     * calendar. Each event and time zone is written once, as UTF-8, and reused by the
     * directory's calendar and the meeting's own, which keeps 10,000 meetings quick.
     */
    private static final String END = "END:VCALENDAR\r\n";
    private static final byte[] END_BYTES = END.getBytes(StandardCharsets.UTF_8);

    /** The calendar's header, UTF-8: each event and zone is encoded once too, not per file. */
    private byte[] header(String name) {
        if (headerStart == null) {
            String calendar = fold(newCalendar().toString());
            headerStart = calendar.substring(0, calendar.length() - END.length());
        }
        return (headerStart + fold(new XProperty("X-WR-CALNAME", name).toString())).getBytes(StandardCharsets.UTF_8);
    }

    private volatile String headerStart;

    private byte[] eventText(Meeting m) {
        return events.computeIfAbsent(m.slug(), slug -> fold(eventLines(m)).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] zoneText(ZoneId zone) {
        return zoneTexts.computeIfAbsent(zone, z -> fold(vtimezone(z).toString()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The text folded by ical4j's FoldingWriter, a line at a time: the writer starts every line
     * afresh, so a line short enough never to be folded is copied as it is (its character
     * writes were a tenth of a large directory's calendars).
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3 + 16);
        int from = 0;
        while (from < unfolded.length()) {
            int end = unfolded.indexOf('\n', from);
            end = end < 0 ? unfolded.length() : end + 1;
            if (end - from <= NEVER_FOLDED && ascii(unfolded, from, end)) {
                out.append(unfolded, from, end);
            } else {
                TextWriter line = new TextWriter(end - from + 16);
                try (FoldingWriter folding = new FoldingWriter(line, FoldingWriter.REDUCED_FOLD_LENGTH)) {
                    folding.write(unfolded, from, end - from);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.append(line);
            }
            from = end;
        }
        return out.toString();
    }

    /** An ASCII line this long, its CRLF included, is well inside a folded line's 73 octets. */
    private static final int NEVER_FOLDED = 70;

    private static boolean ascii(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The calendar's own properties; X-WR-CALNAME (the name calendar apps show) follows them. */
    private static Calendar newCalendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        return calendar;
    }

    /**
     * The event as iCalendar content lines, unfolded: the properties ical4j's VEvent writes, in
     * its order and form, with text values escaped by ical4j's PropertyCodec. Building a VEvent
     * for each meeting and writing it out (a regular expression per text value, a parse of the
     * RRULE, a formatter per date) was a quarter of a large website's time. {@link #event} builds
     * the same event with ical4j, for the test that holds the two to the same text.
     */
    String eventLines(Meeting m) {
        ZoneId zone = m.timezone();
        LocalDate first = firstDay(m);
        LocalTime endTime = m.effectiveEndTime();
        LocalDate endDate = endTime.isAfter(m.time()) ? first : first.plusDays(1);
        StringBuilder out = new StringBuilder(1024);
        out.append("BEGIN:VEVENT\r\n");
        text(out, "UID", m.slug() + "@" + uidDomain);
        out.append(stampLine);
        out.append("DTSTART;TZID=").append(zone.getId()).append(':').append(LOCAL.format(LocalDateTime.of(first, m.time()))).append("\r\n");
        out.append("DTEND;TZID=").append(zone.getId()).append(':').append(LOCAL.format(LocalDateTime.of(endDate, endTime))).append("\r\n");
        out.append("RRULE:FREQ=WEEKLY;BYDAY=");
        for (int i = 0; i < m.days().size(); i++) {
            out.append(i == 0 ? "" : ",").append(BYDAY[m.days().get(i).number()]);
        }
        out.append("\r\n");
        text(out, "SUMMARY", m.name());
        String where = location(m);
        if (where != null) {
            text(out, "LOCATION", where);
        }
        if (m.place().latitude() != null && m.place().longitude() != null) {
            out.append(new Geo(java.math.BigDecimal.valueOf(m.place().latitude()),
                    java.math.BigDecimal.valueOf(m.place().longitude())).toString());
        }
        text(out, "DESCRIPTION", description(m));
        out.append(categories.computeIfAbsent(m.fellowship(),
                f -> new Categories(directory.site().fellowshipName(f)).toString()));
        String page = pageUrl(m);
        if (page != null) {
            out.append("URL:").append(page).append("\r\n");
        }
        return out.append("END:VEVENT\r\n").toString();
    }

    /** A TEXT property: the value escaped as ical4j escapes it, when it has anything to escape. */
    private static void text(StringBuilder out, String name, String value) {
        out.append(name).append(':');
        boolean plain = true;
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = c != '\\' && c != '\n' && c != ',' && c != ';';
        }
        if (plain) {
            out.append(value);
        } else {
            try {
                out.append(PropertyCodec.INSTANCE.encode(value));
            } catch (org.apache.commons.codec.EncoderException e) {
                throw new IllegalStateException(e);
            }
        }
        out.append("\r\n");
    }

    private static final java.time.format.DateTimeFormatter LOCAL =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", java.util.Locale.ROOT);
    private final Map<String, String> categories = new ConcurrentHashMap<>();

    VEvent event(Meeting m) {
        Site site = directory.site();
        ZoneId zone = m.timezone();
        LocalDate first = firstDay(m);
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(first, m.time()), zone);
        LocalTime endTime = m.effectiveEndTime();
        LocalDate endDate = endTime.isAfter(m.time()) ? first : first.plusDays(1);
        ZonedDateTime end = ZonedDateTime.of(LocalDateTime.of(endDate, endTime), zone);

        VEvent event = new VEvent(false);
        event.add(new Uid(m.slug() + "@" + uidDomain));
        event.add(stamp);
        // Local date-times with the zone named in TZID, as RFC 5545 writes them; handing ical4j
        // the zone directly saves a search of its registry for every property.
        ParameterList tzid = new ParameterList(List.of(new KnownZone(zone)));
        event.add(new DtStart<>(tzid, start.toLocalDateTime()));
        event.add(new DtEnd<>(tzid, end.toLocalDateTime()));
        event.add(new RRule<>("FREQ=WEEKLY;BYDAY="
                + m.days().stream().map(d -> BYDAY[d.number()]).collect(Collectors.joining(","))));
        event.add(new Summary(m.name()));
        String where = location(m);
        if (where != null) {
            event.add(new Location(where));
        }
        if (m.place().latitude() != null && m.place().longitude() != null) {
            event.add(new Geo(java.math.BigDecimal.valueOf(m.place().latitude()),
                    java.math.BigDecimal.valueOf(m.place().longitude())));
        }
        event.add(new Description(description(m)));
        event.add(new Categories(site.fellowshipName(m.fellowship())));
        String page = pageUrl(m);
        if (page != null) {
            event.add(new Url(URI.create(page)));
        }
        return event;
    }

    /** The first day on or after the anchor date that the meeting meets. */
    private LocalDate firstDay(Meeting m) {
        LocalDate best = null;
        for (Day d : m.days()) {
            LocalDate date = anchor.with(TemporalAdjusters.nextOrSame(d.dayOfWeek()));
            if (best == null || date.isBefore(best)) {
                best = date;
            }
        }
        return best;
    }

    private static String location(Meeting m) {
        Meeting.Place p = m.place();
        List<String> parts = new ArrayList<>();
        if (p.location() != null) {
            parts.add(p.location());
        }
        if (p.address() != null && !p.address().full().isBlank()) {
            parts.add(p.address().full());
        }
        if (parts.isEmpty() && m.online().conferenceUrl() != null) {
            parts.add(m.online().conferenceUrl());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private String description(Meeting m) {
        Site site = directory.site();
        List<String> lines = new ArrayList<>();
        String types = m.types().stream().map(t -> directory.types().name(t, site.defaultLanguage()))
                .collect(Collectors.joining(", "));
        lines.add(site.fellowshipName(m.fellowship()) + (types.isEmpty() ? "" : " · " + types));
        if (m.online().conferenceUrl() != null) {
            lines.add("Join online: " + m.online().conferenceUrl());
        }
        if (m.online().conferencePhone() != null) {
            lines.add("Join by phone: " + m.online().conferencePhone());
        }
        if (m.place().locationNotes() != null) {
            lines.add(m.place().locationNotes());
        }
        if (m.notes() != null) {
            lines.add(m.notes());
        }
        String page = pageUrl(m);
        if (page != null) {
            lines.add(page);
        }
        return String.join("\n", lines);
    }

    private String pageUrl(Meeting m) {
        String base = directory.site().baseUrlWithSlash();
        return base == null ? null : base + SiteLayout.meetingPage(m.slug());
    }

    /**
     * The TZID of a zone already in hand. Writing a DTSTART or DTEND, ical4j turns the TZID back
     * into a zone by searching its registry, twice per event; this hands it the zone instead.
     */
    private static final class KnownZone extends TzId {
        private static final long serialVersionUID = 1L;
        private final transient ZoneId zone;

        KnownZone(ZoneId zone) {
            super(zone.getId());
            this.zone = zone;
        }

        @Override
        public ZoneId toZoneId(TimeZoneRegistry registry) {
            return zone;
        }

        @Override
        public ZoneId toZoneId() {
            return zone;
        }
    }

    private VTimeZone vtimezone(ZoneId zone) {
        return zones.computeIfAbsent(zone, z -> {
            net.fortuna.ical4j.model.TimeZone tz = registry.getTimeZone(z.getId());
            if (tz == null) {
                throw new IllegalStateException("no iCalendar time zone definition for " + z.getId());
            }
            VTimeZone full = tz.getVTimeZone();
            // Only the observances in effect from a year before the first event on: the zone's
            // history back to 1883 would triple every file and tell a calendar nothing.
            LocalDateTime cutoff = anchor.minusYears(1).atStartOfDay();
            LocalDateTime future = LocalDateTime.of(2200, 1, 1, 0, 0);
            Observance inEffect = null;
            java.time.OffsetDateTime latest = null;
            for (Observance o : full.getObservances()) {
                java.time.OffsetDateTime onset = o.getLatestOnset(cutoff.atOffset(ZoneOffset.UTC));
                if (onset != null && (latest == null || onset.isAfter(latest))) {
                    latest = onset;
                    inEffect = o;
                }
            }
            List<Observance> keep = new ArrayList<>();
            for (Observance o : full.getObservances()) {
                java.time.OffsetDateTime last = o.getLatestOnset(future.atOffset(ZoneOffset.UTC));
                if (o == inEffect || (last != null && last.toLocalDateTime().isAfter(cutoff))) {
                    keep.add(o);
                }
            }
            VTimeZone vtz = new VTimeZone(full.getPropertyList(), new ComponentList<>(keep));
            // TZURL would invite calendar apps to fetch the zone from a third party.
            vtz.getProperty(Property.TZURL).ifPresent(vtz::remove);
            vtz.getProperty(Property.LAST_MODIFIED).ifPresent(vtz::remove);
            return vtz;
        });
    }

}
