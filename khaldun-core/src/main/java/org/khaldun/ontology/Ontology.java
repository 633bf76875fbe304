package org.khaldun.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khaldun.events.EventType;
import org.khaldun.events.QuadClass;
import org.khaldun.internal.TsvRows;

/**
 * The code sets events are coded in and their correspondences: PLOVER 2.0 types (as {@link
 * EventType}), modes and contexts; CAMEO codes with Goldstein scores; ACLED event and sub-event
 * types; and, for a PLOVER event, its CAMEO code and ACLED type.
 *
 * <p>Loaded from six resource files under {@code org/khaldun/ontology/} (formats in their header
 * comments and README). Loading is strict: an unknown type, mode, context or code, a duplicate key,
 * a Goldstein score off the -10..10 scale or a missing root fails with {@code file:line: reason}.
 * Instances are immutable and thread-safe.
 */
public final class Ontology {
  static final String DIRECTORY = "org/khaldun/ontology/";
  static final String TYPES = "plover-types.tsv";
  static final String MODES = "plover-modes.tsv";
  static final String CONTEXTS = "plover-contexts.tsv";
  static final String CAMEO = "cameo.tsv";
  static final String ACLED = "acled.tsv";
  static final String MAPPINGS = "mappings.tsv";

  /** Opens one file of the set by its name. */
  interface Files {
    Reader open(String fileName) throws IOException;
  }

  /** One row of {@code mappings.tsv}. */
  private record MappingRow(
      EventType type,
      String mode,
      String context,
      String source,
      String target,
      Correspondence result) {
    int specificity() {
      int n = 0;
      for (String key : List.of(mode, context, source, target)) {
        n += key.equals("*") ? 0 : 1;
      }
      return n;
    }
  }

  private static volatile Ontology standard;

  private final Map<EventType, String> typeDescriptions;
  private final Map<EventType, List<PloverMode>> modes;
  private final Map<String, PloverContext> contexts;
  private final Map<String, CameoCode> cameo;
  private final Map<String, List<AcledSubEventType>> acled;
  private final Map<EventType, List<MappingRow>> mappings;

  private Ontology(
      Map<EventType, String> typeDescriptions,
      Map<EventType, List<PloverMode>> modes,
      Map<String, PloverContext> contexts,
      Map<String, CameoCode> cameo,
      Map<String, List<AcledSubEventType>> acled,
      Map<EventType, List<MappingRow>> mappings) {
    this.typeDescriptions = typeDescriptions;
    this.modes = modes;
    this.contexts = contexts;
    this.cameo = cameo;
    this.acled = acled;
    this.mappings = mappings;
  }

  /** The code sets shipped with Khaldun, loaded once. */
  public static Ontology standard() {
    Ontology o = standard;
    if (o == null) {
      synchronized (Ontology.class) {
        o = standard;
        if (o == null) {
          o = load(Ontology::openResource);
          standard = o;
        }
      }
    }
    return o;
  }

