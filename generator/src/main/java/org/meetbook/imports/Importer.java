package org.meetbook.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.meetbook.check.Checker;
import org.meetbook.check.Problem;
import org.meetbook.content.ContentException;
import org.meetbook.content.ContentLoader;
import org.meetbook.content.Schemas;
import org.meetbook.content.YNode;
import org.meetbook.content.YamlReader;
import org.meetbook.model.Slugs;
import org.meetbook.model.Values;

/**
 * {@code meetbook import}: reads a Meeting Guide JSON feed, a TSML CSV export or BMLT JSON into
 * content YAML. Read (one reader per format) → clean (the same rules for every source) → lay out
 * (files by region, shared venues) → write.
 */
public final class Importer {

    /** Inputs larger than this are not meeting lists. */
    static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

    public enum Source {
        MEETING_GUIDE("meeting-guide"), TSML("tsml"), BMLT("bmlt");

        public final String option;

        Source(String option) {
            this.option = option;
        }

        public static Optional<Source> of(String option) {
            for (Source s : values()) {
                if (s.option.equalsIgnoreCase(option.trim())) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * What to import and where. {@code from}, {@code formats}, {@code timezone} and
     * {@code fellowship} may be null (detected, none, from the data, AA/NA by source).
     */
    public record Options(Path input, Source from, Path formats, Path out, boolean force, String timezone,
                          String fellowship) {}

    /** What was written, and the summary to show. */
    public record Result(int meetings, int venues, int regions, List<Path> files, boolean siteWritten,
                         List<String> summary, ImportReport report, List<String> errors) {}

    /** A mistake in how the command was called (exit 2): existing files, an unknown format. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final Pattern NOT_AN_ADDRESS = Pattern.compile(
            "(?i)(online|virtual|zoom|remote|web|internet|phone|tbd|n/?a|none)( meeting)?");
    private static final List<String> LONG_TEXT = List.of("notes", "location_notes", "group_notes",
            "conference_url_notes", "conference_phone_notes");
    private static final Map<String, String> FELLOWSHIPS = Map.ofEntries(
            Map.entry("AA", "Alcoholics Anonymous"), Map.entry("NA", "Narcotics Anonymous"),
            Map.entry("CA", "Cocaine Anonymous"), Map.entry("CMA", "Crystal Meth Anonymous"),
            Map.entry("RCA", "Recovering Couples Anonymous"), Map.entry("SMART", "SMART Recovery"),
            Map.entry("SOS", "Secular Organizations for Sobriety"), Map.entry("OA", "Overeaters Anonymous"),
            Map.entry("GA", "Gamblers Anonymous"), Map.entry("MA", "Marijuana Anonymous"),
            Map.entry("HA", "Heroin Anonymous"), Map.entry("SLAA", "Sex and Love Addicts Anonymous"));

    private Importer() {}

    public static Result run(Options o) throws ImportException, UsageException, IOException {
        if (!Files.isRegularFile(o.input())) {
            throw new UsageException("input file not found: " + o.input());
        }
        if (o.formats() != null && !Files.isRegularFile(o.formats())) {
            throw new UsageException("formats file not found: " + o.formats());
        }
        List<Path> existing = existing(o.out());
        if (!existing.isEmpty() && !o.force()) {
            throw new UsageException(o.out() + " already has meetings (" + existing.get(0)
                    + (existing.size() > 1 ? " and " + (existing.size() - 1) + " more" : "")
                    + "); import into an empty folder, or add --force to replace meetings/*.yaml and locations.yaml");
        }
        String name = o.input().getFileName().toString();
        String text = readText(o.input());
        Source source = o.from() != null ? o.from() : detect(name, text);
        ImportReport report = new ImportReport();
        Imported imported = switch (source) {
            case MEETING_GUIDE -> MeetingGuideReader.read(text, o.input().toString(), report);
            case TSML -> TsmlCsvReader.read(text, o.input().toString(), report);
            case BMLT -> BmltReader.read(text, o.input().toString(),
                    o.formats() == null ? null : readText(o.formats()),
                    o.formats() == null ? null : o.formats().toString(),
                    o.fellowship() == null ? "NA" : o.fellowship(), report);
        };
        if (imported.meetings.isEmpty() && report.skippedUnpublished == 0 && report.skippedBad == 0) {
            throw new ImportException(o.input() + ": no meetings in this file");
        }
        if (o.fellowship() != null) {
            imported.fellowship = o.fellowship();
        }
        if (imported.fellowship == null) {
            imported.fellowship = "AA";
        }

        List<ImportedMeeting> meetings = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (ImportedMeeting m : imported.meetings) {
            if (clean(m, report)) {
                slug(m, slugs, report);
                meetings.add(m);
            } else {
                report.skippedBad++;
            }
        }

        // site.yaml: kept when it exists; its time zone and entity email decide what meetings repeat.
        Path siteFile = o.out().resolve(ContentLoader.SITE_FILE);
        YNode.Map existingSite = null;
        if (Files.exists(siteFile)) {
            try {
                existingSite = YamlReader.read(siteFile) instanceof YNode.Map map ? map : null;
            } catch (ContentException e) {
                throw new UsageException("cannot read the existing " + e.pos() + ": " + e.getMessage());
            }
        }
        String zone = existingSite != null ? orElse(existingSite.text("timezone"), "UTC")
                : orElse(mostCommon(meetings, "timezone"), o.timezone());
        if (zone == null) {
            zone = "UTC";
            report.warn("the data gives no time zone: site.yaml says UTC; set timezone: there"
                    + " (or import again with --timezone America/Chicago)");
        }
        String entityEmail = existingSite != null ? existingSite.text("entity_email") : imported.site.get("entity_email");
        for (ImportedMeeting m : meetings) {
            if (zone.equals(m.text("timezone"))) {
                m.remove("timezone");
            }
            if (entityEmail != null && m.list("feedback_emails").equals(List.of(entityEmail))) {
                m.remove("feedback_emails");
            }
        }

        ContentWriter.Layout layout = ContentWriter.layout(meetings);
        String from = name + " (" + imported.format + ")";
        Map<Path, String> files = new LinkedHashMap<>();
        Path meetingsDir = o.out().resolve(ContentLoader.MEETINGS_DIR);
        layout.files().forEach((file, list) -> files.put(meetingsDir.resolve(file),
                ContentWriter.meetingsFile(file, list, Headers.meetings(from, file, layout.titles().get(file)))));
        if (!layout.venues().isEmpty()) {
            files.put(o.out().resolve(ContentLoader.LOCATIONS_FILE),
                    ContentWriter.locationsFile(layout.venues(), Headers.locations(from)));
        }
        boolean siteWritten = existingSite == null && !Files.exists(siteFile);
        if (siteWritten) {
            files.put(siteFile, Headers.site(from, imported, zone, fellowshipName(imported.fellowship)));
        } else {
            missingOwnTypes(existingSite, imported, report);
        }

        if (o.force()) {
            for (Path old : existing) {
                Files.deleteIfExists(old);
            }
        }
        Files.createDirectories(meetingsDir);
        for (Map.Entry<Path, String> f : files.entrySet()) {
            Files.writeString(f.getKey(), f.getValue(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> schema : Schemas.all().entrySet()) {
            Path file = o.out().resolve(Schemas.FOLDER).resolve(schema.getKey());
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, schema.getValue(), StandardCharsets.UTF_8);
            }
        }
        // The promise is content that builds: check it as a build would.
        List<String> errors = Checker.check(ContentLoader.load(o.out())).stream()
                .filter(Problem::isError).map(Problem::format).toList();
        List<String> summary = Headers.summary(from, o.out(), meetings.size(), layout, files.keySet(),
                siteWritten, report);
        return new Result(meetings.size(), layout.venues().size(), layout.regions(), List.copyOf(files.keySet()),
                siteWritten, summary, report, errors);
    }

    /** Files an import would replace: meetings/*.yaml and locations.yaml. */
    public static List<Path> existing(Path out) throws IOException {
        List<Path> found = new ArrayList<>();
        Path dir = out.resolve(ContentLoader.MEETINGS_DIR);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().matches("[^.].*\\.ya?ml")).sorted().forEach(found::add);
            }
        }
        Path locations = out.resolve(ContentLoader.LOCATIONS_FILE);
        if (Files.exists(locations)) {
            found.add(locations);
        }
        return found;
    }

