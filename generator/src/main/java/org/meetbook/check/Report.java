package org.meetbook.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;
import org.meetbook.content.Pos;
import org.meetbook.content.YNode;
import org.meetbook.model.Values;

/** Collects problems, with the checks every rule set shares (field names, value shapes). */
final class Report {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");

    private final List<Problem> problems = new ArrayList<>();

    void error(Pos pos, String message, String hint) {
        problems.add(Problem.error(pos, message, hint));
    }

    void warning(Pos pos, String message, String hint) {
        problems.add(Problem.warning(pos, message, hint));
    }

    List<Problem> problems() {
        return problems;
    }

    /** Unknown field names, each with a did-you-mean from the allowed ones. */
    void unknownFields(YNode.Map map, Set<String> allowed, String what) {
        map.entries().values().forEach(e -> {
            if (!allowed.contains(e.key())) {
                String suggestion = Suggest.didYouMean(e.key(), allowed);
                error(e.keyPos(), "unknown field '" + e.key() + "' in " + what,
                        suggestion.isEmpty() ? "allowed fields: " + String.join(", ", new TreeSet<>(allowed)) : suggestion);
            }
        });
    }

    /** A field that must be a single value, not a list or mapping; null when absent. */
    YNode.Scalar scalar(YNode.Map map, String key) {
        YNode node = map.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YNode.Scalar s) {
            return s.isNull() ? null : s;
        }
        error(node.pos(), "'" + key + "' must be a single value, not " + node.kind(), null);
        return null;
    }

    /** A field that may be one value or a list of values; empty when absent. */
    List<YNode.Scalar> scalars(YNode.Map map, String key) {
        YNode node = map.get(key);
        List<YNode.Scalar> out = new ArrayList<>();
        if (node instanceof YNode.Scalar s && !s.isNull()) {
            out.add(s);
        } else if (node instanceof YNode.Seq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YNode.Scalar s && !s.isNull()) {
                    out.add(s);
                } else {
                    error(item.pos(), "each item of '" + key + "' must be a single value, not " + item.kind(), null);
                }
            }
        } else if (node instanceof YNode.Map m) {
            error(m.pos(), "'" + key + "' must be a value or a list, not " + m.kind(), null);
        }
        return out;
    }

    /** A link field: absolute, and only with an allowed scheme (never javascript: or data:). */
    void url(YNode.Map map, String key, Set<String> schemes) {
        YNode.Scalar s = scalar(map, key);
        if (s != null && Values.url(s.text(), schemes).isEmpty()) {
            error(s.pos(), "'" + key + "' is not a usable link: '" + shorten(s.text()) + "'",
                    "write a full address starting with " + schemes.stream().sorted().map(x -> x + ":").toList()
                            .toString().replace("[", "").replace("]", "").replace(",", " or"));
        }
    }

    void email(YNode.Map map, String key) {
        YNode.Scalar s = scalar(map, key);
        if (s != null) {
            email(s, key);
        }
    }

    void email(YNode.Scalar s, String key) {
        if (!EMAIL.matcher(s.text().trim()).matches()) {
            error(s.pos(), "'" + key + "' is not an email address: '" + shorten(s.text()) + "'",
                    "write it as name@example.org, without 'mailto:'");
        }
    }

    void phone(YNode.Map map, String key) {
        YNode.Scalar s = scalar(map, key);
        if (s != null && !Values.isPhone(s.text())) {
            error(s.pos(), "'" + key + "' is not a phone number: '" + shorten(s.text()) + "'",
                    "use digits, spaces, dashes, a leading + and, for one-tap dialling, ',' '*' '#'");
        }
    }

    void timezone(YNode.Map map, String key) {
        YNode.Scalar s = scalar(map, key);
        if (s == null) {
            return;
        }
        try {
            ZoneId.of(s.text().trim());
        } catch (DateTimeException e) {
            error(s.pos(), "unknown time zone '" + shorten(s.text()) + "'",
                    "use a tz database name such as America/Chicago or Europe/Madrid");
        }
    }

    void coordinate(YNode.Map map, String key, double limit) {
        YNode.Scalar s = scalar(map, key);
        if (s != null) {
            Optional<Double> v = Values.number(s.text());
            if (v.isEmpty() || Math.abs(v.get()) > limit) {
                error(s.pos(), "'" + key + "' must be a number between -" + (int) limit + " and " + (int) limit
                        + ", found '" + shorten(s.text()) + "'", "write decimal degrees, e.g. 41.81234");
            }
        }
    }

    static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").trim();
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }

    static String list(Collection<String> items) {
        return String.join(", ", new TreeSet<>(items));
    }
}
