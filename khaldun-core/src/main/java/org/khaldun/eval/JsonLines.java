package org.khaldun.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khaldun.output.Json;

/**
 * Reads gold files: one JSON object per line, blank lines skipped. Gold data is trusted, so a
 * malformed line fails the run with file:line and the reason rather than being skipped, which would
 * silently change the denominators.
 */
final class JsonLines {

  /** Converts one parsed line; throws IllegalArgumentException naming what is wrong. */
  interface LineParser<T> {
    T parse(JsonNode node);
  }

  private JsonLines() {}

  static <T> List<T> read(List<Path> files, int limit, LineParser<T> parser) {
    List<T> out = new ArrayList<>();
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        int number = 0;
        while (out.size() < limit && (line = in.readLine()) != null) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          try {
            out.add(parser.parse(Json.mapper().readTree(line)));
          } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                file + ":" + number + ": not JSON: " + e.getOriginalMessage(), e);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      if (out.size() >= limit) {
        break;
      }
    }
    return out;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static String expectText(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw new IllegalArgumentException("missing field \"" + field + "\"");
    }
    return value;
  }

  static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.asDouble();
    }
    try {
      return Double.valueOf(value.asText().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("field \"" + field + "\" is not a number: " + value);
    }
  }

  static int expectInt(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new IllegalArgumentException("missing or non-integer field \"" + field + "\"");
    }
    return value.asInt();
  }
}
