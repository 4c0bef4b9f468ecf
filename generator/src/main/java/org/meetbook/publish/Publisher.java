package org.meetbook.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Atomic publishing: everything is written into a fresh folder beside the target, and only when
 * all of it succeeded does that folder take the target's place. A failed build leaves the last
 * good site exactly as it was.
 */
public final class Publisher {

    /** The work that fills the staging folder. */
    @FunctionalInterface
    public interface Work {
        void writeInto(Path staging) throws IOException;
    }

    private Publisher() {}

    public static void publish(Path target, Work work) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        Path staging = newStaging(parent, name);
        boolean hadOld = Files.exists(absolute);
        // Unchanged files are linked from the site being replaced rather than written again.
        SiteFiles.begin(staging, hadOld && Files.isDirectory(absolute) ? absolute : null);
        try {
            work.writeInto(staging);
        } catch (IOException | RuntimeException | Error e) {
            deleteTree(staging);
            throw e;
        } finally {
            SiteFiles.finish(staging);
        }
        Path old = parent.resolve("." + name + "-old-" + ProcessHandle.current().pid());
        if (hadOld) {
            Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOld) {
                Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteTree(staging);
            throw e;
        }
        if (hadOld) {
            deleteTree(old);
        }
    }

    /**
     * A new, empty folder beside the target, made as any folder the user makes (the permissions
     * their umask gives, readable by the web server), not as a private temporary folder: it
     * becomes the published site.
     */
    private static Path newStaging(Path parent, String name) throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; ; attempt++) {
            Path staging = parent.resolve("." + name + "-new-" + ProcessHandle.current().pid() + "-"
                    + Integer.toUnsignedString(random.nextInt(), 36));
            try {
                return Files.createDirectory(staging);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (entries instanceof SecureDirectoryStream<Path> secure) {
                // One unlink per file: the plain walk looked at every file twice before deleting it.
                deleteEntries(secure);
                Files.delete(dir);
                return;
            }
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes what a folder holds, opened relative to it (no path is looked up twice). */
    private static void deleteEntries(SecureDirectoryStream<Path> folder) throws IOException {
        List<Path> names = new ArrayList<>();
        for (Path entry : folder) {
            names.add(entry.getFileName());
        }
        for (Path name : names) {
            try {
                folder.deleteFile(name);
            } catch (IOException notAFile) {
                // a folder (or a link to one is a file and went above): empty it, then remove it
                if (!folder.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .readAttributes().isDirectory()) {
                    throw notAFile;
                }
                try (SecureDirectoryStream<Path> sub = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                    deleteEntries(sub);
                }
                folder.deleteDirectory(name);
            }
        }
    }
}
