package org.meetbook.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.meetbook.model.Day;
import org.meetbook.model.Slugs;

/**
 * Lays imported meetings out as content files: one meetings file per region (online-only
 * meetings in online.yaml), venues that two or more meetings share in locations.yaml, and the
 * YAML text of each file. Pure: the caller writes the files.
 */
final class ContentWriter {

    static final String ONLINE_FILE = "online.yaml";

    /** The order fields are written in, as people read a meeting. */
    private static final List<String> ORDER = List.of(
            "name", "slug", "fellowship", "day", "time", "end_time", "timezone", "location",
            "formatted_address", "address", "city", "state", "postal_code", "country", "latitude", "longitude",
            "location_notes", "regions", "types", "notes", "group", "group_notes",
            "conference_url", "conference_url_notes", "conference_phone", "conference_phone_notes",
            "venmo", "square", "paypal", "homegroup_online", "feedback_url", "feedback_emails",
            "contact_1_name", "contact_1_email", "contact_1_phone", "contact_2_name", "contact_2_email",
            "contact_2_phone", "contact_3_name", "contact_3_email", "contact_3_phone", "updated");
    private static final List<String> ADDRESS = List.of(
            "formatted_address", "address", "city", "state", "postal_code", "country");
    /** Moved to the venue when every meeting there has the same value. */
    private static final List<String> SHARED = List.of(
            "latitude", "longitude", "location_notes", "regions", "timezone");

    /** The laid-out content: file name → meetings, venue key → fields. */
    record Layout(Map<String, List<ImportedMeeting>> files, Map<String, String> titles,
                  Map<String, Map<String, Object>> venues) {
        int regions() {
            Set<String> names = new LinkedHashSet<>();
            files.values().forEach(list -> list.forEach(m -> names.addAll(m.list("regions"))));
            venues.values().forEach(v -> {
                if (v.get("regions") instanceof List<?> l) {
                    l.forEach(r -> names.add(String.valueOf(r)));
                }
            });
            return names.size();
        }
    }

    private ContentWriter() {}

    static Layout layout(List<ImportedMeeting> meetings) {
        Map<String, String> titles = new TreeMap<>();
        Map<String, List<ImportedMeeting>> files = split(meetings, titles);
        // Venues in file order, so locations.yaml reads region by region.
        List<ImportedMeeting> ordered = new ArrayList<>();
        files.values().forEach(ordered::addAll);
        return new Layout(files, titles, venues(ordered));
    }

    // ---- files by region ----

    private static Map<String, List<ImportedMeeting>> split(List<ImportedMeeting> meetings, Map<String, String> titles) {
        List<List<String>> paths = new ArrayList<>();
        for (ImportedMeeting m : meetings) {
            if (!m.onlineOnly() && !m.list("regions").isEmpty()) {
                paths.add(m.list("regions"));
            }
        }
        int level = splitLevel(paths);
        Map<String, List<ImportedMeeting>> files = new TreeMap<>();
        for (ImportedMeeting m : meetings) {
            String key = groupOf(m, level);
            String file = key == null ? ONLINE_FILE : Slugs.of(key) + ".yaml";
            titles.putIfAbsent(file, key);
            files.computeIfAbsent(file, f -> new ArrayList<>()).add(m);
        }
        return files;
    }

    /** The shallowest region level at which meetings differ: "Mississippi › North" splits by North/South. */
    static int splitLevel(List<List<String>> paths) {
        int level = 0;
        while (true) {
            Set<String> values = new LinkedHashSet<>();
            boolean deeper = false;
            for (List<String> p : paths) {
                if (p.size() > level) {
                    values.add(p.get(level));
                }
                deeper |= p.size() > level + 1;
            }
            if (values.size() > 1 || !deeper) {
                return level;
            }
            level++;
        }
    }

    /** The region (or town) a meeting's file is named after; null for online-only meetings. */
    private static String groupOf(ImportedMeeting m, int level) {
        if (m.onlineOnly()) {
            return null;
        }
        List<String> regions = m.list("regions");
        if (!regions.isEmpty()) {
            return regions.get(Math.min(level, regions.size() - 1));
        }
        return m.text("city") != null ? m.text("city") : "meetings";
    }

    // ---- shared venues ----