    /** The format of a file from its name and first characters. */
    static Source detect(String name, String text) throws UsageException {
        String head = text.stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        if (head.startsWith("[") || head.startsWith("{")) {
            String sample = head.length() > 20_000 ? head.substring(0, 20_000) : head;
            if (sample.contains("\"weekday_tinyint\"") || sample.contains("\"meeting_name\"")) {
                return Source.BMLT;
            }
            if (sample.contains("\"key_string\"")) {
                throw new UsageException(name + " looks like BMLT GetFormats JSON: import the GetSearchResults JSON"
                        + " and give this file with --formats");
            }
            return Source.MEETING_GUIDE;
        }
        String firstLine = head.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv") || (firstLine.contains(",") && firstLine.contains("name"))) {
            return Source.TSML;
        }
        throw new UsageException("cannot tell what kind of file " + name
                + " is; say --from meeting-guide, --from tsml or --from bmlt");
    }

    private static String readText(Path file) throws ImportException, IOException {
        long size = Files.size(file);
        if (size > MAX_INPUT_BYTES) {
            throw new ImportException(file + ": file is " + size / (1024 * 1024) + " MB; a meeting list is at most "
                    + MAX_INPUT_BYTES / (1024 * 1024) + " MB");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file + ": not UTF-8 text; save or export it as UTF-8 and import again");
        }
    }

    // ---- cleaning, the same for every source ----

    /** Cleans one meeting in place; false when it cannot be imported at all (reported). */
    static boolean clean(ImportedMeeting m, ImportReport report) {
        for (Map.Entry<String, Object> e : new ArrayList<>(m.fields.entrySet())) {
            String key = e.getKey();
            int max = LONG_TEXT.contains(key) ? Clean.MAX_TEXT : Clean.MAX_SHORT;
            if (e.getValue() instanceof String s) {
                String t = Clean.text(s);
                String cut = Clean.cut(t, max);
                if (cut != null) {
                    report.warn(m, key + " is " + t.length() + " characters long; cut to " + max);
                    t = cut;
                }
                m.put(key, t);
            } else if (e.getValue() instanceof List<?> list) {
                List<String> items = new ArrayList<>();
                for (Object item : list) {
                    String t = Clean.text(String.valueOf(item));
                    items.add(t == null || t.length() <= Clean.MAX_SHORT ? t : Clean.cut(t, Clean.MAX_SHORT));
                }
                m.putList(key, items);
            }
        }
        if (m.text("name") == null) {
            report.warn(m, "skipped: the meeting has no name");
            return false;
        }
        if (!m.text("name").equals(m.text("name").replace('\n', ' '))) {
            m.put("name", m.text("name").replaceAll("\\s+", " "));
        }
        List<String> days = new ArrayList<>();
        for (String d : m.list("day")) {
            Optional<Integer> day = Clean.day(d);
            if (day.isPresent()) {
                days.add(String.valueOf(day.get()));
            } else {
                report.warn(m, "'" + Clean.shorten(d) + "' is not a day; left out");
            }
        }
        m.putList("day", days);
        if (days.isEmpty()) {
            report.warn(m, "skipped: no day of the week (meetings by appointment are not listed)");
            return false;
        }
        String given = m.text("time");
        Optional<String> time = Clean.time(given);
        if (time.isEmpty()) {
            report.warn(m, "skipped: " + (given == null ? "no start time" : "'" + Clean.shorten(given) + "' is not a time"));
            return false;
        }
        m.put("time", time.get());
        endTime(m, report);
        zone(m, report);
        coordinates(m, report);
        links(m, report);
        place(m, report);
        return m.hasAnyAddress() || m.hasLink() || noPlace(m, report);
    }

    private static void endTime(ImportedMeeting m, ImportReport report) {
        String given = m.text("end_time");
        if (given == null) {
            return;
        }
        Optional<String> end = Clean.time(given);
        if (end.isEmpty()) {
            report.warn(m, "end time '" + Clean.shorten(given) + "' is not a time; left out");
            m.remove("end_time");
            return;
        }
        Duration length = Duration.between(LocalTime.parse(m.text("time")), LocalTime.parse(end.get()));
        if (length.isNegative()) {
            length = length.plusDays(1);
        }
        if (length.isZero() || length.compareTo(Duration.ofHours(12)) > 0) {
            report.warn(m, "end time " + end.get() + " does not fit the start " + m.text("time") + "; left out");
            m.remove("end_time");
        } else {
            m.put("end_time", end.get());
        }
    }

    private static void zone(ImportedMeeting m, ImportReport report) {
        String zone = m.text("timezone");
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                report.warn(m, "unknown time zone '" + Clean.shorten(zone) + "'; left out");
                m.remove("timezone");
            }
        }
    }

    private static void coordinates(ImportedMeeting m, ImportReport report) {
        String lat = m.text("latitude");
        String lon = m.text("longitude");
        if (lat == null && lon == null) {
            return;
        }
        Optional<Double> la = lat == null ? Optional.empty() : Values.number(lat);
        Optional<Double> lo = lon == null ? Optional.empty() : Values.number(lon);
        boolean ok = la.isPresent() && lo.isPresent() && Math.abs(la.get()) <= 90 && Math.abs(lo.get()) <= 180
                && !(la.get() == 0 && lo.get() == 0) && lat.matches("-?\\d+(\\.\\d+)?") && lon.matches("-?\\d+(\\.\\d+)?");
        if (!ok) {
            if (!(la.orElse(0.0) == 0 && lo.orElse(0.0) == 0)) {
                report.warn(m, "coordinates " + lat + ", " + lon + " are not a place on the map; left out");
            }
            m.remove("latitude");
            m.remove("longitude");
        }
    }

    /** Unsafe or broken links and numbers are dropped, never written: only http(s), mailto and dialable phones. */
    private static void links(ImportedMeeting m, ImportReport report) {
        url(m, "conference_url", Values.WEB_SCHEMES, report);
        url(m, "feedback_url", Set.of("https", "http", "mailto"), report);
        phone(m, "conference_phone", report);
        if (!m.has("conference_url")) {
            m.remove("conference_url_notes");
        }
        if (!m.has("conference_phone")) {
            m.remove("conference_phone_notes");
        }
        for (int n = 1; n <= 3; n++) {
            phone(m, "contact_" + n + "_phone", report);
            email(m, "contact_" + n + "_email", report);
        }
        List<String> emails = new ArrayList<>();
        for (String e : m.list("feedback_emails")) {
            String t = e.replaceFirst("(?i)^mailto:", "").trim();
            if (EMAIL.matcher(t).matches()) {
                emails.add(t);
            } else {
                report.warn(m, "feedback email '" + Clean.shorten(e) + "' is not an email address; left out");
            }
        }
        m.putList("feedback_emails", emails);
    }

    private static void url(ImportedMeeting m, String key, Set<String> schemes, ImportReport report) {
        String url = m.text(key);
        if (url != null && Values.url(url, schemes).isEmpty()) {
            report.warn(m, key + " '" + Clean.shorten(url) + "' dropped: only "
                    + String.join("/", new java.util.TreeSet<>(schemes)) + " links are kept");
            report.droppedLinks++;
            m.remove(key);
        }
    }

    private static void phone(ImportedMeeting m, String key, ImportReport report) {
        String phone = Clean.phone(m.text(key));
        if (phone == null) {
            return;
        }
        if (!Values.isPhone(phone) && phone.startsWith("(")) {
            phone = phone.replaceFirst("^\\((\\d+)\\)\\s*", "$1 "); // "(800) 555-1212" → "800 555-1212"
        }
        if (Values.isPhone(phone)) {
            m.put(key, phone);
        } else {
            report.warn(m, key + " '" + Clean.shorten(phone) + "' dropped: not a phone number");
            report.droppedLinks++;
            m.remove(key);
        }
    }

    private static void email(ImportedMeeting m, String key, ImportReport report) {
        String email = m.text(key);
        if (email == null) {
            return;
        }
        String t = email.replaceFirst("(?i)^mailto:", "").trim();
        if (EMAIL.matcher(t).matches()) {
            m.put(key, t);
        } else {
            report.warn(m, key + " '" + Clean.shorten(email) + "' dropped: not an email address");
            m.remove(key);
        }
    }

    /** "Online" in the address field is not an address; a city alone becomes an approximate address. */
    private static void place(ImportedMeeting m, ImportReport report) {
        for (String key : List.of("address", "formatted_address")) {
            String a = m.text(key);
            if (a != null && NOT_AN_ADDRESS.matcher(a.trim()).matches()) {
                m.remove(key);
                m.flaggedOnline = true;
            }
        }
        if (!m.hasAnyAddress() && (m.has("city") || m.has("state"))) {
            List<String> parts = new ArrayList<>();
            for (String k : List.of("city", "state", "postal_code", "country")) {
                if (m.text(k) != null) {
                    parts.add(m.text(k));
                }
                m.remove(k);
            }
            m.put("formatted_address", String.join(", ", parts));
        }
        if (m.flaggedOnline && !m.hasLink()) {
            report.warn(m, "marked as online but gives no conference_url or conference_phone: add how to join");
        }
    }

    private static boolean noPlace(ImportedMeeting m, ImportReport report) {
        report.warn(m, "skipped: no address and no online link, so nobody could find it");
        return false;
    }

    /** Given slugs are kept: made URL-safe when they are not, and unique. */
    private static void slug(ImportedMeeting m, Set<String> taken, ImportReport report) {
        String given = m.text("slug");
        if (given == null) {
            return;
        }
        String slug = given;
        if (!Slugs.isValid(slug)) {
            slug = Slugs.of(given);
            report.warn(m, "slug '" + Clean.shorten(given) + "' is not URL-safe; written as " + slug);
        }
        if (taken.contains(slug)) {
            String base = slug.length() > Slugs.MAX_LENGTH - 4 ? slug.substring(0, Slugs.MAX_LENGTH - 4) : slug;
            int n = 2;
            while (taken.contains(base + "-" + n)) {
                n++;
            }
            report.warn(m, "slug '" + slug + "' is used twice; written as " + base + "-" + n);
            slug = base + "-" + n;
        }
        taken.add(slug);
        m.put("slug", slug);
    }

    private static String mostCommon(List<ImportedMeeting> meetings, String key) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ImportedMeeting m : meetings) {
            if (m.text(key) != null) {
                counts.merge(m.text(key), 1, Integer::sum);
            }
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > most) {
                most = c.getValue();
                best = c.getKey();
            }
        }
        return best;
    }

    private static void missingOwnTypes(YNode.Map site, Imported imported, ImportReport report) {
        Set<String> known = site != null && site.get("types") instanceof YNode.Map t ? t.entries().keySet() : Set.of();
        for (Imported.OwnType own : imported.ownTypes.values()) {
            if (!known.contains(own.code())) {
                report.warn("site.yaml was kept as it is: add this own type under types: there:  "
                        + own.code() + ": " + own.name());
            }
        }
    }

    static String fellowshipName(String code) {
        return FELLOWSHIPS.getOrDefault(code, code);
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }
}
