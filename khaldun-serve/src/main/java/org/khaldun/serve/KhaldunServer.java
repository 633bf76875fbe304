package org.khaldun.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.khaldun.fuse.FusedEvent;
import org.khaldun.ingest.IngestOptions;
import org.khaldun.output.EventRecord;
import org.khaldun.output.Json;
import org.khaldun.store.Aggregation;
import org.khaldun.store.ArticleDetail;
import org.khaldun.store.ArticleSummary;
import org.khaldun.store.Bucket;
import org.khaldun.store.EventQuery;
import org.khaldun.store.EventStore;
import org.khaldun.store.ExportFormat;
import org.khaldun.store.InvalidParameterException;
import org.khaldun.store.Page;
import org.khaldun.store.StoreException;

/**
 * The REST API over an {@link EventStore} (see {@code API-CONTRACT.md} for the endpoints), the web
 * page from the classpath folder {@code org/khaldun/web/}, and WebJars at {@code /webjars/}.
 *
 * <p>Every reply of {@code /api/} is JSON (exports aside); a bad parameter is a 400 whose body
 * names it, an unknown id a 404. Writing ({@code POST /api/articles}) needs the bearer token when
 * the options carry one, which they must when the server listens beyond loopback.
 */
public final class KhaldunServer implements AutoCloseable {
  static final String WEB_FOLDER = "/org/khaldun/web";

  private final Javalin app;
  private final Path database;
  private final String host;

  private KhaldunServer(Javalin app, Path database, String host) {
    this.app = app;
    this.database = database;
    this.host = host;
  }

  /**
   * Starts serving {@code store}. When {@code database} is not null, a {@link ServerFile} note is
   * left next to it for as long as the server runs.
   */
  public static KhaldunServer start(
      EventStore store, Path database, ArticleCoder coder, ServerOptions options) {
    return start(store, database, coder, IngestOptions.defaults(), options);
  }

  /** As above, reading posted articles with these ingest options (language check, limits). */
  public static KhaldunServer start(
      EventStore store,
      Path database,
      ArticleCoder coder,
      IngestOptions ingest,
      ServerOptions options) {
    Routes routes = new Routes(store, new ArticleIntake(store, coder, ingest), options);
    Javalin app = Javalin.create(config -> configure(config, routes, options));
    app.start(options.host(), options.port());
    KhaldunServer server = new KhaldunServer(app, database, options.host());
    if (database != null) {
      new ServerFile(server.url(), ProcessHandle.current().pid(), options.tokenRequired())
          .write(database);
    }
    return server;
  }

