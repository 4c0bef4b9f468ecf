package org.meetbook.publish;

import org.meetbook.model.Site;

/**
 * Where outputs live inside the published folder. Renderers that link to each other's files
 * (the web pages to the PDFs, the feed to the meeting pages) ask here, so names agree.
 */
public final class SiteLayout {

    public static final String PRINT_FOLDER = "print";

    private SiteLayout() {}

    /** "" for the default language, "es/" for Spanish: where a language's pages start. */
    public static String languageFolder(Site site, String language) {
        return language.equals(site.defaultLanguage()) ? "" : language + "/";
    }

    /** A meeting's page, from the root of its language: "meetings/keep-it-simple.html". */
    public static String meetingPage(String slug) {
        return "meetings/" + slug + ".html";
    }

    /** A meeting's calendar (iCalendar, weekly), shared by every language: "meetings/keep-it-simple.ics". */
    public static String meetingCalendar(String slug) {
        return "meetings/" + slug + ".ics";
    }

    /** The whole directory as iCalendar, at the site root. */
    public static final String CALENDAR = "meetings.ics";

    /** The whole directory in the 12 Step Meeting List plugin's import columns, at the site root. */
    public static final String CSV = "meetings.csv";

    /** A print edition: "print/schedule.pdf" in the default language, "print/schedule-es.pdf" otherwise. */
    public static String printFile(Site site, String edition, String language) {
        String suffix = language.equals(site.defaultLanguage()) ? "" : "-" + language;
        return PRINT_FOLDER + "/" + edition + suffix + ".pdf";
    }
}
