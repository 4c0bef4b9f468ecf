package org.meetbook.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.meetbook.parallel.Parallel;

/** Reads a content folder: site.yaml, locations.yaml, meetings/*.yaml, pages/*.md. */
public final class ContentLoader {

    public static final String SITE_FILE = "site.yaml";
    public static final String LOCATIONS_FILE = "locations.yaml";
    public static final String MEETINGS_DIR = "meetings";
    public static final String PAGES_DIR = "pages";

    /** {@code name.md} or {@code name.xx.md} / {@code name.xx-YY.md} for a translation. */
    private static final Pattern PAGE_NAME = Pattern.compile("(.+?)(?:\\.([a-z]{2}(?:-[A-Z]{2})?))?\\.md");

    private final List<ContentException> unreadable = new ArrayList<>();

    private ContentLoader() {}

    public static Content load(Path root) {
        return new ContentLoader().loadAll(root);
    }

    private Content loadAll(Path root) {
        // Every file parses on its own, so on every core: the venues (often the largest file)
        // beside the meeting files, which are spread over the cores; results kept in file order.
        Parallel.Beside<MapFile> locations = Parallel.beside("venues", () -> readMap(root.resolve(LOCATIONS_FILE), false));
        MapFile site = readMap(root.resolve(SITE_FILE), true);
        List<MeetingFile> files = Parallel.map(list(root.resolve(MEETINGS_DIR), ".yaml", ".yml"),
                ContentLoader::readMeetings);
        MapFile venues;
        try {
            venues = locations.join();
        } catch (IOException notThrownByReadMap) {
            throw new java.io.UncheckedIOException(notThrownByReadMap);
        }
        unreadable.addAll(site.problems());
        unreadable.addAll(venues.problems());
        List<Content.MeetingSource> meetings = new ArrayList<>();
        for (MeetingFile f : files) {
            meetings.addAll(f.meetings());
            unreadable.addAll(f.problems());
        }
        List<Content.PageSource> pages = new ArrayList<>();
        for (Path file : list(root.resolve(PAGES_DIR), ".md")) {
            readPage(file, pages);
        }
        return new Content(root, site.map(), venues.map(), meetings, pages, unreadable);
    }

    /** A file of fields (site.yaml, locations.yaml), and what made it unreadable. */
    private record MapFile(YNode.Map map, List<ContentException> problems) {}

    private static MapFile readMap(Path file, boolean required) {
        if (!Files.exists(file)) {
            List<ContentException> problems = required
                    ? List.of(new ContentException(Pos.startOf(file), "file is missing",
                            "every content folder needs a " + file.getFileName() + "; `meetbook new` writes one"))
                    : List.of();
            return new MapFile(YNode.emptyMap(Pos.startOf(file)), problems);
        }
        try {
            YNode node = YamlReader.read(file);
            if (node instanceof YNode.Map map) {
                return new MapFile(map, List.of());
            }
            return new MapFile(YNode.emptyMap(Pos.startOf(file)), List.of(new ContentException(node.pos(),
                    "expected fields (name: value), found " + node.kind(), null)));
        } catch (ContentException e) {
            return new MapFile(YNode.emptyMap(Pos.startOf(file)), List.of(e));
        }
    }

    /** One meetings file's meetings, and what made parts of it unreadable. */
    private record MeetingFile(List<Content.MeetingSource> meetings, List<ContentException> problems) {}

    private static MeetingFile readMeetings(Path file) {
        List<Content.MeetingSource> into = new ArrayList<>();
        List<ContentException> unreadable = new ArrayList<>();
        try {
            YNode node = YamlReader.read(file);
            if (node instanceof YNode.Map m && m.entries().isEmpty()) {
                return new MeetingFile(into, unreadable); // an empty file is allowed
            }
            if (!(node instanceof YNode.Seq seq)) {
                unreadable.add(new ContentException(node.pos(),
                        "a meetings file is a list of meetings, found " + node.kind(),
                        "start each meeting with '- name: ...'"));
                return new MeetingFile(into, unreadable);
            }
            for (YNode item : seq.items()) {
                if (item instanceof YNode.Map map) {
                    into.add(new Content.MeetingSource(map));
                } else {
                    unreadable.add(new ContentException(item.pos(),
                            "each meeting is a group of fields (name:, day:, time:, ...), found " + item.kind(),
                            "indent the meeting's fields under its '- name: ...' line"));
                }
            }
        } catch (ContentException e) {
            unreadable.add(e);
        }
        return new MeetingFile(into, unreadable);
    }

    private void readPage(Path file, List<Content.PageSource> into) {
        Matcher m = PAGE_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return;
        }
        String text;
        try {
            if (Files.size(file) > YamlReader.MAX_FILE_BYTES) {
                unreadable.add(new ContentException(Pos.startOf(file), "page is larger than "
                        + YamlReader.MAX_FILE_BYTES / (1024 * 1024) + " MB", "split it into several pages"));
                return;
            }
            text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            unreadable.add(new ContentException(Pos.startOf(file), "cannot read page: " + e.getMessage(),
                    "save the file as UTF-8"));
            return;
        }
        YNode.Map front = YNode.emptyMap(Pos.startOf(file));
        String body = text;
        int bodyLine = 1;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 3);
            if (end < 0) {
                unreadable.add(new ContentException(Pos.startOf(file), "front matter is not closed",
                        "end the front matter with a line of three dashes: ---"));
                return;
            }
            String yaml = text.substring(4, end + 1);
            try {
                YNode node = YamlReader.parse(file, yaml, 1);
                if (node instanceof YNode.Map map) {
                    front = map;
                } else {
                    unreadable.add(new ContentException(node.pos(),
                            "front matter must be fields (title: ...), found " + node.kind(), null));
                    return;
                }
            } catch (ContentException e) {
                unreadable.add(e);
                return;
            }
            int afterDashes = text.indexOf('\n', end + 4);
            body = afterDashes < 0 ? "" : text.substring(afterDashes + 1);
            bodyLine = (int) text.substring(0, text.length() - body.length()).chars().filter(c -> c == '\n').count() + 1;
        }
        into.add(new Content.PageSource(file, m.group(1), m.group(2), front, body, bodyLine));
    }

    private static List<Path> list(Path dir, String... extensions) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        for (String ext : extensions) {
                            if (n.endsWith(ext) && !n.startsWith(".")) {
                                return true;
                            }
                        }
                        return false;
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
