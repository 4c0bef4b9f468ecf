package org.meetbook.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.meetbook.TestContent;
import org.meetbook.cli.Main;
import org.meetbook.content.ContentLoader;
import org.meetbook.content.YNode;
import org.meetbook.content.YamlReader;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;

/** Shared helpers for importer tests: fixtures, running an import, reading what it wrote. */
final class ImportSupport {

    private ImportSupport() {}

    /** Copies a fixture from src/test/resources/imports/ into {@code dir}. */
    static Path fixture(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ImportSupport.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IOException("missing test fixture " + name);
            }
            Files.copy(in, file);
        }
        return file;
    }

    static Importer.Result importFile(Path input, Path out, Importer.Source from, Path formats) throws Exception {
        Importer.Result result = Importer.run(new Importer.Options(input, from, formats, out, false, null, null));
        assertEquals(List.of(), result.errors(), "the imported content must pass the checks");
        return result;
    }

    /** Loads, checks (failing on any error) and models the written content. */
    static Directory model(Path content) {
        return TestContent.directory(content);
    }

    static Meeting meeting(Directory d, String name) {
        return d.meetings().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting named " + name));
    }

    /** The raw YAML entry of a meeting, as written. */
    static YNode.Map entry(Path content, String file, String name) throws Exception {
        YNode node = YamlReader.read(content.resolve(ContentLoader.MEETINGS_DIR).resolve(file));
        for (YNode item : ((YNode.Seq) node).items()) {
            if (item instanceof YNode.Map m && name.equals(m.text("name"))) {
                return m;
            }
        }
        throw new AssertionError("no meeting " + name + " in " + file);
    }

    static YNode.Map site(Path content) throws Exception {
        return (YNode.Map) YamlReader.read(content.resolve("site.yaml"));
    }

    static TestContent.Run cli(String... args) {
        return TestContent.cli(args);
    }

    static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
