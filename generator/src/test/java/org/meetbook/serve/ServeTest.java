package org.meetbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.TestContent;

/** The preview as a user meets it: pages with live reload, problems shown, last good site kept. */
class ServeTest {

    @TempDir
    Path temp;

    private static final String MEETING = """
            - name: Keep It Simple
              day: monday
              time: "19:00"
              address: 1 Main Street
              city: Testville
              state: EX
              postal_code: "10001"
              country: US
            """;

    @Test
    void servesPagesRebuildsAndKeepsTheLastGoodSiteOnErrors() throws Exception {
        Path content = TestContent.write(temp, Map.of("site.yaml", TestContent.SITE, "meetings/m.yaml", MEETING));
        List<String> log = new CopyOnWriteArrayList<>();
        try (Preview preview = new Preview(content, TestContent.THEME, Files.createTempDirectory(temp, "work"), log::add);
             PreviewServer server = new PreviewServer(preview, 0)) {
            preview.rebuild();
            assertEquals(1, preview.status().build());
            String base = "http://127.0.0.1:" + server.port();

            HttpResponse<String> home = get(base + "/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Keep It Simple"));
            assertTrue(home.body().contains(PreviewServer.STATUS_PATH), "live reload script injected");
            assertEquals(404, get(base + "/../../../etc/passwd").statusCode());
            assertEquals(404, get(base + "/%2e%2e/%2e%2e/etc/passwd").statusCode());

            Files.writeString(content.resolve("meetings/m.yaml"), MEETING.replace("Keep It Simple", "Easy Does It"));
            preview.rebuild();
            assertEquals(2, preview.status().build());
            assertTrue(get(base + "/").body().contains("Easy Does It"));

            Files.writeString(content.resolve("meetings/m.yaml"), MEETING.replace("\"19:00\"", "\"19:75\""));
            preview.rebuild();
            Preview.Status broken = preview.status();
            assertTrue(broken.hasErrors());
            assertEquals(2, broken.build(), "no new build published");
            assertTrue(broken.problems().get(0).contains("m.yaml:3:9: error: '19:75' is not a time"), broken.problems().toString());
            String page = get(base + "/").body();
            assertTrue(page.contains("Easy Does It"), "the last good site is still served");
            assertTrue(page.contains("19:75"), "the problem is shown in the page");
            assertTrue(log.stream().anyMatch(l -> l.contains("'19:75' is not a time")), "and in the terminal");

            String status = get(base + PreviewServer.STATUS_PATH + "?since=2&errors=1&").body();
            assertTrue(status.contains("\"hasErrors\":true"), status);
        }
    }

    @Test
    void aBrokenFirstBuildShowsAnErrorPage() throws Exception {
        Path content = TestContent.write(temp, Map.of("site.yaml", TestContent.SITE,
                "meetings/m.yaml", MEETING.replace("monday", "funday")));
        try (Preview preview = new Preview(content, TestContent.THEME, Files.createTempDirectory(temp, "work"), l -> { });
             PreviewServer server = new PreviewServer(preview, 0)) {
            preview.rebuild();
            HttpResponse<String> page = get("http://127.0.0.1:" + server.port() + "/");
            assertEquals(500, page.statusCode());
            assertTrue(page.body().contains("The content has problems"));
            assertTrue(page.body().contains("&#39;funday&#39;") || page.body().contains("'funday' is not a day"), page.body());
            assertFalse(page.body().contains("<script>alert"));
        }
    }

    @Test
    void theWatcherReportsChangesInNewFoldersToo() throws Exception {
        Path root = Files.createDirectories(temp.resolve("watched"));
        CountDownLatch changes = new CountDownLatch(2);
        try (Watcher watcher = new Watcher(List.of(root))) {
            Thread loop = new Thread(() -> {
                try {
                    watcher.loop(changed -> changes.countDown());
                } catch (IOException | InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                    // closed at the end of the test
                }
            });
            loop.setDaemon(true);
            loop.start();
            Files.createDirectories(root.resolve("meetings"));
            Thread.sleep(300);
            Files.writeString(root.resolve("meetings/new.yaml"), "- name: x\n");
            assertTrue(changes.await(10, TimeUnit.SECONDS), "both changes seen");
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
