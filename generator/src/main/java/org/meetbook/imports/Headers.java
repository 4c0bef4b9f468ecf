package org.meetbook.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The words around the data: comments at the top of each written file, site.yaml, the summary. */
final class Headers {

    private Headers() {}

    static String meetings(String from, String title) {
        String what = title == null
                ? "Online-only meetings: no street address; people join with conference_url or conference_phone."
                : title.equals("meetings") ? "Meetings without a region." : "Meetings in " + title + ".";
        return """
                # yaml-language-server: $schema=../schemas/meetings.schema.json
                # %s
                # Imported from %s by `meetbook import`.
                #
                # One entry per meeting, each starting with "- name:". Field names follow the
                # Meeting Guide spec. day: a day name or a list of them; time and end_time:
                # 24-hour "HH:MM" in quotes; types: Meeting Guide codes (O open, C closed,
                # D discussion, ...) or the directory's own from site.yaml; location: a venue in
                # locations.yaml gives the address, so it is not repeated here.
                """.formatted(what, from);
    }

    static String locations(String from) {
        return """
                # yaml-language-server: $schema=schemas/locations.schema.json
                # Shared meeting places (venues), imported from %s by `meetbook import`.
                #
                # A meeting whose "location:" is spelled exactly like a venue name below gets the
                # venue's address, map position, notes and region. Places only one meeting uses
                # keep their address in the meeting's own entry.
                """.formatted(from);
    }

    static String site(String from, Imported imported, String zone, String fellowshipName) {
        StringBuilder s = new StringBuilder("""
                # yaml-language-server: $schema=schemas/site.schema.json
                # Directory settings, written by `meetbook import` from %s.
                # Check the title, the time zone and the languages, then run `meetbook check`.
                # Everything here is published: no one's last name or private phone or email.

                """.formatted(from));
        Map<String, String> site = imported.site;
        String title = site.get("entity") != null ? site.get("entity") + " Meetings" : "Meetings";
        s.append(YamlOut.entry("title", title));
        for (String key : List.of("entity", "entity_email", "entity_phone", "entity_location",
                "entity_website_url", "entity_logo")) {
            String v = site.get(key);
            if (v != null) {
                s.append(YamlOut.entry(key, v));
            }
        }
        s.append("\n# Meeting times are local time here unless a meeting gives its own timezone:.\n");
        s.append(YamlOut.entry("timezone", zone));
        List<String> languages = imported.languages.isEmpty() ? List.of("en") : imported.languages;
        s.append("\n# Languages of the website and printed guides; the first is the default.\n");
        s.append(YamlOut.entry("languages", languages));
        if (site.get("base_url") != null) {
            s.append(YamlOut.entry("base_url", site.get("base_url")));
        }
        s.append("\n# The fellowship of a meeting that has no fellowship: line.\n");
        s.append(YamlOut.entry("fellowship", imported.fellowship));
        s.append(YamlOut.entry("fellowships", Map.of(imported.fellowship, fellowshipName)));
        if (!imported.ownTypes.isEmpty()) {
            s.append("\n# This directory's own meeting types (codes the Meeting Guide spec does not define).\n");
            s.append("types:\n");
            for (Imported.OwnType t : imported.ownTypes.values()) {
                if (t.description() != null) {
                    s.append("  # ").append(t.description().replaceAll("\\s+", " ")).append('\n');
                }
                s.append(YamlOut.entry(t.code(), t.name().replaceAll("\\s+", " ")).indent(2));
            }
        }
        return s.toString();
    }

    static List<String> summary(String from, Path out, int meetings, ContentWriter.Layout layout,
                                boolean siteWritten, ImportReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("Imported " + meetings + " meeting" + (meetings == 1 ? "" : "s") + " from " + from + " into " + out);
        lines.add("  " + layout.venues().size() + " shared venue(s) in locations.yaml, " + layout.regions()
                + " region(s), " + layout.files().size() + " meetings file(s):");
        layout.files().forEach((file, list) -> lines.add("    meetings/" + file + " (" + list.size() + ")"));
        lines.add("  site.yaml " + (siteWritten ? "written" : "kept as it was"));
        List<String> skipped = new ArrayList<>();
        if (report.skippedUnpublished() > 0) {
            skipped.add(report.skippedUnpublished() + " unpublished meeting(s) skipped");
        }
        if (report.skippedBad() > 0) {
            skipped.add(report.skippedBad() + " meeting(s) skipped as unusable (see warnings)");
        }
        if (report.droppedLinks() > 0) {
            skipped.add(report.droppedLinks() + " unsafe or broken link(s)/phone number(s) dropped");
        }
        List<String> notMapped = report.notMappedLines();
        if (!skipped.isEmpty() || !notMapped.isEmpty()) {
            lines.add("Not imported:");
            skipped.forEach(s -> lines.add("  " + s));
            notMapped.forEach(s -> lines.add("  " + s));
        }
        if (!report.warnings().isEmpty()) {
            lines.add("Warnings (" + report.warnings().size() + "):");
            report.warnings().forEach(w -> lines.add("  " + w));
        }
        return lines;
    }
}
