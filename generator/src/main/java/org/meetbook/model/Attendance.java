package org.meetbook.model;

/**
 * How people attend, derived as the spec's consumers derive it: a conference link or phone makes
 * a meeting online; with a street address too it is hybrid; the TC type closes the room.
 */
public enum Attendance {
    IN_PERSON("in_person"),
    HYBRID("hybrid"),
    ONLINE("online"),
    TEMPORARILY_CLOSED("temporarily_closed");

    private final String key;

    Attendance(String key) {
        this.key = key;
    }

    /** Stable key for CSS classes, filters and message bundles. */
    public String key() {
        return key;
    }

    public boolean online() {
        return this == HYBRID || this == ONLINE;
    }

    public boolean inPerson() {
        return this == HYBRID || this == IN_PERSON;
    }
}
