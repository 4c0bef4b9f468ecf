package org.meetbook.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened during an import, for the summary: warnings about single meetings, and what was
 * not mapped, counted by reason.
 */
public final class ImportReport {

    private final List<String> warnings = new ArrayList<>();
    /** "type ONL: not a Meeting Guide type ..." → number of meetings. */
    private final Map<String, Integer> notMapped = new TreeMap<>();
    int skippedUnpublished;
    int skippedBad;
    int droppedLinks;

    void warn(String message) {
        warnings.add(message);
    }

    void warn(ImportedMeeting m, String message) {
        warnings.add(m.label() + ": " + message);
    }

    void notMapped(String what) {
        notMapped.merge(what, 1, Integer::sum);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public Map<String, Integer> notMapped() {
        return Map.copyOf(notMapped);
    }

    public int skippedUnpublished() {
        return skippedUnpublished;
    }

    public int skippedBad() {
        return skippedBad;
    }

    public int droppedLinks() {
        return droppedLinks;
    }

    /** The "not imported" part of the summary, one line per reason with its count. */
    List<String> notMappedLines() {
        List<String> lines = new ArrayList<>();
        notMapped.forEach((what, n) -> lines.add(what + " (" + n + (n == 1 ? " meeting)" : " meetings)")));
        return lines;
    }
}
