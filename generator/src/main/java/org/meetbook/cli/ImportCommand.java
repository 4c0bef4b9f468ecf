package org.meetbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.meetbook.imports.ImportException;
import org.meetbook.imports.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code meetbook import <file>}: an existing meeting list → content YAML that builds. */
@Command(name = "import", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Turn an existing meeting list into content YAML: a Meeting Guide JSON feed, a 12 Step"
                + " Meeting List (TSML) CSV export, or BMLT GetSearchResults JSON (with its GetFormats JSON).",
                "Writes meetings/<region>.yaml (online-only meetings in meetings/online.yaml), shared venues in"
                        + " locations.yaml, and site.yaml when the folder has none; prints what was not imported."},
        footer = {"", "Examples:",
                "  meetbook import meetings.json --out content",
                "  meetbook import export.csv --from tsml --out content --timezone America/Los_Angeles",
                "  meetbook import results.json --from bmlt --formats formats.json --out content",
                "", "Exit codes: 0 written (warnings allowed), 1 the input cannot be read, 2 usage."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the meeting list to import")
    Path input;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "meeting-guide, tsml or bmlt (default: detected from the file)")
    String from;

    @Option(names = "--formats", paramLabel = "FILE", description = "BMLT GetFormats JSON, for the format names")
    Path formats;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FOLDER",
            description = "content folder to write (created when absent)")
    Path out;

    @Option(names = "--force", description = "replace existing meetings/*.yaml and locations.yaml (site.yaml is always kept)")
    boolean force;

    @Option(names = "--timezone", paramLabel = "ZONE",
            description = "time zone for site.yaml when the data gives none, e.g. America/Chicago")
    String timezone;

    @Option(names = "--fellowship", paramLabel = "CODE",
            description = "fellowship of the imported meetings (default: AA; NA for BMLT)")
    String fellowship;

    @Option(names = {"-q", "--quiet"}, description = "print only warnings and errors")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        Importer.Source source = null;
        if (from != null) {
            source = Importer.Source.of(from).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + from + "' for --from; choose meeting-guide, tsml or bmlt"));
        }
        if (timezone != null) {
            try {
                java.time.ZoneId.of(timezone);
            } catch (java.time.DateTimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown time zone '" + timezone + "' for --timezone; use a name such as America/Chicago");
            }
        }
        if (fellowship != null && !fellowship.matches("[A-Za-z][A-Za-z0-9-]{0,15}")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fellowship takes a short code such as AA, NA or CA");
        }
        Importer.Result result;
        try {
            result = Importer.run(new Importer.Options(Main.readable(input), source,
                    formats == null ? null : Main.readable(formats), Main.readable(out), force, timezone, fellowship));
        } catch (Importer.UsageException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (ImportException e) {
            err.println("meetbook: " + e.getMessage());
            err.println("Nothing was written.");
            err.flush();
            return Main.CONTENT_PROBLEMS;
        } catch (java.nio.file.FileSystemException e) {
            err.println("meetbook: cannot write " + e.getFile() + (e.getReason() == null ? "" : ": " + e.getReason())
                    + "; choose a folder you can write to with --out");
            err.flush();
            return Main.USAGE;
        }
        if (quiet) {
            result.report().warnings().forEach(w -> err.println("warning: " + w));
        } else {
            result.summary().forEach(outw::println);
        }
        if (!result.errors().isEmpty()) {
            result.errors().forEach(err::println);
            err.println("The files were written, but " + result.errors().size()
                    + " problem(s) stop a build; fix them, then run meetbook check.");
            err.flush();
            outw.flush();
            return Main.CONTENT_PROBLEMS;
        }
        if (!quiet) {
            outw.println();
            outw.println("The content passes the checks. Next: meetbook serve --content " + Main.readable(out)
                    + " to preview it, then meetbook build --content " + Main.readable(out));
        }
        outw.flush();
        err.flush();
        return Main.OK;
    }
}
