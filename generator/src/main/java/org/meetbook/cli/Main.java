package org.meetbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.meetbook.Meetbook;
import org.meetbook.check.Problem;
import org.meetbook.theme.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The meetbook command. Exit codes: 0 ok, 1 content problems, 2 usage. */
@Command(name = "meetbook", mixinStandardHelpOptions = true, version = "meetbook 0.1",
        description = "Builds a recovery meeting directory into a static website, feeds and PDFs.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  meetbook new my-area                      start a directory",
            "  meetbook check --content my-area          find mistakes (file:line:col and a hint)",
            "  meetbook serve --content my-area          preview at http://127.0.0.1:8000/",
            "  meetbook build --content my-area --out public",
            "  meetbook import meetings.json --out my-area",
            "",
            "Exit codes: 0 ok, 1 content problems, 2 usage mistakes.",
            "Run 'meetbook <command> --help' for a command's options."},
        commandListHeading = "%nCommands:%n",
        subcommands = {Main.Build.class, Main.Check.class, ServeCommand.class, NewCommand.class, ImportCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int CONTENT_PROBLEMS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this, not main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CommandLine.ParameterException usage) {
                cmd.getErr().println("meetbook: " + usage.getMessage());
                cmd.getErr().println("Try 'meetbook " + cmd.getCommandName() + " --help'.");
                return USAGE;
            }
            // A bug or an I/O failure: say what happened, without a wall of stack trace.
            cmd.getErr().println("meetbook: internal error: " + e);
            return 3;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: build or check");
    }


    @Command(name = "build", mixinStandardHelpOptions = true, description = "Check the content, then write the website, feeds and PDFs.")
    static final class Build implements Callable<Integer> {
        @CommandLine.Mixin
        ContentOptionsMixin options;

        @Option(names = {"-t", "--theme"}, defaultValue = "themes/default", description = "theme folder (default: ${DEFAULT-VALUE})")
        Path theme;

        @Option(names = {"-o", "--out"}, defaultValue = "site/public", description = "output folder, replaced only when the build succeeds (default: ${DEFAULT-VALUE})")
        Path out;

        @Option(names = {"-q", "--quiet"}, description = "print only problems")
        boolean quiet;

        @Option(names = "--only", split = ",", paramLabel = "KIND",
                description = "build only these outputs: web, feeds, print (default: all)")
        java.util.List<String> only;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter outw = spec.commandLine().getOut();
            options.existing(spec);
            if (!Files.isDirectory(theme.resolve("templates"))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "theme folder not found (no templates/ in it): " + theme);
            }
            long start = System.nanoTime();
            Meetbook.Result result;
            out = readable(out);
            java.util.Set<String> kinds = java.util.Set.copyOf(only == null ? Meetbook.outputKinds() : only);
            for (String kind : kinds) {
                if (!Meetbook.outputKinds().contains(kind)) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "unknown output '" + kind + "' for --only; choose from " + String.join(", ", Meetbook.outputKinds()));
                }
            }
            try {
                result = Meetbook.build(readable(options.content), readable(theme), out, kinds, line -> {
                    if (!quiet) {
                        outw.println("  " + line);
                        outw.flush();
                    }
                });
            } catch (Theme.ThemeException e) {
                err.println("meetbook: theme problem: " + e.getMessage());
                return 3;
            }
            report(result, err);
            if (result.hasErrors()) {
                err.println("Build stopped; " + out + " was left as it was.");
                return CONTENT_PROBLEMS;
            }
            if (!quiet) {
                outw.printf("Built %s in %d ms%n", out, (System.nanoTime() - start) / 1_000_000);
            }
            return OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Run every content rule without building.")
    static final class Check implements Callable<Integer> {
        enum Format { human, json }

        @CommandLine.Mixin
        ContentOptionsMixin options;

        @Option(names = "--format", defaultValue = "human", paramLabel = "FORMAT",
                description = "human (default) or json, for editors and CI")
        Format format;

        @Option(names = {"-q", "--quiet"}, description = "print only problems")
        boolean quiet;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            options.existing(spec);
            Meetbook.Result result = Meetbook.check(readable(options.content));
            if (format == Format.json) {
                spec.commandLine().getOut().println(ProblemsJson.write(result.problems()));
            } else {
                report(result, spec.commandLine().getErr());
                if (!result.hasErrors() && !quiet) {
                    spec.commandLine().getOut().println("No errors.");
                }
            }
            spec.commandLine().getOut().flush();
            return result.hasErrors() ? CONTENT_PROBLEMS : OK;
        }
    }

    static final class ContentOptionsMixin {
        /** The content folder, or a usage error (exit 2) when it does not exist. */
        Path existing(CommandLine.Model.CommandSpec spec) {
            if (!Files.isDirectory(content)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "content folder not found: " + content);
            }
            return content;
        }

        @Option(names = {"-c", "--content"}, defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;
    }

    /**
     * A path as the user should read it in messages: relative to the working directory when it
     * lies inside it ("content/meetings/a.yaml"), otherwise absolute, never with "..".
     */
    static Path readable(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute) : absolute;
    }

    private static void report(Meetbook.Result result, PrintWriter err) {
        long errors = result.problems().stream().filter(Problem::isError).count();
        long warnings = result.problems().size() - errors;
        for (Problem p : result.problems()) {
            err.println(p.format());
        }
        if (!result.problems().isEmpty()) {
            err.printf("%d error(s), %d warning(s)%n", errors, warnings);
        }
        err.flush();
    }
}