  /** The port listened on (the one picked when the options asked for 0). */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8077}. */
  public String url() {
    // a wildcard bind is reached on loopback from this machine
    String reach = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    return "http://" + (reach.contains(":") ? "[" + reach + "]" : reach) + ":" + port();
  }

  @Override
  public void close() {
    app.stop();
    if (database != null) {
      ServerFile.delete(database);
    }
  }

  private static void configure(JavalinConfig config, Routes routes, ServerOptions options) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = options.maxRequestBytes();
    config.staticFiles.enableWebjars();
    boolean web = KhaldunServer.class.getResource(WEB_FOLDER + "/index.html") != null;
    if (web) {
      config.staticFiles.add(WEB_FOLDER, Location.CLASSPATH);
    } else {
      config.routes.get(
          "/",
          ctx ->
              ctx.contentType("text/plain; charset=utf-8")
                  .result(
                      "Khaldun's API is running (see /api/health), but the web page is not in"
                          + " this build: add the khaldun-web module to the class path.\n"));
    }
    if (ServerOptions.isLoopback(options.host())) {
      config.routes.before(routes::checkHost);
    }
    config.routes.get("/api/health", routes::health);
    config.routes.get("/api/events", routes::events);
    config.routes.get("/api/events/{id}", routes::event);
    config.routes.get("/api/fused", routes::fusedEvents);
    config.routes.get("/api/fused/{id}", routes::fusedEvent);
    config.routes.get("/api/articles", routes::articles);
    config.routes.get("/api/articles/{id}", routes::article);
    config.routes.post("/api/articles", routes::postArticles);
    config.routes.get("/api/aggregates", routes::aggregates);
    config.routes.get("/api/export", routes::export);
    config.routes.exception(
        InvalidParameterException.class,
        (e, ctx) -> Routes.error(ctx, 400, e.getMessage(), e.parameter()));
    config.routes.exception(
        StoreException.class, (e, ctx) -> Routes.error(ctx, 500, e.getMessage(), null));
    config.routes.error(
        404,
        ctx -> {
          String type = ctx.res().getContentType();
          if (ctx.path().startsWith("/api/") && (type == null || !type.contains("json"))) {
            Routes.error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path(), null);
          }
        });
    config.routes.error(
        413,
        ctx ->
            Routes.error(
                ctx,
                413,
                "request body is over the limit of " + options.maxRequestBytes() + " bytes",
                null));
  }

  /** The handlers; each reads its parameters, asks the store, and writes JSON. */
  static final class Routes {
    private final EventStore store;
    private final ArticleIntake intake;
    private final ServerOptions options;

    Routes(EventStore store, ArticleIntake intake, ServerOptions options) {
      this.store = store;
      this.intake = intake;
      this.options = options;
    }

    /**
     * On loopback, only requests addressed to a loopback name are answered: a web page whose domain
     * was re-pointed to 127.0.0.1 (DNS rebinding) sends its own name as Host, and so cannot read
     * the events through the visitor's browser.
     */
    void checkHost(Context ctx) {
      String host = ctx.header("Host");
      String name = host == null ? "" : host.toLowerCase(Locale.ROOT);
      if (name.startsWith("[")) {
        name = name.substring(0, Math.max(name.indexOf(']') + 1, 1));
      } else if (name.contains(":")) {
        name = name.substring(0, name.indexOf(':'));
      }
      if (!name.equals("localhost") && !ServerOptions.isLoopback(name)) {
        error(ctx, 421, "this server answers only requests addressed to localhost", null);
        ctx.skipRemainingHandlers();
      }
    }

    void health(Context ctx) {
      EventStore.Counts counts = store.counts();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", "ok");
      body.put("articles", counts.articles());
      body.put("events", counts.events());
      json(ctx, 200, body);
    }

    void events(Context ctx) {
      Page<EventRecord> page = store.events(EventQuery.parse(ctx.queryParamMap()));
      Map<String, String> fusedIds =
          store.fusedIdsOf(page.items().stream().map(EventRecord::eventId).toList());
      List<ObjectNode> items = new ArrayList<>(page.items().size());
      for (EventRecord event : page.items()) {
        ObjectNode node = Json.mapper().valueToTree(event);
        node.put("fused_id", fusedIds.get(event.eventId()));
        items.add(node);
      }
      json(
          ctx,
          200,
          envelope(new Page<>(page.total(), page.page(), page.pageSize(), items), "events"));
    }

    void fusedEvents(Context ctx) {
      Page<FusedEvent> page = store.fused(EventQuery.parse(ctx.queryParamMap()));
      json(ctx, 200, envelope(page, "fused_events"));
    }

    void fusedEvent(Context ctx) {
      Optional<FusedEvent> fused = store.findFused(ctx.pathParam("id"));
      if (fused.isEmpty()) {
        error(ctx, 404, "no fused event with id " + ctx.pathParam("id"), null);
        return;
      }
      json(ctx, 200, fused.get());
    }

    void event(Context ctx) {
      Optional<EventRecord> event = store.findEvent(ctx.pathParam("id"));
      if (event.isEmpty()) {
        error(ctx, 404, "no event with id " + ctx.pathParam("id"), null);
        return;
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("event", event.get());
      body.put(
          "fused_id", store.fusedIdsOf(List.of(event.get().eventId())).get(event.get().eventId()));
      body.put("article", store.findArticle(event.get().articleId()).orElse(null));
      json(ctx, 200, body);
    }

    void articles(Context ctx) {
      Page<ArticleSummary> page = store.articles(EventQuery.parsePage(ctx.queryParamMap()));
      json(ctx, 200, envelope(page, "articles"));
    }

    void article(Context ctx) {
      String id = ctx.pathParam("id");
      Optional<ArticleDetail> article = store.findArticle(id);
      if (article.isEmpty()) {
        error(ctx, 404, "no article with id " + id, null);
        return;
      }
      ObjectNode body = Json.mapper().valueToTree(article.get());
      body.set("events", Json.mapper().valueToTree(store.eventsOf(id)));
      json(ctx, 200, body);
    }

    /** Whether the request asks for fused events ({@code fused=true}) rather than reports. */
    private static boolean fused(Context ctx) {
      List<String> fused = ctx.queryParamMap().getOrDefault("fused", List.of());
      return !fused.isEmpty() && fused.get(0).equalsIgnoreCase("true");
    }

    void aggregates(Context ctx) {
      List<String> by = ctx.queryParamMap().getOrDefault("by", List.of());
      Aggregation aggregation = Aggregation.parse(by.isEmpty() ? null : by.get(0));
      EventQuery filters = EventQuery.parse(ctx.queryParamMap());
      List<Bucket> buckets =
          fused(ctx)
              ? store.aggregateFused(aggregation, filters)
              : store.aggregate(aggregation, filters);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("by", aggregation.name().toLowerCase(Locale.ROOT));
      body.put("buckets", buckets);
      json(ctx, 200, body);
    }

    void export(Context ctx) throws IOException {
      List<String> formats = ctx.queryParamMap().getOrDefault("format", List.of());
      ExportFormat format = ExportFormat.parse(formats.isEmpty() ? null : formats.get(0));
      EventQuery filters = EventQuery.parse(ctx.queryParamMap());
      boolean fused = fused(ctx);
      ctx.contentType(format.mediaType());
      ctx.header(
          "Content-Disposition",
          "attachment; filename=\""
              + (fused ? "fused-events." : "events.")
              + format.extension()
              + "\"");
      if (format == ExportFormat.PARQUET) {
        // DuckDB writes Parquet only to a file: a temporary one, sent and deleted
        Path file = Files.createTempFile("khaldun-export-", ".parquet");
        try {
          Files.delete(file);
          if (fused) {
            store.exportFused(filters, format, file);
          } else {
            store.export(filters, format, file);
          }
          try (InputStream in = Files.newInputStream(file);
              OutputStream out = ctx.outputStream()) {
            in.transferTo(out);
          }
        } finally {
          Files.deleteIfExists(file);
        }
      } else {
        try (OutputStream out = ctx.outputStream()) {
          if (fused) {
            store.exportFused(filters, format, out);
          } else {
            store.export(filters, format, out);
          }
        }
      }
    }

    void postArticles(Context ctx) {
      if (options.tokenRequired() && !hasToken(ctx)) {
        ctx.header("WWW-Authenticate", "Bearer");
        error(ctx, 401, "writing needs the header 'Authorization: Bearer TOKEN'", null);
        return;
      }
      String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
      if (!type.contains("json")) {
        // a JSON type makes a browser ask before sending from another site: no page on the web
        // can make a visitor's browser post articles to a server on their machine
        error(ctx, 415, "send the articles as application/json or application/x-ndjson", null);
        return;
      }
      String length = ctx.header("Content-Length");
      if (length != null
          && length.matches("\\d{1,18}")
          && Long.parseLong(length) > options.maxRequestBytes()) {
        error(
            ctx,
            413,
            "request body is over the limit of " + options.maxRequestBytes() + " bytes",
            null);
        return;
      }
      byte[] body = ctx.bodyAsBytes();
      if (body.length == 0) {
        error(ctx, 400, "the body must hold one JSON article, or JSON Lines of them", "body");
        return;
      }
      ArticleIntake.Result result = intake.accept(body);
      json(ctx, 200, result);
    }

    private boolean hasToken(Context ctx) {
      String header = ctx.header("Authorization");
      if (header == null || !header.startsWith("Bearer ")) {
        return false;
      }
      byte[] given = header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
      // constant time, so the comparison does not reveal how much of a guess was right
      return MessageDigest.isEqual(given, options.token().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> envelope(Page<?> page, String name) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("total", page.total());
      body.put("page", page.page());
      body.put("page_size", page.pageSize());
      body.put(name, page.items());
      return body;
    }

    static void error(Context ctx, int status, String message, String parameter) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", message);
      if (parameter != null) {
        body.put("parameter", parameter);
      }
      json(ctx, status, body);
    }

    static void json(Context ctx, int status, Object body) {
      try {
        ctx.status(status)
            .contentType("application/json; charset=utf-8")
            .result(Json.mapper().writeValueAsBytes(body));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
      }
    }
  }
}
