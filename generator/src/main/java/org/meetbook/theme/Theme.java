package org.meetbook.theme;

import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A theme folder: FreeMarker templates (templates/, .ftlh with HTML auto-escaping), static
 * assets (assets/, copied as they are), UI strings per language (messages/messages_xx.properties)
 * and fonts for print (fonts/, optional). Web and print renderers both read themes through this.
 */
public final class Theme {

    private final Path root;
    private final Configuration freemarker;
    private final Map<String, Messages> messages = new ConcurrentHashMap<>();

    public Theme(Path root) {
        this.root = root;
        this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(root.resolve("templates").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("theme has no templates folder: " + root, e);
        }
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setLocale(Locale.ROOT);
        freemarker.setNumberFormat("computer");
        freemarker.setURLEscapingCharset("UTF-8");
        // Languages come from the messages, never from template variants (page_es.ftlh), and a
        // changed theme gets a new Theme (serve makes one): no lookups of either per page.
        freemarker.setLocalizedLookup(false);
        freemarker.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // A theme has a few dozen templates, all kept: a lookup (every page imports its layout)
        // then reads a concurrent map instead of taking the default cache's lock.
        freemarker.setCacheStorage(new freemarker.cache.StrongCacheStorage());
    }

    public Path root() {
        return root;
    }

    public Path assets() {
        return root.resolve("assets");
    }

    public Path fonts() {
        return root.resolve("fonts");
    }

    /**
     * Renders {@code templates/<name>} with the given data. Every template also sees
     * {@code msg(key, args...)}: the UI string for {@code language}.
     */
    public String render(String name, String language, Map<String, Object> data) {
        TextWriter out = new TextWriter(8192);
        process(name, language, data, out);
        return out.toString();
    }

    /** {@link #render}, as UTF-8 bytes: for a page written straight to a file. */
    public byte[] renderUtf8(String name, String language, Map<String, Object> data) {
        Utf8Writer out = new Utf8Writer(16384);
        process(name, language, data, out);
        return out.toByteArray();
    }

    private void process(String name, String language, Map<String, Object> data, java.io.Writer out) {
        try {
            Template template = freemarker.getTemplate(name);
            // Wrapped once here, not again each time the template reads a variable: a page reads
            // `web` and `p` dozens of times.
            Map<String, Object> model = new HashMap<>(2 * data.size() + 4);
            ObjectWrapper wrapper = freemarker.getObjectWrapper();
            for (Map.Entry<String, Object> e : data.entrySet()) {
                model.put(e.getKey(), wrapper.wrap(e.getValue()));
            }
            model.put("msg", messages(language));
            model.put("lang", wrapper.wrap(language));
            template.process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("theme template " + name + ": " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new ThemeException("theme template " + name + ": " + e.getMessageWithoutStackTop(), e);
        }
    }

    /**
     * Parses every template under {@code templates/<folder>} ahead of use, so rendering finds
     * them ready. A template that does not parse is skipped: rendering reports it.
     */
    public void parseTemplates(String folder) {
        Path dir = root.resolve("templates").resolve(folder);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList()) {
                try {
                    freemarker.getTemplate(folder + "/" + f.getFileName());
                } catch (IOException | RuntimeException reportedLater) {
                    // rendering meets the same problem and reports it
                }
            }
        } catch (IOException reportedLater) {
            // as above
        }
    }

    /** UI strings for a language, falling back to English for keys a translation lacks. */
    public Messages messages(String language) {
        return messages.computeIfAbsent(language, l -> {
            Properties english = load("en", null);
            return new Messages(l, l.equals("en") ? english : load(l, english));
        });
    }

    private Properties load(String language, Properties fallback) {
        Properties p = fallback == null ? new Properties() : new Properties(fallback);
        Path file = root.resolve("messages").resolve("messages_" + language + ".properties");
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    /** A template error is a theme bug, not a content problem. */
    public static final class ThemeException extends RuntimeException {
        public ThemeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
