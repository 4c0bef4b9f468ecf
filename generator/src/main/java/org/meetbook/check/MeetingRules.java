package org.meetbook.check;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meetbook.content.Content;
import org.meetbook.content.Fields;
import org.meetbook.content.Pos;
import org.meetbook.content.YNode;
import org.meetbook.model.Day;
import org.meetbook.model.Slugs;
import org.meetbook.model.TypeCatalog;
import org.meetbook.model.Values;

/** Every meeting entry, and the rules across meetings (unique slugs). */
final class MeetingRules {

    /** Longest sensible meeting; longer usually means time and end_time are swapped. */
    private static final Duration LONGEST = Duration.ofHours(12);

    private final Report report;
    private final TypeCatalog types;
    private final Set<String> venues;
    private final Set<String> fellowships;
    private final Map<String, Pos> slugs = new HashMap<>();

    MeetingRules(Report report, TypeCatalog types, Set<String> venues, Set<String> fellowships) {
        this.report = report;
        this.types = types;
        this.venues = venues;
        this.fellowships = fellowships;
    }

    void check(List<Content.MeetingSource> meetings) {
        for (Content.MeetingSource m : meetings) {
            check(m.fields());
        }
    }

    private void check(YNode.Map m) {
        report.unknownFields(m, Fields.MEETING, "a meeting");
        YNode.Scalar name = report.scalar(m, "name");
        if (name == null || name.text().isBlank()) {
            report.error(m.pos(), "meeting has no name", "add name: ... (the meeting's name, without 'AA' or 'meeting')");
        }
        slug(m);
        days(m);
        times(m);
        typeCodes(m);
        fellowship(m);
        place(m);
        links(m);
        PlaceRules.check(m, report);
    }

    private void slug(YNode.Map m) {
        YNode.Scalar slug = report.scalar(m, "slug");
        if (slug == null) {
            return;
        }
        String s = slug.text().trim();
        if (!Slugs.isValid(s)) {
            report.error(slug.pos(), "slug '" + Report.shorten(s) + "' is not URL-safe",
                    "use lowercase letters, digits and hyphens only, at most " + Slugs.MAX_LENGTH
                            + " characters, e.g. '" + Slugs.of(s) + "'");
            return;
        }
        Pos first = slugs.putIfAbsent(s, slug.pos());
        if (first != null) {
            report.error(slug.pos(), "duplicate slug '" + s + "': already used at " + first,
                    "every meeting needs its own slug; change one of them or remove it to derive one from the name");
        }
    }

    private void days(YNode.Map m) {
        List<YNode.Scalar> days = report.scalars(m, "day");
        if (days.isEmpty() && !(m.get("day") instanceof YNode.Map)) {
            report.error(m.pos(), "meeting '" + nameOf(m) + "' has no day",
                    "add day: monday (or 0-6 with 0 = Sunday, or a list: [monday, thursday])");
        }
        for (YNode.Scalar d : days) {
            if (Day.parse(d.text()).isEmpty()) {
                report.error(d.pos(), "'" + Report.shorten(d.text()) + "' is not a day",
                        "use a day name (monday) or a number 0-6 where 0 is Sunday and 6 is Saturday");
            }
        }
    }

    private void times(YNode.Map m) {
        YNode.Scalar time = report.scalar(m, "time");
        Optional<LocalTime> start = Optional.empty();
        if (time == null) {
            report.error(m.pos(), "meeting '" + nameOf(m) + "' has no time", "add time: \"19:30\" (24-hour, in quotes)");
        } else {
            start = Values.time(time.text());
            if (start.isEmpty()) {
                report.error(time.pos(), "'" + Report.shorten(time.text()) + "' is not a time", timeHint(time.text()));
            }
        }
        YNode.Scalar endTime = report.scalar(m, "end_time");
        if (endTime == null) {
            return;
        }
        Optional<LocalTime> end = Values.time(endTime.text());
        if (end.isEmpty()) {
            report.error(endTime.pos(), "'" + Report.shorten(endTime.text()) + "' is not a time", timeHint(endTime.text()));
            return;
        }
        if (start.isPresent()) {
            Duration length = Duration.between(start.get(), end.get());
            if (length.isNegative()) {
                length = length.plusDays(1); // ends after midnight
            }
            if (length.isZero()) {
                report.error(endTime.pos(), "end_time " + endTime.text() + " is the same as the start time",
                        "give the time the meeting ends, or leave end_time out (one hour is assumed)");
            } else if (length.compareTo(LONGEST) > 0) {
                report.error(endTime.pos(), "end_time " + endTime.text() + " would make the meeting last "
                        + length.toHours() + " hours",
                        "are time and end_time swapped? An end after midnight is fine, e.g. 23:30 to 00:30");
            }
        }
    }

