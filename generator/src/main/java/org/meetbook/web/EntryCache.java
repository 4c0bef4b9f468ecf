package org.meetbook.web;

import freemarker.core.Environment;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.meetbook.model.Directory;
import org.meetbook.theme.Theme;
import org.meetbook.theme.Utf8Writer;

/**
 * A meeting's entry in a listing, rendered once per language and day and then reused: the same
 * meeting appears on its day's list, its region's page and its fellowship's page, and for a
 * large directory rendering each entry again for every page was most of the work. Templates
 * write one with {@code <@entries o=occurrence p=p/>}; the markup stays in the theme
 * (listing.ftlh, through entry.ftlh).
 *
 * <p>Pages at different depths differ only in their link prefixes ({@code p.home} and
 * {@code p.root}): an entry is rendered with markers in their place, and each depth gets it
 * with its own prefixes put in, kept as UTF-8 so a page written as UTF-8 copies the bytes (an
 * entry's en dash makes its text two-byte, which is slow to encode again for every page). An
 * entry may use nothing else of {@code p}.
 */
public final class EntryCache implements TemplateDirectiveModel {

    private static final String HOME = "\uE000home\uE000";
    private static final String ROOT = "\uE000root\uE000";
    private static final byte[] HOME_UTF8 = HOME.getBytes(StandardCharsets.UTF_8);
    private static final byte[] ROOT_UTF8 = ROOT.getBytes(StandardCharsets.UTF_8);

    private final Theme theme;
    private final String language;
    private final Map<String, Object> base;
    private final Map<String, byte[]> marked = new ConcurrentHashMap<>();
    private final Map<String, byte[]> atDepth = new ConcurrentHashMap<>();

    EntryCache(Theme theme, String language, Map<String, Object> base) {
        this.theme = theme;
        this.language = language;
        this.base = Map.copyOf(base);
    }

    /** The entry's HTML for the page {@code p}, as UTF-8. */
    byte[] entry(Directory.Occurrence o, WebPage p) {
        String key = o.day().number() + "|" + o.meeting().slug();
        String depthKey = key + '|' + p.home() + '|' + p.root();
        byte[] html = atDepth.get(depthKey);
        if (html == null) {
            byte[] withMarkers = marked.get(key);
            if (withMarkers == null) {
                Map<String, Object> model = new HashMap<>(base);
                model.put("o", o);
                model.put("p", new WebPage(p.language(), p.path(), ROOT, HOME, p.section(), p.alternates()));
                withMarkers = theme.renderUtf8(WebRenderer.TEMPLATES + "entry.ftlh", language, model);
                marked.putIfAbsent(key, withMarkers);
            }
            html = replace(replace(withMarkers, HOME_UTF8, p.home()), ROOT_UTF8, p.root());
            atDepth.putIfAbsent(depthKey, html);
        }
        return html;
    }

    /**
     * {@code utf8} with each {@code marker} replaced by {@code text}. A marker's bytes never
     * occur inside another character's (UTF-8 is self-synchronising), so a byte search is safe.
     */
    static byte[] replace(byte[] utf8, byte[] marker, String text) {
        byte[] with = text.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = null;
        int copied = 0;
        for (int i = indexOf(utf8, marker, 0); i >= 0; i = indexOf(utf8, marker, i + marker.length)) {
            if (out == null) {
                out = new java.io.ByteArrayOutputStream(utf8.length + 8 * with.length);
            }
            out.write(utf8, copied, i - copied);
            out.write(with, 0, with.length);
            copied = i + marker.length;
        }
        if (out == null) {
            return utf8;
        }
        out.write(utf8, copied, utf8.length - copied);
        return out.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        byte first = what[0];
        for (int i = from, last = in.length - what.length; i <= last; i++) {
            if (in[i] == first && java.util.Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code <@entries o=occurrence p=p/>}: writes the entry. */
    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        if (params.size() != 2 || body != null) {
            throw new TemplateModelException("use entries as <@entries o=occurrence p=p/>");
        }
        Directory.Occurrence o = parameter(params, "o", Directory.Occurrence.class);
        WebPage p = parameter(params, "p", WebPage.class);
        byte[] html = entry(o, p);
        Writer out = env.getOut();
        if (out instanceof Utf8Writer utf8) {
            utf8.writeUtf8(html);
        } else {
            out.write(new String(html, StandardCharsets.UTF_8));
        }
    }

    private static <T> T parameter(Map<?, ?> params, String name, Class<T> type) throws TemplateModelException {
        if (params.get(name) instanceof WrapperTemplateModel w && type.isInstance(w.getWrappedObject())) {
            return type.cast(w.getWrappedObject());
        }
        throw new TemplateModelException("<@entries> needs " + name + "= a " + type.getSimpleName());
    }
}
