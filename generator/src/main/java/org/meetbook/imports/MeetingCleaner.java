package org.meetbook.imports;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.meetbook.model.Slugs;
import org.meetbook.model.Values;

/**
 * The same rules for every source, so whatever is written passes the checks: plain text only,
 * 24-hour times, real days, safe links, sensible end times, URL-safe unique slugs. What cannot
 * be kept is dropped with a warning naming the meeting; a meeting without name, day, time or
 * any place is skipped.
 */
final class MeetingCleaner {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final Pattern NOT_AN_ADDRESS = Pattern.compile(
            "(?i)(online|virtual|zoom|remote|web|internet|phone|tbd|n/?a|none)( meeting)?");
    private static final List<String> LONG_TEXT = List.of("notes", "location_notes", "group_notes",
            "conference_url_notes", "conference_phone_notes");

    private MeetingCleaner() {}

    /** Cleans one meeting in place; false when it cannot be imported at all (reported). */
    static boolean clean(ImportedMeeting m, ImportReport report) {
        for (Map.Entry<String, Object> e : new ArrayList<>(m.fields.entrySet())) {
            String key = e.getKey();
            int max = LONG_TEXT.contains(key) ? Clean.MAX_TEXT : Clean.MAX_SHORT;
            if (e.getValue() instanceof String s) {
                String t = Clean.text(s);
                if (t != null && !LONG_TEXT.contains(key) && t.matches("(?s).*[\\n\\t].*")) {
                    t = t.replaceAll("\\s+", " "); // names, places, links: one line
                }
                String cut = Clean.cut(t, max);
                if (cut != null) {
                    report.warn(m, key + " is " + t.length() + " characters long; cut to " + max);
                    t = cut;
                }
                m.put(key, t);
            } else if (e.getValue() instanceof List<?> list) {
                List<String> items = new ArrayList<>();
                for (Object item : list) {
                    String t = Clean.text(String.valueOf(item));
                    t = t == null ? null : t.replaceAll("\\s+", " ");
                    items.add(t == null || t.length() <= Clean.MAX_SHORT ? t : Clean.cut(t, Clean.MAX_SHORT));
                }
                m.putList(key, items);
            }
        }
        if (m.text("name") == null) {
            report.warn(m, "skipped: the meeting has no name");
            return false;
        }
        List<String> days = new ArrayList<>();
        for (String d : m.list("day")) {
            Optional<Integer> day = Clean.day(d);
            if (day.isPresent()) {
                days.add(String.valueOf(day.get()));
            } else {
                report.warn(m, "'" + Clean.shorten(d) + "' is not a day; left out");
            }
        }
        m.putList("day", days);
        if (days.isEmpty()) {
            report.warn(m, "skipped: no day of the week (meetings by appointment are not listed)");
            return false;
        }
        String given = m.text("time");
        Optional<String> time = Clean.time(given);
        if (time.isEmpty()) {
            report.warn(m, "skipped: " + (given == null ? "no start time" : "'" + Clean.shorten(given) + "' is not a time"));
            return false;
        }
        m.put("time", time.get());
        endTime(m, report);
        zone(m, report);
        coordinates(m, report);
        links(m, report);
        place(m, report);
        return m.hasAnyAddress() || m.hasLink() || noPlace(m, report);
    }

    private static void endTime(ImportedMeeting m, ImportReport report) {
        String given = m.text("end_time");
        if (given == null) {
            return;
        }
        Optional<String> end = Clean.time(given);
        if (end.isEmpty()) {
            report.warn(m, "end time '" + Clean.shorten(given) + "' is not a time; left out");
            m.remove("end_time");
            return;
        }
        Duration length = Duration.between(LocalTime.parse(m.text("time")), LocalTime.parse(end.get()));
        if (length.isNegative()) {
            length = length.plusDays(1);
        }
        if (length.isZero() || length.compareTo(Duration.ofHours(12)) > 0) {
            report.warn(m, "end time " + end.get() + " does not fit the start " + m.text("time") + "; left out");
            m.remove("end_time");
        } else {
            m.put("end_time", end.get());
        }
    }

