package org.meetbook.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML → PDF: nothing from the network or outside the theme, and the same bytes every time. */
class PdfWriterTest {

    static final LocalDate DATE = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    Path theme() throws IOException {
        Path theme = Files.createDirectories(dir.resolve("theme/print"));
        Files.writeString(theme.resolve("ok.css"), "body { font-family: 'DejaVu Sans'; }\n"
                + "p.inside::after { content: ' STYLED'; }\n");
        return theme.getParent();
    }

    URI base(Path theme) {
        return theme.resolve("print").toUri();
    }

    static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title>" + head
                + "</head><body style=\"font-family: 'DejaVu Sans'\">" + body + "</body></html>";
    }

    @Test
    void readsStylesheetsInsideTheTheme() throws IOException {
        Path theme = theme();
        byte[] pdf = new PdfWriter(theme).render(
                page("<link rel=\"stylesheet\" href=\"ok.css\">", "<p class=\"inside\">Hello</p>"), base(theme), DATE);
        assertTrue(text(pdf).contains("Hello STYLED"), text(pdf));
    }

    @Test
    void fetchesNothingFromTheNetwork() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] css = "p::after { content: ' LEAKED'; }".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, css.length);
            exchange.getResponseBody().write(css);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Path theme = theme();
            IOException e = assertThrows(IOException.class, () -> new PdfWriter(theme).render(page(
                    "<link rel=\"stylesheet\" href=\"" + url + "/style.css\">",
                    "<p>Hi</p><img src=\"" + url + "/logo.png\" alt=\"logo\">"), base(theme), DATE));
            assertTrue(e.getMessage().contains(url + "/style.css"), e.getMessage());
            assertEquals(0, requests.get(), "the renderer made a network request");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void readsNothingOutsideTheTheme() throws IOException {
        Path theme = theme();
        Path secret = dir.resolve("secret.css");
        Files.writeString(secret, "p::after { content: ' LEAKED'; }");
        for (String href : new String[] {secret.toUri().toString(), "../../secret.css", "file:///etc/passwd"}) {
            IOException e = assertThrows(IOException.class, () -> new PdfWriter(theme).render(
                    page("<link rel=\"stylesheet\" href=\"" + href + "\">", "<p>Hi</p>"), base(theme), DATE), href);
            assertTrue(e.getMessage().contains("refused"), e.getMessage());
        }
    }

    @Test
    void sameHtmlGivesSameBytesWithFixedDates() throws IOException {
        Path theme = theme();
        PdfWriter writer = new PdfWriter(theme);
        String html = page("", "<h1>Schedule</h1><p>Monday 7:00 PM</p>");
        byte[] first = writer.render(html, base(theme), DATE);
        byte[] second = new PdfWriter(theme).render(html, base(theme), DATE);
        assertArrayEquals(first, second);
        try (PDDocument doc = Loader.loadPDF(first)) {
            Calendar created = doc.getDocumentInformation().getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertEquals(2026, created.get(Calendar.YEAR));
            assertEquals(Calendar.MARCH, created.get(Calendar.MONTH));
            assertEquals(1, created.get(Calendar.DAY_OF_MONTH));
            assertEquals(PdfWriter.PRODUCER, doc.getDocumentInformation().getProducer());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("2026-03-01T00:00:00"), xmp);
            assertTrue(xmp.contains("pdfuaid"), "PDF/UA identification in XMP");
        }
        byte[] otherDay = writer.render(html, base(theme), DATE.plusDays(1));
        assertFalse(java.util.Arrays.equals(first, otherDay));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
