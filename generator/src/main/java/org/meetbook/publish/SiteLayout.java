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

    /** A print edition: "print/schedule.pdf" in the default language, "print/schedule-es.pdf" otherwise. */
    public static String printFile(Site site, String edition, String language) {
        String suffix = language.equals(site.defaultLanguage()) ? "" : "-" + language;
        return PRINT_FOLDER + "/" + edition + suffix + ".pdf";
    }
}
