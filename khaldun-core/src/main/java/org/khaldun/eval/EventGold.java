package org.khaldun.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One gold sentence of an event set. {@code type} is the PLOVER 2.0 type (PLOVER sets) and {@code
 * cameoRoots} the two-digit CAMEO roots of its events (CAMEO sets); either may be absent.
 */
record EventGold(
    String id,
    String text,
    LocalDate date,
    String type,
    List<EventGold.Actor> sources,
    List<EventGold.Actor> targets,
    List<String> cameoRoots) {

  EventGold {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    cameoRoots = List.copyOf(cameoRoots);
  }

  /**
   * A gold actor: {@code code} a country code or a CAMEO group code (IGO, NGO...), {@code sector}
   * the three-letter sector ("CVLalb", an ethnic refinement, is CVL), either null.
   */
  record Actor(String code, String sector) {}

  static EventGold parse(JsonNode node) {
    String id = JsonLines.expectText(node, "id");
    String text = JsonLines.expectText(node, "text");
    String type = JsonLines.text(node, "event");
    List<String> roots = new ArrayList<>();
    JsonNode events = node.get("events");
    if (events != null && events.isArray()) {
      for (JsonNode e : events) {
        String cameo = JsonLines.text(e, "cameo");
        if (cameo != null && cameo.length() >= 2) {
          roots.add(cameo.substring(0, 2));
        }
      }
    }
    return new EventGold(
        id,
        text,
        date(JsonLines.text(node, "date")),
        type == null ? null : type.trim().toUpperCase(Locale.ROOT),
        actors(node.get("source")),
        actors(node.get("target")),
        roots);
  }

  private static List<Actor> actors(JsonNode list) {
    List<Actor> out = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode a : list) {
        String code = JsonLines.text(a, "code");
        String sector = JsonLines.text(a, "sector");
        code = code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
        sector =
            sector != null && sector.trim().length() >= 3 && sector.trim().matches("[A-Za-z].*")
                ? sector.trim().substring(0, 3).toUpperCase(Locale.ROOT)
                : null;
        out.add(new Actor(code, sector));
      }
    }
    return out;
  }

  /**
   * ISO ({@code 2008-08-04}) or basic ({@code 20080804}); anything else is coded undated rather
   * than failing the run, since the date only anchors relative dates and is not scored.
   */
  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 8
          ? LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE)
          : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
