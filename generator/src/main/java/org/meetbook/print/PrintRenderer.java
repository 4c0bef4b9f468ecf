package org.meetbook.print;

import java.io.IOException;
import java.nio.file.Path;
import org.meetbook.model.Directory;
import org.meetbook.publish.Renderer;
import org.meetbook.publish.SiteLayout;
import org.meetbook.theme.Theme;

/**
 * Writes the print output under {@code print/}: the meeting schedule in reading order as a
 * tagged PDF, {@code schedule.pdf} in the default language and {@code schedule-<lang>.pdf} for
 * every other language of the site.
 */
public final class PrintRenderer implements Renderer {

    @Override
    public String name() {
        return "print";
    }

    @Override
    public void render(Directory directory, Theme theme, Path out) throws IOException {
        PdfWriter writer = new PdfWriter(theme.root());
        for (String language : directory.site().languages()) {
            ScheduleDocument doc = new ScheduleDocument(directory, theme, language);
            Path file = out.resolve(SiteLayout.printFile(directory.site(), "schedule", language));
            writer.write(doc.html(), doc.base(), doc.date(), file);
        }
    }
}
