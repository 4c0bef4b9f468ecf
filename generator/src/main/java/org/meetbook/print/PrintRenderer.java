package org.meetbook.print;

import java.io.IOException;
import java.nio.file.Path;
import org.meetbook.model.Directory;
import org.meetbook.publish.Renderer;
import org.meetbook.theme.Theme;

/** Writes the print output. */
public final class PrintRenderer implements Renderer {

    @Override
    public String name() {
        return "print";
    }

    @Override
    public void render(Directory directory, Theme theme, Path out) throws IOException {
        throw new UnsupportedOperationException("not written yet");
    }
}
