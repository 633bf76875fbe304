package org.khaldun.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Short sentences that show what each event type reads like, for {@link EventModel}. The file is
 * UTF-8, one prototype a line, two columns separated by tabs: a label ({@code TYPE}, {@code
 * TYPE/mode} with a mode {@link TriggerLexicon#modes} accepts, or {@code NONE} for sentences that
 * report no event) and the sentence. Blank lines and lines starting with {@code #} are ignored.
 * Loading is strict: a malformed line fails with {@code file:line: reason}, and every type, and
 * NONE, needs at least {@value #MIN_PER_LABEL} prototypes so that no type is scored on one or two
 * sentences.
 */
final class EventPrototypes {
  static final String DEFAULT_RESOURCE = "org/khaldun/events/prototypes.tsv";
  static final int MIN_PER_LABEL = 8;

  /**
   * One prototype.
   *
   * @param type its event type, or null for NONE
   * @param mode its mode, or null
   * @param text the sentence
   * @param where {@code file:line}
   */
  record Prototype(EventType type, String mode, String text, String where) {}

  private final List<Prototype> prototypes;

  private EventPrototypes(List<Prototype> prototypes) {
    this.prototypes = List.copyOf(prototypes);
  }

  List<Prototype> all() {
    return prototypes;
  }

  static EventPrototypes loadDefault() {
    InputStream in = EventPrototypes.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return load(r, "prototypes.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /**
   * Reads prototypes in the format described on this class.
   *
   * @param fileName used in error messages
   * @throws IllegalArgumentException for a malformed line ({@code fileName:line: reason}) or a
   *     label with too few prototypes
   */
  static EventPrototypes load(Reader r, String fileName) {
    List<Prototype> list = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    BufferedReader in = r instanceof BufferedReader b ? b : new BufferedReader(r);
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String where = fileName + ":" + lineNo;
        Prototype p = parseLine(trimmed, where);
        if (!seen.add(p.text().toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException(where + ": duplicate prototype '" + p.text() + "'");
        }
        list.add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileName, e);
    }
    Map<EventType, Integer> perType = new EnumMap<>(EventType.class);
    int none = 0;
    for (Prototype p : list) {
      if (p.type() == null) {
        none++;
      } else {
        perType.merge(p.type(), 1, Integer::sum);
      }
    }
    Set<String> thin = new TreeSet<>();
    for (EventType t : EventType.values()) {
      if (perType.getOrDefault(t, 0) < MIN_PER_LABEL) {
        thin.add(t + " (" + perType.getOrDefault(t, 0) + ")");
      }
    }
    if (none < MIN_PER_LABEL) {
      thin.add("NONE (" + none + ")");
    }
    if (!thin.isEmpty()) {
      throw new IllegalArgumentException(
          fileName + ": fewer than " + MIN_PER_LABEL + " prototypes for " + thin);
    }
    return new EventPrototypes(list);
  }

  private static Prototype parseLine(String line, String where) {
    String[] cols = line.split("\t+");
    if (cols.length != 2) {
      throw new IllegalArgumentException(
          where + ": expected 2 tab-separated columns (label, sentence), found " + cols.length);
    }
    String label = cols[0].strip();
    String text = cols[1].strip();
    if (text.split(" +").length < 3) {
      throw new IllegalArgumentException(
          where + ": a prototype needs a sentence, not '" + text + "'");
    }
    if (label.equals("NONE")) {
      return new Prototype(null, null, text, where);
    }
    int slash = label.indexOf('/');
    String typeName = slash < 0 ? label : label.substring(0, slash);
    EventType type;
    try {
      type = EventType.valueOf(typeName);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + ": unknown label '" + label + "' (expected a PLOVER type, TYPE/mode or NONE)", e);
    }
    String mode = slash < 0 ? null : label.substring(slash + 1);
    if (mode != null && !TriggerLexicon.modes(type).contains(mode)) {
      throw new IllegalArgumentException(
          where
              + ": unknown mode '"
              + mode
              + "' for "
              + type
              + ", expected one of "
              + new TreeSet<>(TriggerLexicon.modes(type)));
    }
    return new Prototype(type, mode, text, where);
  }
}