    private static Map<String, Map<String, Object>> venues(List<ImportedMeeting> meetings) {
        // location name → address → meetings there
        Map<String, Map<List<Object>, List<ImportedMeeting>>> byName = new LinkedHashMap<>();
        for (ImportedMeeting m : meetings) {
            String name = m.text("location");
            if (name == null || !m.hasStreetAddress()) {
                continue;
            }
            List<Object> address = new ArrayList<>();
            ADDRESS.forEach(k -> address.add(m.fields.get(k)));
            byName.computeIfAbsent(name, n -> new LinkedHashMap<>())
                    .computeIfAbsent(address, a -> new ArrayList<>()).add(m);
        }
        Set<String> usedNames = new LinkedHashSet<>();
        for (ImportedMeeting m : meetings) {
            if (m.text("location") != null) {
                usedNames.add(m.text("location"));
            }
        }
        Map<String, Map<String, Object>> venues = new LinkedHashMap<>();
        byName.forEach((name, addresses) -> addresses.forEach((address, at) -> {
            if (at.size() < 2) {
                return;
            }
            String key = name;
            if (addresses.size() > 1) {
                key = name + " (" + firstLine(at.get(0)) + ")";
                for (int n = 2; venues.containsKey(key) || usedNames.contains(key); n++) {
                    key = name + " (" + firstLine(at.get(0)) + " " + n + ")";
                }
            }
            Map<String, Object> venue = new LinkedHashMap<>();
            for (String k : ADDRESS) {
                if (at.get(0).fields.get(k) != null) {
                    venue.put(k, at.get(0).fields.get(k));
                }
            }
            for (String k : SHARED) {
                Object first = at.get(0).fields.get(k);
                if (first != null && at.stream().allMatch(m -> Objects.equals(first, m.fields.get(k)))) {
                    venue.put(k, first);
                }
            }
            for (ImportedMeeting m : at) {
                venue.keySet().forEach(m::remove);
                m.put("location", key);
            }
            venues.put(key, venue);
        }));
        return venues;
    }

    private static String firstLine(ImportedMeeting m) {
        String street = m.text("address") != null ? m.text("address") : m.text("formatted_address");
        int comma = street.indexOf(',');
        return comma < 0 ? street : street.substring(0, comma).trim();
    }

    // ---- YAML ----

    static String meetingsFile(List<ImportedMeeting> meetings, String header) {
        StringBuilder out = new StringBuilder(header);
        for (ImportedMeeting m : meetings) {
            out.append('\n').append(YamlOut.listItem(fields(m.fields)));
        }
        return out.toString();
    }

    static String locationsFile(Map<String, Map<String, Object>> venues, String header) {
        StringBuilder out = new StringBuilder(header);
        venues.forEach((key, fields) -> {
            Map<String, Object> ordered = fields(fields);
            Object zone = ordered.remove("timezone"); // a venue's zone reads best after its address
            if (zone != null) {
                ordered.put("timezone", zone);
            }
            out.append('\n').append(YamlOut.entry(key, ordered));
        });
        return out.toString();
    }

    /** Fields in reading order, with times quoted, days as names and regions as region/sub_region. */
    static Map<String, Object> fields(Map<String, Object> source) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : ORDER) {
            Object v = source.get(key);
            if (v == null) {
                continue;
            }
            switch (key) {
                case "day" -> {
                    List<String> names = new ArrayList<>();
                    for (Object d : (v instanceof List<?> l ? l : List.of(v))) {
                        names.add(Day.values()[Integer.parseInt(String.valueOf(d))].key());
                    }
                    out.put("day", names.size() == 1 ? names.get(0) : names);
                }
                case "time", "end_time", "conference_phone", "contact_1_phone", "contact_2_phone", "contact_3_phone",
                        "postal_code" -> out.put(key, new YamlOut.Quoted(String.valueOf(v)));
                case "latitude", "longitude" -> out.put(key, new YamlOut.Numeric(String.valueOf(v)));
                case "regions" -> {
                    List<?> regions = v instanceof List<?> l ? l : List.of(v);
                    if (regions.size() <= 2) {
                        out.put("region", regions.get(0));
                        if (regions.size() == 2) {
                            out.put("sub_region", regions.get(1));
                        }
                    } else {
                        out.put("regions", regions);
                    }
                }
                default -> out.put(key, v);
            }
        }
        return out;
    }
}
