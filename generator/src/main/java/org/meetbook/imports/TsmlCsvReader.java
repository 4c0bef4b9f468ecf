package org.meetbook.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.meetbook.model.TypeCatalog;

/**
 * The 12 Step Meeting List plugin's CSV, as it really writes it: a header row of column names,
 * 12-hour times ("6:00 PM"), day names, type names ("Open, Wheelchair Access"), and an Updated
 * column that is sometimes missing the space between date and time.
 */
final class TsmlCsvReader {

    static final String FORMAT = "TSML CSV";

    /** Column (lowercase) → content field, copied after cleaning. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("name", "name"),
            Map.entry("slug", "slug"),
            Map.entry("location", "location"),
            Map.entry("location notes", "location_notes"),
            Map.entry("notes", "notes"),
            Map.entry("timezone", "timezone"),
            Map.entry("group", "group"),
            Map.entry("group notes", "group_notes"),
            Map.entry("city", "city"),
            Map.entry("state", "state"),
            Map.entry("postal code", "postal_code"),
            Map.entry("country", "country"),
            Map.entry("latitude", "latitude"),
            Map.entry("longitude", "longitude"),
            Map.entry("conference url", "conference_url"),
            Map.entry("conference url notes", "conference_url_notes"),
            Map.entry("conference phone", "conference_phone"),
            Map.entry("conference phone notes", "conference_phone_notes"),
            Map.entry("venmo", "venmo"),
            Map.entry("square", "square"),
            Map.entry("paypal", "paypal"),
            Map.entry("homegroup online", "homegroup_online"),
            Map.entry("feedback url", "feedback_url"),
            Map.entry("contact 1 name", "contact_1_name"),
            Map.entry("contact 1 email", "contact_1_email"),
            Map.entry("contact 1 phone", "contact_1_phone"),
            Map.entry("contact 2 name", "contact_2_name"),
            Map.entry("contact 2 email", "contact_2_email"),
            Map.entry("contact 2 phone", "contact_2_phone"),
            Map.entry("contact 3 name", "contact_3_name"),
            Map.entry("contact 3 email", "contact_3_email"),
            Map.entry("contact 3 phone", "contact_3_phone"));
    /** Read by name below. */
    private static final Set<String> HANDLED = Set.of("time", "end time", "day", "address", "region",
            "sub region", "types", "updated");
    private static final Pattern GLUED_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*(\\d{2}:\\d{2}(?::\\d{2})?)");
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private TsmlCsvReader() {}

