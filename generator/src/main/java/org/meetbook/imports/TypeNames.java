package org.meetbook.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meetbook.model.TypeCatalog;

/**
 * Meeting type names as other tools write them ("Wheelchair Access", "Step Meeting", "Español")
 * → the Meeting Guide spec's codes. Names in any of the spec's languages match, case and accents
 * ignored, plus the names the 12 Step Meeting List plugin and BMLT servers commonly use.
 */
final class TypeNames {

    /** Marks a name that means "online" or "hybrid": not a type, attendance comes from the links. */
    static final String ATTENDANCE = "(attendance)";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("wheelchair accessible", "X"),
            Map.entry("wheelchair", "X"),
            Map.entry("step meeting", "ST"),
            Map.entry("step", "ST"),
            Map.entry("steps", "ST"),
            Map.entry("temporary closure", "TC"),
            Map.entry("temporarily closed", "TC"),
            Map.entry("beginners", "BE"),
            Map.entry("beginner", "BE"),
            Map.entry("newcomers", "BE"),
            Map.entry("speaker meeting", "SP"),
            Map.entry("tradition", "TR"),
            Map.entry("traditions", "TR"),
            Map.entry("young people", "Y"),
            Map.entry("youth", "Y"),
            Map.entry("agnostic", "A"),
            Map.entry("atheist / agnostic", "A"),
            Map.entry("atheist/agnostic", "A"),
            Map.entry("child care available", "BA"),
            Map.entry("childcare available", "BA"),
            Map.entry("sign language", "ASL"),
            Map.entry("outdoor meeting", "OUT"),
            Map.entry("smoking", "SM"),
            Map.entry("meditation meeting", "MED"),
            Map.entry("women only", "W"),
            Map.entry("men only", "M"),
            Map.entry("espanol", "S"),
            Map.entry("spanish speaking", "S"),
            Map.entry("online meeting", ATTENDANCE),
            Map.entry("online", ATTENDANCE),
            Map.entry("virtual meeting", ATTENDANCE),
            Map.entry("virtual", ATTENDANCE),
            Map.entry("hybrid", ATTENDANCE),
            Map.entry("hybrid meeting", ATTENDANCE));

    private static final Map<String, String> BY_NAME = index();

    private TypeNames() {}

    /** The spec code for a type name, {@link #ATTENDANCE} for online/hybrid, or empty when unknown. */
    static Optional<String> code(String name) {
        String key = normalize(name);
        String alias = ALIASES.get(key);
        if (alias != null) {
            return Optional.of(alias);
        }
        return Optional.ofNullable(BY_NAME.get(key));
    }

    /** The spec's type for meetings held in a language ("es" → S, "ja" → JA), if there is one. */
    static Optional<String> languageType(String language) {
        if (language == null || language.isBlank()) {
            return Optional.empty();
        }
        String english = Locale.forLanguageTag(language.trim()).getDisplayLanguage(Locale.ENGLISH);
        if (english.isBlank()) {
            return Optional.empty();
        }
        TypeCatalog catalog = TypeCatalog.standard();
        return catalog.codes().stream()
                .filter(code -> catalog.name(code, "en").equalsIgnoreCase(english))
                .sorted()
                .findFirst();
    }

    static String normalize(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** Every name of every spec code in every language; a name two codes share is left out. */
    private static Map<String, String> index() {
        TypeCatalog catalog = TypeCatalog.standard();
        Map<String, String> byName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String code : catalog.codes()) {
            for (String name : catalog.names().get(code).values()) {
                String key = normalize(name);
                String before = byName.putIfAbsent(key, code);
                if (before != null && !before.equals(code)) {
                    ambiguous.add(key);
                }
            }
        }
        // English names win over a clash in another language.
        for (String code : catalog.codes()) {
            String en = normalize(catalog.name(code, "en"));
            byName.put(en, code);
            ambiguous.remove(en);
        }
        ambiguous.forEach(byName::remove);
        return Map.copyOf(byName);
    }
}
