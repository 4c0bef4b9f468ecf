package org.meetbook.feeds;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.meetbook.model.Day;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.Site;

/**
 * meetings.csv in the columns of the 12 Step Meeting List plugin's import template, so a
 * directory can move to the plugin and back: 12-hour times ("6:00 PM"), English day names,
 * type names (the spec's English names; the directory's own codes are left out, as the plugin
 * would not know them) and one row per day a meeting meets. The rows for a meeting's second and
 * later days get the day in their slug ("keep-it-simple-thursday"), since the plugin's slugs
 * are unique. The last four columns are ones the plugin's importer also reads.
 */
public final class CsvFeed {

    static final List<String> COLUMNS = List.of("Time", "End Time", "Day", "Name", "Location", "Address",
            "Region", "Sub Region", "Types", "Notes", "Location Notes", "Timezone", "Group", "District",
            "Sub District", "Website", "Website 2", "Mailing Address", "Venmo", "Email", "Phone", "Group Notes",
            "Contact 1 Name", "Contact 1 Email", "Contact 1 Phone", "Contact 2 Name", "Contact 2 Email",
            "Contact 2 Phone", "Contact 3 Name", "Contact 3 Email", "Contact 3 Phone", "Last Contact",
            "Conference URL", "Conference Phone", "Author", "Slug", "Updated",
            "Conference URL Notes", "Conference Phone Notes", "Square", "PayPal");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private CsvFeed() {}

    public static byte[] write(Directory directory) {
        StringBuilder csv = new StringBuilder(256 * (directory.meetings().size() + 1));
        row(csv, COLUMNS);
        for (Meeting m : directory.meetings()) {
            for (int i = 0; i < m.days().size(); i++) {
                row(csv, values(directory, m, m.days().get(i), i == 0));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> values(Directory directory, Meeting m, Day day, boolean firstDay) {
        Site site = directory.site();
        Meeting.Place p = m.place();
        List<String> regions = p.regions();
        String types = String.join(", ", m.types().stream().filter(directory.types()::isStandard)
                .map(t -> directory.types().name(t, "en")).toList());
        List<String> v = new ArrayList<>(COLUMNS.size());
        v.add(time(m.time()));
        v.add(m.endTime() == null ? "" : time(m.endTime()));
        v.add(day.displayName("en"));
        v.add(m.name());
        v.add(p.location());
        v.add(p.address() == null ? "" : p.address().full());
        v.add(regions.isEmpty() ? "" : regions.get(0));
        v.add(regions.size() > 1 ? regions.get(regions.size() - 1) : "");
        v.add(types);
        v.add(m.notes());
        v.add(p.locationNotes());
        v.add(m.timezone().getId());
        v.add(m.group());
        v.add("");   // District
        v.add("");   // Sub District
        v.add("");   // Website
        v.add("");   // Website 2
        v.add("");   // Mailing Address
        v.add(m.contributions().get("venmo"));
        v.add(String.join(",", m.feedbackEmails()));
        v.add("");   // Phone
        v.add(m.groupNotes());
        for (int n = 0; n < 3; n++) {
            Meeting.Contact c = n < m.contacts().size() ? m.contacts().get(n) : null;
            v.add(c == null ? "" : c.name());
            v.add(c == null ? "" : c.email());
            v.add(c == null ? "" : c.phone());
        }
        v.add("");   // Last Contact
        v.add(m.online().conferenceUrl());
        v.add(m.online().conferencePhone());
        v.add(site.entity().name());
        v.add(firstDay ? m.slug() : m.slug() + "-" + day.key());
        v.add(m.updated());
        v.add(m.online().conferenceUrlNotes());
        v.add(m.online().conferencePhoneNotes());
        v.add(m.contributions().get("square"));
        v.add(m.contributions().get("paypal"));
        return v;
    }

    private static String time(LocalTime t) {
        return TIME.format(t);
    }

    /** RFC 4180: every field quoted, quotes doubled, CRLF line ends. */
    private static void row(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String s = values.get(i);
            if (s != null && !s.isEmpty()) {
                csv.append('"').append(s.replace("\"", "\"\"")).append('"');
            }
        }
        csv.append("\r\n");
    }
}
