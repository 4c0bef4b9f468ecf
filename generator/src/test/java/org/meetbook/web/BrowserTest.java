package org.meetbook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.meetbook.TestContent;
import org.meetbook.feeds.FeedsRenderer;
import org.meetbook.model.Day;
import org.meetbook.model.Directory;
import org.meetbook.theme.Theme;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The sample site in a real browser: Debian's chromium driven by chromium-driver (installed by
 * .ci/run), served from 127.0.0.1. Clicks and types as a visitor would, runs axe-core, records
 * every network request, and checks every page with the Nu HTML checker.
 *
 * <p>Skipped where chromium is not installed, except in CI (CI=true), where that is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    static Path temp;

    Path site;
    Path largeSite;
    Directory directory;
    HttpServer server;
    String origin;
    WebDriver driver;
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    void start() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must install chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");

        directory = TestContent.directory(TestContent.SAMPLE);
        Theme theme = new Theme(TestContent.THEME);
        site = Files.createDirectories(temp.resolve("site"));
        new WebRenderer().render(directory, theme, site);
        new FeedsRenderer().render(directory, theme, site);
        // The same directory in the layout for very large directories (per-day pages + data file).
        largeSite = Files.createDirectories(site.resolve("large"));
        new WebRenderer(10).render(directory, theme, largeSite);

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = URI.create(exchange.getRequestURI().getPath()).normalize().getPath();
            Path file = site.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", contentType(file.toString()));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
        driver = newDriver(false);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    WebDriver newDriver(boolean dark) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--disable-extensions", "--disable-default-apps",
                "--window-size=390,900", "--lang=en-US",
                "--user-data-dir=" + temp.resolve(dark ? "profile-dark" : "profile").toAbsolutePath(),
                // A request to any other host is recorded below, then fails here: never leaves the machine.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        if (dark) {
            options.addArguments("--blink-settings=preferredColorScheme=0", "--force-dark-mode");
        } else {
            options.addArguments("--force-prefers-reduced-motion");
        }
        options.enableBiDi();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        new Network(chrome).onBeforeRequestSent(event -> requests.add(event.getRequest().getUrl()));
        return chrome;
    }

    static String contentType(String name) {
        Map<String, String> types = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
                "js", "text/javascript", "svg", "image/svg+xml", "json", "application/json",
                "ics", "text/calendar", "csv", "text/csv", "pdf", "application/pdf");
        return types.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    // ---- helpers ----

    void open(WebDriver d, String path) {
        d.get(origin + "/" + path);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x ->
                "complete".equals(((JavascriptExecutor) x).executeScript("return document.readyState")));
    }

    /** The finder is ready once its script has shown the form and written the count. */
    void openFinder(WebDriver d, String path) {
        open(d, path);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x ->
                !x.findElement(By.id("f-count")).getText().isEmpty());
    }

    Object js(WebDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    int visibleMeetings(WebDriver d) {
        return ((Number) js(d, "return Array.from(document.querySelectorAll('li.mtg')).filter(li => li.offsetParent !== null).length")).intValue();
    }

    String countText(WebDriver d) {
        return d.findElement(By.id("f-count")).getText();
    }

    void axe(WebDriver d, String what) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(d);
        List<Rule> violations = results.getViolations();
        String report = violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertTrue(violations.isEmpty(), what + ": axe-core found WCAG violations:\n" + report);
        assertFalse(results.getPasses().isEmpty(), what + ": axe ran");
    }

    void choose(WebDriver d, String selectId, String value) {
        new org.openqa.selenium.support.ui.Select(d.findElement(By.id(selectId))).selectByValue(value);
    }

    // ---- accessibility ----

    @Test
    void axeFindsNoViolationsInEitherLanguage() {
        for (String home : List.of("", "es/")) {
            openFinder(driver, home + "index.html");
            axe(driver, home + "finder");
            choose(driver, "f-attendance", "online");
            driver.findElement(By.id("f-q")).sendKeys("zzz-no-such-meeting");
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(x -> x.findElement(By.id("f-empty")).isDisplayed());
            axe(driver, home + "finder, filtered to nothing");
            driver.findElement(By.id("f-clear-2")).click();
            choose(driver, "f-time", "evening");
            axe(driver, home + "finder, filtered");
            open(driver, home + "meetings/" + directory.meetings().get(0).slug() + ".html");
            axe(driver, home + "meeting page");
            open(driver, home + "guide/index.html");
            open(driver, driver.findElement(By.cssSelector("main ol.cards a")).getAttribute("href").replace(origin + "/", ""));
            axe(driver, home + "guide page");
        }
    }

    @Test
    void darkModeIsHonouredAndStillAccessible() {
        WebDriver dark = newDriver(true);
        try {
            openFinder(dark, "index.html");
            assertEquals(Boolean.TRUE, js(dark, "return matchMedia('(prefers-color-scheme: dark)').matches"));
            String background = (String) js(dark, "return getComputedStyle(document.body).backgroundColor");
            assertEquals("rgb(19, 23, 28)", background, "the dark palette is used");
            assertEquals("smooth", js(dark, "return getComputedStyle(document.documentElement).scrollBehavior"),
                    "jump links scroll smoothly for those who have not asked for less motion");
            axe(dark, "finder in dark mode");
            open(dark, "es/meetings/" + directory.meetings().get(0).slug() + ".html");
            axe(dark, "meeting page in dark mode");
        } finally {
            dark.quit();
        }
    }

    @Test
    void reducedMotionIsHonoured() {
        openFinder(driver, "index.html");
        assertEquals(Boolean.TRUE, js(driver, "return matchMedia('(prefers-reduced-motion: reduce)').matches"));
        assertEquals("auto", js(driver, "return getComputedStyle(document.documentElement).scrollBehavior"));
        assertEquals(Boolean.TRUE, js(driver, "return matchMedia('(prefers-color-scheme: light)').matches"));
        assertEquals("rgb(251, 250, 247)", js(driver, "return getComputedStyle(document.body).backgroundColor"));
    }

    // ---- keyboard only ----

    @Test
    void filtersWorkWithTheKeyboardAloneWithVisibleFocusAndAnnouncedCounts() {
        openFinder(driver, "index.html");
        int all = visibleMeetings(driver);
        assertEquals(directory.occurrences().size(), all);
        assertEquals(all + " meetings match.", countText(driver));
        WebElement live = driver.findElement(By.id("f-count"));
        assertEquals("polite", live.getAttribute("aria-live"));
        assertEquals("status", live.getAttribute("role"));

        // Tab from the top of the page to the search box, checking every stop shows its focus.
        Actions keys = new Actions(driver);
        int stops = 0;
        while (!"f-q".equals(js(driver, "return document.activeElement.id"))) {
            keys.sendKeys(Keys.TAB).perform();
            assertFocusVisible("tab stop " + (++stops));
            assertTrue(stops < 30, "the search box is reachable by Tab");
        }
        keys.sendKeys("lantern").perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(x -> !countText(x).equals(all + " meetings match."));
        int found = visibleMeetings(driver);
        assertTrue(found > 0 && found < all, "search narrows the list: " + found);
        assertEquals(found == 1 ? "1 meeting matches." : found + " meetings match.", countText(driver));
        assertTrue(driver.getCurrentUrl().contains("q=lantern"), driver.getCurrentUrl());

        // Next control: the day menu; arrow keys change it without a mouse.
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("f-day", js(driver, "return document.activeElement.id"));
        assertFocusVisible("day menu");
        keys.sendKeys(Keys.ARROW_DOWN).perform();   // "Today"
        keys.sendKeys(Keys.ARROW_DOWN).perform();   // the first day listed
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(x -> x.getCurrentUrl().contains("day="));
        String day = (String) js(driver, "return document.getElementById('f-day').value");
        long expected = directory.occurrences().stream()
                .filter(o -> String.valueOf(o.day().number()).equals(day))
                .filter(o -> (o.meeting().name() + " " + o.meeting().place().location()).toLowerCase().contains("lantern")
                        || String.valueOf(o.meeting().notes()).toLowerCase().contains("lantern")
                        || String.valueOf(o.meeting().place().locationNotes()).toLowerCase().contains("lantern"))
                .count();
        assertEquals(expected, visibleMeetings(driver), "search + day");
        String announced = countText(driver);
        assertTrue(announced.startsWith(expected == 0 ? "No meetings" : String.valueOf(expected)), announced);

        // Tab on to "Clear filters" and press Enter: everything is back, focus returns to search.
        while (!"f-clear".equals(js(driver, "return document.activeElement.id"))) {
            keys.sendKeys(Keys.TAB).perform();
            assertFocusVisible("on the way to Clear filters");
        }
        keys.sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(x -> countText(x).equals(all + " meetings match."));
        assertEquals("f-q", js(driver, "return document.activeElement.id"));
        assertEquals(all, visibleMeetings(driver));
    }

    void assertFocusVisible(String where) {
        Map<?, ?> f = (Map<?, ?>) js(driver, "const e = document.activeElement; const s = getComputedStyle(e);"
                + " const a = getComputedStyle(e, '::after');"
                + " return {tag: e.tagName, visible: e.matches(':focus-visible'),"
                + " outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2"
                + "   || a.outlineStyle !== 'none' && parseFloat(a.outlineWidth) >= 2};");
        assertEquals(Boolean.TRUE, f.get("visible"), where + ": " + f);
        assertEquals(Boolean.TRUE, f.get("outline"), where + ": focus has no visible outline " + f);
    }

    // ---- URL state, in progress, empty state, large layout ----

    @Test
    void filtersLiveInTheUrlAndTheBackButtonRestoresThem() {
        openFinder(driver, "index.html?attendance=online&time=evening");
        assertEquals("online", js(driver, "return document.getElementById('f-attendance').value"));
        int filtered = visibleMeetings(driver);
        long expected = directory.occurrences().stream()
                .filter(o -> o.meeting().attendance().online())
                .filter(o -> !o.meeting().time().isBefore(LocalTime.of(17, 0)) && o.meeting().time().isBefore(LocalTime.of(21, 0)))
                .count();
        assertEquals(expected, filtered);
        choose(driver, "f-fellowship", "NA");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(x -> x.getCurrentUrl().contains("fellowship=NA"));
        int narrower = visibleMeetings(driver);
        assertTrue(narrower <= filtered);
        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(x -> !x.getCurrentUrl().contains("fellowship=NA"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(x -> visibleMeetings(x) == filtered);
        assertEquals("", js(driver, "return document.getElementById('f-fellowship').value"));
    }

    @Test
    void inProgressAndStartingSoonFollowTheDirectoryClock() {
        openFinder(driver, "index.html?time=now");
        // Pick a real meeting and look at the list 10 minutes after it starts.
        Directory.Occurrence o = directory.occurrences().stream()
                .filter(x -> x.meeting().timezone().equals(directory.site().timezone()))
                .filter(x -> x.meeting().time().getHour() >= 8 && x.meeting().time().getHour() < 22)
                .findFirst().orElseThrow();
        ZonedDateTime at = ZonedDateTime.of(2026, 11, 29, 0, 0, 0, 0, directory.site().timezone())   // a Sunday
                .plusDays(o.day().number()).with(o.meeting().time()).plusMinutes(10);
        js(driver, "return window.meetbookFinder.refresh(arguments[0])", at.toInstant().toString());
        int now = at.toLocalTime().toSecondOfDay() / 60;
        long expected = directory.occurrences().stream().filter(x -> x.meeting().timezone().equals(directory.site().timezone()))
                .filter(x -> {
                    int start = x.meeting().time().toSecondOfDay() / 60;
                    int end = x.meeting().effectiveEndTime().toSecondOfDay() / 60;
                    if (end <= start) {
                        end += 1440;
                    }
                    boolean today = x.day() == o.day();
                    boolean yesterday = x.day().number() == (o.day().number() + 6) % 7;
                    return today && start <= now && now < end || today && start > now && start - now <= 60
                            || yesterday && end > 1440 && now < end - 1440;
                }).count();
        assertEquals(expected, visibleMeetings(driver), "in progress or starting within the hour at " + at);
        String mine = "//li[contains(@class,'mtg')][.//a[normalize-space()=\"" + o.meeting().name() + "\"]]";
        WebElement entry = driver.findElements(By.xpath(mine)).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        assertEquals("In progress", entry.findElement(By.cssSelector(".live")).getText());
    }

    @Test
    void emptyStateHelps() {
        openFinder(driver, "es/index.html?q=zzzz");
        assertTrue(driver.findElement(By.id("f-empty")).isDisplayed());
        assertEquals("Ninguna reunión coincide.", countText(driver));
        assertEquals(0, visibleMeetings(driver));
        driver.findElement(By.id("f-clear-2")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(x -> visibleMeetings(x) == directory.occurrences().size());
        assertFalse(driver.findElement(By.id("f-empty")).isDisplayed());
    }

    @Test
    void largeLayoutFindsTheSameMeetingsFromItsDataFile() {
        for (String query : List.of("", "?attendance=online", "?time=evening&fellowship=AA", "?q=church", "?day=1&type=O")) {
            openFinder(driver, "index.html" + query);
            String small = countText(driver);
            openFinder(driver, "large/index.html" + query);
            assertEquals(small, countText(driver), "same count in the large layout for " + query);
        }
        open(driver, "large/days/monday.html");
        assertEquals(directory.byDay().stream().filter(g -> g.day() == Day.MONDAY).findFirst().orElseThrow()
                .occurrences().size(), visibleMeetings(driver), "the static day page lists the whole day");
        openFinder(driver, "large/index.html");
        axe(driver, "large layout finder");
    }

    // ---- privacy ----

    @Test
    void nothingIsRequestedFromAnyOtherHost() {
        requests.clear();
        openFinder(driver, "index.html");
        choose(driver, "f-attendance", "in_person");
        driver.findElement(By.id("f-q")).sendKeys("church");
        open(driver, "es/meetings/" + directory.meetings().get(1).slug() + ".html");
        open(driver, "guide/index.html");
        open(driver, "large/index.html");
        open(driver, "large/days/sunday.html");
        open(driver, "404.html");
        assertFalse(requests.isEmpty(), "requests were recorded");
        List<String> foreign = new ArrayList<>();
        synchronized (requests) {
            for (String url : requests) {
                if (!url.startsWith(origin + "/") && !url.startsWith("data:") && !url.equals("about:blank")) {
                    foreign.add(url);
                }
            }
            assertTrue(requests.stream().anyMatch(u -> u.endsWith("/assets/finder.js")), "script requests are seen");
        }
        assertEquals(List.of(), foreign, "requests to hosts other than " + origin);
    }

    // ---- valid HTML ----

    @Test
    void everyPageIsValidHtml() throws Exception {
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        String[] current = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(current[0] + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        List<String> pages = WebFixture.files(site, ".html");
        for (String page : pages) {
            current[0] = page;
            validator.checkHtmlFile(site.resolve(page).toFile(), true);
        }
        // The finder after the script has run and filtered, as the browser holds it.
        openFinder(driver, "es/index.html?attendance=online&time=now");
        current[0] = "es/index.html (filtered, live DOM)";
        String dom = "<!DOCTYPE html>\n" + js(driver, "return document.documentElement.outerHTML");
        InputSource source = new InputSource(new StringReader(dom));
        source.setSystemId(origin + "/es/index.html");
        validator.checkHtmlInputSource(source);
        assertTrue(pages.size() > 50, "pages checked: " + pages.size());
        assertEquals(List.of(), errors);
        assertNotEquals(0, pages.size());
    }
}
