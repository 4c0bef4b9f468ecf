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

    /** Print settings: paper is "letter" (half-letter pages) or "a4" (A5 pages). */
    public record Print(String paper) {}

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
