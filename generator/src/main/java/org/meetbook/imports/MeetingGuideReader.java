package org.meetbook.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meetbook.model.TypeCatalog;
import org.meetbook.publish.SiteLayout;

/** A Meeting Guide JSON feed (the spec's meetings.json): an array of meeting objects. */
final class MeetingGuideReader {

    static final String FORMAT = "Meeting Guide JSON";

    /** Spec fields copied as they are (after cleaning). */
    private static final List<String> TEXT_FIELDS = List.of(
            "name", "slug", "timezone", "notes", "location", "location_notes", "formatted_address",
            "address", "city", "state", "postal_code", "country", "latitude", "longitude",
            "group", "group_notes", "conference_url", "conference_url_notes", "conference_phone",
            "conference_phone_notes", "venmo", "square", "paypal", "homegroup_online", "feedback_url",
            "contact_1_name", "contact_1_email", "contact_1_phone", "contact_2_name", "contact_2_email",
            "contact_2_phone", "contact_3_name", "contact_3_email", "contact_3_phone", "updated");
    private static final List<String> ENTITY = List.of(
            "entity", "entity_email", "entity_phone", "entity_location", "entity_website_url", "entity_logo");
    /** Read elsewhere in this class, or deliberately dropped. */
    private static final Set<String> HANDLED = Set.of("day", "time", "end_time", "types", "regions", "region",
            "sub_region", "feedback_emails", "url", "approximate", "edit_url");

    private MeetingGuideReader() {}

    static Imported read(String json, String file, ImportReport report) throws ImportException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root != null && root.isObject() && root.get("meetings") != null && root.get("meetings").isArray()) {
            root = root.get("meetings");
        }
        if (root == null || !root.isArray()) {
            throw new ImportException(file + ": a Meeting Guide feed is a JSON array of meetings ([{...}, ...]), found "
                    + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase()));
        }
        Imported out = new Imported(FORMAT);
        List<String> baseUrls = new ArrayList<>();
        int urls = 0;
        int n = 0;
        for (JsonNode entry : root) {
            n++;
            ImportedMeeting m = new ImportedMeeting("meeting " + n);
            if (!entry.isObject()) {
                report.warn("meeting " + n + ": skipped, not a JSON object");
                report.skippedBad++;
                continue;
            }
            for (String key : TEXT_FIELDS) {
                m.put(key, text(entry.get(key)));
            }
            m.putList("day", texts(entry.get("day")));
            m.put("time", text(entry.get("time")));
            m.put("end_time", text(entry.get("end_time")));
            types(entry.get("types"), m, report);
            List<String> regions = texts(entry.get("regions"));
            if (regions.isEmpty()) {
                regions = new ArrayList<>();
                regions.add(text(entry.get("region")));
                regions.add(text(entry.get("sub_region")));
            }
            m.putList("regions", regions);
            m.putList("feedback_emails", feedbackEmails(entry.get("feedback_emails")));
            for (String key : ENTITY) {
                String v = text(entry.get(key));
                if (v != null) {
                    out.site.putIfAbsent(key, v);
                }
            }
            // An online meeting's address is often just the service area (Meetbook writes its entity_location).
            if (m.hasLink() && m.text("formatted_address") != null
                    && m.text("formatted_address").equals(text(entry.get("entity_location")))
                    && "yes".equals(text(entry.get("approximate")))) {
                m.remove("formatted_address");
            }
            String url = text(entry.get("url"));
            String slug = m.text("slug");
            if (url != null) {
                urls++;
                String page = slug == null ? null : SiteLayout.meetingPage(slug);
                if (page != null && url.endsWith("/" + page)) {
                    baseUrls.add(url.substring(0, url.length() - page.length()));
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = entry.fields();
            while (fields.hasNext()) {
                String key = fields.next().getKey();
                if (!TEXT_FIELDS.contains(key) && !ENTITY.contains(key) && !HANDLED.contains(key)) {
                    report.notMapped("field '" + Clean.shorten(key) + "': not a Meeting Guide field");
                }
            }
            out.meetings.add(m);
        }
        if (urls > 0) {
            if (baseUrls.size() == urls && baseUrls.stream().distinct().count() == 1) {
                out.site.put("base_url", baseUrls.get(0));
            } else {
                report.warn(urls + " meeting url(s) not imported: meeting pages will live on this site"
                        + " (set base_url in site.yaml)");
            }
        }
        return out;
    }

    private static void types(JsonNode node, ImportedMeeting m, ImportReport report) {
        List<String> codes = new ArrayList<>();
        List<String> given = node != null && node.isTextual() ? List.of(node.asText().split(",")) : texts(node);
        TypeCatalog catalog = TypeCatalog.standard();
        for (String t : given) {
            String code = t.trim();
            if (catalog.isStandard(code)) {
                codes.add(code);
            } else if (catalog.isStandard(code.toUpperCase(java.util.Locale.ROOT)) && !code.equals("onl")) {
                codes.add(code.toUpperCase(java.util.Locale.ROOT)); // "o" for "O": codes are upper case
            } else if (code.equalsIgnoreCase("ONL")) {
                m.flaggedOnline = true;
                report.notMapped("type " + code + ": not a Meeting Guide type; online attendance comes from"
                        + " conference_url/conference_phone");
            } else if (!code.isEmpty()) {
                report.notMapped("type " + Clean.shorten(code) + ": not a Meeting Guide type");
            }
        }
        m.putList("types", codes);
    }

    private static List<String> feedbackEmails(JsonNode node) {
        if (node != null && node.isTextual()) {
            return List.of(node.asText().split(","));
        }
        return texts(node);
    }

    /** A string, number or boolean as text; null for anything else. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }

    /** One value or an array of values as texts. */
    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                String t = text(item);
                if (t != null) {
                    out.add(t);
                }
            }
        } else {
            String t = text(node);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }
}