    static Imported read(String csv, String file, ImportReport report) throws ImportException {
        String text = stripBom(csv);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true)
                .get();
        Imported out = new Imported(FORMAT);
        Map<String, Integer> unused = new java.util.TreeMap<>();
        List<String> glued = new ArrayList<>();
        String[] gluedExample = new String[1];
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = new HashMap<>();
            Map<String, String> headers = new HashMap<>();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                String lower = names.get(i).trim().toLowerCase(Locale.ROOT);
                if (columns.putIfAbsent(lower, i) == null) { // the first of two same-named columns wins
                    headers.put(lower, names.get(i).trim());
                }
            }
            if (!columns.containsKey("name") || !columns.containsKey("day") || !columns.containsKey("time")) {
                throw new ImportException(file + ":1: the first row must name the columns, with at least Name, Day"
                        + " and Time (found: " + String.join(", ", names) + ")");
            }
            for (CSVRecord record : parser) {
                String row = "row " + (record.getRecordNumber() + 1);
                Map<String, String> values = new HashMap<>();
                columns.forEach((lower, index) -> {
                    if (index < record.size()) {
                        values.put(lower, record.get(index));
                    }
                });
                if (values.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                out.meetings.add(meeting(values, row, report, glued, gluedExample));
                values.forEach((column, value) -> {
                    if (!value.isBlank() && !COLUMNS.containsKey(column) && !HANDLED.contains(column)) {
                        unused.merge(headers.get(column), 1, Integer::sum);
                    }
                });
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new ImportException(file + ": broken CSV: " + message
                    + (String.valueOf(message).contains("EOF") ? " (a quote \" that is opened but never closed?)" : ""));
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read CSV: " + e.getMessage());
        }
        if (!glued.isEmpty()) {
            report.warn("Updated has no space between date and time in " + glued.size() + " row(s) ("
                    + rows(glued) + "); repaired, e.g. " + gluedExample[0]);
        }
        unused.forEach((column, n) -> {
            for (int i = 0; i < n; i++) {
                report.notMapped("column '" + Clean.shorten(column) + "': no Meetbook field for it");
            }
        });
        return out;
    }

    private static ImportedMeeting meeting(Map<String, String> v, String row, ImportReport report,
                                           List<String> glued, String[] gluedExample) {
        ImportedMeeting m = new ImportedMeeting(row);
        COLUMNS.forEach((column, field) -> m.put(field, v.get(column)));
        m.put("day", v.get("day"));
        m.put("time", v.get("time"));
        m.put("end_time", v.get("end time"));
        String address = v.get("address");
        if (m.has("city") || m.has("postal_code")) {
            m.put("address", address);
        } else {
            m.put("formatted_address", address);
        }
        List<String> regions = new ArrayList<>();
        regions.add(v.get("region"));
        regions.add(v.get("sub region"));
        m.putList("regions", regions);
        Set<String> codes = new LinkedHashSet<>();
        String types = v.get("types");
        if (types != null) {
            for (String name : types.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                String code = TypeNames.code(name)
                        .or(() -> TypeCatalog.standard().isStandard(name.trim()) ? Optional.of(name.trim()) : Optional.empty())
                        .orElse(null);
                if (code == null) {
                    report.notMapped("type '" + Clean.shorten(name.trim()) + "': no Meeting Guide type of that name");
                } else if (code.equals(TypeNames.ATTENDANCE)) {
                    m.flaggedOnline = true;
                    report.notMapped("type '" + name.trim() + "': not a type in Meetbook; online attendance comes"
                            + " from conference_url/conference_phone");
                } else {
                    codes.add(code);
                }
            }
        }
        m.putList("types", new ArrayList<>(codes));
        updated(v.get("updated"), m, report, glued, gluedExample);
        return m;
    }

    /** "2020-04-04 16:50:58" kept; "2020-04-0416:50:58" (as the plugin writes it) repaired and reported. */
    private static void updated(String value, ImportedMeeting m, ImportReport report, List<String> gluedRows,
                                String[] gluedExample) {
        if (value == null || value.isBlank()) {
            return;
        }
        String t = value.trim();
        Matcher glued = GLUED_DATE.matcher(t);
        if (glued.matches()) {
            String time = glued.group(2).length() == 5 ? glued.group(2) + ":00" : glued.group(2);
            String fixed = glued.group(1) + " " + time;
            if (!fixed.equals(t)) {
                gluedRows.add(m.origin);
                if (gluedExample[0] == null) {
                    gluedExample[0] = "'" + t + "' is read as '" + fixed + "'";
                }
            }
            m.put("updated", fixed);
        } else if (DATE_ONLY.matcher(t).matches()) {
            m.put("updated", t + " 00:00:00");
        } else {
            report.warn(m, "Updated '" + Clean.shorten(t) + "' is not a date and time; left out");
        }
    }

    /** "row 2, row 3, row 4, row 9" → "rows 2-4, 9". */
    static String rows(List<String> origins) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        int prev = -1;
        for (String o : origins) {
            int n = Integer.parseInt(o.replace("row ", ""));
            if (start >= 0 && n == prev + 1) {
                prev = n;
                continue;
            }
            if (start >= 0) {
                parts.add(start == prev ? String.valueOf(start) : start + "-" + prev);
            }
            start = n;
            prev = n;
        }
        if (start >= 0) {
            parts.add(start == prev ? String.valueOf(start) : start + "-" + prev);
        }
        return (origins.size() == 1 ? "row " : "rows ") + String.join(", ", parts);
    }

    /** Spreadsheets in many countries save "CSV" with semicolons; the header row tells which. */
    static char delimiter(String text) {
        String header = text.lines().findFirst().orElse("");
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
