package org.meetbook.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML value that remembers where it was written. Only plain data: maps with string keys,
 * lists and scalars (kept as text, so "06:30" stays "06:30" and errors can quote the input).
 */
public sealed interface YNode {

    Pos pos();

    /** A short word for messages: "a list", "a mapping", "text". */
    String kind();

    record Scalar(String text, boolean quoted, Pos pos) implements YNode {
        public boolean isNull() {
            return !quoted && (text.isEmpty() || text.equals("~") || text.equals("null"));
        }

        @Override
        public String kind() {
            return "a single value";
        }
    }

    record Seq(List<YNode> items, Pos pos) implements YNode {
        public Seq {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** One key of a mapping, with the key's own position (errors about a field point at its name). */
    record Entry(String key, Pos keyPos, YNode value) {}

    record Map(java.util.Map<String, Entry> entries, Pos pos) implements YNode {
        public Map {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        /** The scalar text of a key, or null when absent or empty. */
        public String text(String key) {
            return get(key) instanceof Scalar s && !s.isNull() ? s.text() : null;
        }

        public boolean has(String key) {
            return text(key) != null || get(key) instanceof Seq || get(key) instanceof Map;
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    static Map emptyMap(Pos pos) {
        return new Map(new LinkedHashMap<>(), pos);
    }
}
