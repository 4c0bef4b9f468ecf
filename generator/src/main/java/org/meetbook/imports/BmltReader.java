package org.meetbook.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.meetbook.model.TypeCatalog;

/**
 * A BMLT root server's GetSearchResults JSON, with its GetFormats JSON for the format names.
 * Weekdays count 1 = Sunday; start time plus duration gives the end; venue_type 1/2/3 is in
 * person / virtual / hybrid; unpublished meetings are skipped.
 */
final class BmltReader {

    static final String FORMAT = "BMLT JSON";

    /** NAWS world format ids with the same meaning as a spec code. */
    private static final Map<String, String> WORLD_IDS = Map.ofEntries(
            Map.entry("O", "O"), Map.entry("C", "C"), Map.entry("SPK", "SP"), Map.entry("STEP", "ST"),
            Map.entry("CAN", "CAN"), Map.entry("WCHR", "X"), Map.entry("M", "M"), Map.entry("W", "W"),
            Map.entry("BEG", "BE"), Map.entry("TRAD", "TR"), Map.entry("YP", "Y"), Map.entry("SMOK", "SM"),
            Map.entry("MED", "MED"), Map.entry("TC", "TC"), Map.entry("D", "D"), Map.entry("DISC", "D"),
            Map.entry("CW", "CF"), Map.entry("VM", TypeNames.ATTENDANCE), Map.entry("HYBR", TypeNames.ATTENDANCE),
            Map.entry("VIRT", TypeNames.ATTENDANCE));
    /** Names of common NA format keys, for when no GetFormats JSON is given. */
    private static final Map<String, String> COMMON_KEYS = Map.ofEntries(
            Map.entry("O", "Open"), Map.entry("C", "Closed"), Map.entry("BT", "Basic Text"),
            Map.entry("JT", "Just for Today"), Map.entry("SPK", "Speaker"), Map.entry("So", "Speaker"),
            Map.entry("ST", "Step Study"), Map.entry("St", "Step Study"), Map.entry("WC", "Wheelchair Accessible"),
            Map.entry("M", "Men"), Map.entry("W", "Women"), Map.entry("B", "Beginners"), Map.entry("CL", "Candlelight"),
            Map.entry("ES", "Español"), Map.entry("VM", "Virtual Meeting"), Map.entry("HY", "Hybrid"),
            Map.entry("TC", "Temporarily Closed"), Map.entry("IP", "Informational Pamphlet"),
            Map.entry("D", "Discussion"), Map.entry("YP", "Young People"), Map.entry("ME", "Meditation"),
            Map.entry("IW", "It Works"), Map.entry("SG", "Step Working Guide"), Map.entry("LC", "Living Clean"),
            Map.entry("Tr", "Tradition Study"), Map.entry("To", "Topic"), Map.entry("NS", "Non-Smoking"),
            Map.entry("Sm", "Smoking"), Map.entry("CW", "Children Welcome"), Map.entry("CH", "Closed Holidays"),
            Map.entry("RF", "Rotating Format"), Map.entry("Ag", "Agnostic"), Map.entry("QA", "Questions and Answers"));

    private record Format(String key, String name, String description, String worldId) {}

    private BmltReader() {}

