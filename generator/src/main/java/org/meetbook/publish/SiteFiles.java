package org.meetbook.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes the files of a site into the staging folder the {@link Publisher} hands out. A file
 * whose bytes are exactly those of the same file in the site being replaced is hard-linked to
 * it instead of written again: a rebuild after a small edit then creates only the files that
 * changed. Creating a file is the costly part of writing 20,000 of them (the file system has to
 * find a free inode, and after a big delete that search is slow); a link and the read that
 * proves the bytes equal are cheap. Unchanged files also keep their modification time, so a
 * deploy with rsync copies only what changed. Where links are not supported (FAT on a USB
 * stick, say) the file is simply written.
 *
 * <p>Every write refuses to replace an existing file, so two pages that map to the same name
 * fail loudly instead of one silently replacing the other.
 */
public final class SiteFiles {

    /**
     * A staging folder being filled: the site it will replace, the folders made so far and the
     * files written (relative, with '/').
     */
    private record Staging(Path previous, Set<Path> folders, Set<String> files) {}

    private static final Map<Path, Staging> STAGING = new ConcurrentHashMap<>();

    private SiteFiles() {}

    /** From now until {@link #finish}, files written under {@code staging} may reuse {@code previous}'s. */
    static void begin(Path staging, Path previous) {
        STAGING.put(staging, new Staging(previous, ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet()));
    }

    static void finish(Path staging) {
        STAGING.remove(staging);
    }

    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes a new file (its folders made as needed); fails if the file already exists. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path absolute = file.toAbsolutePath();
        Staging staging = null;
        Path root = null;
        for (Map.Entry<Path, Staging> e : STAGING.entrySet()) {
            if (absolute.startsWith(e.getKey())) {
                root = e.getKey();
                staging = e.getValue();
                break;
            }
        }
        Path folder = absolute.getParent();
        if (staging == null) {
            Files.createDirectories(folder);
        } else if (!staging.folders().contains(folder)) {
            Files.createDirectories(folder);
            staging.folders().add(folder);
        }
        String relative = staging == null ? null : root.relativize(absolute).toString();
        if (staging != null && staging.previous() != null) {
            Path old = staging.previous().resolve(relative);
            if (sameBytes(old, bytes)) {
                try {
                    Files.createLink(absolute, old);
                    staging.files().add(relative.replace('\\', '/'));
                    return;
                } catch (FileAlreadyExistsException e) {
                    throw e;
                } catch (IOException | UnsupportedOperationException | SecurityException noLinks) {
                    // write it instead
                }
            }
        }
        Files.write(absolute, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (staging != null) {
            staging.files().add(relative.replace('\\', '/'));
        }
    }

    /**
     * The files under {@code root} that {@code which} accepts, relative to it with '/', sorted:
     * for a staging folder the files written so far (no need to read the folder back), for any
     * other folder what it holds.
     */
    public static List<String> written(Path root, java.util.function.Predicate<String> which) throws IOException {
        Path absolute = root.toAbsolutePath();
        Staging staging = STAGING.get(absolute);
        List<String> files;
        if (staging != null) {
            files = new ArrayList<>();
            for (String file : staging.files()) {
                if (which.test(file)) {
                    files.add(file);
                }
            }
        } else {
            // find, not walk and then test each file: the walk has read every file's attributes.
            try (Stream<Path> found = Files.find(absolute, Integer.MAX_VALUE, (p, attributes) -> attributes.isRegularFile())) {
                files = new ArrayList<>(found.map(p -> absolute.relativize(p).toString().replace('\\', '/')).filter(which).toList());
            }
        }
        Collections.sort(files);
        return files;
    }

    /** True when {@code old} is a regular file (not a link) holding exactly {@code bytes}. */
    private static boolean sameBytes(Path old, byte[] bytes) {
        try {
            BasicFileAttributes a = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != bytes.length) {
                return false;
            }
            byte[] have = new byte[bytes.length];
            try (SeekableByteChannel in = Files.newByteChannel(old, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buffer = ByteBuffer.wrap(have);
                while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                    // read until full or the file turns out shorter
                }
                return !buffer.hasRemaining() && Arrays.equals(have, bytes);
            }
        } catch (IOException | SecurityException notThere) {
            return false;
        }
    }
}
