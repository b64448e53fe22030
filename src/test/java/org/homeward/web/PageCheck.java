package org.homeward.web;

import java.time.Duration;
import java.util.List;
import org.homeward.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The checks made on one page shown in the browser at one width: it does not scroll sideways, its
 * charts are hovered (their tooltips drawn), the console holds no error, and a screenshot is kept.
 * What is wrong is written down with the role, page, language and width, so one run shows it all.
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
    /** What changes while a page is still loading: its state, resources fetched, elements, htmx requests. */
    private static final String PROGRESS = "return document.readyState + ':' + performance.getEntriesByType('resource')"
            + ".length + ':' + document.getElementsByTagName('*').length + ':' + document.querySelectorAll("
            + "'.htmx-request').length";
    private final Browser browser;
    private final List<String> problems;
    private int chartsHovered;

    PageCheck(Browser browser, List<String> problems) {
        this.browser = browser;
        this.problems = problems;
    }

    int chartsHovered() {
        return chartsHovered;
    }

    void page(String who, String name, String language, int width) throws Exception {
        settle();
        hoverCharts();
        String where = who + " " + name + " (" + language + ", " + width + " px)";
        long scrollWidth = number("return document.documentElement.scrollWidth");
        long clientWidth = number("return document.documentElement.clientWidth");
        if (scrollWidth > clientWidth) {
            problems.add(where + " scrolls sideways: " + scrollWidth + " px wide in a " + clientWidth
                    + " px window; sticking out: " + script(STICKING_OUT));
        }
        for (String error : browser.takeConsoleErrors()) {
            problems.add(where + " console: " + error);
        }
        browser.screenshot("pages/" + language + "-" + width + "/" + who + "-" + name);
    }

    /** Waits until the page has loaded and nothing on it has changed between two looks. */
    private void settle() {
        String[] last = {""};
        browser.waitFor().pollingEvery(Duration.ofMillis(120)).until(driver -> {
            String now = script(PROGRESS);
            boolean quiet = now.equals(last[0]) && now.startsWith("complete:") && now.endsWith(":0");
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
            new Actions(browser.driver()).moveToElement(chart).pause(Duration.ofMillis(60))
                    .moveToElement(chart, -across, -down).pause(Duration.ofMillis(60))
                    .moveToElement(chart, across, down).pause(Duration.ofMillis(60))
                    .moveToElement(chart, across / 2, 0).pause(Duration.ofMillis(60)).perform();
            chartsHovered++;
        }
        script("window.scrollTo(0, 0); return '';");
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).longValue();
    }

    private String script(String script, Object... arguments) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(script, arguments));
    }
}