    static Imported read(String json, String file, String formatsJson, String formatsFile, String fellowship,
                         ImportReport report) throws ImportException {
        JsonNode root = parse(json, file);
        JsonNode meetings = root;
        JsonNode embeddedFormats = null;
        if (root.isObject() && root.get("meetings") != null) {
            meetings = root.get("meetings");
            embeddedFormats = root.get("formats");
        }
        if (!meetings.isArray()) {
            throw new ImportException(file + ": BMLT GetSearchResults JSON is an array of meetings, found "
                    + meetings.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        Imported out = new Imported(FORMAT);
        out.fellowship = fellowship;

        Map<String, List<JsonNode>> formatsByKey = new LinkedHashMap<>();
        JsonNode formats = formatsJson != null ? parse(formatsJson, formatsFile) : embeddedFormats;
        if (formats != null) {
            if (!formats.isArray()) {
                throw new ImportException((formatsJson != null ? formatsFile : file)
                        + ": GetFormats JSON is an array of formats");
            }
            for (JsonNode f : formats) {
                String key = MeetingGuideReader.text(f.get("key_string"));
                if (key != null && !key.isBlank()) {
                    formatsByKey.computeIfAbsent(key.trim(), k -> new ArrayList<>()).add(f);
                }
            }
        } else {
            report.warn("no GetFormats JSON given (--formats): format keys are read as the usual NA formats");
        }

        // The directory's language is the one most meetings use.
        Map<String, Integer> langCounts = new TreeMap<>();
        for (JsonNode m : meetings) {
            String lang = MeetingGuideReader.text(m.get("lang_enum"));
            if (lang != null && lang.matches("[a-z]{2}")) {
                langCounts.merge(lang, 1, Integer::sum);
            }
        }
        String mainLanguage = "en";
        int most = 0;
        for (Map.Entry<String, Integer> c : langCounts.entrySet()) { // alphabetical: ties go to the first
            if (c.getValue() > most) {
                most = c.getValue();
                mainLanguage = c.getKey();
            }
        }
        out.languages.add(mainLanguage);
        String language = mainLanguage;

        Map<String, Optional<String>> mapped = new HashMap<>();
        int n = 0;
        for (JsonNode entry : meetings) {
            n++;
            if (!entry.isObject()) {
                report.warn("meeting " + n + ": skipped, not a JSON object");
                report.skippedBad++;
                continue;
            }
            String id = MeetingGuideReader.text(entry.get("id_bigint"));
            ImportedMeeting m = new ImportedMeeting(id == null ? "meeting " + n : "meeting id " + id);
            m.put("name", MeetingGuideReader.text(entry.get("meeting_name")));
            if ("0".equals(MeetingGuideReader.text(entry.get("published")))) {
                report.skippedUnpublished++;
                continue;
            }
            fields(entry, m, report);
            Set<String> codes = new LinkedHashSet<>();
            String keys = MeetingGuideReader.text(entry.get("formats"));
            if (keys != null) {
                for (String raw : keys.split(",")) {
                    String key = raw.trim();
                    if (key.isEmpty()) {
                        continue;
                    }
                    Optional<String> code = mapped.computeIfAbsent(key,
                            k -> code(format(k, formatsByKey.get(k), language), out, fellowship, report));
                    code.ifPresent(codes::add);
                }
            }
            String lang = MeetingGuideReader.text(entry.get("lang_enum"));
            if (lang != null && lang.matches("[a-z]{2}") && !lang.equals(language)) {
                TypeNames.languageType(lang).ifPresent(codes::add);
                if (!out.languages.contains(lang)) {
                    out.languages.add(lang);
                }
            }
            m.putList("types", new ArrayList<>(codes));
            out.meetings.add(m);
        }
        return out;
    }

    private static void fields(JsonNode e, ImportedMeeting m, ImportReport report) {
        String weekday = MeetingGuideReader.text(e.get("weekday_tinyint"));
        if (weekday != null && weekday.trim().matches("[1-7]")) {
            m.put("day", String.valueOf(Integer.parseInt(weekday.trim()) - 1));
        } else if (weekday != null) {
            m.put("day", "weekday " + weekday); // reported as not a day
        }
        String start = MeetingGuideReader.text(e.get("start_time"));
        m.put("time", start);
        String duration = MeetingGuideReader.text(e.get("duration_time"));
        Optional<String> begins = Clean.time(start);
        if (begins.isPresent() && duration != null && duration.trim().matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
            String[] parts = duration.trim().split(":");
            Duration length = Duration.ofHours(Integer.parseInt(parts[0])).plusMinutes(Integer.parseInt(parts[1]));
            if (!length.isZero() && length.compareTo(Duration.ofHours(12)) <= 0) {
                LocalTime end = LocalTime.parse(begins.get()).plus(length);
                m.put("end_time", String.format("%02d:%02d", end.getHour(), end.getMinute()));
            } else if (!length.isZero()) {
                report.warn(m, "duration " + duration.trim() + " is longer than 12 hours; end time left out");
            }
        }
        m.put("timezone", MeetingGuideReader.text(e.get("time_zone")));
        m.put("location", MeetingGuideReader.text(e.get("location_text")));
        m.put("location_notes", MeetingGuideReader.text(e.get("location_info")));
        m.put("notes", MeetingGuideReader.text(e.get("comments")));
        m.put("address", MeetingGuideReader.text(e.get("location_street")));
        m.put("city", MeetingGuideReader.text(e.get("location_municipality")));
        m.put("state", MeetingGuideReader.text(e.get("location_province")));
        m.put("postal_code", MeetingGuideReader.text(e.get("location_postal_code_1")));
        m.put("country", MeetingGuideReader.text(e.get("location_nation")));
        m.put("latitude", MeetingGuideReader.text(e.get("latitude")));
        m.put("longitude", MeetingGuideReader.text(e.get("longitude")));
        List<String> regions = new ArrayList<>();
        regions.add(MeetingGuideReader.text(e.get("location_municipality")));
        String sub = MeetingGuideReader.text(e.get("location_city_subsection"));
        regions.add(sub != null && !sub.isBlank() ? sub : MeetingGuideReader.text(e.get("location_neighborhood")));
        m.putList("regions", regions);
        for (int i = 1; i <= 3; i++) {
            for (String what : List.of("name", "email", "phone")) {
                String v = MeetingGuideReader.text(e.get("contact_" + what + "_" + i));
                if (v == null) {
                    v = MeetingGuideReader.text(e.get("contact_" + what + i));
                }
                m.put("contact_" + i + "_" + what, v);
            }
        }
        String link = MeetingGuideReader.text(e.get("virtual_meeting_link"));
        String phone = MeetingGuideReader.text(e.get("phone_meeting_number"));
        String info = MeetingGuideReader.text(e.get("virtual_meeting_additional_info"));
        String venue = MeetingGuideReader.text(e.get("venue_type"));
        venue = venue == null ? "" : venue.trim();
        if (venue.equals("1")) {
            if ((link != null && !link.isBlank()) || (phone != null && !phone.isBlank())) {
                report.warn(m, "venue_type 1 (in person) but a virtual link or phone is given; left out");
            }
            return;
        }
        m.put("conference_url", link);
        m.put("conference_phone", Clean.phone(phone));
        m.put(m.has("conference_url") || !m.has("conference_phone") ? "conference_url_notes" : "conference_phone_notes", info);
        if (venue.equals("2")) {
            m.flaggedOnline = true;
            m.remove("address"); // a virtual meeting's street is a leftover; the town stays as its area
            if (!m.hasLink()) {
                report.warn(m, "venue_type 2 (virtual) but no virtual_meeting_link or phone_meeting_number");
            }
        } else if (venue.equals("3") && !m.hasLink()) {
            report.warn(m, "venue_type 3 (hybrid) but no virtual_meeting_link or phone_meeting_number");
        }
    }

    private static Format format(String key, List<JsonNode> variants, String language) {
        if (variants == null || variants.isEmpty()) {
            return new Format(key, COMMON_KEYS.get(key), null, null);
        }
        JsonNode chosen = variants.get(0);
        for (JsonNode v : variants) {
            if (language.equals(MeetingGuideReader.text(v.get("lang")))) {
                chosen = v;
                break;
            }
        }
        return new Format(key, Clean.text(MeetingGuideReader.text(chosen.get("name_string"))),
                Clean.text(MeetingGuideReader.text(chosen.get("description_string"))),
                MeetingGuideReader.text(chosen.get("world_id")));
    }

    /**
     * A spec code when the format means the same (by its world id, else by its name), nothing for
     * virtual/hybrid (attendance comes from the links), else a type of the directory's own.
     */
    private static Optional<String> code(Format f, Imported out, String fellowship, ImportReport report) {
        String code = f.worldId() == null ? null : WORLD_IDS.get(f.worldId().trim().toUpperCase(Locale.ROOT));
        if (code == null && f.name() != null) {
            code = TypeNames.code(f.name()).orElse(null);
        }
        if (TypeNames.ATTENDANCE.equals(code)) {
            report.notMapped("format " + f.key() + " (" + f.name() + "): attendance comes from venue_type and the links");
            return Optional.empty();
        }
        if (code != null) {
            return Optional.of(code);
        }
        String own = f.key().replaceAll("[^A-Za-z0-9-]", "-");
        if (own.length() > 10) {
            own = own.substring(0, 10);
        }
        TypeCatalog catalog = TypeCatalog.standard();
        if (catalog.isStandard(own) || catalog.isStandard(own.toUpperCase(Locale.ROOT))) {
            String renamed = (fellowship + "-" + own).replaceAll("[^A-Za-z0-9-]", "");
            report.warn("format " + f.key() + " (" + (f.name() == null ? "no name" : f.name()) + ") kept as your own type "
                    + renamed + ": " + own + " is the Meeting Guide code for "
                    + catalog.name(catalog.isStandard(own) ? own : own.toUpperCase(Locale.ROOT), "en"));
            own = renamed.length() > 10 ? renamed.substring(0, 10) : renamed;
        }
        String base = own;
        for (int i = 2; out.ownTypes.containsKey(own); i++) {
            own = base + i;
        }
        String name = f.name() == null ? f.key() : f.name();
        if (f.name() == null) {
            report.warn("format " + f.key() + " is not in the GetFormats JSON; kept as your own type " + own
                    + " named '" + f.key() + "'");
        }
        out.ownTypes.put(own, new Imported.OwnType(own, name, f.description()));
        return Optional.of(own);
    }

    private static JsonNode parse(String json, String file) throws ImportException {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            if (node == null) {
                throw new ImportException(file + ": the file is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON: " + e.getOriginalMessage());
        }
    }
}
