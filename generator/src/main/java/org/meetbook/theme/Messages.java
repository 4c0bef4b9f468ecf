package org.meetbook.theme;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * UI strings of one language. In templates: {@code msg("finder.title")} or
 * {@code msg("count.meetings", n)} with {@link MessageFormat} arguments. A missing key is an
 * error, so a theme cannot silently ship untranslated holes.
 */
public final class Messages implements TemplateMethodModelEx {

    private final String language;
    private final Properties strings;
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();
    /** Strings without arguments as templates get them, made once: a page asks for dozens. */
    private final java.util.Map<String, freemarker.template.SimpleScalar> plain = new java.util.concurrent.ConcurrentHashMap<>();

    Messages(String language, Properties strings) {
        this.language = language;
        this.strings = strings;
    }

    public String get(String key, Object... args) {
        String pattern = strings.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("theme message '" + key + "' is missing from messages_en.properties");
        }
        if (args.length == 0) {
            return pattern;
        }
        // Parsing a pattern costs more than formatting with it: parse each once, and format with
        // a copy, since a MessageFormat is not safe to share between threads.
        MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, Locale.forLanguageTag(language)));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("msg needs a key");
        }
        if (arguments.size() == 1) {
            String key = arguments.get(0).toString();
            freemarker.template.SimpleScalar text = plain.get(key);
            if (text == null) {
                try {
                    text = new freemarker.template.SimpleScalar(get(key));
                } catch (IllegalArgumentException e) {
                    throw new TemplateModelException(e.getMessage());
                }
                plain.putIfAbsent(key, text);
            }
            return text;
        }
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            args[i - 1] = freemarker.template.utility.DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
        }
        try {
            return get(arguments.get(0).toString(), args);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }
}
