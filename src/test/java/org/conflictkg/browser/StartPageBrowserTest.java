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
 * page, and a screenshot is saved to target/screenshots/. Tagged so that a developer without a
 * browser can skip it: {@code mvn verify -DexcludedTestGroups=browser}.
 */
@Tag("browser")
class StartPageBrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium", DRIVER = "/usr/bin/chromedriver";

    @Test
    void theStartPageRendersTheMatrixAndLeadsToACountryPage() throws Exception {
        KgServer kg = KgServer.builder().port(0).build();
        DatasetGraph dsg = kg.dataset();
        Txn.executeWrite(dsg, () -> Pipeline.builder().build().run(StreamRDFLib.dataset(dsg)));
        FusekiServer server = kg.server();
        WebDriver browser = null;
        try {
            server.start();
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,2000",
                    "--user-data-dir=" + Files.createTempDirectory("ckg-chromium"));
            browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), options);
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

            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(shots.resolve("start-page.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            browser.findElement(By.linkText("France")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/resource/country/FRA"));
            assertEquals("France", browser.findElement(By.tagName("h1")).getText());
            Files.write(shots.resolve("country-page.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            if (browser != null) browser.quit();
            server.stop();
        }
    }
}