    private static String timeHint(String text) {
        if (text.matches("(?i).*\\b[ap]\\.?m\\.?.*")) {
            return "write 24-hour time: 7:30 PM is \"19:30\"";
        }
        return "write 24-hour time as HH:MM from 00:00 to 23:59, in quotes, e.g. \"19:30\"";
    }

    private void typeCodes(YNode.Map m) {
        for (YNode.Scalar t : report.scalars(m, "types")) {
            String code = t.text().trim();
            if (!types.knows(code)) {
                String suggestion = Suggest.didYouMean(code, types.codes());
                String upper = code.toUpperCase(Locale.ROOT);
                if (types.knows(upper)) {
                    suggestion = "type codes are case-sensitive: did you mean '" + upper + "'?";
                }
                report.error(t.pos(), "unknown meeting type '" + Report.shorten(code) + "'",
                        (suggestion.isEmpty() ? "" : suggestion + " ")
                                + "use the Meeting Guide codes (O, C, D, SP, W, ...) or add your own under types: in site.yaml");
            }
        }
    }

    private void fellowship(YNode.Map m) {
        YNode.Scalar f = report.scalar(m, "fellowship");
        if (f != null && !fellowships.isEmpty() && !fellowships.contains(f.text().trim())) {
            String suggestion = Suggest.didYouMean(f.text().trim(), fellowships);
            report.error(f.pos(), "unknown fellowship '" + Report.shorten(f.text()) + "'",
                    (suggestion.isEmpty() ? "" : suggestion + " ") + "fellowships in site.yaml: " + Report.list(fellowships));
        }
    }

    /**
     * A meeting is online when it has a conference link or phone. Without one, it needs a street
     * address of its own or a venue from locations.yaml.
     */
    private void place(YNode.Map m) {
        boolean online = m.has("conference_url") || m.has("conference_phone");
        boolean address = m.has("address") || m.has("formatted_address");
        YNode.Scalar location = report.scalar(m, "location");
        boolean venue = location != null && venues.contains(location.text().trim());
        boolean meantOnline = m.has("conference_url_notes") || m.has("conference_phone_notes")
                || "online".equalsIgnoreCase(String.valueOf(m.text("region")).trim());
        if (online || address || venue) {
            return;
        }
        if (meantOnline) {
            report.error(m.pos(), "online meeting '" + nameOf(m) + "' has no conference_url or conference_phone",
                    "add the link people join with (conference_url: https://...) or a dial-in number (conference_phone:)");
        } else if (location != null) {
            String suggestion = Suggest.didYouMean(location.text().trim(), venues);
            report.error(location.pos(), "location '" + Report.shorten(location.text())
                            + "' is not a venue in locations.yaml and the meeting has no address",
                    suggestion.isEmpty()
                            ? "add the venue to locations.yaml, or give address:, city:, state:, postal_code: here"
                            : suggestion);
        } else {
            report.error(m.pos(), "in-person meeting '" + nameOf(m) + "' has no address",
                    "add location: <a venue from locations.yaml>, or address:, city:, state:, postal_code:; "
                            + "for an online meeting add conference_url: or conference_phone:");
        }
    }

    private void links(YNode.Map m) {
        report.url(m, "conference_url", Values.WEB_SCHEMES);
        report.url(m, "url", Values.WEB_SCHEMES);
        report.url(m, "edit_url", Values.WEB_SCHEMES);
        report.url(m, "feedback_url", Set.of("https", "http", "mailto"));
        report.phone(m, "conference_phone");
        for (YNode.Scalar e : report.scalars(m, "feedback_emails")) {
            report.email(e, "feedback_emails");
        }
        for (int n = 1; n <= 3; n++) {
            report.email(m, "contact_" + n + "_email");
            report.phone(m, "contact_" + n + "_phone");
        }
    }

    static String nameOf(YNode.Map m) {
        String name = m.text("name");
        return name == null ? "(no name)" : Report.shorten(name);
    }
}
