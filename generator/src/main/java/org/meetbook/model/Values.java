package org.meetbook.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of single values, shared by the checks (to complain) and the model (to build). */
public final class Values {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-.,*#]*");

    /** Schemes a link on a page may use; anything else (javascript:, data:, file:) is refused. */
    public static final Set<String> WEB_SCHEMES = Set.of("https", "http");
    public static final Set<String> ANY_LINK_SCHEMES = Set.of("https", "http", "tel", "mailto");

    private Values() {}

    /** "06:30" or "6:30", 24-hour. "24:00" is not a start time. */
    public static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        if (h > 23 || min > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(h, min));
    }

    /** The URL when it is absolute and uses one of {@code schemes}; empty otherwise. */
    public static Optional<String> url(String text, Set<String> schemes) {
        String t = text.trim();
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme();
            if (scheme == null || !schemes.contains(scheme.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            if ((scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(t);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static boolean isPhone(String text) {
        return PHONE.matcher(text.trim()).matches();
    }

    public static Optional<Double> number(String text) {
        try {
            return Optional.of(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