  private static Reader openResource(String fileName) {
    String path = DIRECTORY + fileName;
    InputStream in = Ontology.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Loads and checks the six files.
   *
   * @throws IllegalArgumentException for a malformed or inconsistent line, with {@code file:line}
   * @throws UncheckedIOException when a file cannot be read
   */
  static Ontology load(Files files) {
    Map<EventType, String> types = readTypes(rows(files, TYPES, 3));
    Map<EventType, List<PloverMode>> modes = readModes(rows(files, MODES, 4));
    Map<String, PloverContext> contexts = readContexts(rows(files, CONTEXTS, 2));
    Map<String, CameoCode> cameo = readCameo(rows(files, CAMEO, 3));
    Map<String, List<AcledSubEventType>> acled = readAcled(rows(files, ACLED, 3));
    Map<EventType, List<MappingRow>> mappings =
        readMappings(rows(files, MAPPINGS, 8), modes, contexts, cameo, acled);
    return new Ontology(types, modes, contexts, cameo, acled, mappings);
  }

  private static List<TsvRows.Row> rows(Files files, String name, int columns) {
    try (Reader r = files.open(name)) {
      return TsvRows.read(r, name, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static EventType type(TsvRows.Row row, int column) {
    String name = row.cell(column);
    for (EventType t : EventType.values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    throw row.fail("unknown PLOVER type '" + name + "'");
  }

  private static Map<EventType, String> readTypes(List<TsvRows.Row> rows) {
    Map<EventType, String> out = new EnumMap<>(EventType.class);
    for (TsvRows.Row row : rows) {
      EventType type = type(row, 0);
      QuadClass quad;
      try {
        quad = QuadClass.valueOf(row.cell(1));
      } catch (IllegalArgumentException e) {
        throw row.fail("unknown quad class '" + row.cell(1) + "'");
      }
      if (quad != type.quadClass()) {
        throw row.fail(type + " is " + type.quadClass() + " in PLOVER, not " + quad);
      }
      if (out.put(type, row.cell(2)) != null) {
        throw row.fail("duplicate type " + type);
      }
    }
    for (EventType t : EventType.values()) {
      if (!out.containsKey(t)) {
        throw new IllegalArgumentException(TYPES + ": type " + t + " is missing");
      }
    }
    return out;
  }

  private static Map<EventType, List<PloverMode>> readModes(List<TsvRows.Row> rows) {
    Map<EventType, List<PloverMode>> out = new EnumMap<>(EventType.class);
    Set<String> seen = new HashSet<>();
    for (TsvRows.Row row : rows) {
      EventType type = type(row, 0);
      String name = row.cell(1);
      if (!name.matches("[A-Za-z][A-Za-z-]*")) {
        throw row.fail("bad mode name '" + name + "'");
      }
      boolean plover =
          switch (row.cell(2)) {
            case "plover" -> true;
            case "khaldun" -> false;
            default ->
                throw row.fail("origin must be plover or khaldun, not '" + row.cell(2) + "'");
          };
      if (!seen.add(type + "/" + name)) {
        throw row.fail("duplicate mode " + name + " of " + type);
      }
      out.computeIfAbsent(type, k -> new ArrayList<>())
          .add(new PloverMode(type, name, plover, row.cell(3)));
    }
    Map<EventType, List<PloverMode>> frozen = new EnumMap<>(EventType.class);
    for (EventType t : EventType.values()) {
      frozen.put(t, List.copyOf(out.getOrDefault(t, List.of())));
    }
    return frozen;
  }

  private static Map<String, PloverContext> readContexts(List<TsvRows.Row> rows) {
    Map<String, PloverContext> out = new LinkedHashMap<>();
    for (TsvRows.Row row : rows) {
      String name = row.cell(0);
      if (!name.matches("[a-z][a-z_]*")) {
        throw row.fail("bad context name '" + name + "'");
      }
      if (out.put(name, new PloverContext(name, row.cell(1))) != null) {
        throw row.fail("duplicate context " + name);
      }
    }
    return out;
  }

  private static Map<String, CameoCode> readCameo(List<TsvRows.Row> rows) {
    Map<String, CameoCode> out = new LinkedHashMap<>();
    for (TsvRows.Row row : rows) {
      String code = row.cell(0);
      if (!code.matches("\\d{2,4}")) {
        throw row.fail("CAMEO code must be 2 to 4 digits: '" + code + "'");
      }
      int root = Integer.parseInt(code.substring(0, 2));
      if (root < 1 || root > 20) {
        throw row.fail("CAMEO root must be 01 to 20: '" + code + "'");
      }
      if (code.length() > 2 && !out.containsKey(code.substring(0, 2))) {
        throw row.fail("code " + code + " comes before its root " + code.substring(0, 2));
      }
      double score;
      try {
        score = Double.parseDouble(row.cell(1));
      } catch (NumberFormatException e) {
        throw row.fail("Goldstein score is not a number: '" + row.cell(1) + "'");
      }
      if (!(score >= -10 && score <= 10)) {
        throw row.fail("Goldstein score must be between -10 and 10: " + row.cell(1));
      }
      if (out.put(code, new CameoCode(code, score, row.cell(2))) != null) {
        throw row.fail("duplicate CAMEO code " + code);
      }
    }
    for (int r = 1; r <= 20; r++) {
      String root = String.format(Locale.ROOT, "%02d", r);
      if (!out.containsKey(root)) {
        throw new IllegalArgumentException(CAMEO + ": root code " + root + " is missing");
      }
    }
    return out;
  }

  private static Map<String, List<AcledSubEventType>> readAcled(List<TsvRows.Row> rows) {
    Map<String, List<AcledSubEventType>> out = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (TsvRows.Row row : rows) {
      String type = row.cell(0);
      String sub = row.cell(1);
      if (!seen.add(type + "\t" + sub)) {
        throw row.fail("duplicate sub-event type " + type + " / " + sub);
      }
      out.computeIfAbsent(type, k -> new ArrayList<>())
          .add(new AcledSubEventType(type, sub, row.cell(2)));
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  private static Map<EventType, List<MappingRow>> readMappings(
      List<TsvRows.Row> rows,
      Map<EventType, List<PloverMode>> modes,
      Map<String, PloverContext> contexts,
      Map<String, CameoCode> cameo,
      Map<String, List<AcledSubEventType>> acled) {
    Map<EventType, List<MappingRow>> out = new EnumMap<>(EventType.class);
    Set<String> seen = new HashSet<>();
    for (TsvRows.Row row : rows) {
      EventType type = type(row, 0);
      String mode = row.cell(1);
      if (!mode.equals("*") && modes.get(type).stream().noneMatch(m -> m.name().equals(mode))) {
        throw row.fail("unknown mode '" + mode + "' of " + type);
      }
      String context = row.cell(2);
      if (!context.equals("*") && !contexts.containsKey(context)) {
        throw row.fail("unknown context '" + context + "'");
      }
      for (int c = 3; c <= 4; c++) {
        if (!ActorClass.PATTERNS.contains(row.cell(c))) {
          throw row.fail(
              "unknown actor class '" + row.cell(c) + "', expected " + ActorClass.PATTERNS);
        }
      }
      String code = row.cell(5);
      if (!cameo.containsKey(code)) {
        throw row.fail("unknown CAMEO code '" + code + "'");
      }
      String acledType = row.cell(6).equals("-") ? null : row.cell(6);
      String acledSub = row.cell(7).equals("-") ? null : row.cell(7);
      if ((acledType == null) != (acledSub == null)) {
        throw row.fail("ACLED event type and sub-event type must both be given or both be '-'");
      }
      if (acledType != null
          && acled.getOrDefault(acledType, List.of()).stream()
              .noneMatch(s -> s.name().equals(acledSub))) {
        throw row.fail("unknown ACLED sub-event type '" + acledType + " / " + acledSub + "'");
      }
      String key = String.join("\t", row.cells().subList(0, 5));
      if (!seen.add(key)) {
        throw row.fail("duplicate mapping for " + key.replace('\t', ' '));
      }
      String rule = row.where();
      out.computeIfAbsent(type, k -> new ArrayList<>())
          .add(
              new MappingRow(
                  type,
                  mode,
                  context,
                  row.cell(3),
                  row.cell(4),
                  new Correspondence(code, acledType, acledSub, rule)));
    }
    for (EventType t : EventType.values()) {
      if (out.getOrDefault(t, List.of()).stream().noneMatch(m -> m.specificity() == 0)) {
        throw new IllegalArgumentException(
            MAPPINGS + ": " + t + " has no default row (mode, context, source, target all *)");
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  // ---- queries ----

  /** A short description of a PLOVER type. */
  public String describe(EventType type) {
    return typeDescriptions.get(type);
  }

  /** The modes of a type, in file order; empty for types PLOVER gives none. */
  public List<PloverMode> modes(EventType type) {
    return modes.get(type);
  }

  /** The mode of a type with this name, if the type has it. */
  public Optional<PloverMode> findMode(EventType type, String name) {
    return modes.get(type).stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** All PLOVER contexts, in file order. */
  public List<PloverContext> contexts() {
    return List.copyOf(contexts.values());
  }

  public boolean isContext(String name) {
    return contexts.containsKey(name);
  }

  /** The twenty CAMEO root codes, 01 to 20. */
  public List<CameoCode> cameoRoots() {
    return cameo.values().stream().filter(CameoCode::isRoot).toList();
  }

  /** Every CAMEO code in the set, roots and finer codes, in file order. */
  public List<CameoCode> cameoCodes() {
    return List.copyOf(cameo.values());
  }

  /** The CAMEO code, if the set has it. */
  public Optional<CameoCode> findCameo(String code) {
    return Optional.ofNullable(code == null ? null : cameo.get(code));
  }

  /**
   * The CAMEO code.
   *
   * @throws IllegalArgumentException when the set does not have it
   */
  public CameoCode expectCameo(String code) {
    return findCameo(code)
        .orElseThrow(() -> new IllegalArgumentException("unknown CAMEO code '" + code + "'"));
  }

  /**
   * The Goldstein score of a CAMEO code: its own, else (a valid code the set does not list) its
   * root's; empty when the code has no known root.
   */
  public Optional<Double> goldstein(String code) {
    if (code == null || code.length() < 2) {
      return Optional.empty();
    }
    CameoCode c = cameo.get(code);
    if (c == null) {
      c = cameo.get(code.substring(0, 2));
    }
    return Optional.ofNullable(c).map(CameoCode::goldstein);
  }

  /** The six ACLED event types, in codebook order. */
  public List<String> acledEventTypes() {
    return List.copyOf(acled.keySet());
  }

  /** The ACLED sub-event types, grouped by event type in codebook order. */
  public List<AcledSubEventType> acledSubEventTypes() {
    return acled.values().stream().flatMap(List::stream).toList();
  }

  /**
   * The CAMEO code and ACLED type of a PLOVER event: the most specific row of {@code mappings.tsv}
   * matching its type, mode, contexts and actor classes.
   *
   * @param mode the event's mode, or null
   * @param contexts the event's contexts (a row naming a context needs it among these)
   */
  public Correspondence map(
      EventType type,
      String mode,
      Collection<String> contexts,
      ActorClass source,
      ActorClass target) {
    MappingRow best = null;
    for (MappingRow row : mappings.get(type)) {
      boolean matches =
          (row.mode().equals("*") || row.mode().equals(mode))
              && (row.context().equals("*") || contexts.contains(row.context()))
              && source.matches(row.source())
              && target.matches(row.target());
      if (matches && (best == null || row.specificity() > best.specificity())) {
        best = row;
      }
    }
    // Never null: loading guarantees a default row per type.
    return best.result();
  }

  /** Names of every context, for validation elsewhere. */
  Set<String> contextNames() {
    return new LinkedHashSet<>(contexts.keySet());
  }
}
