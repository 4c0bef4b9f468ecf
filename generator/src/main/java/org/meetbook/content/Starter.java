package org.meetbook.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A new directory, ready to build: a commented site.yaml, an example venue and meetings, the
 * standard guide pages (the sample directory's English pages) and the JSON Schemas editors use.
 */
public final class Starter {

    private static final String BASE = "/org/meetbook/starter/";
    private static final List<String> FILES = List.of("site.yaml", "locations.yaml", "meetings/example.yaml");

    private Starter() {}

    /** Writes the starter into {@code folder} (which must be empty or absent) and lists what it wrote. */
    public static List<Path> write(Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String name : FILES) {
            written.add(write(folder.resolve(name), resource(name)));
        }
        written.addAll(writeMissingSchemas(folder));
        written.addAll(writePagesIfNone(folder));
        return written;
    }

    /** Writes the editor schemas a folder lacks (an import into an existing directory keeps its own). */
    public static List<Path> writeMissingSchemas(Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> schema : Schemas.all().entrySet()) {
            Path file = folder.resolve(Schemas.FOLDER).resolve(schema.getKey());
            if (!Files.exists(file)) {
                written.add(write(file, schema.getValue()));
            }
        }
        return written;
    }

    /** Writes the standard guide pages when the folder has no pages folder yet. */
    public static List<Path> writePagesIfNone(Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        if (Files.exists(folder.resolve(ContentLoader.PAGES_DIR))) {
            return written;
        }
        for (Map.Entry<String, String> page : standardPages().entrySet()) {
            written.add(write(folder.resolve(ContentLoader.PAGES_DIR).resolve(page.getKey()), page.getValue()));
        }
        return written;
    }

    /** The standard guide pages in the default language: file name → Markdown. */
    static Map<String, String> standardPages() throws IOException {
        Map<String, String> pages = new java.util.TreeMap<>();
        URI uri;
        try {
            uri = Starter.class.getResource(BASE + "pages").toURI();
        } catch (URISyntaxException | NullPointerException e) {
            return pages;
        }
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                collect(jar.provider().getPath(uri), pages);
            }
        } else {
            collect(Path.of(uri), pages);
        }
        return pages;
    }

    private static void collect(Path dir, Map<String, String> into) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".md") && !name.matches(".*\\.[a-z]{2}(-[A-Z]{2})?\\.md")) {
                    into.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String resource(String name) {
        try (InputStream in = Starter.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("starter file missing from the generator: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
