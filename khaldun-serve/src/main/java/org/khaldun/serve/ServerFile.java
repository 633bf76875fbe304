package org.khaldun.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.khaldun.output.Json;

/**
 * The note a running server leaves next to its database, {@code DB.server.json}: DuckDB lets one
 * process hold the file, so {@code khaldun ingest} reads this note to hand its articles to the
 * server instead. Holds the address and whether a token is needed, never the token.
 *
 * @param url the server's base URL, e.g. {@code http://127.0.0.1:8077}
 * @param pid the server's process id
 * @param tokenRequired whether writing needs {@code Authorization: Bearer TOKEN}
 */
public record ServerFile(String url, long pid, boolean tokenRequired) {

  /** Where the note for {@code database} lives. */
  public static Path pathFor(Path database) {
    return database.resolveSibling(database.getFileName() + ".server.json");
  }

  /** Reads the note, if there is one that can be read. */
  public static Optional<ServerFile> find(Path database) {
    Path file = pathFor(database);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode json = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (!json.hasNonNull("url")) {
        return Optional.empty();
      }
      return Optional.of(
          new ServerFile(
              json.get("url").asText(),
              json.path("pid").asLong(),
              json.path("token_required").asBoolean()));
    } catch (JsonProcessingException e) {
      // a note cut short (its server killed while writing it) points nowhere: as good as none
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  void write(Path database) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("url", url);
    json.put("pid", pid);
    json.put("token_required", tokenRequired);
    json.put("database", database.toAbsolutePath().toString());
    try {
      Files.writeString(
          pathFor(database), Json.mapper().writeValueAsString(json), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + pathFor(database) + ": " + e, e);
    }
  }

  static void delete(Path database) {
    try {
      Files.deleteIfExists(pathFor(database));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + pathFor(database) + ": " + e, e);
    }
  }
}
