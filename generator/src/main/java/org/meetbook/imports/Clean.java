package org.meetbook.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.meetbook.model.Day;

/** Turns imported values into plain, safe content values: text without HTML, 24-hour times, days. */
final class Clean {

    /** Longer notes are cut: content files are hand-edited lists, not archives. */
    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 300;

    private static final Pattern HTML = Pattern.compile("<[a-zA-Z/!?]|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200d]]");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?\\s*(?:([ap])\\.?\\s*m\\.?)?", Pattern.CASE_INSENSITIVE);
    /** Paragraph-like elements end with a blank line, list items and table rows with a line break. */
    private static final Pattern PARAGRAPHS = Pattern.compile("p|div|h[1-6]|ul|ol|table|blockquote|section|article");
    private static final Pattern LINES = Pattern.compile("li|tr|dt|dd");

    private Clean() {}

    /**
     * Plain text: HTML tags removed (line breaks kept for {@code <br>} and block elements),
     * entities decoded, control characters dropped, surrounding space trimmed. Text without any
     * markup is left as it is, so a plain "Bring a friend & a chair <3" survives unchanged.
     */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String s = CONTROL.matcher(value.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        if (HTML.matcher(s).find()) {
            s = stripHtml(s);
        }
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    private static String stripHtml(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, template, noscript, iframe, object").remove();
        doc.outputSettings().prettyPrint(false);
        // wholeText() writes each <br> as a line break; block elements end their line.
        for (Element block : doc.body().getAllElements()) {
            if (PARAGRAPHS.matcher(block.tagName()).matches()) {
                block.after(new org.jsoup.nodes.TextNode("\n\n"));
            } else if (LINES.matcher(block.tagName()).matches()) {
                block.after(new org.jsoup.nodes.TextNode("\n"));
            }
        }
        String text = doc.body().wholeText().replace('\u00a0', ' ');
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(line.replaceAll("[ \\t]+", " ").strip()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Text cut to {@code max} characters at a word boundary, or null when it was not longer. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return null;
        }
        String head = text.substring(0, max);
        int space = head.lastIndexOf(' ');
        return (space > max / 2 ? head.substring(0, space) : head).strip() + " …";
    }

    /**
     * A time as the spec writes it, "HH:MM": accepts "6:00 PM", "18:00", "18:00:00", "6 pm",
     * "noon" and "midnight".
     */
    static Optional<String> time(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("noon")) {
            return Optional.of("12:00");
        }
        if (t.equals("midnight")) {
            return Optional.of("00:00");
        }
        Matcher m = TIME.matcher(t);
        if (!m.matches() || (m.group(2) == null && m.group(4) == null)) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(4) != null) {
            if (h < 1 || h > 12) {
                return Optional.empty();
            }
            boolean pm = m.group(4).equals("p");
            h = h % 12 + (pm ? 12 : 0);
        }
        if (h == 24 && min == 0) {
            h = 0;
        }
        if (h > 23 || min > 59) {
            return Optional.empty();
        }
        return Optional.of(String.format("%02d:%02d", h, min));
    }

    /** A day 0-6 (0 = Sunday) from a number or an English day name. */
    static Optional<Integer> day(String text) {
        return text == null ? Optional.empty() : Day.parse(text).map(Day::number);
    }

    /** "tel:+1 555..." → "+1 555...", for phone fields written as links. */
    static String phone(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        return t.regionMatches(true, 0, "tel:", 0, 4) ? t.substring(4).trim() : t;
    }

    static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").trim();
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
