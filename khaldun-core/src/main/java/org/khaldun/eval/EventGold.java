package org.khaldun.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khaldun.ontology.Ontology;

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
    List<String> cameoRoots,
    Integer dead,
    Integer injured,
    Integer size,
    List<String> contexts) {

  EventGold {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    cameoRoots = List.copyOf(cameoRoots);
    contexts = List.copyOf(contexts);
  }

  /**
   * Gold context names as written in older PLOVER drafts, mapped to the PLOVER 2.0 names Khaldun
   * emits; names with no counterpart ("historical", "unknown", "discrimination") are not scored.
   */
  private static final Map<String, String> CONTEXT_NAMES =
      Map.ofEntries(
          Map.entry("refugee", "migration"),
          Map.entry("refugees", "migration"),
          Map.entry("rights", "human_rights"),
          Map.entry("resources", "resource"),
          Map.entry("politics", "political"),
          Map.entry("religion", "religion_ethnicity"),
          Map.entry("disaster", "enviro_disaster"),
          Map.entry("environment", "enviro_disaster"));

  /** Lower bounds of vague amounts, the same as Khaldun's coder uses (two of the unit). */
  private static final Map<String, Integer> VAGUE =
      Map.of(
          "dozens", 24,
          "scores", 40,
          "hundreds", 200,
          "thousands", 2_000,
          "tens of thousands", 20_000,
          "hundreds of thousands", 200_000,
          "millions", 2_000_000);

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
        roots,
        amount(JsonLines.text(node, "dead")),
        amount(JsonLines.text(node, "injured")),
        amount(JsonLines.text(node, "size")),
        contexts(JsonLines.text(node, "context")));
  }

  /** A gold figure: digits, or a vague amount as its lower bound; null when neither ("group"). */
  private static Integer amount(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().toLowerCase(Locale.ROOT).replace(",", "");
    if (v.matches("\\d{1,9}")) {
      return Integer.parseInt(v);
    }
    return VAGUE.get(v);
  }

  private static List<String> contexts(String value) {
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    for (String part : value.split(",")) {
      String c = part.strip().toLowerCase(Locale.ROOT);
      c = CONTEXT_NAMES.getOrDefault(c, c);
      if (Ontology.standard().isContext(c) && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * CAMEO's own country codes where they differ from ISO 3166 alpha-3 (CAMEO codebook, actor
   * codes), so that gold coded in CAMEO compares with Khaldun's ISO codes.
   */
  private static final Map<String, String> CAMEO_COUNTRY_CODES =
      Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  private static List<Actor> actors(JsonNode list) {
    List<Actor> out = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode a : list) {
        String code = JsonLines.text(a, "code");
        String sector = JsonLines.text(a, "sector");
        code = code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
        code = code == null ? null : CAMEO_COUNTRY_CODES.getOrDefault(code, code);
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
