package org.meetbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.meetbook.content.Starter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code meetbook new <folder>}: start a directory that builds as it is. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Start a new directory: a commented site.yaml, an example venue and "
        + "meetings, the standard guide pages and editor schemas, ready to build.")
final class NewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FOLDER", description = "where to create it (absent or empty)")
    Path folder;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "print nothing on success")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(folder) && !isEmptyDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "folder " + folder + " already exists and is not empty; choose a new folder");
        }
        List<Path> written = Starter.write(folder);
        if (!quiet) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created " + folder + " with " + written.size() + " files:");
            for (Path p : written) {
                out.println("  " + folder.relativize(p));
            }
            out.println();
            out.println("Next: edit " + folder.resolve("site.yaml") + " and the meetings, then");
            out.println("  meetbook check --content " + folder);
            out.println("  meetbook serve --content " + folder + "     (preview at http://127.0.0.1:8000/)");
            out.println("  meetbook build --content " + folder + " --out public");
            out.flush();
        }
        return Main.OK;
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
