package org.meetbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.content.ContentLoader;

/**
 * Runs every example of rules.spec: writes the example's files over a small valid directory,
 * checks it, and compares the whole report (positions relative to the content folder).
 */
class CheckRulesTest {

    @TempDir
    Path temp;

    record Example(String name, Map<String, String> files, String expected) {}

    @TestFactory
    Stream<DynamicTest> rules() throws IOException {
        return parse(resource("rules.spec")).stream()
                .map(example -> DynamicTest.dynamicTest(example.name(), () -> run(example)));
    }

    private void run(Example example) throws IOException {
        Path dir = Files.createTempDirectory(temp, "content");
        Files.writeString(dir.resolve("site.yaml"), resource("base-site.yaml"));
        Files.writeString(dir.resolve("locations.yaml"), resource("base-locations.yaml"));
        for (Map.Entry<String, String> f : example.files().entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        String report = Checker.check(ContentLoader.load(dir)).stream()
                .map(Problem::format)
                .map(line -> line.replace(dir + "/", ""))
                .collect(Collectors.joining("\n"));
        assertEquals(example.expected(), report);
    }

    static List<Example> parse(String spec) {
        List<Example> examples = new ArrayList<>();
        String name = null;
        String section = null;
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (String line : (spec + "\n=== end").split("\n", -1)) {
            boolean newExample = line.startsWith("=== ");
            boolean newSection = line.startsWith("--- ") && !line.equals("--- ");
            if ((newExample || newSection) && section != null) {
                String body = text.toString();
                if (section.equals("expect")) {
                    examples.add(new Example(name, Map.copyOf(files), body.strip()));
                    files.clear();
                } else {
                    files.put(section, body);
                }
                section = null;
                text.setLength(0);
            }
            if (newExample) {
                name = line.substring(4);
            } else if (newSection && name != null && (section == null)) {
                section = line.substring(4);
            } else if (section != null) {
                text.append(line).append('\n');
            }
        }
        return examples;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CheckRulesTest.class.getResourceAsStream("/check/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
