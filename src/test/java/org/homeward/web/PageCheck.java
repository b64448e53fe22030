package org.homeward.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.homeward.Browser;
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

    /**
     * What the checks read of a page, in one look: its width against the window's and, when wider, the
     * elements that stick out of the screen on the side the page reads towards (as tag#id.class); what is
     * amiss with where the page stands in the window (scrolled sideways, or its top bar not from one edge of
     * the window to the other); the height and width to draw it at; and the charts on the screen, to hover.
     */
    private static final String MEASURE = """
            function measure() {
              var root = document.documentElement, width = root.clientWidth, sticking = [], placed = [];
              if (root.scrollWidth > width) {
                document.querySelectorAll('body *').forEach(function (element) {
                  var box = element.getBoundingClientRect();
                  if (box.width > 0 && (box.right > width + 1 || box.left < -1) && sticking.length < 6) {
                    sticking.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                      + (element.className && element.className.baseVal === undefined
                         ? '.' + String(element.className).trim().split(/\\s+/).join('.') : '')
                      + ' [' + Math.round(box.left) + '..' + Math.round(box.right) + ']');
                  }
                });
              }
              if (Math.abs(window.scrollX) > 0.5) { placed.push('scrolled sideways by ' + window.scrollX + ' px'); }
              var bar = document.querySelector('body > header');
              if (bar) {
                var box = bar.getBoundingClientRect();
                if (Math.abs(box.left) > 1 || Math.abs(box.right - width) > 1) {
                  placed.push('top bar at ' + Math.round(box.left) + '..' + Math.round(box.right) + ' in ' + width + ' px');
                }
              }
              var charts = [];
              document.querySelectorAll('[_echarts_instance_]').forEach(function (chart) {
                var style = window.getComputedStyle(chart);
                if (chart.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none') {
                  charts.push(chart);
                }
              });
              return {scrollWidth: root.scrollWidth, clientWidth: width, stickingOut: sticking.join(', '),
                placed: placed.join('; '), innerWidth: window.innerWidth, innerHeight: window.innerHeight,
                height: Math.max(window.innerHeight, root.scrollHeight, document.body ? document.body.scrollHeight : 0),
                charts: charts};
            }
            """;
    /**
     * Waits in the page until it has loaded and nothing on it has changed between two looks (its state,
     * resources fetched, elements, htmx requests and its own fetches still under way), then measures it:
     * one round trip to the browser instead of one for every look and every measure.
     */
    private static final String SETTLE_AND_MEASURE = MEASURE + """
            var done = arguments[arguments.length - 1], poll = arguments[0], last = null;
            function progress() {
              return document.readyState + ':' + performance.getEntriesByType('resource').length + ':'
                + document.getElementsByTagName('*').length + ':' + document.querySelectorAll('.htmx-request').length
                + ':' + (window.__pagesPending || 0);
            }
            (function look() {
              var now = progress();
              if (now === last && now.indexOf('complete:') === 0 && /:0:0$/.test(now)) { done(measure()); return; }
              last = now;
              setTimeout(look, poll);
            })();
            """;
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
        Map<String, Object> settled = times.time("settling and measuring", this::settleAndMeasure);
        List<WebElement> charts = charts(settled);
        // What the tooltips draw may stick out, and hovering scrolls: the page is measured again after.
        Map<String, Object> seen = charts.isEmpty() ? settled : times.time("charts", () -> hoverCharts(charts));
        String where = who + " " + name + " (" + language + ", " + width + " px)";
        long scrollWidth = number(seen, "scrollWidth");
        long clientWidth = number(seen, "clientWidth");
        if (scrollWidth > clientWidth) {
            problems.add(where + " scrolls sideways: " + scrollWidth + " px wide in a " + clientWidth
                    + " px window; sticking out: " + seen.get("stickingOut"));
        }
        // A right-to-left page scrolls towards the left, where scrollWidth does not see what sticks out once
        // it is scrolled there: the window must show the page's own edges, its top bar from side to side.
        String placed = String.valueOf(seen.get("placed"));
        if (!placed.isEmpty()) {
            problems.add(where + " is not where the window starts: " + placed);
        }
        for (String error : times.time("console", browser::takeConsoleErrors)) {
            problems.add(where + " console: " + error);
        }
        times.run(
                "screenshots", () -> screenshot(folder + "/" + language + "-" + width + "/" + who + "-" + name, seen));
    }

    /**
     * Saves the whole page as target/screenshots/NAME.png: as long as it is (a page taller than the window
     * is drawn beyond it), encoded for speed rather than size.
     */
    private void screenshot(String name, Map<String, Object> seen) {
        long height = Math.min(TALLEST_SCREENSHOT, number(seen, "height"));
        // The whole window, its scroll bar too: a right-to-left page has it on the left, where the page starts.
        long width = number(seen, "innerWidth");
        // Drawing beyond the window only for a page taller than it: drawn that way, the short right-to-left
        // offline form came out shifted sideways while the page itself stood where it should (checked above).
        boolean beyond = height > number(seen, "innerHeight");
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

    /**
     * Waits until the page has loaded and nothing on it has changed between two looks, and measures it. A
     * page that goes elsewhere while it is looked at (a script of its own navigating) is looked at again.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> settleAndMeasure() {
        return browser.waitFor().until(driver -> (Map<String, Object>)
                ((JavascriptExecutor) driver).executeAsyncScript(SETTLE_AND_MEASURE, SETTLE_POLL_MILLIS));
    }

    @SuppressWarnings("unchecked")
    private static List<WebElement> charts(Map<String, Object> seen) {
        return (List<WebElement>) seen.get("charts");
    }

    private static long number(Map<String, Object> seen, String key) {
        return ((Number) seen.get(key)).longValue();
    }

    /**
     * Moves the mouse over each chart on the screen, so that it draws its tooltips, and measures the page
     * once back at its top.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> hoverCharts(List<WebElement> charts) {
        for (WebElement chart : charts) {
            // Where the chart stands once scrolled into view, in one round trip: the mouse is moved from its middle.
            List<Number> size = (List<Number>) ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "arguments[0].scrollIntoView({block: 'center'}); var box = arguments[0]"
                                    + ".getBoundingClientRect(); return [box.width, box.height];",
                            chart);
            int across = (int) (size.get(0).doubleValue() / 4);
            int down = (int) (size.get(1).doubleValue() / 4);
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
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeScript(MEASURE + "window.scrollTo(0, 0); return measure();");
    }
}
