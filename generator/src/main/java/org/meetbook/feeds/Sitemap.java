package org.meetbook.feeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.meetbook.publish.SiteFiles;

/**
 * sitemap.xml from the pages actually written, so it can never list a page that does not exist.
 * Search engines need absolute URLs: without a base URL in site.yaml there is no sitemap.
 */
public final class Sitemap {

    public static final String FILE = "sitemap.xml";

    private Sitemap() {}

    /** The sitemap of the files under {@code siteRoot} (see {@link SiteFiles#written}): its pages. */
    public static byte[] write(Path siteRoot, String baseUrlWithSlash) throws IOException {
        List<String> pages = SiteFiles.written(siteRoot, p -> p.endsWith(".html") && !p.equals("404.html"));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            String path = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
            xml.append("  <url><loc>").append(escape(baseUrlWithSlash + path)).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
