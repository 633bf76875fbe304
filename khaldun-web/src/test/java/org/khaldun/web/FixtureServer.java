package org.khaldun.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A stand-in for {@code khaldun serve} in the browser tests: the page's static files and the
 * Leaflet WebJar from the classpath, and the API contract's read endpoints over a few hand-written
 * events (test resources {@code fixture/events.jsonl} and {@code fixture/articles.json}). Not a
 * server for use: it implements only what the page asks for.
 */
final class FixtureServer implements AutoCloseable {

  private static final String WEB = "org/khaldun/web/";
  private static final String WEBJARS = "META-INF/resources/webjars/";
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json; charset=utf-8",
          "png", "image/png",
          "svg", "image/svg+xml");

  private final ObjectMapper json = new ObjectMapper();
  private final List<JsonNode> events;
  private final Map<String, JsonNode> articles;
  private final HttpServer server;

  /** When set, every /api/ request answers HTTP 500, to show the page's error states. */
  private volatile boolean failing;

  FixtureServer() {
    this.events = readEvents();
    this.articles = readArticles();
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the fixture server's socket", e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  void failing(boolean failing) {
    this.failing = failing;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!"GET".equals(exchange.getRequestMethod())) {
        sendJson(exchange, 405, error("only GET here"));
      } else if (path.startsWith("/api/")) {
        if (failing) {
          sendJson(exchange, 500, error("fixture set to fail"));
        } else {
          api(exchange, path.substring("/api/".length()), query(exchange.getRequestURI()));
        }
      } else if (path.startsWith("/webjars/")) {
        sendResource(exchange, WEBJARS + path.substring("/webjars/".length()));
      } else {
        sendResource(exchange, WEB + (path.equals("/") ? "index.html" : path.substring(1)));
      }
    }
  }

  private void api(HttpExchange exchange, String route, Map<String, String> query)
      throws IOException {
    if (route.equals("events")) {
      List<JsonNode> matching = filtered(query);
      int page = Integer.parseInt(query.getOrDefault("page", "1"));
      int size = Integer.parseInt(query.getOrDefault("page_size", "50"));
      if (size < 1 || size > 500) {
        sendJson(exchange, 400, error("page_size must be 1 to 500").put("parameter", "page_size"));
        return;
      }
      ObjectNode body = json.createObjectNode();
      body.put("total", matching.size());
      body.put("page", page);
      body.put("page_size", size);
      ArrayNode list = body.putArray("events");
      matching.stream().skip((long) (page - 1) * size).limit(size).forEach(list::add);
      sendJson(exchange, 200, body);
    } else if (route.startsWith("events/")) {
      String id = route.substring("events/".length());
      JsonNode event =
          events.stream()
              .filter(e -> e.path("event_id").asText().equals(id))
              .findFirst()
              .orElse(null);
      if (event == null) {
        sendJson(exchange, 404, error("no event " + id));
        return;
      }
      ObjectNode body = json.createObjectNode();
      body.set("event", event);
      body.set("article", articles.get(event.path("article_id").asText()));
      sendJson(exchange, 200, body);
    } else if (route.equals("aggregates")) {
      String by = query.getOrDefault("by", "");
      Function<JsonNode, String> key = bucketKey(by);
      if (key == null) {
        sendJson(exchange, 400, error("unknown by: " + by).put("parameter", "by"));
        return;
      }
      // fused=true counts fused events, by their date, as the server does for the timeline
      boolean fused = "true".equals(query.get("fused"));
      if (fused && !by.equals("day") && !by.equals("week")) {
        sendJson(exchange, 400, error("fused events by day or week").put("parameter", "by"));
        return;
      }
      List<JsonNode> counted = fused ? new ArrayList<>(fused(filtered(query))) : filtered(query);
      sendJson(exchange, 200, aggregate(by, key, counted));
    } else if (route.equals("fused")) {
      ObjectNode body = json.createObjectNode();
      List<ObjectNode> fused = fused(filtered(query));
      int page = Integer.parseInt(query.getOrDefault("page", "1"));
      int size = Integer.parseInt(query.getOrDefault("page_size", "50"));
      body.put("total", fused.size());
      body.put("page", page);
      body.put("page_size", size);
      ArrayNode list = body.putArray("fused_events");
      fused.stream().skip((long) (page - 1) * size).limit(size).forEach(list::add);
      sendJson(exchange, 200, body);
    } else if (route.equals("health")) {
      sendJson(
          exchange,
          200,
          json.createObjectNode()
              .put("status", "ok")
              .put("articles", articles.size())
              .put("events", events.size()));
    } else {
      sendJson(exchange, 404, error("no route " + route));
    }
  }

  /**
   * The fixture events grouped as the server's fusion would show them: one fused event per type,
   * date and place, its reports in file order, each outlet counted once.
   */
  private List<ObjectNode> fused(List<JsonNode> matching) {
    Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
    for (JsonNode e : matching) {
      String key =
          e.path("event_type").asText()
              + "|"
              + e.path("date").asText()
              + "|"
              + e.path("location").path("name").asText();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    List<ObjectNode> out = new ArrayList<>();
    for (List<JsonNode> reports : groups.values()) {
      JsonNode first = reports.get(0);
      ObjectNode f = json.createObjectNode();
      f.put("fused_id", "fu-" + first.path("event_id").asText());
      f.put("event_type", first.path("event_type").asText());
      f.put("quad_class", first.path("quad_class").asText());
      f.put("report_count", reports.size());
      ArrayNode outlets = f.putArray("outlets");
      reports.stream()
          .map(r -> r.path("article").path("source").asText("unknown"))
          .distinct()
          .forEach(outlets::add);
      f.put("independent_sources", outlets.size());
      f.set("location", first.path("location"));
      f.put("date", first.path("date").asText(null));
      f.set("source", first.path("source"));
      f.set("target", first.path("target"));
      f.putArray("choices")
          .add(
              "place: "
                  + first.path("location").path("name").asText()
                  + ", named by "
                  + outlets.size()
                  + " sources");
      ArrayNode list = f.putArray("reports");
      for (int i = 0; i < reports.size(); i++) {
        ObjectNode r = json.createObjectNode();
        r.set("event", reports.get(i));
        r.putNull("duplicate_of");
        r.put("reason", i == 0 ? "first report" : "same type, place and day");
        r.put("independent", true);
        list.add(r);
      }
      out.add(f);
    }
    out.sort(Comparator.comparingInt((ObjectNode f) -> -f.path("report_count").asInt()));
    return out;
  }

  private List<JsonNode> filtered(Map<String, String> query) {
    Predicate<JsonNode> keep = e -> true;
    String from = query.get("from");
    String to = query.get("to");
    if (from != null) keep = keep.and(e -> e.path("date").asText("").compareTo(from) >= 0);
    if (to != null) {
      keep = keep.and(e -> !e.path("date").asText("").isEmpty());
      keep = keep.and(e -> e.path("date").asText("").compareTo(to) <= 0);
    }
    String type = query.get("type");
    if (type != null) {
      Set<String> types = Set.of(type.split(","));
      keep = keep.and(e -> types.contains(e.path("event_type").asText()));
    }
    String actor = query.get("actor");
    if (actor != null) {
      String needle = actor.toLowerCase(Locale.ROOT);
      keep =
          keep.and(
              e ->
                  actorMatches(e.path("source"), needle) || actorMatches(e.path("target"), needle));
    }
    String country = query.get("country");
    if (country != null)
      keep = keep.and(e -> e.path("location").path("country").asText().equals(country));
    String q = query.get("q");
    if (q != null) {
      String needle = q.toLowerCase(Locale.ROOT);
      keep = keep.and(e -> e.path("sentence").asText().toLowerCase(Locale.ROOT).contains(needle));
    }
    return events.stream()
        .filter(keep)
        .sorted(
            Comparator.comparing((JsonNode e) -> e.path("date").asText(""))
                .reversed()
                .thenComparing(e -> e.path("event_id").asText()))
        .toList();
  }

  private static boolean actorMatches(JsonNode actor, String needle) {
    return actor.isObject()
        && (actor.path("id").asText().toLowerCase(Locale.ROOT).equals(needle)
            || actor.path("name").asText().toLowerCase(Locale.ROOT).contains(needle));
  }

  private static Function<JsonNode, String> bucketKey(String by) {
    return switch (by) {
      case "day" -> e -> e.path("date").asText(null);
      case "week" ->
          e -> {
            String date = e.path("date").asText(null);
            if (date == null) return null;
            LocalDate day = LocalDate.parse(date);
            return day.minusDays(day.getDayOfWeek().getValue() - 1L).toString();
          };
      case "admin1" -> e -> e.path("location").path("admin1_code").asText(null);
      case "country" -> e -> e.path("location").path("country").asText(null);
      case "type" -> e -> e.path("event_type").asText(null);
      case "actor" -> e -> e.path("source").path("id").asText(null);
      default -> null;
    };
  }

  private ObjectNode aggregate(String by, Function<JsonNode, String> key, List<JsonNode> events) {
    Map<String, List<JsonNode>> groups = new TreeMap<>();
    for (JsonNode e : events) {
      String k = key.apply(e);
      if (k != null && !k.isEmpty()) groups.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
    }
    List<Map.Entry<String, List<JsonNode>>> ordered = new ArrayList<>(groups.entrySet());
    boolean byTime = by.equals("day") || by.equals("week");
    if (!byTime) ordered.sort(Comparator.comparing(g -> -g.getValue().size()));
    ObjectNode body = json.createObjectNode().put("by", by);
    ArrayNode buckets = body.putArray("buckets");
    for (Map.Entry<String, List<JsonNode>> group : ordered) {
      ObjectNode bucket = buckets.addObject();
      List<JsonNode> members = group.getValue();
      bucket.put("key", group.getKey());
      bucket.put("label", label(by, group.getKey(), members.get(0)));
      bucket.put("count", members.size());
      if (by.equals("admin1") || by.equals("country")) {
        bucket.put(
            "lat",
            members.stream()
                .mapToDouble(e -> e.path("location").path("lat").asDouble())
                .average()
                .orElse(0));
        bucket.put(
            "lon",
            members.stream()
                .mapToDouble(e -> e.path("location").path("lon").asDouble())
                .average()
                .orElse(0));
      }
    }
    return body;
  }

  private static String label(String by, String key, JsonNode sample) {
    return switch (by) {
      case "admin1" -> sample.path("location").path("admin1").asText(key);
      case "actor" -> sample.path("source").path("name").asText(key);
      default -> key;
    };
  }

  private ObjectNode error(String message) {
    return json.createObjectNode().put("error", message);
  }

  private void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
    send(exchange, status, TYPES.get("json"), json.writeValueAsBytes(body));
  }

  private void sendResource(HttpExchange exchange, String name) throws IOException {
    if (name.contains("..")) {
      sendJson(exchange, 404, error("not found"));
      return;
    }
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        sendJson(exchange, 404, error("not found: " + name));
        return;
      }
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) return query;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (!value.isEmpty()) query.merge(name, value, (a, b) -> a + "," + b);
    }
    return query;
  }

  private List<JsonNode> readEvents() {
    List<JsonNode> list = new ArrayList<>();
    try (BufferedReader in = resource("fixture/events.jsonl")) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) list.add(json.readTree(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture/events.jsonl", e);
    }
    return List.copyOf(list);
  }

  private Map<String, JsonNode> readArticles() {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    try (BufferedReader in = resource("fixture/articles.json")) {
      for (JsonNode article : json.readTree(in)) {
        ObjectNode copy = article.deepCopy();
        String id = article.path("article_id").asText();
        copy.put(
            "event_count",
            events.stream().filter(e -> e.path("article_id").asText().equals(id)).count());
        map.put(id, copy);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture/articles.json", e);
    }
    return map;
  }

  private BufferedReader resource(String name) {
    InputStream in = getClass().getResourceAsStream(name);
    Objects.requireNonNull(in, () -> "missing test resource org/khaldun/web/" + name);
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
