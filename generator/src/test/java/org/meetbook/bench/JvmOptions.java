package org.meetbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the command line runs with, read from the one file that keeps them,
 * {@code generator/src/main/launcher/jvm.options} (copied beside the jar as
 * {@code generator/target/jvm.options}, where the {@code meetbook} launcher reads it), so a
 * benchmark's cold runs use exactly the flags users get. Works from the repository root or from
 * {@code generator/}.
 */
public final class JvmOptions {

    private JvmOptions() {}

    /** The options file, found from the working directory. */
    public static Path file() {
        for (Path p : List.of(Path.of("generator", "src", "main", "launcher", "jvm.options"),
                Path.of("src", "main", "launcher", "jvm.options"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("jvm.options not found: run from the repository root or generator/");
    }

    /** The options, one per element, comments and blank lines left out. */
    public static List<String> list() {
        try {
            List<String> options = new ArrayList<>();
            for (String line : Files.readAllLines(file())) {
                int hash = line.indexOf('#');
                String option = (hash < 0 ? line : line.substring(0, hash)).strip();
                if (!option.isEmpty()) {
                    options.add(option);
                }
            }
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
