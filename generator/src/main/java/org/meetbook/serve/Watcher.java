package org.meetbook.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Watches folders (and the folders created in them) and calls back once per burst of changes. */
public final class Watcher implements AutoCloseable {

    /** Editors save in several steps; wait this long for the burst to end. */
    private static final long QUIET_MILLIS = 60;

    private final WatchService service;

    public Watcher(List<Path> roots) throws IOException {
        this.service = roots.get(0).getFileSystem().newWatchService();
        for (Path root : roots) {
            registerTree(root);
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    /** Runs {@code onChange} with the changed folders after every burst of changes, until interrupted. */
    public void loop(Consumer<Set<Path>> onChange) throws IOException, InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            WatchKey key = service.take();
            Set<Path> changed = new HashSet<>();
            do {
                Path dir = (Path) key.watchable();
                changed.add(dir);
                for (var event : key.pollEvents()) {
                    if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name
                            && Files.isDirectory(dir.resolve(name))) {
                        registerTree(dir.resolve(name));
                    }
                }
                key.reset();
                key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            } while (key != null);
            onChange.accept(changed);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
