package org.homeward;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) for browser tests. Where they
 * are missing the test is reported as skipped with the reason, unless HOMEWARD_REQUIRE_BROWSER
 * is set (as in CI), where it fails.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("HOMEWARD_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("HOMEWARD_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private final WebDriver driver;
    private final String base;
    private final Path profile;

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
        Assumptions.assumeTrue(installed, "Skipped: Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); install Debian's chromium and chromium-driver to run the browser tests");
        System.setProperty("SE_OFFLINE", "true");
        Path profile = Files.createTempDirectory("homeward-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile, "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile);
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String css) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
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

    /** Saves a screenshot under target/screenshots/NAME.png and answers its path. */
    public Path screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = directory.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
