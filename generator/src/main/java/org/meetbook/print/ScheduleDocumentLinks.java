package org.meetbook.print;

/** Web addresses as printed. */
final class ScheduleDocumentLinks {

    private ScheduleDocumentLinks() {}

    /** A web address as printed: without "https://" and the trailing slash. */
    static ScheduleDocument.Link link(String url) {
        String text = url.replaceFirst("^https?://", "").replaceFirst("/$", "");
        return new ScheduleDocument.Link(text, url);
    }
}
