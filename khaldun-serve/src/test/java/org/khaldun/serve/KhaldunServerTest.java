package org.khaldun.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.ingest.Article;
import org.khaldun.output.EventRecord;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.ArticleRef;
import org.khaldun.output.EventRecord.LocationRef;
import org.khaldun.output.EventRecord.Span;
import org.khaldun.output.Json;
import org.khaldun.pipeline.CodedArticle;
import org.khaldun.store.EventStore;
import org.khaldun.store.StoredArticle;

/** The API as a client sees it: a real server on loopback, plain HTTP requests. */
class KhaldunServerTest {
  private static final String TOKEN = "a-test-token-0123456789";
  private static EventStore store;
  private static KhaldunServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;

  /** Codes every article as one protest in Basra, so that no NLP is needed. */
  static CodedArticle fakeCode(Article article) {
    return new CodedArticle(
        article,
        List.of(event(article.id(), 0, "PROTEST", "2024-06-01", article.title())),
        1,
        0,
        10);
  }

  static EventRecord event(String articleId, int index, String type, String date, String text) {
    return EventRecord.builder()
        .eventId(articleId + "-e" + index)
        .articleId(articleId)
        .sentenceId(articleId + ":" + index)
        .sentenceIndex(index)
        .eventType(type)
        .quadClass(type.equals("ACCUSE") ? "VERBAL_CONFLICT" : "MATERIAL_CONFLICT")
        .cameoRoot("14")
        .cameoCode("140")
        .source(
            new ActorRef(
                "IRQ.OPP", "Iraqi opposition", "IRQ", "OPP", "IRQOPP", "protesters", 0, 10))
        .location(
            new LocationRef(
                "Basrah",
                99532L,
                30.5085,
                47.7804,
                "IRQ",
                "IQ.02",
                "Basra",
                "PPLA",
                "POINT",
                "sentence",
                null,
                "Basra",
                20,
                25))
        .date(date)
        .datePrecision("DAY")
        .dateSource("text")
        .modality("ASSERTED")
        .sentence(text)
        .trigger(new Span("protested", 11, 20, 11, 20))
        .confidence(0.6)
        .rule(type + ":test")
        .article(new ArticleRef(null, "Title " + articleId, null, "2024-06-01", "fixture"))
        .build();
  }

  @BeforeAll
  static void start() {
    store = EventStore.openInMemory();
    store.write(
        List.of(
            new StoredArticle(
                "art1",
                "Protest in Basra",
                null,
                "Example",
                "2024-06-01",
                "fixture",
                "Protest in Basra\n\nProtesters gathered in Basra.",
                "h1",
                List.of(
                    event("art1", 0, "PROTEST", "2024-06-01", "Protesters gathered in Basra"),
                    event("art1", 1, "ACCUSE", "2024-06-02", "They accused the governor")))));
    server =
        KhaldunServer.start(
            store,
            dir.resolve("api.duckdb"),
            KhaldunServerTest::fakeCode,
            ServerOptions.defaults().withPort(0).withMaxRequestBytes(64 * 1024));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return Json.mapper().readTree(response.body());
  }

