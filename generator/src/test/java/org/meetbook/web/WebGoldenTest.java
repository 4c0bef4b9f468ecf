package org.meetbook.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.model.Directory;
import org.meetbook.publish.Publisher;

/**
 * Golden files, in the style of flexmark's spec tests: each case is a content folder
 * (src/test/resources/web/CASE/content) and the HTML pages it must produce
 * (src/test/resources/web/CASE/expected). Any change in the output fails until the expected
 * files are regenerated on purpose and reviewed in the diff:
 * <pre>mvn -pl generator test -Dtest='org.meetbook.web.*Test' -Dmeetbook.updateGoldens=true</pre>
 */
class WebGoldenTest {

    static final boolean UPDATE = Boolean.getBoolean("meetbook.updateGoldens");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> basic() throws IOException {
        return golden("basic");
    }

    private Stream<DynamicTest> golden(String testCase) throws IOException {
        Path out = WebFixture.render(WebFixture.load(WebFixture.content(testCase)), temp.resolve(testCase));
        Path expected = WebFixture.expected(testCase);
        List<String> actualFiles = WebFixture.files(out, ".html");
        if (UPDATE) {
            Publisher.deleteTree(expected);
            for (String f : actualFiles) {
                Path target = expected.resolve(f);
                Files.createDirectories(target.getParent());
                Files.copy(out.resolve(f), target);
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(testCase + ": the same pages", () ->
                assertEquals(WebFixture.files(expected, ".html"), actualFiles,
                        "pages written differ from " + expected + "; regenerate with -Dmeetbook.updateGoldens=true")));
        for (String f : actualFiles) {
            tests.add(DynamicTest.dynamicTest(testCase + ": " + f, () -> compare(expected.resolve(f), out.resolve(f))));
        }
        return tests.stream();
    }

    private static void compare(Path expectedFile, Path actualFile) throws IOException {
        if (!Files.exists(expectedFile)) {
            fail("no golden file " + expectedFile + "; regenerate with -Dmeetbook.updateGoldens=true");
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        List<String> actual = Files.readAllLines(actualFile, StandardCharsets.UTF_8);
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail(expectedFile + ":" + (i + 1) + " differs\n expected: " + expected.get(i)
                        + "\n   actual: " + actual.get(i)
                        + "\n(if the change is intended, regenerate with -Dmeetbook.updateGoldens=true)");
            }
        }
        assertEquals(expected.size(), actual.size(), expectedFile + ": number of lines");
        assertArrayEquals(Files.readAllBytes(expectedFile), Files.readAllBytes(actualFile), expectedFile + ": bytes");
    }

    @Test
    void sameInputGivesSameBytes() throws IOException {
        Directory directory = WebFixture.load(WebFixture.content("basic"));
        Path a = WebFixture.render(directory, temp.resolve("a"));
        Path b = WebFixture.render(WebFixture.load(WebFixture.content("basic")), temp.resolve("b"));
        List<String> files = WebFixture.files(a, "");
        assertEquals(files, WebFixture.files(b, ""));
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }
}
