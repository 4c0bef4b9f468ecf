package org.meetbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.meetbook.check.Checker;
import org.meetbook.check.Problem;
import org.meetbook.content.Content;
import org.meetbook.content.ContentLoader;
import org.meetbook.feeds.FeedsRenderer;
import org.meetbook.model.Directory;
import org.meetbook.model.ModelBuilder;
import org.meetbook.parallel.Parallel;
import org.meetbook.print.PrintRenderer;
import org.meetbook.content.Pos;
import org.meetbook.publish.ContentMismatch;
import org.meetbook.publish.Publisher;
import org.meetbook.publish.Renderer;
import org.meetbook.theme.Theme;
import org.meetbook.web.WebRenderer;

/**
 * The build, as a pipeline: load content → check → model → render (web, feeds, print) → publish.
 */
public final class Meetbook {

    /** The output kinds, in the order they are written. */
    private static final List<Renderer> RENDERERS = List.of(new WebRenderer(), new FeedsRenderer(), new PrintRenderer());

    private Meetbook() {}

    /** What a check or build found; {@code built} is true only when the site was published. */
    public record Result(List<Problem> problems, boolean built) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** Loaded and checked content: the model, or null when the problems include errors. */
    public record Checked(List<Problem> problems, Directory directory) {
        public boolean hasErrors() {
            return directory == null;
        }
    }

    /** The first three stages: load, check and, when there are no errors, model. */
    public static Checked load(Path contentDir) {
        Content content = ContentLoader.load(contentDir);
        List<Problem> problems = Checker.check(content);
        boolean errors = problems.stream().anyMatch(Problem::isError);
        return new Checked(problems, errors ? null : ModelBuilder.build(content));
    }

    public static Result check(Path contentDir) {
        Content content = ContentLoader.load(contentDir);
        return new Result(Checker.check(content), false);
    }

    /** The keys of all output kinds, for {@code build --only}. */
    public static List<String> outputKinds() {
        return RENDERERS.stream().map(Renderer::name).toList();
    }

    public static Result build(Path contentDir, Path themeDir, Path outDir, Consumer<String> progress) throws IOException {
        return build(contentDir, themeDir, outDir, Set.copyOf(outputKinds()), progress);
    }

    /** Builds only the output kinds named in {@code only} (see {@link #outputKinds()}). */
    public static Result build(Path contentDir, Path themeDir, Path outDir, Set<String> only, Consumer<String> progress)
            throws IOException {
        long start = System.nanoTime();
        Theme theme = new Theme(themeDir);
        // While the content loads (mostly on one core), the renderers get ready on another.
        Thread prepare = new Thread(() -> {
            for (Renderer renderer : RENDERERS) {
                if (only.contains(renderer.name())) {
                    try {
                        renderer.prepare(theme);
                    } catch (RuntimeException | LinkageError reportedLater) {
                        // rendering meets the same problem and reports it
                    }
                }
            }
        }, "meetbook-prepare");
        prepare.setDaemon(true);
        prepare.start();
        Checked checked = load(contentDir);
        progress.accept(timing("load", System.nanoTime() - start));
        if (checked.hasErrors()) {
            return new Result(checked.problems(), false);
        }
        try {
            prepare.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while preparing the renderers");
        }
        try {
            render(checked.directory(), theme, outDir, only, progress);
        } catch (ContentMismatch e) {
            List<Problem> problems = new java.util.ArrayList<>(checked.problems());
            problems.add(Problem.error(Pos.startOf(contentDir.resolve(e.file())), e.getMessage(), null));
            return new Result(problems, false);
        }
        return new Result(checked.problems(), true);
    }

    /**
     * The last two stages: render the chosen output kinds into a fresh folder, then publish it.
     * The web pages and the feeds are made side by side, each spreading its own work over the
     * cores, so that one fills the other's serial stretches; the PDFs follow, on their own.
     */
    public static void render(Directory directory, Theme theme, Path outDir, Set<String> only, Consumer<String> progress)
            throws IOException {
        long[] rendered = new long[1];
        List<Renderer> chosen = RENDERERS.stream().filter(r -> only.contains(r.name())).toList();
        Publisher.publish(outDir, staging -> {
            List<Renderer> together = chosen.stream().filter(r -> !r.runsAlone()).toList();
            List<Parallel.Beside<Long>> running = new java.util.ArrayList<>();
            for (Renderer renderer : together) {
                running.add(Parallel.beside("render-" + renderer.name(), () -> {
                    long start = System.nanoTime();
                    renderer.render(directory, theme, staging, line -> progress.accept("  " + line));
                    return System.nanoTime() - start;
                }));
            }
            List<Long> took = joinAll(running);
            for (int i = 0; i < together.size(); i++) {
                progress.accept(timing(together.get(i).name(), took.get(i)));
            }
            for (Renderer renderer : chosen) {
                if (renderer.runsAlone()) {
                    long start = System.nanoTime();
                    renderer.render(directory, theme, staging, line -> progress.accept("  " + line));
                    progress.accept(timing(renderer.name(), System.nanoTime() - start));
                }
            }
            for (Renderer renderer : chosen) {
                renderer.finish(directory, staging);
            }
            rendered[0] = System.nanoTime();
        });
        progress.accept(timing("swap", System.nanoTime() - rendered[0]));
    }

    /** A progress line: "web      2495 ms". */
    private static String timing(String stage, long nanos) {
        return String.format("%-6s %6d ms", stage, nanos / 1_000_000);
    }

    /** Waits for every one, then rethrows the first failure as it was. */
    private static <T> List<T> joinAll(List<Parallel.Beside<T>> running) throws IOException {
        List<T> results = new java.util.ArrayList<>();
        Throwable first = null;
        for (Parallel.Beside<T> r : running) {
            try {
                results.add(r.join());
            } catch (IOException | RuntimeException | Error e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw Parallel.rethrow(first);
        }
        return results;
    }
}
