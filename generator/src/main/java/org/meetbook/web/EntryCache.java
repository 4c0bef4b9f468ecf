package org.meetbook.web;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.meetbook.model.Directory;
import org.meetbook.theme.Theme;

/**
 * A meeting's entry in a listing, rendered once per language and day and then reused: the same
 * meeting appears on its day's list, its region's page and its fellowship's page, and for a
 * large directory rendering each entry again for every page was most of the work. Templates see
 * it as {@code entries}; the markup stays in the theme (listing.ftlh, through entry.ftlh).
 *
 * <p>Pages at different depths differ only in their link prefixes ({@code p.home} and
 * {@code p.root}): an entry is rendered with markers in their place, and each page gets it with
 * its own prefixes put in. An entry may use nothing else of {@code p}.
 */
public final class EntryCache {

    private static final String HOME = "\uE000home\uE000";
    private static final String ROOT = "\uE000root\uE000";

    private final Theme theme;
    private final String language;
    private final Map<String, Object> base;
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    EntryCache(Theme theme, String language, Map<String, Object> base) {
        this.theme = theme;
        this.language = language;
        this.base = Map.copyOf(base);
    }

    /** The entry's HTML for the page {@code p}. */
    public String entry(Directory.Occurrence o, WebPage p) {
        String key = o.day().number() + "|" + o.meeting().slug();
        String atDepth = key + '|' + p.home() + '|' + p.root();
        String html = entries.get(atDepth);
        if (html == null) {
            String marked = entries.get(key);
            if (marked == null) {
                Map<String, Object> model = new HashMap<>(base);
                model.put("o", o);
                model.put("p", new WebPage(p.language(), p.path(), ROOT, HOME, p.section(), p.alternates()));
                marked = theme.render(WebRenderer.TEMPLATES + "entry.ftlh", language, model);
                entries.putIfAbsent(key, marked);
            }
            html = marked.replace(HOME, p.home()).replace(ROOT, p.root());
            entries.putIfAbsent(atDepth, html);
        }
        return html;
    }
}
