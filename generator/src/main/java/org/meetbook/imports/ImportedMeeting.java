package org.meetbook.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One meeting as read from any source, before it is written: content field names (the Meeting
 * Guide spec's) mapped to a text or a list of texts. {@code origin} says where it came from in
 * the input ("row 7", "meeting 3") for messages.
 */
final class ImportedMeeting {

    final String origin;
    final Map<String, Object> fields = new LinkedHashMap<>();
    /** The source said the meeting is online (a type such as ONL, a BMLT venue type), whatever its fields say. */
    boolean flaggedOnline;

    ImportedMeeting(String origin) {
        this.origin = origin;
    }

    /** Sets a text field; blank values are left out. */
    void put(String key, String value) {
        if (value == null || value.isBlank()) {
            fields.remove(key);
        } else {
            fields.put(key, value.trim());
        }
    }

    void putList(String key, List<String> values) {
        List<String> clean = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && !clean.contains(v.trim())) {
                clean.add(v.trim());
            }
        }
        if (clean.isEmpty()) {
            fields.remove(key);
        } else {
            fields.put(key, clean);
        }
    }

    String text(String key) {
        return fields.get(key) instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    List<String> list(String key) {
        Object v = fields.get(key);
        if (v instanceof List<?> l) {
            return (List<String>) l;
        }
        return v instanceof String s ? List.of(s) : List.of();
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    void remove(String key) {
        fields.remove(key);
    }

    /** "'Lunch Bunch' (row 7)" for messages. */
    String label() {
        String name = text("name");
        return (name == null ? "(no name)" : "'" + Clean.shorten(name) + "'") + " (" + origin + ")";
    }

    boolean hasLink() {
        return has("conference_url") || has("conference_phone");
    }

    /** A street address pins a place; a city or an address with fewer than four parts does not. */
    boolean hasStreetAddress() {
        if (has("address")) {
            return true;
        }
        String f = text("formatted_address");
        return f != null && f.split(",").length >= 4;
    }

    boolean hasAnyAddress() {
        return has("address") || has("formatted_address");
    }

    /** Online only: joined from a distance, no street address to go to. */
    boolean onlineOnly() {
        return (hasLink() || flaggedOnline) && !hasStreetAddress();
    }
}
