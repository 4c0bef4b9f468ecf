package org.meetbook.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {{entity_phone}} and friends in guide pages, filled from site.yaml, so the standard pages
 * name each directory's own helpline and email without editing.
 */
public final class Placeholders {

    public static final Pattern PATTERN = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*\\}\\}");
    public static final List<String> NAMES = List.of("title", "entity", "entity_email", "entity_phone",
            "entity_location", "entity_website_url");

    private Placeholders() {}

    public static Map<String, String> values(Site site) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", site.title());
        v.put("entity", site.entity().name());
        v.put("entity_email", site.entity().email());
        v.put("entity_phone", site.entity().phone());
        v.put("entity_location", site.entity().location());
        v.put("entity_website_url", site.entity().websiteUrl());
        return v;
    }

    /** Replaces every known placeholder; the checks have made sure there are no others. */
    public static String fill(String text, Site site) {
        Map<String, String> values = values(site);
        Matcher m = PATTERN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
