package org.khaldun.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.khaldun.events.EventType;
import org.khaldun.events.QuadClass;

/**
 * A selection of events: filters (all optional, combined with AND) and a page. Validated when
 * built; a bad value throws {@link InvalidParameterException} naming the parameter as the API and
 * the command line spell it.
 *
 * @param from first event date, inclusive, or null
 * @param to last event date, inclusive, or null
 * @param types PLOVER event types (any of them); empty for all
 * @param mode PLOVER mode (case-insensitive), or null
 * @param quadClass quad class, or null
 * @param actor source or target actor: its id exactly, or part of its name (case-insensitive)
 * @param country ISO 3166 alpha-3 code of the event's place, or null
 * @param admin1 admin-1 code of the event's place (e.g. {@code IQ.12}), or null
 * @param bbox the event's place must lie in it, or null
 * @param text words the sentence must contain (case-insensitive substring), or null
 * @param page which page
 */
public record EventQuery(
    LocalDate from,
    LocalDate to,
    Set<EventType> types,
    String mode,
    QuadClass quadClass,
    String actor,
    String country,
    String admin1,
    BoundingBox bbox,
    String text,
    PageRequest page) {

  /** Longest free-text value accepted (actor, q, mode, admin1). */
  public static final int MAX_TEXT = 200;

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

  /** The parameter names {@link #parse} reads. */
  public static final List<String> PARAMETERS =
      List.of(
          "from",
          "to",
          "type",
          "mode",
          "quad_class",
          "actor",
          "country",
          "admin1",
          "bbox",
          "q",
          "page",
          "page_size");

  public EventQuery {
    types = Set.copyOf(types);
    mode = blankToNull(mode, "mode");
    actor = blankToNull(actor, "actor");
    admin1 = blankToNull(admin1, "admin1");
    text = blankToNull(text, "q");
    country = blankToNull(country, "country");
    if (country != null) {
      country = country.toUpperCase(Locale.ROOT);
      if (!COUNTRY.matcher(country).matches()) {
        throw new InvalidParameterException(
            "country", "country must be an ISO alpha-3 code such as IRQ, was \"" + country + "\"");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidParameterException("from", "from (" + from + ") is after to (" + to + ")");
    }
    if (page == null) {
      page = PageRequest.FIRST;
    }
  }

  /** Every event, first page. */
  public static EventQuery all() {
    return new EventQuery(
        null, null, Set.of(), null, null, null, null, null, null, null, PageRequest.FIRST);
  }

  /** The same filters, another page. */
  public EventQuery withPage(PageRequest page) {
    return new EventQuery(
        from, to, types, mode, quadClass, actor, country, admin1, bbox, text, page);
  }

  /**
   * Reads a query from request parameters ({@link #PARAMETERS}); other names are ignored. {@code
   * type} may be repeated or comma-separated.
   */
  public static EventQuery parse(Map<String, List<String>> parameters) {
    Map<String, List<String>> p = parameters;
    Set<EventType> types = new LinkedHashSet<>();
    for (String value : p.getOrDefault("type", List.of())) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          types.add(enumValue(EventType.class, "type", name));
        }
      }
    }
    String quad = single(p, "quad_class");
    String bbox = single(p, "bbox");
    return new EventQuery(
        date(p, "from"),
        date(p, "to"),
        types,
        single(p, "mode"),
        quad == null || quad.isBlank() ? null : enumValue(QuadClass.class, "quad_class", quad),
        single(p, "actor"),
        single(p, "country"),
        single(p, "admin1"),
        bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox),
        single(p, "q"),
        new PageRequest(
            integer(p, "page", 1), integer(p, "page_size", PageRequest.DEFAULT_PAGE_SIZE)));
  }

  /** Reads only the paging parameters. */
  public static PageRequest parsePage(Map<String, List<String>> parameters) {
    return new PageRequest(
        integer(parameters, "page", 1),
        integer(parameters, "page_size", PageRequest.DEFAULT_PAGE_SIZE));
  }

  private static String single(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new InvalidParameterException(name, name + " is given " + values.size() + " times");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  private static LocalDate date(Map<String, List<String>> parameters, String name) {
    String value = single(parameters, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(
          name, name + " must be an ISO date such as 2024-05-01, was \"" + value + "\"");
    }
  }

  private static int integer(Map<String, List<String>> parameters, String name, int fallback) {
    String value = single(parameters, name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(
          name, name + " must be a whole number, was \"" + value + "\"");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name());
      }
      throw new InvalidParameterException(
          parameter, parameter + " \"" + value + "\" is not one of " + String.join(", ", names));
    }
  }

  private static String blankToNull(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw new InvalidParameterException(
          parameter, parameter + " is longer than " + MAX_TEXT + " characters");
    }
    return value.trim();
  }
}
