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
import org.meetbook.model.Directory;
import org.meetbook.theme.Theme;

/**
 * A meeting's entry in a listing, rendered once per language, day and folder depth and then
 * reused: the same meeting appears on its day's list, its region's page and its fellowship's
 * page, and for a large directory rendering each entry again for every page was most of the
 * work. Templates write one with {@code <@entries o=occurrence p=p/>}; the markup stays in the
 * theme (listing.ftlh, through entry.ftlh).
 *
 * <p>Pages at different depths differ only in their link prefixes, so an entry may use nothing
 * of {@code p} but {@code p.home} and {@code p.root}. A large directory lists meetings only on
 * pages one folder down; a small one also on the finder page, and renders its entries twice.
 * Entries are kept as UTF-8, so a page written as UTF-8 copies the bytes (an entry's en dash
 * makes its text two-byte, which is slow to encode again for every page).
 */
public final class EntryCache implements TemplateDirectiveModel {

    private final Theme theme;
    private final String language;
    private final Map<String, Object> base;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    EntryCache(Theme theme, String language, Map<String, Object> base) {
        this.theme = theme;
        this.language = language;
        this.base = Map.copyOf(base);
    }

    /** The entry's HTML for the page {@code p}, as UTF-8. */
    byte[] entry(Directory.Occurrence o, WebPage p) {
        String key = o.day().number() + "|" + o.meeting().slug() + '|' + p.home() + '|' + p.root();
        byte[] html = rendered.get(key);
        if (html == null) {
            Map<String, Object> model = new HashMap<>(base);
            model.put("o", o);
            model.put("p", new WebPage(p.language(), "", p.root(), p.home(), "", java.util.List.of()));
            html = theme.renderUtf8(WebRenderer.TEMPLATES + "entry.ftlh", language, model);
            rendered.putIfAbsent(key, html);
        }
        return html;
    }

    /** {@code <@entries o=occurrence p=p/>}: writes the entry. */
    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        if (params.size() != 2 || body != null) {
            throw new TemplateModelException("use entries as <@entries o=occurrence p=p/>");
        }
        CachedMarkup.write(env, entry(CachedMarkup.parameter("entries", params, "o", Directory.Occurrence.class),
                CachedMarkup.parameter("entries", params, "p", WebPage.class)));
    }
}
