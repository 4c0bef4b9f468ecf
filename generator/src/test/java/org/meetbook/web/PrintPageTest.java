package org.meetbook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.TestContent;
import org.meetbook.model.Directory;
import org.meetbook.print.PrintRenderer;
import org.meetbook.theme.Theme;

/** The site's print page links every PDF of its language and says how to print a booklet. */
class PrintPageTest {

    @TempDir
    Path out;

    @Test
    void listsEveryEditionOfItsLanguageWithPrintingInstructions() throws IOException {
        Directory directory = TestContent.directory(TestContent.SAMPLE);
        new WebRenderer().render(directory, new Theme(TestContent.THEME), out);
        for (String language : directory.site().languages()) {
            String folder = language.equals(directory.site().defaultLanguage()) ? "" : language + "/";
            Document page = Jsoup.parse(Files.readString(out.resolve(folder + "print.html")));
            String prefix = folder.isEmpty() ? "" : "../";
            List<String> linked = page.select("main a[href$=.pdf]").eachAttr("href");
            List<String> expected = PrintRenderer.outputs(directory).stream()
                    .filter(o -> o.language().equals(language))
                    .map(o -> prefix + o.path()).toList();
            assertEquals(expected, linked, language);
            assertTrue(page.select("main ol li").size() >= 4, "printing steps");
        }
        Document home = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertEquals(1, home.select("footer a[href=print.html]").size(), "linked from every page's footer");
        assertTrue(Files.readString(out.resolve("print.html")).contains("flipping on the short edge"));
    }
}
