package org.meetbook.model;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** A weekday numbered as the Meeting Guide spec does: 0 = Sunday … 6 = Saturday. */
public enum Day {
    SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY;

    public int number() {
        return ordinal();
    }

    public DayOfWeek dayOfWeek() {
        return this == SUNDAY ? DayOfWeek.SUNDAY : DayOfWeek.of(ordinal());
    }

    /** "Monday" in English, "lunes" in Spanish, capitalised for headings. */
    public String displayName(String language) {
        String name = dayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language));
        return name.substring(0, 1).toUpperCase(Locale.forLanguageTag(language)) + name.substring(1);
    }

    /** The lowercase English name used in content files, e.g. "monday". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts 0–6, English day names and their three-letter forms, in any case. */
    public static Optional<Day> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+")) {
            int n = Integer.parseInt(t);
            return n >= 0 && n <= 6 ? Optional.of(values()[n]) : Optional.empty();
        }
        for (Day d : values()) {
            if (d.key().equals(t) || (t.length() == 3 && d.key().startsWith(t))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
