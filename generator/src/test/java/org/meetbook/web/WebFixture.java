package org.meetbook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.meetbook.check.Checker;
import org.meetbook.check.Problem;
import org.meetbook.content.Content;
import org.meetbook.content.ContentLoader;
import org.meetbook.model.Directory;
import org.meetbook.model.ModelBuilder;
import org.meetbook.theme.Theme;

/** Loads a test content folder and renders it with the real default theme. */
final class WebFixture {

    /** The default theme, relative to the generator module (Maven runs tests from there). */
    static final Path THEME = Path.of("..", "themes", "default");
    static final Path CASES = Path.of("src", "test", "resources", "web");

    private WebFixture() {}

    static Path content(String testCase) {
        return CASES.resolve(testCase).resolve("content");
    }

    static Path expected(String testCase) {
        return CASES.resolve(testCase).resolve("expected");
    }

    /** The content's directory; the content must pass the checks, as in a real build. */
    static Directory load(Path contentDir) {
        Content content = ContentLoader.load(contentDir);
        List<Problem> errors = Checker.check(content).stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors, "fixture content must pass the checks");
        return ModelBuilder.build(content);
    }

    static Path render(Directory directory, Path out) throws IOException {
        Files.createDirectories(out);
        new WebRenderer().render(directory, new Theme(THEME), out);
        return out;
    }

    /** Every file under a folder, as sorted '/'-separated relative paths. */
    static List<String> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
