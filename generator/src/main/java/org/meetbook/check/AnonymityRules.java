package org.meetbook.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meetbook.content.Content;
import org.meetbook.content.YNode;

/**
 * Warnings, not errors: things that may break someone's anonymity. A contact name that looks
 * like a full name, or a personal-looking email address in notes.
 */
final class AnonymityRules {

    private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    /** Mail providers people use privately; a group's or intergroup's address is on its own domain. */
    private static final Set<String> PERSONAL_DOMAINS = Set.of("gmail.com", "googlemail.com", "yahoo.com",
            "hotmail.com", "outlook.com", "live.com", "aol.com", "icloud.com", "me.com", "msn.com",
            "protonmail.com", "proton.me", "gmx.com", "gmx.net", "mail.com", "comcast.net", "yandex.com");
    private static final List<String> TEXT_FIELDS = List.of("notes", "location_notes", "group_notes",
            "conference_url_notes", "conference_phone_notes");

    private AnonymityRules() {}

    static void check(List<Content.MeetingSource> meetings, Report report) {
        for (Content.MeetingSource source : meetings) {
            YNode.Map m = source.fields();
            for (int n = 1; n <= 3; n++) {
                YNode.Scalar name = report.scalar(m, "contact_" + n + "_name");
                if (name != null && looksLikeFullName(name.text())) {
                    report.warning(name.pos(), "contact name '" + Report.shorten(name.text()) + "' looks like a full name",
                            "anonymity: publish a first name and initial only, e.g. '" + initialOnly(name.text()) + "'");
                }
            }
            for (String field : TEXT_FIELDS) {
                YNode.Scalar text = report.scalar(m, field);
                // no '@', no address: the pattern would try every position of the text to learn that
                if (text == null || text.text().indexOf('@') < 0) {
                    continue;
                }
                Matcher e = EMAIL.matcher(text.text());
                while (e.find()) {
                    if (looksPersonal(e.group(1), e.group(2))) {
                        report.warning(text.pos(), "'" + field + "' contains a personal-looking email address " + e.group(),
                                "anonymity: use the group's or the intergroup's address, or leave it out");
                    }
                }
            }
        }
    }

    /** Two or more words where the last is a whole word, not an initial ("Dana R."). */
    static boolean looksLikeFullName(String name) {
        String[] words = name.trim().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        String last = words[words.length - 1].replaceAll("[.,]", "");
        return last.length() > 1 && Character.isUpperCase(last.charAt(0));
    }

    static boolean looksPersonal(String local, String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return PERSONAL_DOMAINS.contains(d) || local.matches("[A-Za-z]+[._][A-Za-z]+");
    }

    private static String initialOnly(String name) {
        String[] words = name.trim().split("\\s+");
        return words[0] + " " + words[words.length - 1].charAt(0) + ".";
    }
}
