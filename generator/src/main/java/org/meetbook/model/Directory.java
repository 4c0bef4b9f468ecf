package org.meetbook.model;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The whole directory, immutable, with the derived views renderers need. Templates receive
 * this, never raw maps.
 */
public record Directory(Site site, List<Meeting> meetings, List<Page> pages, TypeCatalog types) {

    /** Day, then start time, then name: the order of every listing. */
    public static final Comparator<Occurrence> LISTING_ORDER = Comparator
            .comparing((Occurrence o) -> o.day())
            .thenComparing(o -> o.meeting().time())
            .thenComparing(o -> o.meeting().name(), Collator.getInstance(Locale.ROOT))
            .thenComparing(o -> o.meeting().slug());

    public Directory {
        meetings = List.copyOf(meetings);
        pages = List.copyOf(pages);
    }

    /** A meeting on one of its days: a meeting held Monday and Thursday occurs twice. */
    public record Occurrence(Day day, Meeting meeting) {}

    /** One day's meetings in listing order. */
    public record DayGroup(Day day, List<Occurrence> occurrences) {}

    /** Meetings that share a region, fellowship or type, for index pages. */
    public record Group(String key, String slug, String name, List<Meeting> meetings) {}

    public List<Occurrence> occurrences() {
        return occurrencesOf(meetings);
    }

    public static List<Occurrence> occurrencesOf(List<Meeting> meetings) {
        List<Occurrence> all = new ArrayList<>();
        for (Meeting m : meetings) {
            for (Day d : m.days()) {
                all.add(new Occurrence(d, m));
            }
        }
        all.sort(LISTING_ORDER);
        return all;
    }

    /** Every day of the week that has meetings, Sunday first as the spec numbers them. */
    public List<DayGroup> byDay() {
        return byDay(meetings);
    }

    public static List<DayGroup> byDay(List<Meeting> meetings) {
        Map<Day, List<Occurrence>> days = new TreeMap<>();
        for (Occurrence o : occurrencesOf(meetings)) {
            days.computeIfAbsent(o.day(), d -> new ArrayList<>()).add(o);
        }
        List<DayGroup> groups = new ArrayList<>();
        days.forEach((d, list) -> groups.add(new DayGroup(d, List.copyOf(list))));
        return groups;
    }

    /** Regions in alphabetical order, each with its meetings. */
    public List<Group> regions() {
        Map<String, List<Meeting>> byRegion = new TreeMap<>(Collator.getInstance(Locale.ROOT));
        for (Meeting m : meetings) {
            if (m.region() != null) {
                byRegion.computeIfAbsent(m.region(), r -> new ArrayList<>()).add(m);
            }
        }
        List<Group> groups = new ArrayList<>();
        byRegion.forEach((r, list) -> groups.add(new Group(r, Slugs.of(r), r, List.copyOf(list))));
        return groups;
    }

    /** Fellowships in use, largest first, then by name. */
    public List<Group> fellowships() {
        Map<String, List<Meeting>> byFellowship = new LinkedHashMap<>();
        for (Meeting m : meetings) {
            byFellowship.computeIfAbsent(m.fellowship(), f -> new ArrayList<>()).add(m);
        }
        List<Group> groups = new ArrayList<>();
        byFellowship.forEach((f, list) ->
                groups.add(new Group(f, Slugs.of(f), site.fellowshipName(f), List.copyOf(list))));
        groups.sort(Comparator.comparing((Group g) -> -g.meetings().size()).thenComparing(Group::name));
        return groups;
    }

    /** Type codes used by at least one meeting, sorted by code. */
    public List<String> typesInUse() {
        return typesIn(meetings);
    }

    public static List<String> typesIn(List<Meeting> meetings) {
        Set<String> codes = new TreeSet<>();
        meetings.forEach(m -> codes.addAll(m.types()));
        return List.copyOf(codes);
    }

    /** Guide pages for a language in reading order, the default language standing in for gaps. */
    public List<Page> pages(String language) {
        Map<String, Page> byName = new LinkedHashMap<>();
        String fallbackLanguage = site.defaultLanguage();
        for (Page p : pages) {
            if (p.language().equals(fallbackLanguage)) {
                byName.putIfAbsent(p.name(), language.equals(fallbackLanguage) ? p : p.asFallback());
            }
        }
        for (Page p : pages) {
            if (p.language().equals(language)) {
                byName.put(p.name(), p);
            }
        }
        List<Page> list = new ArrayList<>(byName.values());
        list.sort(Comparator.comparingInt(Page::order).thenComparing(Page::name));
        return list;
    }

    public Set<String> attendanceModes() {
        Set<String> modes = new LinkedHashSet<>();
        for (Attendance a : Attendance.values()) {
            if (meetings.stream().anyMatch(m -> m.attendance() == a)) {
                modes.add(a.key());
            }
        }
        return modes;
    }
}
