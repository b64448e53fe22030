package org.homeward.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A route that answers a part of a page rather than a whole one, and where that part is shown: the page
 * it belongs in, the element there it fills (as the page's own htmx control puts it), and what is on the
 * screen once it is in place. Opened alone, such an answer has no layout, styles or scripts; a person
 * only ever sees it inside its page, so that is where the page walk shows it.
 *
 * @param page   the name of the page the part belongs in
 * @param target the element of that page the part fills
 * @param swap   how it fills it (htmx's swap style)
 * @param shown  what is on the screen once the part is in place
 */
record PagePart(String page, String target, String swap, String shown) {

    /** Marks the page before the part is asked for; a page reloaded by the part's answer has lost the mark. */
    private static final String MARK = "data-before-part";

    /** The parts of pages the application answers, by the pattern of their route. */
    private static final Map<String, PagePart> BY_PATTERN = Map.of(
            // The household a slip or reference names, to confirm who boards (the boarding box).
            "/movements/{id}/boarding/slip",
                    new PagePart(name("/movements/{id}/boarding"), "#chooser", "innerHTML", "#chooser #board-form"),
            // The household arriving at a centre, to choose who checks in (a match chosen on the board).
            "/centres/{code}/arrival",
                    new PagePart(
                            name("/centres/{code}"),
                            "#arrival-chooser",
                            "innerHTML",
                            "#arrival-chooser #check-in-form"),
            // An area's conditions, shown beside the map when the area is chosen.
            "/conditions/areas/{pcode}",
                    new PagePart(name("/conditions"), "#area-detail", "innerHTML", "#area-detail #area-panel"),
            // The acceptance box the run's page polls; once the acceptance is done its answer reloads the page.
            "/allocation/runs/{id}/acceptance",
                    new PagePart(
                            name("/allocation/runs/{id}"),
                            "#acceptance",
                            "outerHTML",
                            "html:not([" + MARK + "]) #bulk-notice"));

    /** The parts among the pages (named as {@link #name(String)} names them), by the part's name. */
    static Map<String, PagePart> of(Map<String, String> pages) {
        Map<String, PagePart> parts = new LinkedHashMap<>();
        BY_PATTERN.forEach((pattern, part) -> {
            if (pages.containsKey(name(pattern)) && pages.containsKey(part.page())) {
                parts.put(name(pattern), part);
            }
        });
        return parts;
    }

    /** The route as a file name: "/households/{id}/intentions" is "households-id-intentions", "/" is "home". */
    static String name(String pattern) {
        String name = pattern.replaceAll("[{}*]", "")
                .replaceAll("[^A-Za-z0-9.]+", "-")
                .replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name;
    }

    /**
     * Asks for the part at the path, as the page's control would, while the browser shows the page it
     * belongs in, and waits until it is on the screen.
     */
    void putInPlace(Browser browser, String path) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.documentElement.setAttribute('" + MARK
                                + "', ''); htmx.ajax('GET', arguments[0], {target: arguments[1], swap: arguments[2]}); return '';",
                        path,
                        target,
                        swap);
        browser.waitFor()
                .withMessage("the part " + path + " shown in its page as " + shown)
                .until(driver -> !driver.findElements(By.cssSelector(shown)).isEmpty());
    }
}
