package org.meetbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Guide pages are Markdown: their HTML can never carry a script, a foreign image or a javascript: link. */
class MarkdownTest {

    @Test
    void plainMarkdownBecomesHtml() {
        assertEquals("<h2>First meeting</h2>\n<p>You <strong>never</strong> have to speak.</p>\n",
                Markdown.toHtml("## First meeting\n\nYou **never** have\nto speak.\n"));
    }

    @Test
    void rawHtmlIsShownAsText() {
        String html = Markdown.toHtml("Hello <script>alert(1)</script> & <b>bold</b>\n");
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void unsafeLinksAndImagesAreRemoved() {
        String html = Markdown.toHtml("[call](javascript:alert(1)) [ok](https://example.org/) "
                + "[phone](tel:+15555550100) [next](sponsorship.html) ![x](https://tracker.example/p.gif)\n");
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("href=\"https://example.org/\""), html);
        assertTrue(html.contains("href=\"tel:+15555550100\""), html);
        assertTrue(html.contains("href=\"sponsorship.html\""), html);
    }

    @Test
    void tablesAreSupported() {
        String html = Markdown.toHtml("| A | B |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(html.contains("<table>") && html.contains("<td>1</td>"), html);
    }
}
