package org.meetbook.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meetbook.model.Address;
import org.meetbook.model.Day;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.Site;
import org.meetbook.publish.SiteLayout;

/**
 * meetings.json as the Meeting Guide spec defines it, so the Meeting Guide app and TSML UI can
 * read this directory. Consumers infer a lot: every meeting gets a timezone, and an in-person
 * address is written in full (four comma-separated parts) so it is not taken as approximate.
 */
public final class MeetingGuideFeed {

    public static final String FILE = "meetings.json";

    private MeetingGuideFeed() {}

    /** Initialises Jackson ahead of use. */
    static void prepare() {
        try {
            new ObjectMapper().writeValueAsBytes(Map.of("name", ""));
        } catch (IOException ignored) {
            // write() meets and reports the same problem
        }
    }

    public static byte[] write(Directory directory) throws IOException {
        List<Map<String, Object>> feed = new ArrayList<>();
        for (Meeting m : directory.meetings()) {
            feed.add(entry(m, directory));
        }
        return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(feed);
    }

    static Map<String, Object> entry(Meeting m, Directory directory) {
        Site site = directory.site();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", m.name());
        e.put("slug", m.slug());
        e.put("day", m.days().size() == 1 ? m.days().get(0).number() : m.days().stream().map(Day::number).toList());
        e.put("time", m.timeText());
        if (m.endTime() != null) {
            e.put("end_time", m.endTimeText());
        }
        e.put("timezone", m.timezone().getId());
        // Only the spec's codes: consumers drop or misread anything else.
        List<String> types = m.types().stream().filter(directory.types()::isStandard).toList();
        if (!types.isEmpty()) {
            e.put("types", types);
        }
        put(e, "notes", m.notes());
        Meeting.Place place = m.place();
        put(e, "location", place.location());
        put(e, "location_notes", place.locationNotes());
        Address address = place.address();
        if (address != null) {
            e.put("formatted_address", address.full());
            e.put("approximate", address.specific() ? "no" : "yes");
        } else if (site.entity().location() != null) {
            // Online-only: the spec asks for a geographic affinity; the service area is honest.
            e.put("formatted_address", site.entity().location());
            e.put("approximate", "yes");
        }
        if (place.latitude() != null && place.longitude() != null) {
            e.put("latitude", place.latitude());
            e.put("longitude", place.longitude());
        }
        if (!place.regions().isEmpty()) {
            e.put("regions", place.regions());
        }
        put(e, "group", m.group());
        put(e, "group_notes", m.groupNotes());
        Meeting.Online online = m.online();
        put(e, "conference_url", online.conferenceUrl());
        put(e, "conference_url_notes", online.conferenceUrlNotes());
        put(e, "conference_phone", online.conferencePhone());
        put(e, "conference_phone_notes", online.conferencePhoneNotes());
        m.contributions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(c -> e.put(c.getKey(), c.getValue()));
        if (site.baseUrlWithSlash() != null) {
            e.put("url", site.baseUrlWithSlash() + SiteLayout.meetingPage(m.slug()));
        }
        put(e, "feedback_url", m.feedbackUrl());
        if (!m.feedbackEmails().isEmpty()) {
            e.put("feedback_emails", m.feedbackEmails());
        } else if (site.entity().email() != null) {
            e.put("feedback_emails", List.of(site.entity().email()));
        }
        put(e, "updated", m.updated());
        for (int n = 0; n < m.contacts().size(); n++) {
            Meeting.Contact c = m.contacts().get(n);
            put(e, "contact_" + (n + 1) + "_name", c.name());
            put(e, "contact_" + (n + 1) + "_email", c.email());
            put(e, "contact_" + (n + 1) + "_phone", c.phone());
        }
        Site.Entity entity = site.entity();
        if (entity.name() != null) {
            e.put("entity", entity.name());
            put(e, "entity_email", entity.email());
            put(e, "entity_location", entity.location());
            put(e, "entity_phone", entity.phone());
            put(e, "entity_website_url", entity.websiteUrl());
        }
        return e;
    }

    private static void put(Map<String, Object> e, String key, String value) {
        if (value != null && !value.isBlank()) {
            e.put(key, value);
        }
    }
}
