package org.meetbook.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The field names each kind of content file may use. Meeting fields are the Meeting Guide spec's. */
public final class Fields {

    private Fields() {}

    /** Address and place fields, shared by meetings and venues in locations.yaml. */
    public static final List<String> PLACE = List.of(
            "formatted_address", "address", "city", "state", "postal_code", "country",
            "latitude", "longitude", "approximate", "location_notes", "region", "sub_region", "regions",
            "timezone");

    public static final Set<String> MEETING = union(PLACE, List.of(
            "name", "slug", "day", "time", "end_time", "types", "notes", "location",
            "group", "group_notes",
            "conference_url", "conference_url_notes", "conference_phone", "conference_phone_notes",
            "venmo", "square", "paypal", "homegroup_online",
            "url", "edit_url", "feedback_url", "feedback_emails",
            "contact_1_name", "contact_1_email", "contact_1_phone",
            "contact_2_name", "contact_2_email", "contact_2_phone",
            "contact_3_name", "contact_3_email", "contact_3_phone",
            "fellowship", "updated"));

    public static final Set<String> VENUE = union(PLACE, List.of());

    public static final Set<String> SITE = union(List.of(
            "title", "description", "entity", "entity_email", "entity_phone", "entity_location",
            "entity_website_url", "entity_logo", "timezone", "languages", "base_url", "fellowship",
            "fellowships", "types", "print"), List.of());

    public static final Set<String> PRINT = union(List.of("paper", "updated", "editions", "grouping", "pages", "multiple_of", "type_size", "min_type_size", "max_type_size", "regions", "online"), List.of());

    public static final Set<String> PAGE = union(List.of("title", "description", "order", "print"), List.of());

    /** Contribution handles the spec defines, in display order. */
    public static final List<String> CONTRIBUTIONS = List.of("venmo", "square", "paypal", "homegroup_online");

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }
}
