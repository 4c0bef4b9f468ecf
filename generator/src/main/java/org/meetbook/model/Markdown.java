package org.meetbook.model;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Guide-page Markdown to HTML. Raw HTML in the Markdown is shown as text, and links may only
 * use http(s), mailto and tel or be relative: a page can never carry a script.
 */
final class Markdown {

    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img") // images would be fetched from anywhere; pages are text
            .addProtocols("a", "href", "tel")
            .preserveRelativeLinks(true);

    static {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, " ");
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private Markdown() {}

    static String toHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "https://relative.invalid/", SAFE, out);
    }
}
