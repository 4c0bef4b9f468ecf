package org.meetbook.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names: lowercase ASCII letters, digits and single hyphens, at most 64 characters. */
public final class Slugs {

    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 64;

    private Slugs() {}

    public static String of(String text) {
        String lower = text;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                // Accents come off: é → e + combining mark, and the mark is dropped.
                lower = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                break;
            }
        }
        lower = lower.toLowerCase(Locale.ROOT);
        // "&" reads "and"; every run of other characters becomes one hyphen, none at either end.
        // A loop rather than regular expressions: slugs are made several times per meeting.
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else if (c == '&') {
                if (slug.length() > 0) {
                    slug.append('-');
                }
                slug.append("and");
                gap = true;
            } else {
                gap = true;
            }
        }
        if (slug.length() > MAX_LENGTH) {
            slug.setLength(MAX_LENGTH);
            while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
                slug.setLength(slug.length() - 1);
            }
        }
        return slug.length() == 0 ? "meeting" : slug.toString();
    }

    public static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }
}
