package org.khaldun.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khaldun.actors.ActorMention;
import org.khaldun.internal.TsvRows;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;
import org.khaldun.ontology.Ontology;
import org.khaldun.ontology.PloverContext;

/**
 * Gives events PLOVER contexts from cue words in their sentence, the sectors of their actors and
 * their own type and mode, as listed in {@code context-cues.tsv} (format in its header). Contexts
 * come out in the ontology's order; each with the first cue that gave it, as {@code context:cue}.
 */
final class ContextTagger {
  static final String DEFAULT_RESOURCE = "org/khaldun/events/context-cues.tsv";

  /** The contexts of one event and the cue that gave each, in the same order. */
  record Tagged(List<String> contexts, List<String> cues) {}

  private record Cue(String context, List<String> words) {}

  private final List<String> order;
  private final Map<String, List<Cue>> wordCues;
  private final Map<String, Set<String>> sectorCues;
  private final Map<String, Set<String>> modeCues;
  private final Map<String, Set<String>> cameoCues;
  private final Set<String> statesCues;

  private ContextTagger(
      List<String> order,
      Map<String, List<Cue>> wordCues,
      Map<String, Set<String>> sectorCues,
      Map<String, Set<String>> modeCues,
      Map<String, Set<String>> cameoCues,
      Set<String> statesCues) {
    this.order = order;
    this.wordCues = wordCues;
    this.sectorCues = sectorCues;
    this.modeCues = modeCues;
    this.cameoCues = cameoCues;
    this.statesCues = statesCues;
  }

  static ContextTagger loadDefault(Ontology ontology) {
    InputStream in = ContextTagger.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return load(r, "context-cues.tsv", ontology);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /**
   * @throws IllegalArgumentException for a malformed line, with {@code fileName:line: reason}
   */
  static ContextTagger load(Reader reader, String fileName, Ontology ontology) {
    Map<String, List<Cue>> words = new HashMap<>();
    Map<String, Set<String>> sectors = new HashMap<>();
    Map<String, Set<String>> modes = new HashMap<>();
    Map<String, Set<String>> cameo = new HashMap<>();
    Set<String> states = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    for (TsvRows.Row row : TsvRows.read(reader, fileName, 3)) {
      String where = row.where();
      String context = row.cell(0);
      String kind = row.cell(1);
      String cue = row.cell(2);
      if (!ontology.isContext(context)) {
        throw new IllegalArgumentException(where + ": unknown PLOVER context '" + context + "'");
      }
      if (!seen.add(context + "\t" + kind + "\t" + cue)) {
        throw new IllegalArgumentException(where + ": duplicate cue '" + cue + "'");
      }
      switch (kind) {
        case "word" -> {
          List<String> ws = List.of(cue.toLowerCase(Locale.ROOT).split(" +"));
          words.computeIfAbsent(ws.get(0), k -> new ArrayList<>()).add(new Cue(context, ws));
        }
        case "sector" -> {
          if (!cue.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(where + ": sector must be 3 capitals: " + cue);
          }
          sectors.computeIfAbsent(cue, k -> new LinkedHashSet<>()).add(context);
        }
        case "mode" -> {
          String[] tm = cue.split("/", 2);
          EventType type = parseType(tm[0], where);
          if (tm.length != 2 || ontology.findMode(type, tm[1]).isEmpty()) {
            throw new IllegalArgumentException(where + ": unknown TYPE/mode '" + cue + "'");
          }
          modes.computeIfAbsent(cue, k -> new LinkedHashSet<>()).add(context);
        }
        case "cameo" -> {
          if (!cue.matches("\\d{2,4}") || ontology.findCameo(cue).isEmpty()) {
            throw new IllegalArgumentException(where + ": unknown CAMEO code '" + cue + "'");
          }
          cameo.computeIfAbsent(cue, k -> new LinkedHashSet<>()).add(context);
        }
        case "actors" -> {
          if (!cue.equals("two-states")) {
            throw new IllegalArgumentException(
                where + ": the actors cue must be two-states, not '" + cue + "'");
          }
          states.add(context);
        }
        default ->
            throw new IllegalArgumentException(
                where + ": kind must be word, sector, mode, cameo or actors, not '" + kind + "'");
      }
    }
    List<String> order = ontology.contexts().stream().map(PloverContext::name).toList();
    return new ContextTagger(
        order,
        Map.copyOf(words),
        Map.copyOf(sectors),
        Map.copyOf(modes),
        Map.copyOf(cameo),
        Set.copyOf(states));
  }

  private static EventType parseType(String name, String where) {
    for (EventType t : EventType.values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(where + ": unknown PLOVER type '" + name + "'");
  }

  /** Contexts of one event of the sentence. */
  Tagged tag(Sentence sentence, Event event) {
    Map<String, String> found = new HashMap<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      // A cue inside a person's name is no cue ("Mohammed Shia al-Sudani").
      if ("PERSON".equals(tokens.get(i).ner())) {
        continue;
      }
      for (String key : keys(tokens.get(i))) {
        for (Cue cue : wordCues.getOrDefault(key, List.of())) {
          if (!found.containsKey(cue.context()) && matches(tokens, i, cue.words())) {
            found.put(cue.context(), String.join(" ", cue.words()));
          }
        }
      }
    }
    for (ActorMention a : new ActorMention[] {event.source(), event.target()}) {
      if (a != null && a.actor().sector() != null) {
        String code = a.actor().sector().code();
        for (String c : sectorCues.getOrDefault(code, Set.of())) {
          found.putIfAbsent(c, "sector " + code);
        }
      }
    }
    if (event.mode() != null) {
      String tm = event.type() + "/" + event.mode();
      for (String c : modeCues.getOrDefault(tm, Set.of())) {
        found.putIfAbsent(c, "mode " + tm);
      }
    }
    String code = event.cameo();
    for (int len = code == null ? 0 : code.length(); len >= 2; len--) {
      for (String c : cameoCues.getOrDefault(code.substring(0, len), Set.of())) {
        found.putIfAbsent(c, "cameo " + code.substring(0, len));
      }
    }
    if (!statesCues.isEmpty() && betweenStates(event.source(), event.target())) {
      for (String c : statesCues) {
        found.putIfAbsent(c, "actors two-states");
      }
    }
    List<String> contexts = new ArrayList<>();
    List<String> cues = new ArrayList<>();
    for (String c : order) {
      if (found.containsKey(c)) {
        contexts.add(c);
        cues.add(c + ":" + found.get(c));
      }
    }
    return new Tagged(List.copyOf(contexts), List.copyOf(cues));
  }

  /**
   * Whether source and target are two countries or their governments ("Russia", "US State Dept").
   */
  private static boolean betweenStates(ActorMention source, ActorMention target) {
    if (source == null || target == null) {
      return false;
    }
    String a = stateOf(source);
    String b = stateOf(target);
    return a != null && b != null && !a.equals(b);
  }

  private static String stateOf(ActorMention m) {
    var actor = m.actor();
    boolean country = actor.id().equals(actor.country());
    boolean government = actor.sector() != null && actor.sector().code().equals("GOV");
    return country || government ? actor.country() : null;
  }

  private static Set<String> keys(Token t) {
    Set<String> keys = new HashSet<>(2);
    keys.add(t.text().toLowerCase(Locale.ROOT));
    if (t.lemma() != null) {
      keys.add(t.lemma().toLowerCase(Locale.ROOT));
    }
    return keys;
  }

  private static boolean matches(List<Token> tokens, int at, List<String> words) {
    if (at + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!keys(tokens.get(at + k)).contains(words.get(k))) {
        return false;
      }
    }
    return true;
  }
}
