package org.meetbook.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything in a content folder as read from disk, before any rule is checked: the raw YAML of
 * site.yaml, locations.yaml and every meeting, and every guide page. Files that could not be read
 * at all are listed in {@code unreadable}; the rest is still loaded so all problems show at once.
 */
public record Content(
        Path root,
        YNode.Map site,
        YNode.Map locations,
        List<MeetingSource> meetings,
        List<PageSource> pages,
        List<ContentException> unreadable) {

    public Content {
        meetings = List.copyOf(meetings);
        pages = List.copyOf(pages);
        unreadable = List.copyOf(unreadable);
    }

    /** One meeting entry of a meetings file. */
    public record MeetingSource(YNode.Map fields) {
        public Path file() {
            return fields.pos().file();
        }
    }

    /**
     * One Markdown page. {@code name} is the file name without language and extension
     * ({@code what-to-expect.es.md} → {@code what-to-expect}); {@code language} is null for the
     * default language. {@code bodyLine} is the file line where the Markdown body starts.
     */
    public record PageSource(Path file, String name, String language, YNode.Map frontMatter, String body, int bodyLine) {}
}
