package org.meetbook.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The directory's identity and defaults, from site.yaml. */
public record Site(
        String title,
        String description,
        Entity entity,
        ZoneId timezone,
        List<String> languages,
        String baseUrl,
        String defaultFellowship,
        Map<String, String> fellowshipNames,
        Print print,
        LocalDate updated) {

    public Site {
        languages = List.copyOf(languages);
        fellowshipNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fellowshipNames));
    }

    /** The service entity publishing the list (the spec's entity_* fields). */
    public record Entity(String name, String email, String phone, String location, String websiteUrl) {}

    /**
     * Print settings (site.yaml {@code print:}).
     *
     * @param paper "letter" (half-letter pages, booklets on letter) or "a4" (A5 pages on A4)
     * @param editions which editions to print: schedule, large-print, guide, regions
     * @param grouping how the schedule is ordered: day, day-region or region-day
     * @param pages an exact page count for the pocket schedule, or null
     * @param multipleOf the page count is padded to a multiple of this (4 for a booklet)
     * @param typeSize the pocket schedule's type size in points
     * @param minTypeSize the smallest type size the page-count fitting may use
     * @param maxTypeSize the largest type size the page-count fitting may use
     * @param regions regions that get their own schedule (empty: every region)
     * @param online "mark" (online meetings among the others, marked) or "section" (their own section)
     */
    public record Print(String paper, List<String> editions, String grouping, Integer pages, int multipleOf,
                        double typeSize, double minTypeSize, double maxTypeSize, List<String> regions,
                        String online) {

        public static final List<String> DEFAULT_EDITIONS = List.of("schedule", "large-print", "guide", "regions");

        public Print {
            editions = List.copyOf(editions);
            regions = List.copyOf(regions);
        }

        /** The defaults, on the given paper. */
        public Print(String paper) {
            this(paper, DEFAULT_EDITIONS, "day", null, 4, 9.5, 8, 11, List.of(), "mark");
        }

        public boolean prints(String edition) {
            return editions.contains(edition);
        }

        public Print withPaper(String otherPaper) {
            return new Print(otherPaper, editions, grouping, pages, multipleOf, typeSize, minTypeSize, maxTypeSize,
                    regions, online);
        }
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    public String fellowshipName(String code) {
        return fellowshipNames.getOrDefault(code, code);
    }

    /** The base URL with exactly one trailing slash, or null when the site is folder-relative. */
    public String baseUrlWithSlash() {
        if (baseUrl == null) {
            return null;
        }
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }
}
