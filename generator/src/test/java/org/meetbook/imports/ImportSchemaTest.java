package org.meetbook.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.content.Schemas;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Imported files name their JSON Schema on the first line and validate against it, so an editor
 * shows no false alarms on a freshly imported directory.
 */
class ImportSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void everyImportedFileValidatesAgainstItsSchema() throws Exception {
        List<Path> folders = new ArrayList<>();
        folders.add(imported("mississippi-25.json", null));
        folders.add(imported("template.csv", null));
        folders.add(imported("riverbend-search-results.json", "riverbend-formats.json"));
        int files = 0;
        for (Path folder : folders) {
            for (Map.Entry<String, String> f : ImportSupport.files(folder).entrySet()) {
                String schema = f.getKey().startsWith("meetings/") ? Schemas.MEETINGS
                        : f.getKey().equals("locations.yaml") ? Schemas.LOCATIONS
                        : f.getKey().equals("site.yaml") ? Schemas.SITE : null;
                if (schema == null) {
                    continue;
                }
                String reference = (f.getKey().startsWith("meetings/") ? "../" : "") + Schemas.FOLDER + "/" + schema;
                assertTrue(f.getValue().startsWith("# yaml-language-server: $schema=" + reference + "\n"), f.getKey());
                Object data = new Load(LoadSettings.builder().build()).loadFromString(f.getValue());
                Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(JSON.readTree(Schemas.all().get(schema))).validate(JSON.valueToTree(data));
                assertEquals(Set.of(), errors, folder.getFileName() + "/" + f.getKey());
                files++;
            }
            assertTrue(Files.isRegularFile(folder.resolve(Schemas.FOLDER).resolve(Schemas.MEETINGS)), "schemas written");
        }
        assertTrue(files >= 15, "checked " + files + " files");
    }

    private Path imported(String fixture, String formats) throws Exception {
        Path dir = Files.createTempDirectory(temp, "in");
        Path out = temp.resolve(fixture.replace('.', '-'));
        ImportSupport.importFile(ImportSupport.fixture(dir, fixture), out, null,
                formats == null ? null : ImportSupport.fixture(dir, formats));
        return out;
    }
}
