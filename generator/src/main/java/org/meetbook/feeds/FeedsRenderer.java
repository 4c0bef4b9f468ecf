package org.meetbook.feeds;

import java.io.IOException;
import java.nio.file.Path;
import org.meetbook.model.Directory;
import org.meetbook.publish.Renderer;
import org.meetbook.theme.Theme;

/** Writes the feeds output. */
public final class FeedsRenderer implements Renderer {

    @Override
    public String name() {
        return "feeds";
    }

    @Override
    public void render(Directory directory, Theme theme, Path out) throws IOException {
        throw new UnsupportedOperationException("not written yet");
    }
}
