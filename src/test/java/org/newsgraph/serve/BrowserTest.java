package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser (headless Debian chromium): the start page's figures and
 * questions, a query in the editor, Ken Loach's entity page and an article page. Screenshots go
 * to target/screenshots/.
 */
@Tag("browser")
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target/screenshots");

  @TempDir static Path tmp;
  static NewsgraphServer server;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    Path queries = Files.createDirectories(tmp.resolve("queries"));
    Files.writeString(
        queries.resolve("expulsions.rq"),
        "# title: Who was expelled, and by whom?\n"
            + "# description: Every expulsion with its subject, party and date.\n"
            + "SELECT ?name ?partyName ?date WHERE {\n"
            + "  ?e a ng:Expulsion ; ng:subject ?who ; ng:organisation ?party .\n"
            + "  ?who rdfs:label ?name . ?party rdfs:label ?partyName .\n"
            + "  OPTIONAL { ?e ng:date ?date }\n"
            + "} ORDER BY ?date\n");
    server =
        NewsgraphServer.create()
            .dataset(ServerTest.fixture())
            .port(0)
            .queriesDir(queries)
            .build()
            .start();
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (server != null) {
        server.stop();
      }
    }
  }

  @Test
  void workbench() throws Exception {
    // Start page: the figures and the research questions.
    driver.get(server.baseUrl());
    waitText(By.id("figure-people"), "2");
    assertEquals("2", text(By.id("figure-articles")));
    assertEquals("2", text(By.id("figure-outlets")));
    assertEquals("4", text(By.id("figure-organisations")));
    assertEquals("2", text(By.id("figure-events")));
    assertEquals("1", text(By.id("figure-statements")));
    WebElement question = waitFor(By.cssSelector("#questions a.question"));
    assertEquals("Who was expelled, and by whom?", question.getText());
    assertTrue(
        driver.findElement(By.id("questions")).getText().contains("Every expulsion with its subject"));
    waitFor(By.xpath("//div[@id='most']//a[.='Labour Party']"));
    assertTrue(driver.findElements(By.xpath("//div[@id='most']//a[.='LBC']")).isEmpty(), "outlet listed");
    shot("01-start");

    // One click runs the question in the SPARQL editor, prefixes pre-filled, results tabled.
    question.click();
    WebElement cell = waitFor(By.xpath("//div[contains(@class,'yasr')]//td[contains(.,'Ken Loach')]"));
    assertTrue(cell.isDisplayed());
    String query =
        (String) ((JavascriptExecutor) driver).executeScript("return window.ngYasgui.getTab().getQuery();");
    for (String p : List.of("ng", "rdfs", "skos", "owl", "dcterms", "schema", "org", "prov", "wd", "xsd")) {
      assertTrue(query.contains("PREFIX " + p + ":"), "prefix " + p + " missing in " + query);
    }
    assertTrue(query.startsWith("# title: Who was expelled"), query);
    assertTrue(
        driver.findElements(By.cssSelector(".CodeMirror .cm-keyword")).size() > 0, "no highlighting");
    shot("02-query");

    // Ken Loach's page, reached from the start page.
    driver.get(server.baseUrl());
    waitFor(By.xpath("//div[@id='most']//a[.='Ken Loach']")).click();
    waitFor(By.cssSelector("body[data-loaded='true']"));
    assertEquals("Ken Loach", text(By.id("entity-label")));
    WebElement wikidata = driver.findElement(By.cssSelector(".links a.external"));
    assertEquals("http://www.wikidata.org/entity/Q55238", wikidata.getAttribute("href"));
    assertTrue(text(By.cssSelector(".alt-labels")).contains("Mr Loach"));
    assertTrue(text(By.id("attributes")).contains("filmmaker"));
    String memberships = text(By.id("memberships"));
    assertTrue(memberships.contains("Labour Party") && memberships.contains("2015"), memberships);
    List<WebElement> eventRows = driver.findElements(By.cssSelector("#events tbody tr"));
    assertEquals(2, eventRows.size());
    // In date order: joined 2015, expelled 2021.
    assertTrue(eventRows.get(0).getText().contains("Joining"), eventRows.get(0).getText());
    assertTrue(eventRows.get(1).getText().contains("Expulsion"), eventRows.get(1).getText());
    assertTrue(eventRows.get(1).getText().contains("National Executive Committee"));
    String statements = text(By.id("statements"));
    assertTrue(statements.contains("We are many, they are few."), statements);
    assertTrue(statements.contains("LBC") && statements.contains("The Guardian"), statements);
    // Each outlet with the share of the statement it printed.
    assertTrue(statements.contains("The Guardian (100%)"), statements);
    assertTrue(text(By.id("works")).contains("Kes"));
    List<String> marks =
        driver.findElements(By.cssSelector("#evidence mark")).stream().map(WebElement::getText).toList();
    assertTrue(marks.contains("he was expelled from the Labour Party"), marks.toString());
    assertTrue(marks.contains("Mr Loach"), marks.toString());
    assertTrue(driver.findElements(By.cssSelector(".error")).isEmpty(), "error shown on the page");
    shot("03-entity-ken-loach");

    // An outlet's page: what it reports, whom it quotes and how much, whom it names.
    String here = driver.getCurrentUrl();
    driver.get(server.baseUrl() + "entity.html?iri="
        + java.net.URLEncoder.encode("https://w3id.org/newsgraph/id/outlet-guardian", "UTF-8"));
    waitFor(By.cssSelector("body[data-loaded='true']"));
    String outlet = text(By.id("outlet"));
    assertTrue(outlet.contains("1 article in the corpus."), outlet);
    assertTrue(outlet.contains("Expulsion") && outlet.contains("Ken Loach"), outlet);
    assertTrue(outlet.contains("We are many, they are few.") && outlet.contains("100%"), outlet);
    assertTrue(!text(By.id("summary")).contains("null"), text(By.id("summary")));
    shot("04-entity-outlet");
    driver.get(here);
    waitFor(By.cssSelector("body[data-loaded='true']"));

    // The article the expulsion evidence came from, with highlights over its text.
    driver
        .findElement(By.xpath("//ol[@id='evidence']//a[.='Ken Loach expelled from Labour']"))
        .click();
    waitFor(By.cssSelector("body[data-loaded='true']"));
    assertEquals("Ken Loach expelled from Labour", text(By.id("article-title")));
    List<String> mentions =
        driver.findElements(By.cssSelector("#text a.hl-mention")).stream().map(WebElement::getText).toList();
    assertTrue(mentions.contains("Ken Loach") && mentions.contains("Keir Starmer"), mentions.toString());
    String quoted =
        driver.findElements(By.cssSelector("#text .hl-statement")).stream()
            .map(WebElement::getText)
            .reduce("", String::concat);
    assertEquals("We are many, they are few.", quoted);
    assertTrue(text(By.id("facts")).contains("Expulsion"));
    shot("05-article");
  }

  static WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  static void waitText(By by, String expected) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElements(by).stream().anyMatch(e -> expected.equals(e.getText())));
  }

  static String text(By by) {
    return driver.findElement(by).getText();
  }

  /** Saves a screenshot of the whole page (the window grows to the page's height for it). */
  static void shot(String name) throws Exception {
    Number height =
        (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
    int h = Math.max(1000, Math.min(4000, height.intValue() + 140));
    driver.manage().window().setSize(new Dimension(1280, h));
    try {
      File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 1000));
    }
  }
}
