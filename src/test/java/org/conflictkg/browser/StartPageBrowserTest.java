package org.conflictkg.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.server.KgServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The start page in a real browser (Debian's chromium and chromedriver, which .ci/run installs):
 * the grid shows 59 countries with the right number of cells per type, a country link leads to its
 * page, the Fuseki UI runs a query, and screenshots are saved to target/screenshots/. Without a
 * browser the test skips with one line saying why; {@code -Dckg.browser.required=true} (set by
 * .ci/run) makes a missing browser a failure instead.
 */
@Tag("browser")
class StartPageBrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium", DRIVER = "/usr/bin/chromedriver";

    /** A browser, or the test skipped with one line saying why (failed instead where the browser is required). */
    private static WebDriver browser() throws Exception {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
        if (!present) {
            String why = "no Chromium at " + CHROMIUM + " and " + DRIVER + " (apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("ckg.browser.required")) fail("the browser test is required here, but there is " + why);
            System.err.println("StartPageBrowserTest skipped: " + why);
            org.junit.jupiter.api.Assumptions.abort("skipped: " + why);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,2000",
                "--user-data-dir=" + Files.createTempDirectory("ckg-chromium"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), options);
    }

    @Test
    void theStartPageRendersTheMatrixAndLeadsToACountryPage() throws Exception {
        KgServer kg = KgServer.builder().port(0).build();
        DatasetGraph dsg = kg.dataset();
        Txn.executeWrite(dsg, () -> Pipeline.builder().build().run(StreamRDFLib.dataset(dsg)));
        FusekiServer server = kg.server();
        WebDriver browser = null;
        try {
            browser = browser();
            server.start();
            browser.get("http://localhost:" + server.getHttpPort() + "/");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#matrix tr.country-row")).size() == 59);

            List<WebElement> filled = browser.findElements(By.cssSelector("#matrix td.filled"));
            Map<String, Long> perType = filled.stream().collect(Collectors.groupingBy(e -> e.getAttribute("title"), Collectors.counting()));
            assertEquals(118, filled.size());
            // Cells per type, counted from the gold CSV parsed independently from the article's wikitext.
            Map<String, Long> expected = Files.readAllLines(Path.of("src/test/resources/gold/involvement-matrix.csv")).stream()
                    .skip(1).flatMap(l -> java.util.Arrays.stream(l.split(",", -1)).skip(1)).filter(v -> !v.isEmpty())
                    .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
            assertEquals(Map.of("Military", 55L, "Military aid", 38L, "Humanitarian aid", 21L, "Intelligence aid", 4L), expected);
            assertEquals(expected, perType);
            assertEquals(4, browser.findElements(By.cssSelector("#legend span")).size());
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#timeline li")).isEmpty());
            assertTrue(browser.findElements(By.cssSelector("#coalitions .coalition")).size() >= 6);
            // The timeline's theaters on a small map drawn from their points: one dot per theater with events.
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#timeline-map svg.minimap circle")).size() >= 5);
            assertTrue(browser.findElement(By.id("counts")).getText().contains("1 page\n") || browser.findElement(By.id("counts")).getText().endsWith("1 page"),
                    browser.findElement(By.id("counts")).getText());
            int all = browser.findElements(By.cssSelector("#timeline li")).size();
            browser.findElement(By.id("country")).sendKeys("GBR");
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
                int n = d.findElements(By.cssSelector("#timeline li")).size();
                return n > 0 && n < all;
            });
            assertTrue(browser.findElements(By.cssSelector("#timeline li")).stream().allMatch(li -> !li.getText().isEmpty()),
                    "an ISO code filters the timeline as a name does");

            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(shots.resolve("start-page.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            browser.findElement(By.linkText("France")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/resource/country/FRA"));
            assertEquals("France", browser.findElement(By.tagName("h1")).getText());
            Files.write(shots.resolve("country-page.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            // The query UI the start page links: its endpoint is filled in and Run shows results.
            browser.get("http://localhost:" + server.getHttpPort() + "/ui/#/dataset/kg/query");
            WebElement endpoint = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> d.findElements(By.cssSelector("input#sparql-endpoint")).stream()
                            .filter(e -> e.getAttribute("value").startsWith("/kg/")).findFirst().orElse(null));
            assertTrue(endpoint.getAttribute("value").startsWith("/kg/"), "the UI knows the dataset's endpoint");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() == 10);
            Files.write(shots.resolve("query-ui.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            if (browser != null) browser.quit();
            server.stop();
        }
    }

    @Test
    void aConflictPageGetsItsCard() throws Exception {
        KgServer kg = KgServer.builder().port(0).build();
        DatasetGraph dsg = kg.dataset();
        List<Path> pages = List.of(Path.of("src/test/resources/corpus/conflicts/Battle_of_Evesham.wikitext"),
                Path.of("src/test/resources/corpus/conflicts/Battle_of_Peleliu.wikitext"));
        Txn.executeWrite(dsg, () -> Pipeline.builder().inputs(pages).build().run(StreamRDFLib.dataset(dsg)));
        FusekiServer server = kg.server();
        WebDriver browser = null;
        try {
            browser = browser();
            server.start();
            browser.get("http://localhost:" + server.getHttpPort() + "/");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#conflicts .conflict")).size() == 2);
            WebElement peleliu = browser.findElements(By.cssSelector("#conflicts .conflict")).get(1);
            assertTrue(peleliu.getText().contains("Battle of Peleliu"), peleliu.getText());
            assertTrue(peleliu.getText().contains("1944-09-15 – 1944-11-27"), peleliu.getText());
            assertTrue(peleliu.getText().contains("William H. Rupertus"), peleliu.getText());
            assertEquals("/resource/country/USA", peleliu.findElement(By.linkText("United States")).getAttribute("pathname"));
            assertTrue(peleliu.getText().contains("7.0, 134.25") || peleliu.getText().contains("7, 134.25"), "the coordinates: " + peleliu.getText());
            assertEquals(1, peleliu.findElements(By.cssSelector("svg.minimap circle")).size(), "the card's small map shows its point");
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(shots.resolve("conflict-cards.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            if (browser != null) browser.quit();
            server.stop();
        }
    }
}
