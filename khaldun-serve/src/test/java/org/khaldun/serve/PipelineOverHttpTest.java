package org.khaldun.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.khaldun.output.Json;
import org.khaldun.pipeline.PipelineOptions;
import org.khaldun.store.EventStore;

/** The whole path with the real pipeline: an article posted, coded, stored, read back. */
class PipelineOverHttpTest {

  @Test
  void postedArticleIsCodedAndItsEventsPointIntoItsText() throws Exception {
    String article =
        "{\"id\": \"kirkuk-1\", \"title\": \"Militants attack army checkpoint in Kirkuk\","
            + " \"date\": \"2024-03-12\", \"text\": \"Islamic State militants attacked an Iraqi"
            + " army checkpoint in Kirkuk on Tuesday, killing two soldiers, the Iraqi military"
            + " said.\"}";
    HttpClient http = HttpClient.newHttpClient();
    try (EventStore store = EventStore.openInMemory();
        KhaldunServer server =
            KhaldunServer.start(
                store,
                null,
                ArticleCoder.lazyPipeline(PipelineOptions.defaults()),
                ServerOptions.defaults().withPort(0))) {
      HttpResponse<String> posted =
          http.send(
              HttpRequest.newBuilder(URI.create(server.url() + "/api/articles"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
      assertThat(Json.mapper().readTree(posted.body()).get("events").asInt()).isPositive();

      JsonNode stored =
          Json.mapper()
              .readTree(
                  http.send(
                          HttpRequest.newBuilder(
                                  URI.create(server.url() + "/api/articles/kirkuk-1"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                      .body());
      String text = stored.get("text").asText();
      JsonNode assault = null;
      for (JsonNode event : stored.get("events")) {
        if (event.get("event_type").asText().equals("ASSAULT")) {
          assault = event;
        }
      }
      assertThat(assault).isNotNull();
      JsonNode trigger = assault.get("trigger");
      assertThat(text.substring(trigger.get("begin").asInt(), trigger.get("end").asInt()))
          .isEqualTo(trigger.get("text").asText());
      assertThat(assault.get("location").get("admin1").asText()).isEqualTo("Kirkuk");
    }
  }
}
