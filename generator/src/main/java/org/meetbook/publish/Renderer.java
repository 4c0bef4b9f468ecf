package org.meetbook.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.meetbook.model.Directory;
import org.meetbook.theme.Theme;

/**
 * One kind of output (web pages, feeds, PDFs). Each writes its files under the staging folder it
 * is given; a new output kind is a new Renderer, not edits everywhere.
 */
public interface Renderer {

    /** A short key for progress messages and for choosing outputs: "web", "feeds", "print". */
    String name();

    void render(Directory directory, Theme theme, Path out) throws IOException;

    /**
     * Work that needs no content (parsing templates, initialising libraries), done on another
     * core while the content loads. Writes nothing; a failure here is left for
     * {@link #render} to meet and report.
     */
    default void prepare(Theme theme) {
        // nothing to prepare
    }

    /**
     * True for a renderer that needs the machine to itself: it runs after the others, not beside
     * them (the print renderer, whose long schedules need most of the heap and both cores).
     */
    default boolean runsAlone() {
        return false;
    }

    /**
     * Work that reads what every renderer wrote (a sitemap of the pages), done once all of them
     * have finished.
     */
    default void finish(Directory directory, Path out) throws IOException {
        // nothing to finish
    }

    /**
     * The same, reporting progress for long work (one line per PDF edition, say). Renderers that
     * take a while override this one.
     */
    default void render(Directory directory, Theme theme, Path out, Consumer<String> progress) throws IOException {
        render(directory, theme, out);
    }
}
