package org.meetbook.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.meetbook.check.Checker;
import org.meetbook.check.Problem;
import org.meetbook.content.ContentException;
import org.meetbook.content.ContentLoader;
import org.meetbook.content.Starter;
import org.meetbook.content.YNode;
import org.meetbook.content.YamlReader;
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
        if (Files.exists(o.out()) && !Files.isDirectory(o.out())) {
            throw new UsageException("--out must be a folder; " + o.out() + " is a file");
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
        siteFields(imported, report);
        if (o.fellowship() != null) {
            imported.fellowship = o.fellowship();
        }
        if (imported.fellowship == null) {
            imported.fellowship = "AA";
        }

        List<ImportedMeeting> meetings = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (ImportedMeeting m : imported.meetings) {
            if (MeetingCleaner.clean(m, report)) {
                MeetingCleaner.slug(m, slugs, report);
                meetings.add(m);
            } else {
                report.skippedBad++;
            }
        }

        if (meetings.isEmpty()) {
            List<String> why = report.warnings().stream().limit(3).toList();
            throw new ImportException(o.input() + ": no meeting could be imported"
                    + (report.skippedUnpublished > 0 ? " (" + report.skippedUnpublished + " unpublished)" : "")
                    + (o.from() != null ? "; is it really " + source.option + "?" : "")
                    + (why.isEmpty() ? "" : "\n  " + String.join("\n  ", why)));
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
                ContentWriter.meetingsFile(list, Headers.meetings(from, layout.titles().get(file)))));
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
        Starter.writeMissingSchemas(o.out());
        // A directory needs its guide too: the standard pages, unless it has pages already.
        Starter.writePagesIfNone(o.out());
        // The promise is content that builds: check it as a build would.
        List<Problem> problems = Checker.check(ContentLoader.load(o.out()));
        List<String> errors = problems.stream().filter(Problem::isError).map(Problem::format).toList();
        List<String> summary = Headers.summary(from, o.out(), meetings.size(), layout, siteWritten, report);
        long checkWarnings = problems.stream().filter(p -> !p.isError()).count();
        if (checkWarnings > 0) {
            summary = new ArrayList<>(summary);
            summary.add("meetbook check has " + checkWarnings + " warning(s) about the imported content"
                    + " (anonymity, for example): run it to see them");
        }
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
        if (name.toLowerCase(Locale.ROOT).matches(".*\\.(csv|tsv|txt)")
                || (firstLine.matches(".*[,;\t].*") && firstLine.contains("name"))) {
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

    /** The entity's contact details from the feed, kept only when they would pass the checks. */
    private static void siteFields(Imported imported, ImportReport report) {
        Map<String, String> site = imported.site;
        site.replaceAll((k, v) -> Clean.text(v));
        site.values().removeIf(v -> v == null);
        String email = site.get("entity_email");
        if (email != null && !email.matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
            report.warn("entity_email '" + Clean.shorten(email) + "' is not an email address; left out of site.yaml");
            site.remove("entity_email");
        }
        String phone = site.get("entity_phone");
        if (phone != null && !Values.isPhone(phone)) {
            report.warn("entity_phone '" + Clean.shorten(phone) + "' is not a phone number; left out of site.yaml");
            site.remove("entity_phone");
        }
        for (String key : List.of("entity_website_url", "base_url")) {
            String url = site.get(key);
            if (url != null && Values.url(url, Values.WEB_SCHEMES).isEmpty()) {
                report.warn(key + " '" + Clean.shorten(url) + "' dropped: only http/https links are kept");
                report.droppedLinks++;
                site.remove(key);
            }
        }
        String logo = site.get("entity_logo");
        if (logo != null && Values.url(logo, Set.of("https")).isEmpty()) {
            report.warn("entity_logo '" + Clean.shorten(logo) + "' dropped: only https images are kept");
            site.remove("entity_logo");
        }
        if (site.get("entity") == null) {
            site.keySet().removeIf(k -> k.startsWith("entity_"));
        }
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
