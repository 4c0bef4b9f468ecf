package org.meetbook.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Meeting type codes and their names per language: the Meeting Guide spec's codes (with the
 * spec's translations) plus the directory's own codes from site.yaml.
 */
public record TypeCatalog(Map<String, Map<String, String>> names, Set<String> standardCodes) {

    private static final TypeCatalog STANDARD = loadStandard();

    public TypeCatalog {
        names = Map.copyOf(names);
        standardCodes = Set.copyOf(standardCodes);
    }

    public static TypeCatalog standard() {
        return STANDARD;
    }

    /** Adds the directory's own codes; their names serve every language. */
    public TypeCatalog withOwn(Map<String, String> own) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>(names);
        own.forEach((code, name) -> all.put(code, Map.of("en", name)));
        return new TypeCatalog(all, standardCodes);
    }

    public boolean knows(String code) {
        return names.containsKey(code);
    }

    public boolean isStandard(String code) {
        return standardCodes.contains(code);
    }

    public Set<String> codes() {
        return names.keySet();
    }

    /** The type's name in a language, else in English, else the code itself. */
    public String name(String code, String language) {
        Map<String, String> byLanguage = names.get(code);
        if (byLanguage == null) {
            return code;
        }
        String name = byLanguage.get(language);
        if (name == null && language.contains("-")) {
            name = byLanguage.get(language.substring(0, language.indexOf('-')));
        }
        return name != null ? name : byLanguage.getOrDefault("en", code);
    }

    private static TypeCatalog loadStandard() {
        try (InputStream in = TypeCatalog.class.getResourceAsStream("meeting-guide-types.json")) {
            Map<String, Map<String, String>> names = new ObjectMapper().readValue(in, new TypeReference<>() {});
            return new TypeCatalog(names, names.keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("the generator's copy of the spec's type codes is missing", e);
        }
    }
}
