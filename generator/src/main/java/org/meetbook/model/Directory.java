package org.meetbook.model;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.meetbook.parallel.Parallel;

/**
 * The whole directory, immutable, with the derived views renderers need. Templates receive
 * this, never raw maps. A plain class rather than a record so that each derived view is computed
 * once: with 10,000 meetings, sorting them again for every page that asks was a large part of a
 * build.
 */
public final class Directory {

    /** Day, then start time, then name: the order of every listing. */
    public static final Comparator<Occurrence> LISTING_ORDER = Comparator
            .comparing((Occurrence o) -> o.day())
            .thenComparing(o -> o.meeting().time())
            .thenComparing(o -> o.meeting().name(), Collator.getInstance(Locale.ROOT))
            .thenComparing(o -> o.meeting().slug());

    private final Site site;
    private final List<Meeting> meetings;
    private final List<Page> pages;
    private final TypeCatalog types;

    // Derived views, each computed on first use; renderers ask from several threads at once.
    private volatile List<Occurrence> occurrences;
    private volatile List<DayGroup> byDay;
    private volatile List<Group> regions;
    private volatile List<Group> fellowships;
    private volatile List<String> typesInUse;
    private volatile Set<String> attendanceModes;

    public Directory(Site site, List<Meeting> meetings, List<Page> pages, TypeCatalog types) {
        this.site = site;
        this.meetings = List.copyOf(meetings);
        this.pages = List.copyOf(pages);
        this.types = types;
    }

    public Site site() {
        return site;
    }

    public List<Meeting> meetings() {
        return meetings;
    }

    public List<Page> pages() {
        return pages;
    }

    public TypeCatalog types() {
        return types;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Directory d && site.equals(d.site) && meetings.equals(d.meetings)
                && pages.equals(d.pages) && types.equals(d.types);
    }

    @Override
    public int hashCode() {
        return Objects.hash(site, meetings, pages, types);
    }

    @Override
    public String toString() {
        return "Directory[" + site.title() + ", " + meetings.size() + " meetings, " + pages.size() + " pages]";
    }

    /** A meeting on one of its days: a meeting held Monday and Thursday occurs twice. */
    public record Occurrence(Day day, Meeting meeting) {}

    /** One day's meetings in listing order. */
    public record DayGroup(Day day, List<Occurrence> occurrences) {}

    /** Meetings that share a region, fellowship or type, for index pages. */
    public record Group(String key, String slug, String name, List<Meeting> meetings) {}

    public List<Occurrence> occurrences() {
        List<Occurrence> v = occurrences;
        if (v == null) {
            v = occurrences = List.copyOf(occurrencesOf(meetings));
        }
        return v;
    }

    private static List<Occurrence> occurrencesOf(List<Meeting> meetings) {
        // LISTING_ORDER, with each name's collation key computed once instead of in every
        // comparison (the collator normalises both strings each time it compares).
        // Keys made on every core (a collator per thread: one is not safe to share).
        ThreadLocal<Collator> collator = ThreadLocal.withInitial(() -> Collator.getInstance(Locale.ROOT));
        Map<String, java.text.CollationKey> keys = new HashMap<>();
        for (java.text.CollationKey key : Parallel.map(meetings.stream().map(Meeting::name).distinct().toList(),
                name -> collator.get().getCollationKey(name))) {
            keys.put(key.getSourceString(), key);
        }
        List<Occurrence> all = new ArrayList<>();
        for (Meeting m : meetings) {
            for (Day d : m.days()) {
                all.add(new Occurrence(d, m));
            }
        }
        all.sort(Comparator
                .comparing((Occurrence o) -> o.day())
                .thenComparing(o -> o.meeting().time())
                .thenComparing(o -> keys.get(o.meeting().name()))
                .thenComparing(o -> o.meeting().slug()));
        return all;
    }

    /** Every day of the week that has meetings, Sunday first as the spec numbers them. */
    public List<DayGroup> byDay() {
        List<DayGroup> v = byDay;
        if (v == null) {
            v = byDay = List.copyOf(byDayOf(occurrences()));
        }
        return v;
    }

    /**
     * The days of {@code subset} (some of this directory's meetings) in listing order: picked
     * from the sorted whole rather than sorted again, which took a collation key per name per
     * region and fellowship page.
     */
    public List<DayGroup> byDay(java.util.Collection<Meeting> subset) {
        java.util.Set<Meeting> in = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        in.addAll(subset);
        List<Occurrence> picked = new ArrayList<>();
        for (Occurrence o : occurrences()) {
            if (in.contains(o.meeting())) {
                picked.add(o);
            }
        }
        return byDayOf(picked);
    }

    private static List<DayGroup> byDayOf(List<Occurrence> sorted) {
        Map<Day, List<Occurrence>> days = new TreeMap<>();
        for (Occurrence o : sorted) {
            days.computeIfAbsent(o.day(), d -> new ArrayList<>()).add(o);
        }
        List<DayGroup> groups = new ArrayList<>();
        days.forEach((d, list) -> groups.add(new DayGroup(d, List.copyOf(list))));
        return groups;
    }

    /** Regions in alphabetical order, each with its meetings. */
    public List<Group> regions() {
        List<Group> v = regions;
        if (v == null) {
            v = regions = List.copyOf(groupByRegion());
        }
        return v;
    }

    private List<Group> groupByRegion() {
        Map<String, List<Meeting>> byRegion = new TreeMap<>(Collator.getInstance(Locale.ROOT));
        // The collator is slow; ask it once per distinct name, not once per meeting.
        Map<String, List<Meeting>> byName = new java.util.HashMap<>();
        for (Meeting m : meetings) {
            if (m.region() != null) {
                List<Meeting> list = byName.get(m.region());
                if (list == null) {
                    list = byRegion.computeIfAbsent(m.region(), r -> new ArrayList<>());
                    byName.put(m.region(), list);
                }
                list.add(m);
            }
        }
        List<Group> groups = new ArrayList<>();
        byRegion.forEach((r, list) -> groups.add(new Group(r, Slugs.of(r), r, List.copyOf(list))));
        return groups;
    }

    /** Fellowships in use, largest first, then by name. */
    public List<Group> fellowships() {
        List<Group> v = fellowships;
        if (v == null) {
            v = fellowships = List.copyOf(groupByFellowship());
        }
        return v;
    }

    private List<Group> groupByFellowship() {
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
        List<String> v = typesInUse;
        if (v == null) {
            v = typesInUse = typesIn(meetings);
        }
        return v;
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
        Set<String> v = attendanceModes;
        if (v == null) {
            v = attendanceModes = attendanceModesOf(meetings);
        }
        return v;
    }

    private static Set<String> attendanceModesOf(List<Meeting> meetings) {
        Set<String> modes = new LinkedHashSet<>();
        for (Attendance a : Attendance.values()) {
            if (meetings.stream().anyMatch(m -> m.attendance() == a)) {
                modes.add(a.key());
            }
        }
        return java.util.Collections.unmodifiableSet(modes);
    }
}
