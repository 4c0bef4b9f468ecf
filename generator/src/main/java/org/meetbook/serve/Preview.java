package org.meetbook.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.meetbook.Meetbook;
import org.meetbook.check.Problem;
import org.meetbook.publish.Publisher;
import org.meetbook.theme.Theme;

/**
 * The preview's build state. The website and feeds are rebuilt in the foreground (fast); PDFs
 * follow in the background into their own folder, so a slow PDF never delays a page. A failed
 * build keeps the last good site and remembers the problems for the browser to show.
 */
public final class Preview implements AutoCloseable {

    /** What the browser asks about: the number of the last good website build and current problems. */
    public record Status(long build, List<String> problems, boolean hasErrors) {}

    private final Path content;
    private final Path theme;
    private final Path webDir;
    private final Path printDir;
    private final Consumer<String> log;
    private final ExecutorService printer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "meetbook-pdf");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Status> status = new AtomicReference<>(new Status(0, List.of(), false));
    private final Object changed = new Object();
    private long pdfRequests;
    private Theme currentTheme;

    public Preview(Path content, Path theme, Path workDir, Consumer<String> log) {
        this.content = content;
        this.theme = theme;
        this.webDir = workDir.resolve("web");
        this.printDir = workDir.resolve("print");
        this.log = log;
    }

    public Path webDir() {
        return webDir;
    }

    public Path printDir() {
        return printDir;
    }

    public Status status() {
        return status.get();
    }

    /** Blocks until the status differs from build {@code seen} with {@code seenErrors}, or the timeout. */
    public Status await(long seen, boolean seenErrors, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        synchronized (changed) {
            while (true) {
                Status s = status.get();
                long left = end - System.currentTimeMillis();
                if (s.build() != seen || s.hasErrors() != seenErrors || left <= 0) {
                    return s;
                }
                changed.wait(left);
            }
        }
    }

    /** The first build, or one after any change. */
    public void rebuild() {
        rebuild(Set.of(theme));
    }

    /**
     * One rebuild after changes in the given folders: load and check; on success the website
     * now, the PDFs in the background. The theme is read again only when it changed.
     */
    public synchronized void rebuild(Set<Path> changed) {
        if (currentTheme == null || changed.stream().anyMatch(p -> p.toAbsolutePath().normalize()
                .startsWith(theme.toAbsolutePath().normalize()))) {
            currentTheme = new Theme(theme);
        }
        Theme currentTheme = this.currentTheme;
        long start = System.nanoTime();
        Meetbook.Checked checked = Meetbook.load(content);
        long loaded = System.nanoTime();
        List<String> problems = checked.problems().stream().map(Problem::format).toList();
        problems.forEach(log);
        Status previous = status.get();
        if (checked.hasErrors()) {
            log.accept("Not rebuilt: fix the errors above; the browser shows them over the last good site.");
            publish(new Status(previous.build(), problems, true));
            return;
        }
        try {
            Meetbook.render(checked.directory(), currentTheme, webDir, Set.of("web", "feeds"), line -> { });
            long end = System.nanoTime();
            log.accept(String.format("Website rebuilt in %d ms (content %d ms, pages %d ms)",
                    (end - start) / 1_000_000, (loaded - start) / 1_000_000, (end - loaded) / 1_000_000));
            publish(new Status(previous.build() + 1, problems, false));
            long request = ++pdfRequests;
            printer.submit(() -> renderPdfs(checked, currentTheme, request));
        } catch (IOException | RuntimeException e) {
            String message = "The website could not be written: " + e.getMessage();
            log.accept(message);
            publish(new Status(previous.build(), List.of(message), true));
        }
    }

    private void renderPdfs(Meetbook.Checked checked, Theme currentTheme, long request) {
        synchronized (this) {
            if (request != pdfRequests) {
                return; // a newer build is queued; skip this one
            }
        }
        long start = System.nanoTime();
        try {
            Meetbook.render(checked.directory(), currentTheme, printDir, Set.of("print"), line -> { });
            log.accept(String.format("PDFs rebuilt in %d ms", (System.nanoTime() - start) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            log.accept("PDFs could not be written: " + e.getMessage());
        }
    }

    private void publish(Status next) {
        synchronized (changed) {
            status.set(next);
            changed.notifyAll();
        }
    }

    @Override
    public void close() {
        printer.shutdownNow();
        try {
            Publisher.deleteTree(webDir);
            Publisher.deleteTree(printDir);
            Files.deleteIfExists(webDir.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
