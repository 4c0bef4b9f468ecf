package org.meetbook.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the preview on 127.0.0.1 only. HTML pages get a small script that waits for the next
 * build and reloads the page, or shows the current problems over the last good page.
 */
public final class PreviewServer implements AutoCloseable {

    static final String STATUS_PATH = "/__meetbook/status";
    private static final long LONG_POLL_MILLIS = 25_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("pdf", "application/pdf"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("ics", "text/calendar; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("webmanifest", "application/manifest+json"));

    private final Preview preview;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "meetbook-http");
        t.setDaemon(true);
        return t;
    });

    public PreviewServer(Preview preview, int port) throws IOException {
        this.preview = preview;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(threads);
        server.createContext(STATUS_PATH, this::status);
        server.createContext("/", this::file);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void status(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Preview.Status s = preview.status();
            if (query.containsKey("since")) {
                try {
                    s = preview.await(Long.parseLong(query.get("since")), "1".equals(query.get("errors")), LONG_POLL_MILLIS);
                } catch (NumberFormatException | InterruptedException e) {
                    s = preview.status();
                }
            }
            ObjectNode body = JSON.createObjectNode();
            body.put("build", s.build());
            body.put("hasErrors", s.hasErrors());
            body.putPOJO("problems", s.problems());
            send(exchange, 200, "application/json", JSON.writeValueAsBytes(body));
        }
    }

    private void file(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Preview.Status s = preview.status();
            if (s.build() == 0 && s.hasErrors()) {
                send(exchange, 500, TYPES.get("html"), ErrorPage.html(s).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (path.endsWith("/")) {
                path += "index.html";
            }
            Path file = find(path.substring(1));
            int code = 200;
            if (file == null) {
                code = 404;
                file = find("404.html");
                if (file == null) {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            byte[] bytes = Files.readAllBytes(file);
            if (ext.equals("html")) {
                bytes = LiveReload.inject(new String(bytes, StandardCharsets.UTF_8), s).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, code, TYPES.getOrDefault(ext, "application/octet-stream"), bytes);
        }
    }

    /** A published file for a request path, never outside the preview folders. */
    private Path find(String relative) {
        for (Path root : new Path[] {preview.webDir(), preview.printDir()}) {
            Path base = root.toAbsolutePath().normalize();
            Path candidate = base.resolve(relative).normalize();
            if (!candidate.startsWith(base)) {
                return null;
            }
            if (Files.isDirectory(candidate)) {
                candidate = candidate.resolve("index.html");
            }
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(code, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new java.util.HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
