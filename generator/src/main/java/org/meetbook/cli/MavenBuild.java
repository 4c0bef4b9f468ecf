package org.meetbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point for the site module's Maven build. exec:java runs it inside Maven's JVM, and it
 * runs the build in a JVM of its own, started as the {@code meetbook} launcher starts one: with
 * the options in {@code jvm.options} and the class-data archive. The build prints its report;
 * a failure then becomes one exception message, so Maven stops with a one-line error and no
 * stack trace (exec:exec would print the plugin's).
 *
 * <p>Arguments: the generator's target folder (jar, options, archive), the folder to run in
 * (messages name files relative to it), then the meetbook command line.
 */
public final class MavenBuild {

    private MavenBuild() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path target = Path.of(args[0]).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + target.resolve("jvm.options"));
        Path archive = target.resolve("meetbook.jsa");
        if (Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-jar", target.resolve("meetbook.jar").toString()));
        command.addAll(Arrays.asList(args).subList(2, args.length));
        int code = new ProcessBuilder(command).directory(Path.of(args[1]).toFile()).inheritIO().start().waitFor();
        if (code != Main.OK) {
            throw new IllegalStateException(code == Main.CONTENT_PROBLEMS
                    ? "meetbook: the content has errors (listed above); the previous site was left as it was"
                    : "meetbook: stopped with exit code " + code);
        }
    }
}
