package org.homeward.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.homeward.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The checks made on one page shown in the browser at one width: it does not scroll sideways, its
 * charts are hovered (their tooltips drawn), the console holds no error, and a screenshot of the whole
 * page is kept. What is wrong is written down with the role, page, language and width, so one run shows
 * it all; the time each check takes is added up in {@link #times()}.
 */
final class PageCheck {

    /** The elements that stick out of the screen on the side the page reads towards, as tag#id.class. */
    private static final String STICKING_OUT = """
            var width = document.documentElement.clientWidth, found = [];
            document.querySelectorAll('body *').forEach(function (element) {
              var box = element.getBoundingClientRect();
              if (box.width > 0 && (box.right > width + 1 || box.left < -1) && found.length < 6) {
                found.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                  + (element.className && element.className.baseVal === undefined
                     ? '.' + String(element.className).trim().split(/\\s+/).join('.') : '')
                  + ' [' + Math.round(box.left) + '..' + Math.round(box.right) + ']');
              }
            });
            return found.join(', ');""";
    /**
     * What is amiss with where the page stands in the window: scrolled sideways, or its top bar not from one
     * edge of the window to the other; empty when nothing is.
     */
    private static final String PLACED = """
            var width = document.documentElement.clientWidth, out = [];
            if (Math.abs(window.scrollX) > 0.5) { out.push('scrolled sideways by ' + window.scrollX + ' px'); }
            var bar = document.querySelector('body > header');
            if (bar) {
              var box = bar.getBoundingClientRect();
              if (Math.abs(box.left) > 1 || Math.abs(box.right - width) > 1) {
                out.push('top bar at ' + Math.round(box.left) + '..' + Math.round(box.right) + ' in ' + width + ' px');
              }
            }
            return out.join('; ');""";
    /** A screenshot taller than this is cut here: Chromium cannot draw a larger picture in one piece. */
    private static final int TALLEST_SCREENSHOT = 16_000;
    /**
     * Counts the page's own requests (its scripts' fetches) still unanswered, from before any of its
     * scripts runs: a page that fetches its data is not settled while a fetch is under way, however quiet
     * it looks. The count drops a moment after the answer, so that what the answer draws is drawn first.
     */
    private static final String COUNT_FETCHES = """
            (function () {
              var pending = 0, fetchAsked = window.fetch;
              Object.defineProperty(window, '__pagesPending', {get: function () { return pending; }});
              window.fetch = function () {
                pending++;
                return fetchAsked.apply(this, arguments).finally(function () {
                  setTimeout(function () { pending--; }, 0);
                });
              };
            })();""";
    /**
     * What changes while a page is still loading: its state, resources fetched, elements, then what is
     * still under way: htmx requests and the page's own fetches.
     */
    private static final String PROGRESS = "return document.readyState + ':' + performance.getEntriesByType('resource')"
            + ".length + ':' + document.getElementsByTagName('*').length + ':' + document.querySelectorAll("
            + "'.htmx-request').length + ':' + (window.__pagesPending || 0)";
    /** How often the page is looked at while it settles: two equal looks in a row mean it has. */
    static final long SETTLE_POLL_MILLIS = 50;

    private final Browser browser;
    private final List<String> problems;
    private final String folder;
    private final PhaseTimes times = new PhaseTimes();
    private int chartsHovered;

    PageCheck(Browser browser, List<String> problems) {
        this(browser, problems, "pages");
    }

    /** Checks that keep their screenshots under target/screenshots/FOLDER/&lt;language&gt;-&lt;width&gt;/. */
    PageCheck(Browser browser, List<String> problems, String folder) {
        this.browser = browser;
        this.problems = problems;
        this.folder = folder;
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COUNT_FETCHES));
    }

    int chartsHovered() {
        return chartsHovered;
    }

    PhaseTimes times() {
        return times;
    }

    /**
     * Checks the page shown, its charts hovered at this width: a tooltip left open from another width
     * would stand where that layout put it, so each width draws its own.
     */
    void page(String who, String name, String language, int width) throws Exception {
        times.run("settling", this::settle);
        times.run("charts", this::hoverCharts);
        String where = who + " " + name + " (" + language + ", " + width + " px)";
        String[] widths = script(
                        "return document.documentElement.scrollWidth + ' '" + " + document.documentElement.clientWidth")
                .split(" ");
        if (Long.parseLong(widths[0]) > Long.parseLong(widths[1])) {
            problems.add(where + " scrolls sideways: " + widths[0] + " px wide in a " + widths[1]
                    + " px window; sticking out: " + script(STICKING_OUT));
        }
        // A right-to-left page scrolls towards the left, where scrollWidth does not see what sticks out once
        // it is scrolled there: the window must show the page's own edges, its top bar from side to side.
        String placed = script(PLACED);
        if (!placed.isEmpty()) {
            problems.add(where + " is not where the window starts: " + placed);
        }
        for (String error : times.time("console", browser::takeConsoleErrors)) {
            problems.add(where + " console: " + error);
        }
        times.run("screenshots", () -> screenshot(folder + "/" + language + "-" + width + "/" + who + "-" + name));
    }

    /**
     * Saves the whole page as target/screenshots/NAME.png: as long as it is (a page taller than the window
     * is drawn beyond it), encoded for speed rather than size.
     */
    private void screenshot(String name) {
        long height = Math.min(
                TALLEST_SCREENSHOT,
                Long.parseLong(script("return Math.max(window.innerHeight,"
                        + " document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)")));
        // The whole window, its scroll bar too: a right-to-left page has it on the left, where the page starts.
        long width = Long.parseLong(script("return window.innerWidth"));
        // Drawing beyond the window only for a page taller than it: drawn that way, the short right-to-left
        // offline form came out shifted sideways while the page itself stood where it should (checked above).
        boolean beyond = height > Long.parseLong(script("return window.innerHeight"));
        Map<String, Object> whole = Map.of(
                "format",
                "png",
                "optimizeForSpeed",
                true,
                "captureBeyondViewport",
                beyond,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1));
        Object data = ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.captureScreenshot", whole)
                .get("data");
        try {
            Path file = Path.of("target", "screenshots").resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(String.valueOf(data)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until the page has loaded and nothing on it has changed between two looks. */
    private void settle() {
        String[] last = {""};
        browser.waitFor().pollingEvery(Duration.ofMillis(SETTLE_POLL_MILLIS)).until(driver -> {
            String now = script(PROGRESS);
            boolean quiet = now.equals(last[0]) && now.startsWith("complete:") && now.endsWith(":0:0");
            last[0] = now;
            return quiet;
        });
    }

    /** Moves the mouse over each chart on the screen, so that it draws its tooltips. */
    private void hoverCharts() {
        for (WebElement chart : browser.driver().findElements(By.cssSelector("[_echarts_instance_]"))) {
            if (!chart.isDisplayed()) {
                continue;
            }
            script("arguments[0].scrollIntoView({block: 'center'}); return '';", chart);
            Dimension size = chart.getSize();
            int across = size.getWidth() / 4;
            int down = size.getHeight() / 4;
            new Actions(browser.driver())
                    .moveToElement(chart)
                    .pause(Duration.ofMillis(60))
                    .moveToElement(chart, -across, -down)
                    .pause(Duration.ofMillis(60))
                    .moveToElement(chart, across, down)
                    .pause(Duration.ofMillis(60))
                    .moveToElement(chart, across / 2, 0)
                    .pause(Duration.ofMillis(60))
                    .perform();
            chartsHovered++;
        }
        script("window.scrollTo(0, 0); return '';");
    }

    private String script(String script, Object... arguments) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(script, arguments));
    }
}
