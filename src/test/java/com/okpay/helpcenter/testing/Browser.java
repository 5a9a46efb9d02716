package com.okpay.helpcenter.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a whole test class (starting it is the slow part), driven through
 * Debian's {@code chromium-driver} at a fixed path: Selenium never downloads a browser or driver.
 * Without Chromium the class is skipped, unless {@code CI=true}, where that is a failure. A failing
 * test leaves a screenshot and the page source in {@code target/screenshots/}.
 *
 * <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = env("CHROMIUM_BINARY", "/usr/bin/chromium");
    private static final String DRIVER = env("CHROMEDRIVER", "/usr/bin/chromedriver");

    private ChromeDriver driver;
    private Path profile;

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            String missing = "Chromium browser tests need " + CHROMIUM + " and " + DRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(missing + ": CI=true, so they must run");
            }
            Assumptions.abort(missing + "; skipped because they are not installed");
        }
        profile = Files.createTempDirectory("helpcenter-chromium");
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().withSilent(true).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + "-failed");
        } catch (RuntimeException e) {
            cause.addSuppressed(e); // a dead browser must not hide the test's own failure
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits up to 10 seconds for {@code condition} to return something other than null or false. */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    /**
     * Shows pages as a phone (or any device) would: the exact CSS viewport, not a window size, so
     * media queries see that width. {@link #desktop()} undoes it.
     */
    public void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    public void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Makes {@code prefers-color-scheme} answer "dark" or "light". */
    public void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Saves what the browser shows (and the page's HTML) as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        return save(name, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Saves the whole page, top to bottom, not only the part in the viewport. */
    @SuppressWarnings("unchecked")
    public Path fullPageScreenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "scale", 1,
                        "width", size.get("width"), "height", size.get("height"))));
        return save(name, java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    private Path save(String name, byte[] image) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png = SCREENSHOTS.resolve(name + ".png");
            Files.write(png, image);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
