package org.meetbook.publish;

import java.io.IOException;
import java.nio.file.Path;
import org.meetbook.model.Directory;
import org.meetbook.theme.Theme;

/**
 * One kind of output (web pages, feeds, PDFs). Each writes its files under the staging folder it
 * is given; a new output kind is a new Renderer, not edits everywhere.
 */
public interface Renderer {

    /** A word for progress messages: "website", "feeds", "schedule PDF". */
    String name();

    void render(Directory directory, Theme theme, Path out) throws IOException;
}
