package org.khaldun.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page as a user meets it, in headless Chromium: load, filter, open an event, read its article.
 * Runs against a fixture server by default; set {@code -Dkhaldun.web.baseUrl=http://...} to run the
 * same tests against a running {@code khaldun serve} (the tests read what to expect from that
 * server's API). Screenshots go to {@code target/screenshots/}.
 */
class WebPageTest {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(15);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static FixtureServer fixture;
  private static String base;
  private static Path profile;
  private static ChromeDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: install the Debian packages chromium and chromium-driver"
            + " (/usr/bin/chromium, /usr/bin/chromedriver); .ci/run does so in CI");
    String external = System.getProperty("khaldun.web.baseUrl", "").trim();
    if (external.isEmpty()) {
      fixture = new FixtureServer();
      base = fixture.baseUrl();
    } else {
      base = external.endsWith("/") ? external : external + "/";
    }
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
        "--window-size=1366,768",
        "--lang=en-US");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, WAIT);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) driver.quit();
    if (fixture != null) fixture.close();
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }

  @BeforeEach
  void freshPage() {
    if (fixture != null) fixture.failing(false);
    driver.manage().window().setSize(new Dimension(1366, 768));
    // about:blank first: a URL that differs only by its #fragment would not reload the page.
    driver.get("about:blank");
  }

  @Test
  void showsEventsOnTheMapAndInTheList() {
    long total = api("events?page_size=1").path("total").asLong();
    assertThat(total).as("the server has events to show").isPositive();

    open("");
    List<WebElement> items = listItems();
    assertThat(items).hasSize((int) Math.min(total, 50));
    assertThat(text("list-count")).isEqualTo(total == 1 ? "1 event" : total + " events");
    wait.until(d -> !mapMarkers().isEmpty());
    assertThat(mapMarkers()).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#timeline rect.bar"))).isNotEmpty();
    wait.until(d -> d.findElements(By.cssSelector(".leaflet-outlines-pane path")).size() > 100);
    screenshot("01-overview-1366x768");
  }

  @Test
  void showsCountsPerAdmin1WhenAskedAndLooksRightOnAWideScreen() {
    JsonNode buckets = api("aggregates?by=admin1").path("buckets");
    int placed = 0;
    long largest = 0;
    for (JsonNode b : buckets) {
      if (b.hasNonNull("lat") && b.hasNonNull("lon")) placed++;
      largest = Math.max(largest, b.path("count").asLong());
    }
    int expected = placed;
    driver.manage().window().setSize(new Dimension(1920, 1080));
    open("");
    listItems();
    driver.findElement(By.xpath("//label[contains(., 'Counts per admin-1')]//input")).click();
    wait.until(d -> d.findElements(By.cssSelector(".admin1-icon")).size() == expected);
    assertThat(mapMarkers()).as("counts replace the points").isEmpty();
    assertThat(
            driver.findElements(By.cssSelector(".admin1-icon .admin1")).stream()
                .map(WebElement::getText))
        .contains(String.valueOf(largest));
    listItems().get(0).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#article-text mark.sentence")));
    screenshot("02-admin1-and-article-1920x1080");
  }

  @Test
  void showsFusedEventsWithTheirReportsWhenToggled() {
    JsonNode fused = api("fused").path("fused_events");
    assertThat(fused).as("the server has fused events to show").isNotEmpty();
    JsonNode largest = fused.get(0);
    int reports = largest.path("report_count").asInt();

    open("");
    listItems();
    driver.findElement(By.id("view-fused")).click();
    wait.until(d -> !d.findElements(By.cssSelector("#event-list button.event.fused")).isEmpty());
    assertThat(text("list-count")).endsWith(fused.size() == 1 ? "1 fused event" : " fused events");
    WebElement first = driver.findElements(By.cssSelector("#event-list button.event.fused")).get(0);
    assertThat(first.getText()).contains(reports + (reports == 1 ? " report" : " reports"));
    first.click();
    wait.until(
        d ->
            d.findElements(By.cssSelector("#article-text .report-list li.report")).size()
                == reports);
    assertThat(text("why-title")).startsWithIgnoringCase("Fused values");
    assertThat(driver.findElements(By.cssSelector("#why dt"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#article-text .report-reason")).getText())
        .isEqualTo("first report");
    screenshot("07-fused-event");
  }

  @Test
  void mapsAndCountsFusedEventsWhenToggledAndAFusedPointOpensItsReports() {
    long reports = api("events?page_size=1").path("total").asLong();
    long fused = api("fused?page_size=1").path("total").asLong();
    assertThat(fused).as("fusion leaves fewer items than reports").isLessThan(reports);

    open("");
    listItems();
    wait.until(d -> !mapMarkers().isEmpty());
    assertThat(timelineTotal()).isEqualTo(dayTotal("aggregates?by=day"));
    assertThat(driver.findElements(By.cssSelector(".fused-icon"))).isEmpty();

    driver.findElement(By.id("view-fused")).click();
    wait.until(d -> !d.findElements(By.cssSelector(".fused-icon")).isEmpty());
    assertThat(driver.findElements(By.cssSelector("path.event-point")))
        .as("the fused view draws fused events only")
        .isEmpty();
    assertThat(text("list-count"))
        .isEqualTo(fused == 1 ? "1 fused event" : fused + " fused events");
    long fusedDays = dayTotal("aggregates?by=day&fused=true");
    wait.until(d -> timelineTotal() == fusedDays);
    assertThat(fusedDays).isLessThan(dayTotal("aggregates?by=day"));
    screenshot("09-fused-map-1366x768");

    WebElement point = driver.findElements(By.cssSelector(".fused-icon")).get(0);
    int count = Integer.parseInt(point.getText().trim());
    assertThat(point.getDomAttribute("title"))
        .contains(count + (count == 1 ? " report" : " reports"));
    point.click();
    wait.until(
        d ->
            d.findElements(By.cssSelector("#article-text .report-list li.report")).size() == count);
    assertThat(text("article-title")).isEqualTo("One event, " + count + " reports");

    driver.findElement(By.id("view-reports")).click();
    wait.until(
        d -> d.findElements(By.cssSelector(".fused-icon")).isEmpty() && !mapMarkers().isEmpty());
    wait.until(d -> timelineTotal() == dayTotal("aggregates?by=day"));
  }

  @Test
  void filtersByTypeAndSendsTheTypeToTheApi() {
    long total = api("events?page_size=1").path("total").asLong();
    open("");
    listItems();
    WebElement chip = chipWithFewerThan(total);
    String type = chip.getDomAttribute("data-type");
    long expected = api("events?page_size=1&type=" + encode(type)).path("total").asLong();

    chip.click();
    wait.until(d -> text("list-count").equals(expected == 1 ? "1 event" : expected + " events"));
    List<WebElement> items = listItems();
    assertThat(items).hasSize((int) Math.min(expected, 50)).hasSizeLessThan((int) total);
    assertThat(driver.findElement(By.cssSelector("#f-types .chip.on")).getDomAttribute("data-type"))
        .isEqualTo(type);
    assertThat(requestedUrls())
        .as("the list was asked for with the type")
        .anyMatch(u -> u.contains("/api/events?") && u.contains("type=" + encode(type)));
    assertThat(driver.getCurrentUrl()).contains("type=" + encode(type));
    screenshot("03-filtered-by-type");
  }

  @Test
  void filtersByActorAndCountry() {
    JsonNode sample = null;
    for (JsonNode e : api("events?page_size=500").path("events")) {
      if (e.path("source").hasNonNull("name") && e.path("location").hasNonNull("country")) {
        sample = e;
        break;
      }
    }
    Assumptions.assumeTrue(sample != null, "needs an event with a named source and a place");
    String actor = sample.path("source").path("name").asText();
    String country = sample.path("location").path("country").asText();
    long byActor = api("events?page_size=1&actor=" + encode(actor)).path("total").asLong();
    long byBoth =
        api("events?page_size=1&actor=" + encode(actor) + "&country=" + encode(country))
            .path("total")
            .asLong();
    open("");
    listItems();

    driver.findElement(By.id("f-actor")).sendKeys(actor);
    wait.until(d -> text("list-count").equals(countLabel(byActor)));
    wait.until(
        d ->
            d.findElements(By.cssSelector("#f-country option[value='" + country + "']")).size()
                == 1);
    new Select(driver.findElement(By.id("f-country"))).selectByValue(country);
    wait.until(d -> text("list-count").equals(countLabel(byBoth)));
    assertThat(listItems()).hasSize((int) Math.min(byBoth, 50));
    // URLSearchParams and URLEncoder both write a space as "+"
    assertThat(requestedUrls())
        .anyMatch(
            u ->
                u.contains("/api/events?")
                    && u.contains("actor=" + encode(actor))
                    && u.contains("country=" + encode(country)));
  }

  @Test
  void clickingAPointOnTheMapOpensItsArticle() {
    open("");
    listItems();
    wait.until(d -> !mapMarkers().isEmpty());
    List<WebElement> points = driver.findElements(By.cssSelector("path.event-point"));
    Assumptions.assumeTrue(!points.isEmpty(), "every event on the map is in a cluster");
    new Actions(driver).moveToElement(points.get(0)).click().perform();
    WebElement sentence =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#article-text mark.sentence")));
    assertThat(sentence.getText()).isNotBlank();
    assertThat(driver.getCurrentUrl()).contains("event=");
  }

  @Test
  void clickingTheTimelinePicksADateRange() {
    long total = api("events?page_size=1").path("total").asLong();
    open("");
    listItems();
    List<WebElement> bars = driver.findElements(By.cssSelector("#timeline rect.bar"));
    Assumptions.assumeTrue(bars.size() > 1, "the timeline needs more than one day of events");

    new Actions(driver).moveToElement(bars.get(0)).click().perform();
    wait.until(d -> !value("f-from").isEmpty());
    String from = value("f-from");
    String to = value("f-to");
    long expected = api("events?page_size=1&from=" + from + "&to=" + to).path("total").asLong();
    wait.until(d -> text("list-count").equals(expected == 1 ? "1 event" : expected + " events"));
    assertThat(expected).isLessThan(total);
    assertThat(requestedUrls())
        .anyMatch(u -> u.contains("/api/events?") && u.contains("from=" + from));
    screenshot("04-timeline-range");
  }

  @Test
  void draggingAcrossTheTimelinePicksTheDatesUnderTheDrag() {
    open("");
    listItems();
    List<WebElement> bars = driver.findElements(By.cssSelector("#timeline rect.bar"));
    Assumptions.assumeTrue(bars.size() > 2, "the timeline needs three days of events");
    WebElement first = bars.get(0);
    WebElement last = bars.get(bars.size() - 1);
    int dx = last.getRect().getX() - first.getRect().getX();

    new Actions(driver)
        .moveToElement(first)
        .clickAndHold()
        .moveByOffset(dx / 2, 0)
        .moveByOffset(dx / 2, 0)
        .release()
        .perform();
    wait.until(d -> !value("f-from").isEmpty() && !value("f-to").isEmpty());
    assertThat(value("f-from")).isLessThan(value("f-to"));
    assertThat(driver.findElement(By.id("timeline-clear")).isDisplayed()).isTrue();
    driver.findElement(By.id("timeline-clear")).click();
    wait.until(d -> value("f-from").isEmpty() && value("f-to").isEmpty());
  }

  @Test
  void openingAnEventHighlightsItsSentenceAndMarksTheTrigger() {
    JsonNode first = api("events?page_size=1").path("events").get(0);
    open("");
    listItems().get(0).click();

    WebElement sentence =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#article-text mark.sentence")));
    assertThat(sentence.getDomProperty("textContent")).isEqualTo(first.path("sentence").asText());
    WebElement trigger = sentence.findElement(By.cssSelector("mark.m-trigger"));
    assertThat(trigger.getDomProperty("textContent"))
        .isEqualTo(first.path("trigger").path("text").asText());
    assertThat(text("why")).contains(first.path("rule").asText());
    assertThat(driver.getCurrentUrl()).contains("event=" + first.path("event_id").asText());
    screenshot("05-article");
  }

  @Test
  void showsMarkupInAnArticleAsTextAndRunsNoScript() {
    String eventId = eventInArticleContaining("<script>alert(1)</script>");
    Assumptions.assumeTrue(
        eventId != null, "no article on this server contains <script>alert(1)</script>");
    open("#event=" + eventId);

    WebElement text =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
    wait.until(d -> text.getDomProperty("textContent").contains("alert(1)"));
    assertThat(text.getDomProperty("textContent")).contains("<script>alert(1)</script>");
    assertThat(text.getText()).contains("<script>alert(1)</script>");
    assertThat(text.findElements(By.tagName("script"))).isEmpty();
    assertThat(text.findElements(By.tagName("b"))).isEmpty();
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    screenshot("06-escaped-markup");
  }

  @Test
  void theListWorksFromTheKeyboard() {
    open("");
    List<WebElement> items = listItems();
    Assumptions.assumeTrue(items.size() > 1, "needs two events");
    items.get(0).sendKeys(Keys.ARROW_DOWN);
    WebElement second = items.get(1);
    assertThat(driver.switchTo().activeElement()).isEqualTo(second);
    second.sendKeys(Keys.ENTER);
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#article-text mark.sentence")));
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("article")));
    assertThat(driver.switchTo().activeElement()).isEqualTo(second);
  }

  @Test
  void saysSoWhenNothingMatchesAndResetsTheFilters() {
    long total = api("events?page_size=1").path("total").asLong();
    open("");
    listItems();
    driver.findElement(By.id("f-q")).sendKeys("qqzzxx no such words");
    WebElement empty =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#list-status.empty")));
    assertThat(empty.getText()).contains("No events match these filters.");
    screenshot("08-nothing-matches");
    empty.findElement(By.tagName("button")).click();
    wait.until(d -> text("list-count").equals(countLabel(total)));
    assertThat(value("f-q")).isEmpty();
  }

  @Test
  void saysSoWhenTheApiFails() {
    Assumptions.assumeTrue(fixture != null, "only the fixture server can be told to fail");
    fixture.failing(true);
    open("");
    WebElement error =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#list-status.error")));
    assertThat(error.getText()).contains("Could not load events").contains("HTTP 500");
    screenshot("07-api-error");
  }

  // ---------- helpers ----------

  private static void open(String fragment) {
    driver.get(base + fragment);
  }

  /** Waits for the list to be filled, then returns its event buttons. */
  private static List<WebElement> listItems() {
    wait.until(
        d ->
            d.findElement(By.id("event-list")).getDomAttribute("aria-busy") == null
                && !d.findElements(By.cssSelector("#event-list button.event")).isEmpty());
    return driver.findElements(By.cssSelector("#event-list button.event"));
  }

  /** The sum of the timeline's bars, read from their tooltips ("2024-05-01: 3 events"). */
  private static long timelineTotal() {
    Object sum =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll('#timeline rect.bar title')]"
                    + ".map(t => parseInt(t.textContent.split(': ')[1], 10))"
                    + ".reduce((a, b) => a + b, 0);");
    return ((Number) sum).longValue();
  }

  private static long dayTotal(String aggregates) {
    long total = 0;
    for (JsonNode b : api(aggregates).path("buckets")) {
      total += b.path("count").asLong();
    }
    return total;
  }

  private static List<WebElement> mapMarkers() {
    return driver.findElements(By.cssSelector("path.event-point, .cluster-icon"));
  }

  private static WebElement chipWithFewerThan(long total) {
    wait.until(d -> !d.findElements(By.cssSelector("#f-types .chip")).isEmpty());
    for (WebElement chip : driver.findElements(By.cssSelector("#f-types .chip"))) {
      long count = Long.parseLong(chip.findElement(By.className("chip-count")).getText().trim());
      if (count > 0 && count < total) return chip;
    }
    Assumptions.abort("every event has the same type: nothing to filter");
    return null;
  }

  private static String countLabel(long n) {
    return n == 1 ? "1 event" : n + " events";
  }

  private static String text(String id) {
    return driver.findElement(By.id(id)).getText().trim();
  }

  private static String value(String id) {
    String v = driver.findElement(By.id(id)).getDomProperty("value");
    return v == null ? "" : v;
  }

  @SuppressWarnings("unchecked")
  private static List<String> requestedUrls() {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
  }

  private static String eventInArticleContaining(String needle) {
    Set<String> seenArticles = new LinkedHashSet<>();
    for (JsonNode e : api("events?page_size=500").path("events")) {
      if (!seenArticles.add(e.path("article_id").asText())) continue;
      JsonNode one = api("events/" + encode(e.path("event_id").asText()));
      if (one.path("article").path("text").asText("").contains(needle)) {
        return e.path("event_id").asText();
      }
    }
    return null;
  }

  private static JsonNode api(String pathAndQuery) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/" + pathAndQuery)).build();
    try {
      HttpResponse<String> response =
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as("GET %s", request.uri()).isEqualTo(200);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking " + request.uri(), e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
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
