package org.meetbook.model;

/**
 * A guide page in one language. {@code html} is the rendered Markdown body. When a language has
 * no translation, the default language's page stands in with {@code fallback} true.
 */
public record Page(String name, String language, String title, String description, int order, boolean print,
                   String html, boolean fallback) {

    /** This page standing in for a missing translation (it keeps its own language). */
    public Page asFallback() {
        return new Page(name, language, title, description, order, print, html, true);
    }
}
