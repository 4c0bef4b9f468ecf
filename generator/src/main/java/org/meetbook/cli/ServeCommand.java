package org.meetbook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.meetbook.serve.Preview;
import org.meetbook.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code meetbook serve}: a local preview that rebuilds and reloads on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Preview the site on http://127.0.0.1: rebuild on every change to the "
        + "content or theme and reload the browser by itself. Content problems show in the terminal and "
        + "in the browser, over the last good site.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    Main.ContentOptionsMixin options;

    @Option(names = {"-t", "--theme"}, defaultValue = "themes/default", description = "theme folder (default: ${DEFAULT-VALUE})")
    Path theme;

    @Option(names = {"-p", "--port"}, defaultValue = "8000", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = {"-q", "--quiet"}, description = "print only problems")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        options.existing(spec);
        if (!Files.isDirectory(theme.resolve("templates"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "theme folder not found (no templates/ in it): " + theme);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("meetbook-preview-");
        Path content = Main.readable(options.content);
        Path themeDir = Main.readable(theme);
        try (Preview preview = new Preview(content, themeDir, work, line -> {
                    if (!quiet || line.contains("error") || line.contains("warning")) {
                        out.println(line);
                        out.flush();
                    }
                });
             PreviewServer server = startServer(preview);
             var watcher = new org.meetbook.serve.Watcher(List.of(content, themeDir))) {
            preview.rebuild();
            out.printf("Preview at http://127.0.0.1:%d/ — watching %s and %s; Ctrl+C to stop.%n",
                    server.port(), content, themeDir);
            out.flush();
            watcher.loop(preview::rebuild);
        }
        return Main.OK;
    }

    private PreviewServer startServer(Preview preview) {
        try {
            return new PreviewServer(preview, port);
        } catch (java.net.BindException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "port " + port + " is in use; choose another with --port");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
