package org.meetbook.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Reads YAML safely into {@link YNode}s: no object construction, no custom tags, duplicate keys
 * rejected, aliases and size bounded, every value with its line and column.
 */
public final class YamlReader {

    /** Content files are hand-written lists; anything larger is a mistake or an attack. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    private static final int MAX_NODES = 500_000;
    /** The YAML core schema's tags; anything else (!!java/object:..., !custom) is refused. */
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of(
            "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
            "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq",
            "tag:yaml.org,2002:map");

    /**
     * Every plain scalar is text to the reader ({@link YNode.Scalar#isNull} says what is empty):
     * resolving YAML's implicit types with regular expressions, for values that are read as
     * text anyway, was a sixth of the parsing. Explicit tags are still checked against
     * {@link #CORE_TAGS}.
     */
    private static final org.snakeyaml.engine.v2.schema.Schema TEXT_ONLY = new org.snakeyaml.engine.v2.schema.Schema() {
        @Override
        public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
            return (value, implicit) -> org.snakeyaml.engine.v2.nodes.Tag.STR;
        }

        @Override
        public java.util.Map<org.snakeyaml.engine.v2.nodes.Tag, org.snakeyaml.engine.v2.api.ConstructNode> getSchemaTagConstructors() {
            return java.util.Map.of();
        }
    };

    private YamlReader() {}

    public static YNode read(Path file) throws ContentException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ContentException(Pos.startOf(file),
                        "file is " + size / (1024 * 1024) + " MB; content files may be at most "
                                + MAX_FILE_BYTES / (1024 * 1024) + " MB",
                        "split the meetings over several files in the same folder");
            }
            return parse(file, Files.readString(file, StandardCharsets.UTF_8), 0);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ContentException(Pos.startOf(file), "file is not UTF-8 text",
                    "save the file as UTF-8 in your editor");
        } catch (IOException e) {
            throw new ContentException(Pos.startOf(file), "cannot read file: " + e.getMessage(), null);
        }
    }

    /**
     * Parses YAML text. {@code lineOffset} shifts reported lines, for YAML embedded in another
     * file (front matter). An empty document gives an empty mapping.
     */
    public static YNode parse(Path file, String text, int lineOffset) throws ContentException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit((int) MAX_FILE_BYTES)
                .setUseMarks(true)
                .setSchema(TEXT_ONLY)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            String context = e.getContext() == null ? "" : e.getContext();
            if (context.contains("quoted scalar") && e.getContextMark().isPresent()) {
                // The end of the file is not where the mistake is: the opening quote is.
                throw new ContentException(at(file, e.getContextMark().get(), lineOffset),
                        "quoted text is never closed", "add the closing quote at the end of the text");
            }
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            Pos pos = mark == null ? Pos.startOf(file).shifted(lineOffset) : at(file, mark, lineOffset);
            throw new ContentException(pos, "YAML syntax: " + firstLine(e.getProblem()), hintFor(e.getProblem()));
        } catch (YamlEngineException e) {
            throw new ContentException(Pos.startOf(file).shifted(lineOffset),
                    "YAML: " + firstLine(e.getMessage()), null);
        }
        if (root.isEmpty()) {
            return YNode.emptyMap(new Pos(file, 1 + lineOffset, 1));
        }
        return new Converter(file, lineOffset).convert(root.get());
    }

    private static String hintFor(String problem) {
        if (problem == null) {
            return null;
        }
        if (problem.contains("found duplicate key")) {
            return "each field may appear once per meeting; remove or rename one of them";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "put quotes around text that contains ': ' (for example notes: \"Doors open: 6 pm\")";
        }
        if (problem.toLowerCase(java.util.Locale.ROOT).contains("tab")) {
            return "indent with spaces, not tabs";
        }
        return "check the indentation and quotes on this line and the one above";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid YAML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Pos at(Path file, Mark mark, int lineOffset) {
        return new Pos(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static final class Converter {
        private final Path file;
        private final int lineOffset;
        private int nodes;

        Converter(Path file, int lineOffset) {
            this.file = file;
            this.lineOffset = lineOffset;
        }

        YNode convert(Node node) throws ContentException {
            Optional<Mark> mark = node.getStartMark();
            Pos pos = mark.isPresent() ? at(file, mark.get(), lineOffset) : Pos.startOf(file);
            if (++nodes > MAX_NODES) {
                throw new ContentException(pos, "too many values (more than " + MAX_NODES + ")",
                        "remove aliases (*name) or split the file");
            }
            org.snakeyaml.engine.v2.nodes.Tag tag = node.getTag();
            if (tag != org.snakeyaml.engine.v2.nodes.Tag.STR && tag != org.snakeyaml.engine.v2.nodes.Tag.MAP
                    && tag != org.snakeyaml.engine.v2.nodes.Tag.SEQ && !CORE_TAGS.contains(tag.getValue())) {
                throw new ContentException(pos, "YAML tag '" + tag.getValue() + "' is not allowed",
                        "content files hold plain text, numbers and lists; remove the '!' tag");
            }
            if (node instanceof ScalarNode s) {
                return new YNode.Scalar(s.getValue(), s.getScalarStyle() != ScalarStyle.PLAIN, pos);
            }
            if (node instanceof SequenceNode seq) {
                List<YNode> items = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    items.add(convert(item));
                }
                return new YNode.Seq(items, pos);
            }
            MappingNode map = (MappingNode) node;
            LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                YNode key = convert(tuple.getKeyNode());
                if (!(key instanceof YNode.Scalar k) || k.isNull()) {
                    throw new ContentException(key.pos(), "a field name must be plain text, not " + key.kind(), null);
                }
                if (entries.containsKey(k.text())) {
                    throw new ContentException(key.pos(), "field '" + k.text() + "' appears twice",
                            "each field may appear once; remove one of them");
                }
                entries.put(k.text(), new YNode.Entry(k.text(), key.pos(), convert(tuple.getValueNode())));
            }
            return new YNode.Map(entries, pos);
        }
    }
}
