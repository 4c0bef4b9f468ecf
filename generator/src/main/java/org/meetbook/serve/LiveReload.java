package org.meetbook.serve;

/**
 * The preview-only script added to every HTML page: it long-polls the build status, reloads
 * when a new build is published, and shows content problems in a panel over the last good page.
 * Problems are inserted as text, never as HTML.
 */
final class LiveReload {

    private static final String SCRIPT = """
            <script>
            (function () {
              var build = %d, errors = %s;
              function panel(problems) {
                var old = document.getElementById('meetbook-problems');
                if (old) old.remove();
                if (!problems.length) return;
                var box = document.createElement('section');
                box.id = 'meetbook-problems';
                box.setAttribute('role', 'alert');
                box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:99999;'
                  + 'background:#fff4f4;color:#5a0000;border-top:4px solid #b00020;padding:1em;font:14px/1.4 monospace;'
                  + 'white-space:pre-wrap';
                var title = document.createElement('strong');
                title.textContent = 'Meetbook: the content has problems. This page is the last good build.';
                box.appendChild(title);
                problems.forEach(function (p) {
                  var line = document.createElement('div');
                  line.style.marginTop = '0.6em';
                  line.textContent = p;
                  box.appendChild(line);
                });
                document.body.appendChild(box);
              }
              function poll() {
                fetch('%s?since=' + build + '&errors=' + (errors ? 1 : 0), {cache: 'no-store'})
                  .then(function (r) { return r.json(); })
                  .then(function (s) {
                    if (s.build !== build) { location.reload(); return; }
                    errors = s.hasErrors;
                    panel(s.hasErrors ? s.problems : []);
                    poll();
                  })
                  .catch(function () { setTimeout(poll, 1000); });
              }
              panel(%s);
              poll();
            })();
            </script>
            """;

    private LiveReload() {}

    static String inject(String html, Preview.Status status) {
        String problems = status.hasErrors() ? ErrorPage.jsonArray(status.problems()) : "[]";
        String script = String.format(SCRIPT, status.build(), status.hasErrors(), PreviewServer.STATUS_PATH, problems);
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
    }
}
