package org.meetbook.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.meetbook.model.Directory;
import org.meetbook.model.Meeting;
import org.meetbook.model.Slugs;
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
        CompletableFuture<byte[]> json = CompletableFuture.supplyAsync(() -> {
            try {
                return MeetingGuideFeed.write(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CompletableFuture<byte[]> csv = CompletableFuture.supplyAsync(() -> CsvFeed.write(directory));
        IcsFeed ics = new IcsFeed(directory);
        Files.createDirectories(out.resolve("meetings"));
        // Each meeting's calendar, on every core; the whole directory's reuses their events.
        try {
            directory.meetings().parallelStream().forEach(m -> {
                if (!Slugs.isValid(m.slug())) {
                    throw new IllegalStateException("unsafe slug reached the feeds renderer: " + m.slug());
                }
                try {
                    SiteFiles.write(out.resolve(SiteLayout.meetingCalendar(m.slug())), ics.meetingCalendar(m));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        SiteFiles.write(out.resolve(MeetingGuideFeed.FILE), join(json));
        SiteFiles.write(out.resolve(SiteLayout.CALENDAR), ics.directoryCalendar());
        SiteFiles.write(out.resolve(SiteLayout.CSV), join(csv));
    }

    /** The sitemap lists the pages the web renderer wrote: it waits for them. */
    @Override
    public void finish(Directory directory, Path out) throws IOException {
        String base = directory.site().baseUrlWithSlash();
        if (base != null) {
            SiteFiles.write(out.resolve(Sitemap.FILE), Sitemap.write(out, base));
        }
    }

    private static byte[] join(CompletableFuture<byte[]> work) throws IOException {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
