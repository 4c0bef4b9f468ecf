package org.meetbook.web;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.meetbook.theme.Theme;

/**
 * Parts of a page that are the same on every page of a language at the same folder depth,
 * rendered once and reused: the footer (footer.ftlh), which is a fifth of the work of each of
 * 10,000 meeting pages. Templates see it as {@code fragments}; the markup stays in the theme.
 */
public final class Fragments {

    private final Theme theme;
    private final String language;
    private final Map<String, Object> base;
    private final Map<String, String> footers = new ConcurrentHashMap<>();

    Fragments(Theme theme, String language, Map<String, Object> base) {
        this.theme = theme;
        this.language = language;
        this.base = Map.copyOf(base);
    }

    /** The footer for a page whose links start with {@code p.root} and {@code p.home}. */
    public String footer(WebPage p) {
        String key = p.root() + '|' + p.home();
        String html = footers.get(key);
        if (html == null) {
            Map<String, Object> model = new HashMap<>(base);
            model.put("p", p);
            html = theme.render(WebRenderer.TEMPLATES + "footer.ftlh", language, model);
            footers.putIfAbsent(key, html);
        }
        return html;
    }
}
