package de.ropa.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
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
 * A real browser for the screens: Debian's headless Chromium through its own chromedriver (nothing is
 * downloaded, STACK trap 11). Collects the JavaScript errors of every page it visits and saves
 * screenshots under target/screenshots/&lt;server&gt;/. Closing a browser hands it back, emptied (no cookies, no
 * stored data, the usual window size), to the next test that opens one for the same server and language: starting
 * Chromium and its driver costs about two seconds each time.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("ropa.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("ropa.chromedriver", "/usr/bin/chromedriver");
    /** Where the browsers save downloads (exports). */
    public static final Path DOWNLOADS = Path.of("target", "downloads", Deployments.server());

    private static final Dimension WINDOW = new Dimension(1366, 900);
    private static final Map<String, Deque<Browser>> IDLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle));
    }

    private final ChromeDriver driver;
    private final URI base;
    private final String language;
    private final List<String> javaScriptErrors = new ArrayList<>();

    private Browser(ChromeDriver driver, URI base, String language) {
        this.driver = driver;
        this.base = base;
        this.language = language;
    }

    /** A browser without cookies or stored data, asking for pages in {@code language} ("de" or "en"). */
    public static Browser open(URI base, String language) {
        synchronized (IDLE) {
            Browser idle = IDLE.getOrDefault(base + " " + language, new ArrayDeque<>()).poll();
            if (idle != null) {
                return idle;
            }
        }
        return start(base, language);
    }

    private static Browser start(URI base, String language) {
        try {
            Files.createDirectories(DOWNLOADS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + DOWNLOADS, e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + WINDOW.width + "," + WINDOW.height, "--lang=" + language,
                // Payara's test server listens on a non-loopback address over HTTP; Chromium blocks downloads from
                // such origins unless told that this one is trusted
                "--unsafely-treat-insecure-origin-as-secure=" + base.getScheme() + "://" + base.getAuthority());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", DOWNLOADS.toAbsolutePath().toString(), "download.prompt_for_download", false));
        // a page left with unsaved changes asks before it goes (unsaved.js); the tests that leave one mean to
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), base, language);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the application, e.g. "channels/list.xhtml", and waits until it has settled. */
    public Browser go(String path) {
        driver.get(base.resolve(path).toString());
        settle();
        return this;
    }

    public Browser login(String username, String password) {
        go("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        settle();
        return this;
    }

    public WebElement byId(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public Browser type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Clicks and waits for the page or the ajax request to finish. */
    public Browser click(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        settle();
        return this;
    }

    /** Waits until the element is shown, e.g. a button that appears when background work is done. */
    public Browser await(String id, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        settle();
        return this;
    }

    /** Clicks a button that loads a new page (a non-ajax submit) and waits until the new page has settled. */
    public Browser submit(String id) {
        markPage();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        awaitNewPage();
        return this;
    }

    /** Marks the current document, so that a new one can be told from it. */
    private void markPage() {
        ((JavascriptExecutor) driver).executeScript("window.__ropaOldPage = true;");
    }

    /** Waits until the marked document was replaced by a new one, and that one has settled. */
    private void awaitNewPage() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__ropaOldPage !== true && document.readyState === 'complete';")));
        settle();
    }

    /** Chooses an option of a PrimeFaces selectOneMenu by its visible label. */
    public Browser choose(String menuId, String label) {
        click(menuId);
        openPanel(menuId);
        driver.findElement(By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label='" + label + "']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.id(menuId + "_panel")));
        settle();
        return this;
    }

    /** Waits until the overlay panel of a PrimeFaces menu has finished opening (its items take clicks only then). */
    private void openPanel(String menuId) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var p = document.getElementById(arguments[0]);"
                        + " return !!p && getComputedStyle(p).display !== 'none' && getComputedStyle(p).opacity === '1'"
                        + " && !(window.jQuery && jQuery(p).is(':animated'));", menuId + "_panel")));
    }

    /**
     * Chooses a linked object by its visible label: in a searching picker (PrimeFaces autoComplete) by typing the
     * start of the label and taking the suggestion, in a selectCheckboxMenu by ticking it and closing the menu.
     */
    public Browser pick(String menuId, String label) {
        if (byId(menuId).getAttribute("class").contains("ui-autocomplete")) {
            WebElement input = driver.findElement(By.id(menuId + "_input"));
            input.click();
            input.sendKeys(label.substring(0, Math.min(label.length(), 12)));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[@id='" + menuId + "_panel']//li[@data-item-label=" + xpathLiteral(label) + "]"))).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//*[@id='" + menuId + "']//li[contains(@class,'ui-autocomplete-token')][.//*[normalize-space(.)="
                            + xpathLiteral(label) + "]]")));
            settle();
            return this;
        }
        click(menuId);
        openPanel(menuId);
        driver.findElement(By.xpath("//*[@id='" + menuId + "_panel']//li[.//label[normalize-space(.)='" + label + "']]"
                + "//div[contains(@class,'ui-chkbox-box')]")).click();
        driver.findElement(By.tagName("h1")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.id(menuId + "_panel")));
        settle();
        return this;
    }

    /** A text as an XPath string literal (labels may hold quotes). */
    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** Types an entry into a PrimeFaces chips input and confirms it with Enter. */
    public Browser chip(String chipsId, String text) {
        WebElement input = byId(chipsId).findElement(By.cssSelector("input"));
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        return this;
    }

    /** Answers yes in PrimeFaces' confirmation dialog of a non-ajax button and waits for the new page. */
    public Browser confirm() {
        markPage();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
        awaitNewPage();
        return this;
    }

    /** Ticks or unticks a PrimeFaces checkbox. */
    public Browser check(String id, boolean ticked) {
        WebElement box = byId(id);
        boolean now = box.findElement(By.cssSelector(".ui-chkbox-box")).getAttribute("class").contains("ui-state-active");
        if (now != ticked) {
            box.findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        return this;
    }

    /** The element's text; read again when ajax replaced the element between finding and reading it (a poll). */
    public String text(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText());
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Waits for the document and for PrimeFaces' ajax queue, then collects JavaScript errors. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                javaScriptErrors.add(driver.getCurrentUrl() + ": " + entry.getMessage());
            }
        }
    }

    /** Saves a screenshot as target/screenshots/&lt;server&gt;/&lt;name&gt;.png. */
    public Path screenshot(String name) {
        try {
            Path directory = Path.of("target", "screenshots", Deployments.server());
            Path file = directory.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }

    /** Saves the whole page, not only the window, at the window's width; the window keeps its size afterwards. */
    public Path screenshotWholePage(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
        driver.manage().window().setSize(new Dimension(window.width, (int) Math.min(Math.max(height + 140, window.height), 12000)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** Waits for a downloaded file with this name to be complete, and answers its path. */
    public Path download(String fileName) {
        Path file = DOWNLOADS.resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(file)
                && !Files.exists(DOWNLOADS.resolve(fileName + ".crdownload")));
        return file;
    }

    /** Fails when any visited page logged a JavaScript error. */
    public void assertNoJavaScriptErrors() {
        settle();
        assertEquals(List.of(), javaScriptErrors, "JavaScript errors on the visited pages");
    }

    /** Empties the browser and keeps it for the next test; one that cannot be emptied is quit. */
    @Override
    public void close() {
        try {
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                    base.getScheme() + "://" + base.getAuthority(), "storageTypes", "all"));
            driver.manage().window().setSize(WINDOW);
            driver.manage().logs().get(LogType.BROWSER);
            javaScriptErrors.clear();
        } catch (RuntimeException e) {
            driver.quit();
            return;
        }
        synchronized (IDLE) {
            IDLE.computeIfAbsent(base + " " + language, key -> new ArrayDeque<>()).push(this);
        }
    }

    private static void quitIdle() {
        synchronized (IDLE) {
            IDLE.values().forEach(browsers -> browsers.forEach(browser -> browser.driver.quit()));
            IDLE.clear();
        }
    }
}
