package org.meetbook.feeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.meetbook.model.Directory;
import org.meetbook.publish.Renderer;
import org.meetbook.theme.Theme;

/** Data feeds: meetings.json (Meeting Guide spec) and sitemap.xml. Runs after the web pages. */
public final class FeedsRenderer implements Renderer {

    @Override
    public String name() {
        return "feeds";
    }

    @Override
    public void render(Directory directory, Theme theme, Path out) throws IOException {
        Files.write(out.resolve(MeetingGuideFeed.FILE), MeetingGuideFeed.write(directory));
        String base = directory.site().baseUrlWithSlash();
        if (base != null) {
            Files.write(out.resolve(Sitemap.FILE), Sitemap.write(out, base));
        }
    }
}