    private static void zone(ImportedMeeting m, ImportReport report) {
        String zone = m.text("timezone");
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                report.warn(m, "unknown time zone '" + Clean.shorten(zone) + "'; left out");
                m.remove("timezone");
            }
        }
    }

    private static void coordinates(ImportedMeeting m, ImportReport report) {
        String lat = m.text("latitude");
        String lon = m.text("longitude");
        if (lat == null && lon == null) {
            return;
        }
        Optional<Double> la = lat == null ? Optional.empty() : Values.number(lat);
        Optional<Double> lo = lon == null ? Optional.empty() : Values.number(lon);
        boolean ok = la.isPresent() && lo.isPresent() && Math.abs(la.get()) <= 90 && Math.abs(lo.get()) <= 180
                && !(la.get() == 0 && lo.get() == 0) && lat.matches("-?\\d+(\\.\\d+)?") && lon.matches("-?\\d+(\\.\\d+)?");
        if (!ok) {
            if (!(la.orElse(0.0) == 0 && lo.orElse(0.0) == 0)) {
                report.warn(m, "coordinates " + lat + ", " + lon + " are not a place on the map; left out");
            }
            m.remove("latitude");
            m.remove("longitude");
        }
    }

    /** Unsafe or broken links and numbers are dropped, never written: only http(s), mailto and dialable phones. */
    private static void links(ImportedMeeting m, ImportReport report) {
        url(m, "conference_url", Values.WEB_SCHEMES, report);
        url(m, "feedback_url", Set.of("https", "http", "mailto"), report);
        phone(m, "conference_phone", report);
        if (!m.has("conference_url")) {
            m.remove("conference_url_notes");
        }
        if (!m.has("conference_phone")) {
            m.remove("conference_phone_notes");
        }
        for (int n = 1; n <= 3; n++) {
            phone(m, "contact_" + n + "_phone", report);
            email(m, "contact_" + n + "_email", report);
        }
        List<String> emails = new ArrayList<>();
        for (String e : m.list("feedback_emails")) {
            String t = e.replaceFirst("(?i)^mailto:", "").trim();
            if (EMAIL.matcher(t).matches()) {
                emails.add(t);
            } else {
                report.warn(m, "feedback email '" + Clean.shorten(e) + "' is not an email address; left out");
            }
        }
        m.putList("feedback_emails", emails);
    }

    private static void url(ImportedMeeting m, String key, Set<String> schemes, ImportReport report) {
        String url = m.text(key);
        if (url != null && Values.url(url, schemes).isEmpty()) {
            report.warn(m, key + " '" + Clean.shorten(url) + "' dropped: only "
                    + String.join("/", new java.util.TreeSet<>(schemes)) + " links are kept");
            report.droppedLinks++;
            m.remove(key);
        }
    }

    private static void phone(ImportedMeeting m, String key, ImportReport report) {
        String phone = Clean.phone(m.text(key));
        if (phone == null) {
            return;
        }
        if (!Values.isPhone(phone) && phone.startsWith("(")) {
            phone = phone.replaceFirst("^\\((\\d+)\\)\\s*", "$1 "); // "(800) 555-1212" → "800 555-1212"
        }
        if (Values.isPhone(phone)) {
            m.put(key, phone);
        } else {
            report.warn(m, key + " '" + Clean.shorten(phone) + "' dropped: not a phone number");
            report.droppedLinks++;
            m.remove(key);
        }
    }

    private static void email(ImportedMeeting m, String key, ImportReport report) {
        String email = m.text(key);
        if (email == null) {
            return;
        }
        String t = email.replaceFirst("(?i)^mailto:", "").trim();
        if (EMAIL.matcher(t).matches()) {
            m.put(key, t);
        } else {
            report.warn(m, key + " '" + Clean.shorten(email) + "' dropped: not an email address");
            m.remove(key);
        }
    }

    /** "Online" in the address field is not an address; a city alone becomes an approximate address. */
    private static void place(ImportedMeeting m, ImportReport report) {
        for (String key : List.of("address", "formatted_address")) {
            String a = m.text(key);
            if (a != null && NOT_AN_ADDRESS.matcher(a.trim()).matches()) {
                m.remove(key);
                m.flaggedOnline = true;
            }
        }
        if (!m.hasAnyAddress() && (m.has("city") || m.has("state"))) {
            List<String> parts = new ArrayList<>();
            for (String k : List.of("city", "state", "postal_code", "country")) {
                if (m.text(k) != null) {
                    parts.add(m.text(k));
                }
                m.remove(k);
            }
            m.put("formatted_address", String.join(", ", parts));
        }
        if (m.flaggedOnline && !m.hasLink()) {
            report.warn(m, "marked as online but gives no conference_url or conference_phone: add how to join");
        }
    }

    private static boolean noPlace(ImportedMeeting m, ImportReport report) {
        report.warn(m, "skipped: no address and no online link, so nobody could find it");
        return false;
    }

    /** Given slugs are kept: made URL-safe when they are not, and unique. */
    static void slug(ImportedMeeting m, Set<String> taken, ImportReport report) {
        String given = m.text("slug");
        if (given == null) {
            return;
        }
        String slug = given;
        if (!Slugs.isValid(slug)) {
            slug = Slugs.of(given);
            report.warn(m, "slug '" + Clean.shorten(given) + "' is not URL-safe; written as " + slug);
        }
        if (taken.contains(slug)) {
            String base = slug.length() > Slugs.MAX_LENGTH - 4 ? slug.substring(0, Slugs.MAX_LENGTH - 4) : slug;
            int n = 2;
            while (taken.contains(base + "-" + n)) {
                n++;
            }
            report.warn(m, "slug '" + slug + "' is used twice; written as " + base + "-" + n);
            slug = base + "-" + n;
        }
        taken.add(slug);
        m.put("slug", slug);
    }
}
