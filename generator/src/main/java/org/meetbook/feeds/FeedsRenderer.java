package org.meetbook.feeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.Slugs;
import org.meetbook.parallel.Parallel;
import org.meetbook.publish.Renderer;
import org.meetbook.publish.SiteFiles;
import org.meetbook.publish.SiteLayout;
import org.meetbook.theme.Theme;

/**
 * Data feeds: meetings.json (Meeting Guide spec), meetings.ics (iCalendar, the whole directory)
 * and meetings/&lt;slug&gt;.ics (one per meeting), meetings.csv (12 Step Meeting List import
 * columns) and sitemap.xml. Runs after the web pages.
 */
public final class FeedsRenderer implements Renderer {

    @Override
    public String name() {
        return "feeds";
    }

    /** Loads and initialises ical4j and Jackson, which take a while the first time. */
    @Override
    public void prepare(Theme theme) {
        IcsFeed.prepare();
        MeetingGuideFeed.prepare();
    }

    @Override
    public void render(Directory directory, Theme theme, Path out) throws IOException {
        // The JSON and CSV feeds are serial jobs: make them beside the meetings' calendars.
        Parallel.Beside<byte[]> json = Parallel.beside("json", () -> MeetingGuideFeed.write(directory));
        Parallel.Beside<byte[]> csv = Parallel.beside("csv", () -> CsvFeed.write(directory));
        IcsFeed ics = new IcsFeed(directory);
        Files.createDirectories(out.resolve("meetings"));
        // Each meeting's calendar, on every core; the whole directory's reuses their events.
        Parallel.forEach(directory.meetings(), m -> {
            if (!Slugs.isValid(m.slug())) {
                throw new IllegalStateException("unsafe slug reached the feeds renderer: " + m.slug());
            }
            SiteFiles.write(out.resolve(SiteLayout.meetingCalendar(m.slug())), ics.meetingCalendar(m));
        });
        SiteFiles.write(out.resolve(MeetingGuideFeed.FILE), json.join());
        SiteFiles.write(out.resolve(SiteLayout.CALENDAR), ics.directoryCalendar());
        SiteFiles.write(out.resolve(SiteLayout.CSV), csv.join());
    }

    /** The sitemap lists the pages the web renderer wrote: it waits for them. */
    @Override
    public void finish(Directory directory, Path out) throws IOException {
        String base = directory.site().baseUrlWithSlash();
        if (base != null) {
            SiteFiles.write(out.resolve(Sitemap.FILE), Sitemap.write(out, base));
        }
    }
}
