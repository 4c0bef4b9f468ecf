package org.meetbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.meetbook.check.Checker;
import org.meetbook.cli.Main;
import org.meetbook.check.Problem;
import org.meetbook.content.Content;
import org.meetbook.content.ContentLoader;
import org.meetbook.model.Directory;
import org.meetbook.model.ModelBuilder;

/** Shared test helpers: the sample content, the default theme, small content folders. */
public final class TestContent {

    /** Tests run in generator/; the sample directory and theme sit beside it. */
    public static final Path SAMPLE = Path.of("..", "content");
    public static final Path THEME = Path.of("..", "themes", "default");

    private TestContent() {}

    /** Loads, checks (failing on any error) and models a content folder. */
    public static Directory directory(Path contentDir) {
        Content content = ContentLoader.load(contentDir);
        var errors = Checker.check(content).stream().filter(Problem::isError).map(Problem::format).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("content has errors:\n" + String.join("\n", errors));
        }
        return ModelBuilder.build(content);
    }

    /** Writes files (relative path → text) into a new content folder under {@code parent}. */
    public static Path write(Path parent, Map<String, String> files) throws IOException {
        Path dir = Files.createTempDirectory(parent, "content");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        return dir;
    }

    /** What a command line run printed, and its exit code. */
    public record Run(int code, String out, String err) {}

    /** Runs the meetbook command line in this JVM, capturing what it prints. */
    public static Run cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    public static final String SITE = """
            title: Test Directory
            entity: Test Intergroup
            entity_email: info@test-intergroup.example
            entity_location: Testville, EX
            timezone: America/Chicago
            languages: [en]
            base_url: https://meetings.test.example/
            """;
}