  @Test
  void healthCountsArticlesAndEvents() throws Exception {
    HttpResponse<String> response = get("/api/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
    assertThat(json(response).get("status").asText()).isEqualTo("ok");
    assertThat(json(response).get("events").asLong()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void listsEventsAsTheCodeCommandWritesThem() throws Exception {
    JsonNode body = json(get("/api/events?type=ACCUSE&page_size=10"));
    assertThat(body.get("total").asLong()).isEqualTo(1);
    assertThat(body.get("page").asInt()).isEqualTo(1);
    assertThat(body.get("page_size").asInt()).isEqualTo(10);
    JsonNode event = body.get("events").get(0);
    assertThat(event.get("fused_id").asText()).isEqualTo("fu-art1-e1");
    ((com.fasterxml.jackson.databind.node.ObjectNode) event).remove("fused_id");
    EventRecord expected = event("art1", 1, "ACCUSE", "2024-06-02", "They accused the governor");
    assertThat(event.toString()).isEqualTo(Json.mapper().valueToTree(expected).toString());
  }

  @Test
  void listsFusedEventsWithTheirReportsAndGivesOne() throws Exception {
    JsonNode body = json(get("/api/fused?type=PROTEST"));
    assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(1);
    JsonNode fused = body.get("fused_events").get(0);
    assertThat(fused.get("report_count").asInt()).isEqualTo(fused.get("reports").size());
    assertThat(fused.get("independent_sources").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(fused.get("choices").isArray()).isTrue();
    String id = fused.get("fused_id").asText();
    JsonNode one = json(get("/api/fused/" + id));
    assertThat(one.get("fused_id").asText()).isEqualTo(id);
    assertThat(one.get("reports").get(0).get("event").get("sentence").asText()).isNotBlank();
    assertThat(one.get("reports").get(0).get("reason").asText()).isEqualTo("first report");
    assertThat(get("/api/fused/no-such-id").statusCode()).isEqualTo(404);
  }

  @Test
  void countsFusedEventsByDayWhenAsked() throws Exception {
    JsonNode reports = json(get("/api/aggregates?by=day"));
    JsonNode fused = json(get("/api/aggregates?by=day&fused=true"));
    long reportCount = 0;
    for (JsonNode b : reports.get("buckets")) {
      reportCount += b.get("count").asLong();
    }
    long fusedCount = 0;
    for (JsonNode b : fused.get("buckets")) {
      fusedCount += b.get("count").asLong();
    }
    assertThat(fusedCount).isPositive().isLessThanOrEqualTo(reportCount);
    assertThat(fusedCount).isEqualTo(json(get("/api/fused?page_size=1")).get("total").asLong());
    long fusedByType = 0;
    for (JsonNode b : json(get("/api/aggregates?by=type&fused=true")).get("buckets")) {
      fusedByType += b.get("count").asLong();
    }
    assertThat(fusedByType).isEqualTo(fusedCount);
    assertThat(get("/api/aggregates?by=actor&fused=true").statusCode()).isEqualTo(400);
  }

  @Test
  void exportsFusedEventsWhenAsked() throws Exception {
    HttpResponse<String> csv = get("/api/export?format=csv&fused=true&type=ACCUSE");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("fused_id,event_type").contains("fu-art1-e1");
    HttpResponse<byte[]> parquet =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(server.url() + "/api/export?format=parquet&fused=true"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(parquet.statusCode()).isEqualTo(200);
    assertThat(parquet.headers().firstValue("Content-Disposition").orElse(""))
        .contains("fused-events.parquet");
    assertThat(new String(parquet.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
  }

  @Test
  void givesOneEventWithItsArticle() throws Exception {
    JsonNode body = json(get("/api/events/art1-e0"));
    assertThat(body.get("event").get("trigger").get("begin").asInt()).isEqualTo(11);
    assertThat(body.get("event").get("rule").asText()).isEqualTo("PROTEST:test");
    assertThat(body.get("article").get("text").asText()).startsWith("Protest in Basra\n\n");
    assertThat(body.get("article").get("article_id").asText()).isEqualTo("art1");
  }

  @Test
  void listsArticlesAndGivesOneWithItsEvents() throws Exception {
    JsonNode list = json(get("/api/articles?page_size=5"));
    assertThat(list.get("articles").get(0).has("event_count")).isTrue();
    JsonNode article = json(get("/api/articles/art1"));
    assertThat(article.get("title").asText()).isEqualTo("Protest in Basra");
    assertThat(article.get("events")).hasSize(2);
  }

  @Test
  void unknownIdsAndEndpointsAre404WithJson() throws Exception {
    assertThat(get("/api/events/nope").statusCode()).isEqualTo(404);
    assertThat(json(get("/api/articles/nope")).get("error").asText()).contains("nope");
    HttpResponse<String> missing = get("/api/nothing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).has("error")).isTrue();
  }

  @Test
  void badParametersAre400NamingTheParameter() throws Exception {
    for (String[] query :
        new String[][] {
          {"/api/events?page_size=501", "page_size"},
          {"/api/events?from=yesterday", "from"},
          {"/api/events?bbox=1,2", "bbox"},
          {"/api/events?type=BOMBING", "type"},
          {"/api/aggregates?by=month", "by"},
          {"/api/export?format=xlsx", "format"},
          {"/api/articles?page=0", "page"}
        }) {
      HttpResponse<String> response = get(query[0]);
      assertThat(response.statusCode()).as(query[0]).isEqualTo(400);
      assertThat(json(response).get("parameter").asText()).as(query[0]).isEqualTo(query[1]);
      assertThat(json(response).get("error").asText()).isNotBlank();
    }
  }

  @Test
  void sqlInjectionInParametersIsHarmless() throws Exception {
    HttpResponse<String> response =
        get(
            "/api/events?q=%27%3B%20DROP%20TABLE%20events%3B%20--&actor=x%27%20OR%20%271%27%3D%271");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("total").asLong()).isZero();
    assertThat(json(get("/api/health")).get("events").asLong()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aggregatesByDay() throws Exception {
    JsonNode body = json(get("/api/aggregates?by=day&from=2024-06-01&to=2024-06-02"));
    assertThat(body.get("by").asText()).isEqualTo("day");
    assertThat(body.get("buckets").get(0).get("key").asText()).isEqualTo("2024-06-01");
    JsonNode admin1 = json(get("/api/aggregates?by=admin1")).get("buckets").get(0);
    assertThat(admin1.get("label").asText()).isEqualTo("Basra");
    assertThat(admin1.get("lat").asDouble()).isEqualTo(30.5085);
  }

  @Test
  void exportsEachFormat() throws Exception {
    HttpResponse<String> csv = get("/api/export?format=csv&type=PROTEST");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("event_id,article_id,");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("events.csv");
    JsonNode geo = json(get("/api/export?format=geojson"));
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    HttpResponse<byte[]> parquet =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/api/export?format=parquet")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(parquet.statusCode()).isEqualTo(200);
    // a Parquet file starts and ends with the magic bytes PAR1
    assertThat(new String(parquet.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
  }

  @Test
  void postedArticlesAreCodedAndStoredOnce() throws Exception {
    String body =
        "{\"id\": \"posted-1\", \"title\": \"Crowds rally in Basra\", \"date\": \"2024-06-01\","
            + " \"text\": \"Thousands of people rallied in Basra on Saturday against power"
            + " cuts, which have left homes without electricity for most of the day in the summer"
            + " heat.\"}\n{\"id\": \"posted-2\"}\n";
    JsonNode first = json(post(body, null));
    assertThat(first.get("articles").asInt()).isEqualTo(1);
    assertThat(first.get("events").asInt()).isEqualTo(1);
    assertThat(first.get("problems").get(0).asText()).startsWith("request:2:");
    JsonNode again = json(post(body, null));
    assertThat(again.get("articles").asInt()).isZero();
    assertThat(again.get("unchanged").asInt()).isEqualTo(1);
    assertThat(json(get("/api/articles/posted-1")).get("events")).hasSize(1);
  }

  @Test
  void postsThatABrowserCouldSendFromAnotherSiteAreRefused() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\"}"))
                .header("Content-Type", "text/plain")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(415);
  }

  @Test
  void answersOnlyRequestsAddressedToLoopback() throws Exception {
    // what a page on evil.example sends after pointing its name at 127.0.0.1
    Socket socket = new Socket("127.0.0.1", server.port());
    try (socket) {
      socket
          .getOutputStream()
          .write(
              ("GET /api/health HTTP/1.1\r\nHost: evil.example:"
                      + server.port()
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 421");
    }
    assertThat(get("/api/health").statusCode()).isEqualTo(200);
  }

  @Test
  void requestsOverTheSizeLimitAre413() throws Exception {
    // the server answers from the declared length, before any of the body: a client that sent the
    // body at once could see the connection closed under it, so this one sends only the head
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket
          .getOutputStream()
          .write(
              ("POST /api/articles HTTP/1.1\r\nHost: localhost:"
                      + server.port()
                      + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: "
                      + 70 * 1024
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("over the limit");
    }
  }

  @Test
  void servesLeafletFromItsWebJar() throws Exception {
    HttpResponse<String> leaflet = get("/webjars/leaflet/1.9.4/dist/leaflet.js");
    assertThat(leaflet.statusCode()).isEqualTo(200);
    assertThat(leaflet.body()).contains("Leaflet");
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void leavesANoteNextToTheDatabaseWhileRunning() {
    assertThat(ServerFile.find(dir.resolve("api.duckdb")))
        .hasValueSatisfying(note -> assertThat(note.url()).isEqualTo(server.url()));
  }

  @Test
  void writingNeedsTheTokenWhenOneIsSet() throws Exception {
    try (EventStore other = EventStore.openInMemory();
        KhaldunServer guarded =
            KhaldunServer.start(
                other,
                null,
                KhaldunServerTest::fakeCode,
                ServerOptions.defaults().withPort(0).withToken(TOKEN))) {
      String body =
          "{\"id\": \"t1\", \"title\": \"A rally\", \"text\": \"People rallied in Basra"
              + " against power cuts on Saturday.\"}";
      assertThat(post(guarded, body, null).statusCode()).isEqualTo(401);
      assertThat(post(guarded, body, "wrong-token-0123456789").statusCode()).isEqualTo(401);
      assertThat(post(guarded, body, TOKEN).statusCode()).isEqualTo(200);
      assertThat(
              HTTP.send(
                      HttpRequest.newBuilder(URI.create(guarded.url() + "/api/health")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void refusesToListenBeyondLoopbackWithoutAToken() {
    assertThatThrownBy(() -> ServerOptions.defaults().withHost("0.0.0.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token");
    assertThatThrownBy(() -> ServerOptions.defaults().withHost("example.org"))
        .hasMessageContaining("token");
    assertThat(ServerOptions.defaults().withHost("::1").tokenRequired()).isFalse();
    assertThat(ServerOptions.defaults().withToken(TOKEN).withHost("0.0.0.0").tokenRequired())
        .isTrue();
    assertThatThrownBy(() -> ServerOptions.defaults().withToken("short"))
        .hasMessageContaining("16");
  }

  static HttpResponse<String> post(String body, String token)
      throws IOException, InterruptedException {
    return post(server, body, token);
  }

  static HttpResponse<String> post(KhaldunServer target, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(target.url() + "/api/articles"))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("Content-Type", "application/x-ndjson");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void noteIsGoneOnceStopped(@TempDir Path other) throws Exception {
    Path db = other.resolve("x.duckdb");
    try (EventStore s = EventStore.openInMemory();
        KhaldunServer running =
            KhaldunServer.start(
                s, db, KhaldunServerTest::fakeCode, ServerOptions.defaults().withPort(0))) {
      assertThat(ServerFile.find(db))
          .hasValueSatisfying(note -> assertThat(note.url()).isEqualTo(running.url()));
    }
    assertThat(Files.exists(ServerFile.pathFor(db))).isFalse();
  }
}
