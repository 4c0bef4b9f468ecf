package org.meetbook.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** What the browser shows when there has never been a good build: the problems, plainly. */
final class ErrorPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorPage() {}

    static String html(Preview.Status status) {
        StringBuilder list = new StringBuilder();
        for (String p : status.problems()) {
            list.append("<li><pre>").append(escape(p)).append("</pre></li>\n");
        }
        String page = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Content problems – Meetbook preview</title>
                <style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
                h1{color:#8a0016}pre{white-space:pre-wrap;margin:0;font-size:14px}li{margin:.8em 0}</style></head>
                <body><h1>The content has problems</h1>
                <p>Fix these and save: this page reloads by itself.</p>
                <ol>
                %s</ol>
                </body></html>
                """.formatted(list);
        return LiveReload.inject(page, new Preview.Status(status.build(), List.of(), false));
    }

    static String jsonArray(List<String> problems) {
        try {
            // Safe inside a <script>: no "</" can end the element early.
            return JSON.writeValueAsString(problems).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
