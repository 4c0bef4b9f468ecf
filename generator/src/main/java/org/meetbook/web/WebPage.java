package org.meetbook.web;

import java.util.List;

/**
 * Where one page of the website sits, so templates can write every link relative to it: the
 * site works opened from a folder or a USB stick, without a base URL.
 *
 * @param language   the page's language
 * @param path       the page's file inside its language folder, e.g. {@code meetings/x.html}
 * @param root       the prefix back to the site root ({@code ""}, {@code "../"}, …) for shared
 *                   files: assets, meetings.json, PDFs
 * @param home       the prefix to this language's folder (the root for the default language)
 * @param section    the navigation item the page belongs to: meetings, regions, fellowships,
 *                   guide, or empty
 * @param alternates this page in every language, the current one included
 */
public record WebPage(String language, String path, String root, String home, String section,
                      List<Alternate> alternates) {

    public WebPage {
        alternates = List.copyOf(alternates);
    }

    /** The same page in one language. */
    public record Alternate(String language, String name, String href, boolean current) {}

    /** The Meeting Guide feed the feeds renderer writes at the site root. */
    public String feedHref() {
        return root + "meetings.json";
    }

    /** A meeting's weekly calendar file, written once at the site root for every language. */
    public String calendarHref(String slug) {
        return root + org.meetbook.publish.SiteLayout.meetingCalendar(slug);
    }

    /** The whole directory as iCalendar and as CSV, at the site root. */
    public String calendarFeedHref() {
        return root + org.meetbook.publish.SiteLayout.CALENDAR;
    }

    public String csvHref() {
        return root + org.meetbook.publish.SiteLayout.CSV;
    }

    public String assetsHref() {
        return root + "assets/";
    }
}
