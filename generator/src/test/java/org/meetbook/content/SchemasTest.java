package org.meetbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.meetbook.TestContent;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The schemas editors use: the sample directory ships the current ones, every sample file names
 * its schema and passes it, and a typo fails it.
 */
class SchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE_SCHEMAS = TestContent.SAMPLE.resolve(Schemas.FOLDER);

    /** Regenerate with -Dmeetbook.updateSchemas=true after changing Fields. */
    @Test
    void sampleShipsTheCurrentSchemas() throws IOException {
        for (Map.Entry<String, String> schema : Schemas.all().entrySet()) {
            Path file = SAMPLE_SCHEMAS.resolve(schema.getKey());
            if (Boolean.getBoolean("meetbook.updateSchemas")) {
                Files.createDirectories(SAMPLE_SCHEMAS);
                Files.writeString(file, schema.getValue());
            }
            assertEquals(schema.getValue(), Files.readString(file), file + " is out of date");
        }
    }

    @Test
    void everySampleFileNamesItsSchemaAndPassesIt() throws IOException {
        check(TestContent.SAMPLE.resolve("site.yaml"), "schemas/site.schema.json", Schemas.SITE);
        check(TestContent.SAMPLE.resolve("locations.yaml"), "schemas/locations.schema.json", Schemas.LOCATIONS);
        try (Stream<Path> files = Files.list(TestContent.SAMPLE.resolve("meetings"))) {
            for (Path f : files.toList()) {
                check(f, "../schemas/meetings.schema.json", Schemas.MEETINGS);
            }
        }
    }

    @Test
    void aMisspeltFieldAndABadTimeFailTheSchema() {
        Set<ValidationMessage> errors = schema(Schemas.MEETINGS).validate(yaml("""
                - name: Keep It Simple
                  day: funday
                  time: "25:61"
                  typs: [O]
                """));
        String all = errors.toString();
        assertTrue(all.contains("typs"), all);
        assertTrue(all.contains("time"), all);
        assertTrue(all.contains("day"), all);
    }

    private static void check(Path file, String reference, String schemaName) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith("# yaml-language-server: $schema=" + reference + "\n"),
                file + " should start with its schema line");
        Set<ValidationMessage> errors = schema(schemaName).validate(yaml(text));
        assertFalse(errors.iterator().hasNext(), file + ": " + errors);
    }

    private static JsonSchema schema(String name) {
        try {
            JsonNode node = JSON.readTree(Schemas.all().get(name));
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** YAML as JSON the way editors see it (the YAML 1.2 core schema: 06:30 stays text). */
    private static JsonNode yaml(String text) {
        Object data = new Load(LoadSettings.builder().build()).loadFromString(text);
        return JSON.valueToTree(data);
    }
}
