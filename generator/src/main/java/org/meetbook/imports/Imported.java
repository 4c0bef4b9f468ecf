package org.meetbook.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a source reader produces: the meetings, and what it learned about the directory (the
 * service entity, languages, the fellowship, own types with their names and descriptions).
 */
final class Imported {

    /** A type code of the directory's own, for site.yaml's types:. */
    record OwnType(String code, String name, String description) {}

    final String format;
    final List<ImportedMeeting> meetings = new ArrayList<>();
    /** site.yaml fields learned from the data: entity, entity_email, ..., base_url. */
    final Map<String, String> site = new LinkedHashMap<>();
    final List<String> languages = new ArrayList<>();
    final Map<String, OwnType> ownTypes = new LinkedHashMap<>();
    String fellowship;

    Imported(String format) {
        this.format = format;
    }
}
