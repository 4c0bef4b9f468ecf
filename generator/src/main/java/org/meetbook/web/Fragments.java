package org.meetbook.web;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.meetbook.theme.Theme;

/**
 * Parts of a page that are the same on many pages of a language, rendered once and reused: the
 * footer (footer.ftlh), the same at every folder depth and a fifth of the work of each of
 * 10,000 meeting pages; the stylesheet links (head.ftlh), the same at every depth; the
 * navigation (nav.ftlh), the same for every page of a section at a depth. Templates write one
 * with {@code <@fragments part="footer" p=p/>} (or "head", "nav"); the markup stays in the
 * theme. Parts are kept as UTF-8, copied as they are into a page.
 */
public final class Fragments implements TemplateDirectiveModel {

    private final Theme theme;
    private final String language;
    private final Map<String, Object> base;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    Fragments(Theme theme, String language, Map<String, Object> base) {
        this.theme = theme;
        this.language = language;
        this.base = Map.copyOf(base);
    }

    /** The footer for a page whose links start with {@code p.root} and {@code p.home}. */
    byte[] footer(WebPage p) {
        return fragment("footer.ftlh", p.root() + '|' + p.home(), p);
    }

    /** The head's links for a page whose links to the site root start with {@code p.root}. */
    byte[] head(WebPage p) {
        return fragment("head.ftlh", p.root(), p);
    }

    /**
     * The navigation for {@code p}. It shows the section the page belongs to, and marks the
     * section's index page itself; every other page of the section at the same depth shares
     * one rendering, made with an empty path.
     */
    byte[] nav(WebPage p) {
        boolean index = p.path().endsWith("index.html");
        WebPage shared = index ? p : new WebPage(p.language(), "", p.root(), p.home(), p.section(), p.alternates());
        return fragment("nav.ftlh", p.home() + '|' + p.section() + '|' + shared.path(), shared);
    }

    private byte[] fragment(String template, String key, WebPage p) {
        String cacheKey = template + '|' + key;
        byte[] html = rendered.get(cacheKey);
        if (html == null) {
            Map<String, Object> model = new HashMap<>(base);
            model.put("p", p);
            html = theme.renderUtf8(WebRenderer.TEMPLATES + template, language, model);
            rendered.putIfAbsent(cacheKey, html);
        }
        return html;
    }

    /** {@code <@fragments part="head|nav|footer" p=p/>}: writes the part for the page. */
    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        if (params.size() != 2 || body != null) {
            throw new TemplateModelException("use fragments as <@fragments part=\"footer\" p=p/>");
        }
        String part = CachedMarkup.parameter("fragments", params, "part", String.class);
        WebPage p = CachedMarkup.parameter("fragments", params, "p", WebPage.class);
        CachedMarkup.write(env, switch (part) {
            case "head" -> head(p);
            case "nav" -> nav(p);
            case "footer" -> footer(p);
            default -> throw new TemplateModelException("<@fragments> has no part \"" + part + "\"; use head, nav or footer");
        });
    }
}
