package org.khaldun.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khaldun.ingest.Article;
import org.khaldun.output.Json;

/**
 * Hands articles to a running server ({@code POST /api/articles}), for a {@code khaldun ingest}
 * whose database the server holds. Articles go as JSON Lines with their cleaned text, so the server
 * stores the same article ids and content hashes a direct ingest would.
 */
public final class ServerClient {
  /** What the server answered for one or more posts. */
  public record Totals(int articles, int unchanged, int events, List<String> problems) {}

  private final ServerFile server;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** {@code token} may be null when the server needs none. */
  public ServerClient(ServerFile server, String token) {
    this.server = server;
    this.token = token;
    if (server.tokenRequired() && (token == null || token.isBlank())) {
      throw new IllegalArgumentException(
          "the server at " + server.url() + " needs a token: give --token or set KHALDUN_TOKEN");
    }
  }

  /**
   * Asks the server for an export ({@code GET /api/export}) and copies it to {@code out}: the way
   * to export from a database the server holds.
   */
  public void export(Map<String, List<String>> parameters, java.io.OutputStream out) {
    StringBuilder query = new StringBuilder();
    parameters.forEach(
        (name, values) ->
            values.forEach(
                value ->
                    query
                        .append(query.length() == 0 ? "?" : "&")
                        .append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url() + "/api/export" + query)).GET().build();
    try {
      HttpResponse<java.io.InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (java.io.InputStream in = response.body()) {
        if (response.statusCode() != 200) {
          String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          String error = body;
          try {
            error = Json.mapper().readTree(body).path("error").asText(body);
          } catch (JsonProcessingException e) {
            // not JSON: the body itself says what went wrong
          }
          throw new IllegalStateException(
              "the server at "
                  + server.url()
                  + " answered "
                  + response.statusCode()
                  + ": "
                  + error);
        }
        in.transferTo(out);
      }
    } catch (ConnectException e) {
      throw new IllegalStateException(
          "the server at " + server.url() + " (pid " + server.pid() + ") does not answer", e);
    } catch (IOException e) {
      throw new IllegalStateException("export from " + server.url() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while exporting from " + server.url(), e);
    }
  }

  /** Posts the articles in one request and returns the server's counts. */
  public Totals post(List<Article> articles) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Article a : articles) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", a.id());
      line.put("url", a.url());
      line.put("title", a.title());
      line.put("date", a.date() == null ? null : a.date().toString());
      line.put("source", a.source());
      line.put("byline", a.byline());
      line.put("text", a.text());
      try {
        body.write(Json.mapper().writeValueAsBytes(line));
      } catch (IOException e) {
        throw new IllegalStateException("article cannot be serialised: " + e.getMessage(), e);
      }
      body.write('\n');
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url() + "/api/articles"))
            .timeout(Duration.ofMinutes(30))
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (token != null && !token.isBlank()) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      throw new IllegalStateException(
          "the server at " + server.url() + " (pid " + server.pid() + ") does not answer", e);
    } catch (IOException e) {
      throw new IllegalStateException(
          "posting to " + server.url() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting to " + server.url(), e);
    }
    try {
      JsonNode json = Json.mapper().readTree(response.body());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the server at "
                + server.url()
                + " answered "
                + response.statusCode()
                + ": "
                + json.path("error").asText(response.body()));
      }
      List<String> problems = new ArrayList<>();
      json.path("problems").forEach(p -> problems.add(p.asText()));
      return new Totals(
          json.path("articles").asInt(),
          json.path("unchanged").asInt(),
          json.path("events").asInt(),
          problems);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "the server at "
              + server.url()
              + " answered "
              + response.statusCode()
              + " with something that is not JSON",
          e);
    }
  }
}
