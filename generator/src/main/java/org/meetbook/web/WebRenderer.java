package org.meetbook.web;

import java.io.IOException;
import java.nio.file.Path;
import org.meetbook.model.Directory;
import org.meetbook.publish.Renderer;
import org.meetbook.theme.Theme;

/** Writes the website output. */
public final class WebRenderer implements Renderer {

    @Override
    public String name() {
        return "website";
    }

    @Override
    public void render(Directory directory, Theme theme, Path out) throws IOException {
        throw new UnsupportedOperationException("not written yet");
    }
}
