package org.meetbook.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meetbook.model.Day;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.theme.Messages;

/**
 * The finder's compact data for a directory too large for one page: {@code finder-data.js} in
 * each language's folder, a script (not JSON to fetch, so the site still works opened from a
 * folder) that sets {@code window.MEETBOOK_FINDER}. Each meeting is one array, written once
 * however many days it meets; texts are already formatted for the language:
 * <pre>[slug, name, fellowship, "types", regionSlug, region, attendance, "HH:MM", "HH:MM end",
 *  time label, end label or "", place line, time zone or "", extra search text]</pre>
 * {@code days} lists, per day, the meetings' indexes in listing order.
 */
final class FinderData {

    static final String FILE = "finder-data.js";

    private FinderData() {}

    static String script(Directory directory, List<Directory.DayGroup> days, WebHelper web, Messages messages,
                         String language) {
        Map<Meeting, Integer> index = new IdentityHashMap<>();
        List<List<Object>> meetings = new ArrayList<>();
        List<List<Object>> byDay = new ArrayList<>();
        for (Directory.DayGroup g : days) {
            List<Integer> ids = new ArrayList<>(g.occurrences().size());
            for (Directory.Occurrence o : g.occurrences()) {
                Meeting m = o.meeting();
                Integer id = index.get(m);
                if (id == null) {
                    id = meetings.size();
                    index.put(m, id);
                    meetings.add(entry(m, web));
                }
                ids.add(id);
            }
            byDay.add(List.of(g.day().number(), ids));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("meetings", meetings);
        data.put("days", byDay);
        List<String> dayNames = new ArrayList<>();
        for (Day d : Day.values()) {
            dayNames.add(web.day(d));
        }
        data.put("dayNames", dayNames);
        Map<String, String> fellowships = new LinkedHashMap<>();
        directory.fellowships().forEach(f -> fellowships.put(f.key(), f.name()));
        data.put("fellowships", fellowships);
        Map<String, String> types = new LinkedHashMap<>();
        directory.typesInUse().forEach(t -> types.put(t, web.typeName(t)));
        data.put("types", types);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("until", messages.get("web.entry.until"));
        labels.put("fellowship", messages.get("web.entry.fellowship"));
        labels.put("types", messages.get("web.entry.types"));
        labels.put("region", messages.get("web.entry.region"));
        for (String mode : List.of("in_person", "hybrid", "online", "temporarily_closed")) {
            labels.put(mode, messages.get("attendance." + mode));
        }
        data.put("labels", labels);
        try {
            return "/* Meetbook finder data (" + language + "): generated, do not edit. */\n"
                    + "window.MEETBOOK_FINDER=" + new ObjectMapper().writeValueAsString(data) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> entry(Meeting m, WebHelper web) {
        List<Object> e = new ArrayList<>(14);
        e.add(m.slug());
        e.add(m.name());
        e.add(m.fellowship());
        e.add(web.typeCodes(m));
        e.add(web.regionSlug(m.region()));
        e.add(m.region() == null ? "" : m.region());
        e.add(m.attendance().key());
        e.add(m.timeText());
        e.add(m.endTimeText());
        e.add(web.time(m.time()));
        e.add(m.endTime() == null ? "" : web.time(m.endTime()));
        e.add(web.hasPlace(m) ? web.placeLine(m) : "");
        e.add(web.zoneShort(m) == null ? "" : m.timezone().getId());
        e.add(web.searchExtra(m));
        return e;
    }
}
