package org.meetbook.web;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.meetbook.model.Directory;
import org.meetbook.theme.Theme;

/**
 * A meeting's entry in a listing, rendered once per language and folder depth and then reused:
 * the same meeting appears on its day's list, its region's page and its fellowship's page, and
 * for a large directory rendering each entry three times is most of the work. Templates see it
 * as {@code entries}; the markup stays in the theme (listing.ftlh, through entry.ftlh).
 */
public final class EntryCache {

    private final Theme theme;
    private final String language;
    private final Map<String, Object> base;
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    EntryCache(Theme theme, String language, Map<String, Object> base) {
        this.theme = theme;
        this.language = language;
        this.base = Map.copyOf(base);
    }

    /** The entry's HTML for a page whose links to this language's folder start with {@code p.home}. */
    public String entry(Directory.Occurrence o, WebPage p) {
        String key = p.home() + '|' + o.day().number() + '|' + o.meeting().slug();
        String html = entries.get(key);
        if (html == null) {
            Map<String, Object> model = new HashMap<>(base);
            model.put("o", o);
            model.put("p", p);
            html = theme.render(WebRenderer.TEMPLATES + "entry.ftlh", language, model);
            entries.putIfAbsent(key, html);
        }
        return html;
    }
}
