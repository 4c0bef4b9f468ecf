package org.meetbook.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A postal address. {@code full()} writes it the way TSML UI and Meeting Guide expect for a
 * specific place: "street, city, state postal_code, country" — four comma-separated parts.
 */
public record Address(String street, String city, String state, String postalCode, String country, String formatted) {

    public String full() {
        if (formatted != null) {
            return formatted;
        }
        List<String> parts = new ArrayList<>();
        add(parts, street);
        add(parts, city);
        String statePostal = join(state, postalCode);
        add(parts, statePostal);
        add(parts, country);
        return String.join(", ", parts);
    }

    /** The street line alone, or the first part of a formatted address. */
    public String firstLine() {
        if (street != null) {
            return street;
        }
        String f = full();
        int comma = f.indexOf(',');
        return comma < 0 ? f : f.substring(0, comma);
    }

    /** The rest after the street: "Cedarvale, EX 60811". */
    public String locality() {
        if (formatted != null) {
            int comma = formatted.indexOf(',');
            return comma < 0 ? "" : formatted.substring(comma + 1).trim();
        }
        List<String> parts = new ArrayList<>();
        add(parts, city);
        add(parts, join(state, postalCode));
        return String.join(", ", parts);
    }

    /** A street address pins a place; a city alone is only an approximate area. */
    public boolean specific() {
        return street != null || (formatted != null && formatted.split(",").length >= 4);
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    private static void add(List<String> parts, String s) {
        if (s != null && !s.isBlank()) {
            parts.add(s);
        }
    }
}
