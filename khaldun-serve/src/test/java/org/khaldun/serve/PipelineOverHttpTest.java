package org.khaldun.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khaldun.geo.OutletHomes;
import org.khaldun.output.Json;
import org.khaldun.pipeline.PipelineOptions;
import org.khaldun.store.EventStore;

/**
 * The whole path with the real pipeline: an article posted, coded, stored, read back. The server is
 * given a table of outlet homes, as {@code khaldun serve --outlet-homes} gives it.
 */
class PipelineOverHttpTest {
  private static final String HOMES =
      "# host\tcountry\tadmin1\tadmin1_name\tarticles\tshare\n"
          + "theparisnews.com\tUSA\tUS.TX\tTexas\t3\t1.000\n";

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static EventStore store;
  private static KhaldunServer server;

  @BeforeAll
  static void start() throws IOException {
    store = EventStore.openInMemory();
    server =
        KhaldunServer.start(
            store,
            null,
            ArticleCoder.lazyPipeline(
                PipelineOptions.defaults(), OutletHomes.read(new StringReader(HOMES), "homes.tsv")),
            ServerOptions.defaults().withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void postedArticleIsCodedAndItsEventsPointIntoItsText() throws Exception {
    String article =
        "{\"id\": \"kirkuk-1\", \"title\": \"Militants attack army checkpoint in Kirkuk\","
            + " \"date\": \"2024-03-12\", \"text\": \"Islamic State militants attacked an Iraqi"
            + " army checkpoint in Kirkuk on Tuesday, killing two soldiers, the Iraqi military"
            + " said.\"}";
    JsonNode stored = postAndRead(article, "kirkuk-1");
    String text = stored.get("text").asText();
    JsonNode assault = event(stored, "ASSAULT");
    assertThat(assault).isNotNull();
    JsonNode trigger = assault.get("trigger");
    assertThat(text.substring(trigger.get("begin").asInt(), trigger.get("end").asInt()))
        .isEqualTo(trigger.get("text").asText());
    assertThat(assault.get("location").get("admin1").asText()).isEqualTo("Kirkuk");
  }

  @Test
  void placesABareTownInTheHomeAreaTheTableGivesItsOutlet() throws Exception {
    // alone, "Paris" is the French capital; the table says this outlet is a Texas paper
    String article =
        "{\"id\": \"paris-1\", \"url\": \"https://www.theparisnews.com/news/1\","
            + " \"title\": \"Arrest after bar fight\", \"date\": \"2026-03-13\", \"text\":"
            + " \"Police arrested a man in Paris on Friday after a fight outside a bar left two"
            + " people injured, police said.\"}";
    JsonNode location = event(postAndRead(article, "paris-1"), "ASSAULT").get("location");

    assertThat(location.get("name").asText()).isEqualTo("Paris");
    assertThat(location.get("admin1").asText()).isEqualTo("Texas");
    assertThat(location.get("evidence").asText())
        .contains("in the home area of theparisnews.com: Texas");
  }

  private static JsonNode postAndRead(String article, String id) throws Exception {
    HttpResponse<String> posted =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/api/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    assertThat(Json.mapper().readTree(posted.body()).get("events").asInt()).isPositive();
    return Json.mapper()
        .readTree(
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.url() + "/api/articles/" + id))
                        .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body());
  }

  private static JsonNode event(JsonNode article, String type) {
    for (JsonNode event : article.get("events")) {
      if (event.get("event_type").asText().equals(type)) {
        return event;
      }
    }
    return null;
  }
}
