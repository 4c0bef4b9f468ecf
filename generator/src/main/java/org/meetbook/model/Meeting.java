package org.meetbook.model;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One meeting, checked and complete. Text fields the content left out are null; lists are
 * never null. A meeting held on several days is one Meeting with several {@code days}.
 */
public record Meeting(
        String slug,
        String name,
        String fellowship,
        List<Day> days,
        LocalTime time,
        LocalTime endTime,
        ZoneId timezone,
        List<String> types,
        String notes,
        Place place,
        Online online,
        Attendance attendance,
        String group,
        String groupNotes,
        String feedbackUrl,
        List<String> feedbackEmails,
        Map<String, String> contributions,
        List<Contact> contacts,
        String updated,
        Path sourceFile) {

    public Meeting {
        days = List.copyOf(days);
        types = List.copyOf(types);
        feedbackEmails = List.copyOf(feedbackEmails);
        // Keeps the content's order (Map.copyOf would not): output must be byte-identical.
        contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
        contacts = List.copyOf(contacts);
    }

    /** Where a meeting happens in person. Every field may be null for an online-only meeting. */
    public record Place(String location, String locationNotes, Address address, Double latitude, Double longitude,
                        List<String> regions) {
        public Place {
            regions = List.copyOf(regions);
        }

        /** The most specific region, or null. */
        public String region() {
            return regions.isEmpty() ? null : regions.get(regions.size() - 1);
        }
    }

    /** How to join from a distance; both fields null for an in-person meeting. */
    public record Online(String conferenceUrl, String conferenceUrlNotes, String conferencePhone,
                         String conferencePhoneNotes) {
        public boolean present() {
            return conferenceUrl != null || conferencePhone != null;
        }

        /** The phone number as a tel: link: digits, '+', ',' '*' and '#' only. */
        public String phoneLink() {
            return conferencePhone == null ? null
                    : "tel:" + conferencePhone.replaceAll("[^0-9+,*#]", "").replace("#", "%23");
        }
    }

    public record Contact(String name, String email, String phone) {}

    /** The end time, or one hour after the start as the spec says when it is missing. */
    public LocalTime effectiveEndTime() {
        return endTime != null ? endTime : time.plusHours(1);
    }

    /** "06:30" — the spec's time format. */
    public String timeText() {
        return hhmm(time);
    }

    public String endTimeText() {
        return hhmm(effectiveEndTime());
    }

    /** "07:30": every minute of the day made once (String.format was slow on every entry). */
    private static final String[] HHMM = new String[24 * 60];

    static {
        for (int i = 0; i < HHMM.length; i++) {
            HHMM[i] = (i / 60 < 10 ? "0" : "") + i / 60 + ":" + (i % 60 < 10 ? "0" : "") + i % 60;
        }
    }

    private static String hhmm(LocalTime t) {
        return HHMM[t.getHour() * 60 + t.getMinute()];
    }

    public boolean hasType(String code) {
        return types.contains(code);
    }

    public String region() {
        return place.region();
    }
}
