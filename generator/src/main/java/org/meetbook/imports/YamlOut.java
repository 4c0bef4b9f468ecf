package org.meetbook.imports;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes YAML through snakeyaml-engine's emitter, so quoting is always right: every value is a
 * string node, and the emitter quotes whatever would otherwise read as a number, a boolean, a
 * comment or a syntax character. Times are double-quoted as people are told to write them.
 */
final class YamlOut {

    /** A value written in double quotes whatever it looks like ("19:30"). */
    record Quoted(String text) {}

    /** A number written as a plain number (latitude: 41.81234), not as quoted text. */
    record Numeric(String text) {}

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(0)
            .setWidth(90)
            .setSplitLines(true)
            .setUseUnicodeEncoding(true)
            .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
            .setExplicitRootTag(Optional.empty())
            .build();

    private YamlOut() {}

    /** A list item ("- name: ...") holding the given fields in order. */
    static String listItem(Map<String, Object> fields) {
        return dump(new SequenceNode(Tag.SEQ, List.of(mapping(fields)), FlowStyle.BLOCK));
    }

    /** One "key:" with its fields indented below. */
    static String entry(String key, Object value) {
        return dump(new MappingNode(Tag.MAP, List.of(new NodeTuple(scalar(key), node(value))), FlowStyle.BLOCK));
    }

    private static Node mapping(Map<String, Object> fields) {
        List<NodeTuple> tuples = new ArrayList<>();
        fields.forEach((k, v) -> tuples.add(new NodeTuple(scalar(k), node(v))));
        return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
    }

    private static Node node(Object value) {
        if (value instanceof Quoted q) {
            return new ScalarNode(Tag.STR, q.text(), ScalarStyle.DOUBLE_QUOTED);
        }
        if (value instanceof Numeric n && n.text().matches("-?\\d+(\\.\\d+)?")) {
            return new ScalarNode(Tag.FLOAT, n.text(), ScalarStyle.PLAIN);
        }
        if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>();
            for (Object item : list) {
                items.add(node(item));
            }
            return new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW);
        }
        if (value instanceof Map<?, ?> map) {
            List<NodeTuple> tuples = new ArrayList<>();
            map.forEach((k, v) -> tuples.add(new NodeTuple(scalar(String.valueOf(k)), node(v))));
            return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
        }
        return scalar(String.valueOf(value));
    }

    /**
     * Plain when that reads back as the same text and is easy to edit; in double quotes when it
     * would read as a number, boolean or null, or holds YAML punctuation ("Passcode: 1234");
     * several lines as a literal block. The emitter still quotes anything else plain cannot hold.
     */
    private static ScalarNode scalar(String text) {
        ScalarStyle style;
        if (text.contains("\n")) {
            style = ScalarStyle.LITERAL;
        } else if (text.length() > 80 && text.equals(text.strip()) && !text.contains("  ")) {
            style = ScalarStyle.FOLDED;
        } else if (needsQuotes(text)) {
            style = ScalarStyle.DOUBLE_QUOTED;
        } else {
            style = ScalarStyle.PLAIN;
        }
        return new ScalarNode(Tag.STR, text, style);
    }

    static boolean needsQuotes(String text) {
        if (text.isEmpty() || !RESOLVER.resolve(text, true).equals(Tag.STR)) {
            return true;
        }
        return INDICATOR_START.indexOf(text.charAt(0)) >= 0 || text.contains(": ") || text.contains(" #")
                || text.endsWith(":") || !text.equals(text.strip());
    }

    private static final String INDICATOR_START = "-?:,[]{}#&*!|>'\"%@`+";
    private static final org.snakeyaml.engine.v2.resolver.ScalarResolver RESOLVER =
            new org.snakeyaml.engine.v2.schema.CoreSchema().getScalarResolver();

    private static String dump(Node node) {
        StringWriter out = new StringWriter();
        new Dump(SETTINGS).dumpNode(node, new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.write(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.write(str, off, len);
            }
        });
        return out.toString();
    }
}
