package org.chargeback.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement page in a real browser: deploy/suite starts the suite with the demo, headless Chromium (Debian's
 * chromium and chromium-driver, installed by deploy/browser/install-chromium.sh when missing) picks a business unit
 * and 2026-10 in the page's form, and the totals it shows must be the API's. Expected figures are read from the API,
 * never written here: the demo data may change. Leaves a screenshot at deploy/target/statement-page.png.
 */
class StatementPageIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final Path TARGET = ROOT.resolve("deploy/target");
    private static final String MONTH = "2026-10";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** An admin token signed with the suite\'s key pair in its SUITE_HOME. */
    private static String bearer;
    private static final Map<String, String> env = new HashMap<>();
    private static WebDriver browser;

    @BeforeAll
    static void chromiumAndTheSuiteWithTheDemo() throws Exception {
        Result install = run(List.of("bash", ROOT.resolve("deploy/browser/install-chromium.sh").toString()), Map.of());
        assertThat(install.exitCode).as("deploy/browser/install-chromium.sh\n" + install.output).isZero();

        Path home = TARGET.resolve("it-page-home");
        LocalMachine.deleteRecursively(home);
        bearer = "Bearer " + SuiteKeys.ensure(home).adminToken(); // the suite finds and uses this key pair
        env.put("SUITE_HOME", home.toString());
        env.put("INGESTION_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("PRICING_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("CHARGEBACK_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("SUITE_POSTGRES_PORT", Integer.toString(LocalMachine.freePort()));
        Result up = suite("up", "--detach", "--demo");
        assertThat(up.exitCode).as(up.output).isZero();

        Path profile = TARGET.resolve("it-page-chromium-profile");
        LocalMachine.deleteRecursively(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        // Headless, and nothing that reaches for the network: this machine only reaches localhost.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowserAndSuite() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (!env.isEmpty()) {
            suite("down");
        }
    }

    @Test
    void shouldShowTheApiTotalsOfTheMonthPickedInTheForm() throws Exception {
        // The business unit with the largest chargeback in October: the one whose owner has the most to look at.
        JsonNode summary = null;
        for (JsonNode s : get("/v1/statements?month=" + MONTH)) {
            if (summary == null || s.path("chargebackTotal").decimalValue().compareTo(summary.path("chargebackTotal").decimalValue()) > 0) {
                summary = s;
            }
        }
        assertThat(summary).as("a statement of " + MONTH).isNotNull();
        String businessUnit = summary.path("businessUnit").asText();
        JsonNode statement = get("/v1/statements/" + summary.path("id").asText());

        // The owner signs in with the token a script gets from the launcher: the page asks for it first.
        Result token = suite("token", "bu-owner", "--bu", businessUnit);
        assertThat(token.exitCode).as(token.output).isZero();
        String[] lines = token.output.strip().split("\n");
        browser.get(chargeback() + "/");
        assertThat(browser.findElements(By.id("sign-in"))).as("the sign-in form").hasSize(1);
        assertThat(browser.findElements(By.id("total-showback"))).as("no numbers before signing in").isEmpty();
        browser.findElement(By.id("token")).sendKeys(lines[lines.length - 1].strip());
        browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
             browser.findElements(By.id("pick")).isEmpty() && System.nanoTime() < until; ) {
            Thread.sleep(100);
        }

        // Pick the business unit and the month in the form, as a business unit owner would: only theirs is offered.
        assertThat(browser.getTitle()).contains("AI cost statement");
        assertThat(browser.findElements(By.cssSelector("#businessUnit option"))).extracting(e -> e.getAttribute("value"))
                .containsExactly(businessUnit);
        browser.findElement(By.cssSelector("#businessUnit option[value='" + businessUnit + "']")).click();
        WebElement month = browser.findElement(By.id("month"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", month, MONTH);
        browser.findElement(By.cssSelector("#pick button[type=submit]")).click();
        // The click submits the form; the browser navigates asynchronously, so wait for the new page.
        for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
             !browser.getCurrentUrl().contains("month=") && System.nanoTime() < until; ) {
            Thread.sleep(100);
        }
        assertThat(browser.getCurrentUrl()).contains("businessUnit=" + businessUnit).contains("month=" + MONTH);

        assertThat(shown("total-showback")).isEqualByComparingTo(statement.path("showbackTotal").decimalValue());
        assertThat(shown("total-chargeback")).isEqualByComparingTo(statement.path("chargebackTotal").decimalValue());
        assertThat(shown("total-recovery")).isEqualByComparingTo(statement.path("recovery").path("total").decimalValue());
        assertThat(browser.findElement(By.id("page-title")).getText()).contains(businessUnit).contains(MONTH);
        for (String section : List.of("by-budget-category", "by-use-case", "budget", "trend", "unit-economics", "adjustments")) {
            assertThat(browser.findElements(By.id(section))).as(section).hasSize(1);
        }
        assertThat(browser.findElements(By.cssSelector("#by-budget-category svg rect"))).isNotEmpty();

        // The links download what the API serves: the statement as CSV and the invoice.
        String csv = browser.findElement(By.id("download-csv")).getAttribute("href");
        HttpResponse<String> csvResponse = fetch(csv);
        assertThat(csvResponse.statusCode()).isEqualTo(200);
        assertThat(csvResponse.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        if (!statement.path("invoiceNumber").isNull()) {
            String invoice = browser.findElement(By.id("invoice")).getAttribute("href");
            JsonNode invoiceJson = JSON.readTree(fetch(invoice).body());
            assertThat(invoiceJson.path("number").asText()).isEqualTo(statement.path("invoiceNumber").asText());
            assertThat(invoiceJson.path("total").decimalValue()).isEqualByComparingTo(statement.path("chargebackTotal").decimalValue());
        }

        screenshot(TARGET.resolve("statement-page.png"));

        // Another business unit's statement is not theirs to see.
        browser.get(chargeback() + "/?businessUnit=platform&month=" + MONTH);
        assertThat(browser.findElement(By.id("notice")).getText()).contains("You may not see the statements");

        // A month without a statement says so plainly.
        browser.get(chargeback() + "/?businessUnit=" + businessUnit + "&month=2026-04");
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("No statement for " + businessUnit + " in 2026-04");
    }

    /** The amount shown in the element: "1,234.56" -> 1234.56. */
    private static BigDecimal shown(String id) {
        return new BigDecimal(browser.findElement(By.id(id)).getText().replace(",", "").trim());
    }

    /** The whole page: the window is made as tall as the document first. */
    private static void screenshot(Path file) throws Exception {
        Number height = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        // The viewport itself as tall as the page (a window size would include the browser's own frame).
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280,
                "height", Math.min(Math.max(height.intValue(), 800), 5000), "deviceScaleFactor", 1, "mobile", false));
        File taken = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(file.getParent());
        Files.copy(taken.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).isGreaterThan(10_000);
        System.out.println("Screenshot of the statement page: " + file);
    }

    // ---- the running suite ------------------------------------------------------------------------------------------

    private static String chargeback() {
        return "http://localhost:" + env.get("CHARGEBACK_PORT");
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = fetch(chargeback() + path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> fetch(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Result(int exitCode, String output) {
    }

    private static Result suite(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/suite").toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private static Result run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println("$ " + String.join(" ", command) + "\n" + text);
        return new Result(process.exitValue(), text);
    }
}
