package org.homeward;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) for browser tests. Where they
 * are missing the test is reported as skipped with the reason, unless HOMEWARD_REQUIRE_BROWSER
 * is set (as in CI), where it fails.
 *
 * <p>The browser's console is read whenever the test opens another page: any error in it (a script error, a refusal by
 * the content security policy, a stylesheet, script or icon that did not load) fails the test that
 * caused it, with the console's message, at the latest when the browser is closed. The one entry
 * let through is a page the test itself opened that answered 4xx (a refused form, a forbidden or
 * missing page), which the browser also reports as an error: the test reads and judges that page;
 * likewise a 4xx to a request the test declared with {@link #expectRefusal(String)}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("HOMEWARD_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("HOMEWARD_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** How Chromium reports a resource that answered an error status: the resource's address first. */
    private static final Pattern FAILED_LOAD =
            Pattern.compile("^(\\S+) - Failed to load resource: the server responded with a status of (\\d{3})");

    private final WebDriver driver;
    private final String base;
    private final Path profile;
    private final Set<String> pagesOpened = new LinkedHashSet<>();
    private final List<String> consoleErrors = new ArrayList<>();
    private final Set<String> refusalsExpected = new LinkedHashSet<>();

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Starts Chromium, or aborts the test (skipped, with the reason) when it is not installed. */
    public static Browser open(int port) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("HOMEWARD_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Browser tests are required but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing; install Debian's chromium and chromium-driver");
        }
        Assumptions.assumeTrue(
                installed,
                "Skipped: Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "); install Debian's chromium and chromium-driver to run the browser tests");
        System.setProperty("SE_OFFLINE", "true");
        Path profile = Files.createTempDirectory("homeward-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile,
                "--lang=en");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile);
    }

    public void go(String path) {
        readConsole();
        driver.get(base + path);
        notePage();
    }

    public WebElement find(String css) {
        WebElement found = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        notePage();
        return found;
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        String options = placeOptionsOf(field);
        if (options != null) {
            script("var box = document.querySelector(arguments[0]); if (box) { box.innerHTML = ''; }", options);
        }
        field.clear();
        field.sendKeys(text);
        if (options != null && !text.isBlank()) {
            // The options come a moment later and push the rest of the form down; wait for them, so
            // that the next click lands on what it aims at and not on a control that has just moved.
            waitFor()
                    .until(d -> Boolean.TRUE.equals(script(
                            "var box = document.querySelector(arguments[0]);"
                                    + " return box != null && box.querySelector('.place-suggestions') != null;",
                            options)));
        }
    }

    /** The selector of the box a place field's options go into, or null for any other field or without htmx. */
    private String placeOptionsOf(WebElement field) {
        if (field.getAttribute("data-place-suggest") == null
                || !Boolean.TRUE.equals(script("return typeof window.htmx !== 'undefined';"))) {
            return null;
        }
        return field.getAttribute("hx-target");
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    public void click(String css) {
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
                .click();
    }

    /**
     * Clicks a control that submits a form or follows a link, and waits until the browser has left
     * the current page, so that what is read next belongs to the page the server answered with.
     */
    public void submit(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(css);
        waitFor().until(ExpectedConditions.stalenessOf(page));
        waitFor().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        notePage();
    }

    /** Makes the window this wide (and 1000 pixels high), as a tablet or a laptop would show pages. */
    public void resize(int width) {
        driver.manage().window().setSize(new Dimension(width, 1000));
    }

    /**
     * The console's errors since the last call (or since the browser opened), each with the page it
     * came from; the entries read here no longer fail the test at close.
     */
    public List<String> takeConsoleErrors() {
        readConsole();
        List<String> errors = List.copyOf(consoleErrors);
        consoleErrors.clear();
        return errors;
    }

    /** Fails the test with every console error so far, if there is any. */
    public void assertNoConsoleErrors() {
        List<String> errors = takeConsoleErrors();
        if (!errors.isEmpty()) {
            throw new AssertionError("The browser's console reported errors:\n  " + String.join("\n  ", errors));
        }
    }

    private void notePage() {
        String url = driver.getCurrentUrl();
        pagesOpened.add(url);
        int fragment = url.indexOf('#');
        pagesOpened.add(fragment < 0 ? url : url.substring(0, fragment));
    }

    private void readConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !isPageTheTestOpened(entry.getMessage())) {
                consoleErrors.add(entry.getMessage() + "  (on " + driver.getCurrentUrl() + ")");
            }
        }
    }

    private boolean isPageTheTestOpened(String message) {
        Matcher failed = FAILED_LOAD.matcher(message);
        return failed.find()
                && failed.group(2).startsWith("4")
                && (pagesOpened.contains(failed.group(1))
                        || refusalsExpected.stream().anyMatch(failed.group(1)::contains));
    }

    /**
     * Declares that the page will ask the server something it must refuse (a forged slip typed into
     * the boarding box, for example): a 4xx answer to a request whose address contains this part is
     * then the refusal the test provokes and checks on the page, not a console error.
     */
    public void expectRefusal(String addressPart) {
        refusalsExpected.add(addressPart);
    }

    /**
     * Waits up to 20 seconds. An element replaced while it is being read (a page load or an htmx
     * swap in between) is looked up again rather than failing the test.
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // Chromium reports a node that left the document either as stale or as an "unknown error".
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    public WebDriver driver() {
        return driver;
    }

    public String attributeOfPage(String attribute) {
        return driver.findElement(By.tagName("html")).getAttribute(attribute);
    }

    /** Signs in through the login form. */
    public void signIn(String username, String password) {
        go("/login");
        type("#username", username);
        type("#password", password);
        click("#sign-in");
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Saves a screenshot under target/screenshots/NAME.png (NAME may name folders) and answers its path. */
    public Path screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots").resolve(name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        List<String> errors;
        try {
            errors = takeConsoleErrors();
        } finally {
            driver.quit();
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("The browser's console reported errors:\n  " + String.join("\n  ", errors));
        }
    }
}
