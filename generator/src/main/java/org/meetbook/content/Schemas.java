package org.meetbook.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.meetbook.model.Day;
import org.meetbook.model.TypeCatalog;

/**
 * JSON Schemas for site.yaml, meetings/*.yaml and locations.yaml, made from {@link Fields} so
 * they can never disagree with the checks. Editors that read a {@code # yaml-language-server:
 * $schema=...} line complete and validate fields as people type. The checks stay the authority:
 * a schema catches typos early, the checks say exactly what is wrong.
 */
public final class Schemas {

    public static final String FOLDER = "schemas";
    public static final String SITE = "site.schema.json";
    public static final String MEETINGS = "meetings.schema.json";
    public static final String LOCATIONS = "locations.schema.json";

    private static final String TIME_PATTERN = "^([01]?[0-9]|2[0-3]):[0-5][0-9]$";
    private static final String URL_PATTERN = "^https?://";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("name", "The meeting's name, without 'AA' or 'meeting'."),
            Map.entry("slug", "Optional web address name: lowercase letters, digits, hyphens. Derived from the name when absent."),
            Map.entry("day", "A day name (monday), 0-6 with 0 = Sunday, or a list of either."),
            Map.entry("time", "Start time, 24-hour, in quotes: \"19:30\"."),
            Map.entry("end_time", "End time, 24-hour, in quotes. After midnight is fine (\"00:30\"). One hour when absent."),
            Map.entry("timezone", "A tz database name such as America/Chicago, when it differs from site.yaml's."),
            Map.entry("types", "Meeting Guide type codes (O open, C closed, D discussion, ...) or the directory's own from site.yaml."),
            Map.entry("notes", "Plain text about this meeting. No HTML."),
            Map.entry("location", "A venue name from locations.yaml (its address is used), or the building's name."),
            Map.entry("location_notes", "How to find the room: which door, parking."),
            Map.entry("formatted_address", "The whole address in one line: street, city, state postal code, country."),
            Map.entry("address", "Street and number only; put 'upstairs' or 'around back' in location_notes."),
            Map.entry("region", "Neighbourhood or town, for filters and index pages. 'Online' for online-only meetings."),
            Map.entry("regions", "Regions from the most general to the most specific."),
            Map.entry("conference_url", "The https link people join with; makes the meeting online (hybrid with an address)."),
            Map.entry("conference_phone", "Dial-in number; ',' '*' '#' allowed for one-tap dialling."),
            Map.entry("fellowship", "AA, NA, CA, ... as listed under fellowships in site.yaml; the site's default when absent."),
            Map.entry("feedback_url", "Where to report a correction (https or mailto)."),
            Map.entry("contact_1_name", "First name and initial only (anonymity)."),
            Map.entry("title", "The directory's title, shown on every page and on the printed cover."),
            Map.entry("entity", "The service entity publishing the list, e.g. your intergroup."),
            Map.entry("entity_email", "The entity's public email address."),
            Map.entry("entity_phone", "The entity's public phone, starting with the country code: +1-555-555-0100."),
            Map.entry("languages", "Language codes; the first is the default (at the site root)."),
            Map.entry("base_url", "Where the site will live (for sitemap.xml and feed links). Optional."),
            Map.entry("fellowships", "Every fellowship code used, with its name in words."),
            Map.entry("print", "Print settings."));

    private Schemas() {}

    /** File name → schema text, in a stable order. */
    public static Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(SITE, pretty(site()));
        out.put(MEETINGS, pretty(meetings()));
        out.put(LOCATIONS, pretty(locations()));
        return out;
    }

    static ObjectNode site() {
        ObjectNode schema = root("Meetbook site.yaml", "The directory's identity, defaults and print settings.");
        schema.put("type", "object");
        schema.putArray("required").add("title");
        ObjectNode props = schema.putObject("properties");
        for (String field : new TreeSet<>(Fields.SITE)) {
            ObjectNode p = describe(props.putObject(field), field);
            switch (field) {
                case "languages" -> p.put("type", "array").putObject("items").put("type", "string").put("pattern", "^[a-z]{2}(-[A-Z]{2})?$");
                case "fellowships", "types" -> p.put("type", "object").putObject("additionalProperties").put("type", "string");
                case "print" -> {
                    p.put("type", "object");
                    ObjectNode printProps = p.putObject("properties");
                    for (String f : new TreeSet<>(Fields.PRINT)) {
                        printProps.putObject(f);
                    }
                    printProps.with("paper").putArray("enum").add("letter").add("a4");
                }
                case "base_url", "entity_website_url", "entity_logo" -> p.put("type", "string").put("pattern", URL_PATTERN);
                default -> p.put("type", "string");
            }
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    static ObjectNode meetings() {
        ObjectNode schema = root("Meetbook meetings file", "A list of meetings; field names are the Meeting Guide spec's.");
        schema.put("type", "array");
        ObjectNode meeting = schema.putObject("items");
        meeting.put("type", "object");
        meeting.putArray("required").add("name").add("day").add("time");
        ObjectNode props = meeting.putObject("properties");
        for (String field : new TreeSet<>(Fields.MEETING)) {
            ObjectNode p = describe(props.putObject(field), field);
            switch (field) {
                case "day" -> {
                    ArrayNode oneOf = p.putArray("anyOf");
                    oneOf.add(dayValue());
                    oneOf.addObject().put("type", "array").set("items", dayValue());
                }
                case "time", "end_time" -> p.put("type", "string").put("pattern", TIME_PATTERN);
                case "types" -> p.put("type", "array").set("items", typeCode());
                case "regions", "feedback_emails" -> p.put("type", "array").putObject("items").put("type", "string");
                case "latitude", "longitude" -> p.put("type", "number");
                case "approximate" -> p.putArray("enum").add("yes").add("no");
                case "conference_url", "url", "edit_url" -> p.put("type", "string").put("pattern", URL_PATTERN);
                case "feedback_url" -> p.put("type", "string").put("pattern", "^(https?://|mailto:)");
                default -> p.put("type", "string");
            }
        }
        meeting.put("additionalProperties", false);
        return schema;
    }

    static ObjectNode locations() {
        ObjectNode schema = root("Meetbook locations.yaml", "Shared venues: a venue's name, then its address fields.");
        schema.put("type", "object");
        ObjectNode venue = schema.putObject("additionalProperties");
        venue.put("type", "object");
        ObjectNode props = venue.putObject("properties");
        for (String field : new TreeSet<>(Fields.VENUE)) {
            ObjectNode p = describe(props.putObject(field), field);
            switch (field) {
                case "latitude", "longitude" -> p.put("type", "number");
                case "regions" -> p.put("type", "array").putObject("items").put("type", "string");
                case "approximate" -> p.putArray("enum").add("yes").add("no");
                default -> p.put("type", "string");
            }
        }
        venue.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode dayValue() {
        ObjectNode day = JSON.createObjectNode();
        ArrayNode anyOf = day.putArray("anyOf");
        ArrayNode names = anyOf.addObject().put("type", "string").putArray("enum");
        for (Day d : Day.values()) {
            names.add(d.key());
        }
        anyOf.addObject().put("type", "integer").put("minimum", 0).put("maximum", 6);
        return day;
    }

    /** A spec code (offered for completion) or the directory's own code. */
    private static ObjectNode typeCode() {
        ObjectNode code = JSON.createObjectNode();
        ArrayNode anyOf = code.putArray("anyOf");
        ArrayNode codes = anyOf.addObject().putArray("enum");
        TypeCatalog spec = TypeCatalog.standard();
        List<String> sorted = spec.codes().stream().sorted().toList();
        sorted.forEach(codes::add);
        anyOf.addObject().put("type", "string").put("pattern", "^[A-Za-z0-9-]{1,10}$")
                .put("description", "The directory's own code, defined under types: in site.yaml.");
        return code;
    }

    private static ObjectNode root(String title, String description) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", title);
        schema.put("description", description);
        return schema;
    }

    private static ObjectNode describe(ObjectNode property, String field) {
        String d = DESCRIPTIONS.get(field);
        if (d != null) {
            property.put("description", d);
        }
        return property;
    }

    private static String pretty(ObjectNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
