package org.khaldun.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khaldun.output.Json;
import org.khaldun.pipeline.PipelineOptions;
import org.khaldun.store.EventStore;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole product as a user meets it: articles posted to the real server, coded by the real
 * pipeline, stored in DuckDB, and read in headless Chromium through the page khaldun-web ships.
 * Screenshots go to target/screenshots/.
 */
class ServedPageBrowserTest {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final String ARTICLES =
      "{\"id\": \"kirkuk-1\", \"title\": \"Militants attack army checkpoint in Kirkuk\","
          + " \"date\": \"2024-03-12\", \"text\": \"Islamic State militants attacked an Iraqi army"
          + " checkpoint in Kirkuk on Tuesday, killing two soldiers, the Iraqi military said.\"}\n"
          + "{\"id\": \"basra-2\", \"title\": \"Protesters rally in Basra\", \"date\":"
          + " \"2024-03-14\", \"text\": \"Thousands of protesters demonstrated in Basra on"
          + " Thursday. A reader wrote <script>alert(1)</script> under the report.\"}\n";

  private static EventStore store;
  private static KhaldunServer server;
  private static Path profile;
  private static ChromeDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser test skipped: install the Debian packages chromium and chromium-driver;"
            + " .ci/run does so in CI");
    store = EventStore.openInMemory();
    server =
        KhaldunServer.start(
            store,
            null,
            ArticleCoder.lazyPipeline(PipelineOptions.defaults()),
            ServerOptions.defaults().withPort(0));
    HttpResponse<String> posted =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url() + "/api/articles"))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(ARTICLES, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);

    profile = Files.createTempDirectory("khaldun-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=1366,768");
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
            options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Test
  void showsTheCodedEventsAndOpensOneWithItsSentenceHighlighted() throws IOException {
    JsonNode page = get("/api/events?page_size=50");
    long total = page.get("total").asLong();
    assertThat(total).isPositive();

    driver.get(server.url() + "/");
    List<WebElement> items = listItems();
    assertThat(items).hasSize((int) total);
    wait.until(d -> !d.findElements(By.cssSelector("path.event-point, .cluster-icon")).isEmpty());
    screenshot("served-overview");

    JsonNode first = page.get("events").get(0);
    items.get(0).click();
    WebElement sentence =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#article-text mark.sentence")));
    assertThat(sentence.getDomProperty("textContent")).isEqualTo(first.get("sentence").asText());
    assertThat(sentence.findElement(By.cssSelector("mark.m-trigger")).getDomProperty("textContent"))
        .isEqualTo(first.get("trigger").get("text").asText());
    assertThat(driver.findElement(By.id("why")).getText()).contains(first.get("rule").asText());
    screenshot("served-article");
  }

  @Test
  void showsMarkupInAStoredArticleAsTextAndRunsNoScript() throws IOException {
    String eventId = null;
    for (JsonNode e : get("/api/events?page_size=50").get("events")) {
      if (e.get("article_id").asText().equals("basra-2")) {
        eventId = e.get("event_id").asText();
      }
    }
    assertThat(eventId).as("an event of the Basra article").isNotNull();

    driver.get("about:blank");
    driver.get(server.url() + "/#event=" + eventId);
    WebElement text =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
    wait.until(d -> text.getDomProperty("textContent").contains("alert(1)"));
    assertThat(text.getText()).contains("<script>alert(1)</script>");
    assertThat(text.findElements(By.tagName("script"))).isEmpty();
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  private static List<WebElement> listItems() {
    wait.until(
        d ->
            d.findElement(By.id("event-list")).getDomAttribute("aria-busy") == null
                && !d.findElements(By.cssSelector("#event-list button.event")).isEmpty());
    return driver.findElements(By.cssSelector("#event-list button.event"));
  }

  private static JsonNode get(String path) throws IOException {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      return Json.mapper().readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void screenshot(String name) {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    try {
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save screenshot " + name, e);
    }
  }
}
