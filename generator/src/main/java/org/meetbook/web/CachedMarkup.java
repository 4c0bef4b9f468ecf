package org.meetbook.web;

import freemarker.core.Environment;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.meetbook.theme.Utf8Writer;

/**
 * What the directives that write cached markup ({@code <@entries/>}, {@code <@fragments/>})
 * share: reading their parameters, and writing bytes already encoded as UTF-8 — copied as they
 * are into a page written as UTF-8, decoded for any other writer.
 */
final class CachedMarkup {

    private CachedMarkup() {}

    static void write(Environment env, byte[] utf8) throws IOException {
        Writer out = env.getOut();
        if (out instanceof Utf8Writer pageBytes) {
            pageBytes.writeUtf8(utf8);
        } else {
            out.write(new String(utf8, StandardCharsets.UTF_8));
        }
    }

    /** The parameter {@code name}: a Meetbook object of {@code type}, or text for String. */
    static <T> T parameter(String directive, Map<?, ?> params, String name, Class<T> type) throws TemplateModelException {
        Object value = params.get(name);
        if (value instanceof WrapperTemplateModel w && type.isInstance(w.getWrappedObject())) {
            return type.cast(w.getWrappedObject());
        }
        if (type == String.class && value instanceof TemplateScalarModel text) {
            return type.cast(text.getAsString());
        }
        throw new TemplateModelException("<@" + directive + "> needs " + name + "= a " + type.getSimpleName());
    }
}
