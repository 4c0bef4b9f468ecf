package org.meetbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken YAML gives one clear error with a position, never a crash or a hang. */
class YamlReaderTest {

    @TempDir
    Path temp;

    @Test
    void valuesKeepTheirLineAndColumnAndTheirText() throws Exception {
        YNode node = YamlReader.parse(Path.of("m.yaml"), "- name: Early\n  time: 06:30\n  day: 010\n", 0);
        YNode.Map m = (YNode.Map) ((YNode.Seq) node).items().get(0);
        assertEquals("06:30", m.text("time"), "times are not read as sexagesimal numbers");
        assertEquals("010", m.text("day"), "numbers keep their written form");
        assertEquals(new Pos(Path.of("m.yaml"), 2, 9), m.get("time").pos());
        assertEquals(new Pos(Path.of("m.yaml"), 2, 3), m.entries().get("time").keyPos());
    }

    @Test
    void frontMatterLinesAreShiftedToTheFileLine() throws Exception {
        YNode.Map m = (YNode.Map) YamlReader.parse(Path.of("p.md"), "title: Hi\norder: x\n", 1);
        assertEquals(3, m.get("order").pos().line());
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        ContentException e = assertThrows(ContentException.class,
                () -> YamlReader.parse(Path.of("bomb.yaml"), yaml.toString(), 0));
        assertTrue(e.getMessage().contains("alias") || e.getMessage().contains("too many values"), e.getMessage());
    }

    @Test
    void oversizedFileIsRefusedWithoutReadingIt() throws IOException {
        Path big = temp.resolve("huge.yaml");
        Files.write(big, new byte[(int) YamlReader.MAX_FILE_BYTES + 1]);
        ContentException e = assertThrows(ContentException.class, () -> YamlReader.read(big));
        assertTrue(e.getMessage().contains("at most"), e.getMessage());
        assertEquals(1, e.pos().line());
    }

    @Test
    void javaObjectTagsAreRefused() {
        ContentException e = assertThrows(ContentException.class, () -> YamlReader.parse(Path.of("x.yaml"),
                "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n", 0));
        assertTrue(e.getMessage().contains("is not allowed"), e.getMessage());
    }

    @Test
    void notUtf8IsAClearError() throws IOException {
        Path latin1 = temp.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        ContentException e = assertThrows(ContentException.class, () -> YamlReader.read(latin1));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
