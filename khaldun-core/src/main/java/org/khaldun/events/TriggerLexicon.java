package org.khaldun.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khaldun.nlp.ParseTrigger;
import org.khaldun.nlp.ParseTrigger.WordClass;
import org.khaldun.ontology.Ontology;

/**
 * The words and phrases that signal events, with their PLOVER type, mode, CAMEO code and where
 * their actors sit in the dependency parse.
 *
 * <p>The lexicon is a UTF-8 text file, one entry a line, six columns separated by one or more tabs;
 * blank lines and lines starting with {@code #} are ignored:
 *
 * <ol>
 *   <li><b>phrase</b>: lemmas separated by single spaces. The head, the word the parse is anchored
 *       on, is the first word unless another word is marked with a leading {@code *} ({@code hunger
 *       *strike}). The other words must sit near the head and hang from it in the parse, so {@code
 *       carry out attack} matches "carried out a deadly attack" and {@code call on} matches "called
 *       on the government". The word {@code @place} stands for any place: a location name or a noun
 *       of ground that can be held ({@code capture @place} matches "captured Palmyra" and "captured
 *       the airport"); it cannot be the head.
 *   <li><b>pos</b>: {@code verb} or {@code noun}, the part of speech of the head.
 *   <li><b>type</b>: a PLOVER 2.0 event type, e.g. {@code ASSAULT}.
 *   <li><b>mode</b>: a PLOVER mode of that type or {@code -}. The modes accepted per type are those
 *       of {@link #modes(EventType)}, from the ontology: PLOVER 2.0 names where PLOVER defines them
 *       (e.g. ASSAULT {@code firearms}, {@code explosives}, {@code aerial}; PROTEST {@code demo},
 *       {@code riot}, {@code strike-hun}), and a few Khaldun names where it does not ({@code
 *       cut-aid}).
 *   <li><b>cameo</b>: a CAMEO event code of 2 to 4 digits, or {@code -} for the type's root.
 *   <li><b>arguments</b>: {@code -} for the defaults, or {@code source=SLOTS target=SLOTS} where
 *       SLOTS is {@code -} (none) or slots separated by {@code |}, tried in order: {@code nsubj}
 *       (in a passive clause the "by" agent), {@code obj} (in a passive clause the passive
 *       subject), {@code iobj}, {@code agent}, {@code poss}, {@code mod} (adjective or compound
 *       modifier of a noun) and {@code obl:P} (an obl or nmod introduced by preposition P). Verbs
 *       default to {@code source=nsubj target=obj}, nouns to {@code source=poss|mod|agent
 *       target=obl:on|obl:against}.
 * </ol>
 *
 * <p>Loading is strict: a malformed line fails with {@code file:line: reason}.
 */
public final class TriggerLexicon {

  static final String DEFAULT_RESOURCE = "org/khaldun/events/triggers.tsv";

  /**
   * A phrase word that stands for any place: a word the tagger marks as a location, or a noun of
   * ground that can be held ("town", "base", "territory"; see {@link Cues#TERRITORY_NOUNS}).
   */
  static final String PLACE = "@place";

  private static final List<Slot> VERB_SOURCE = List.of(Slot.parse("nsubj"));
  private static final List<Slot> VERB_TARGET = List.of(Slot.parse("obj"));
  private static final List<Slot> NOUN_SOURCE =
      List.of(Slot.parse("poss"), Slot.parse("mod"), Slot.parse("agent"));
  private static final List<Slot> NOUN_TARGET =
      List.of(Slot.parse("obl:on"), Slot.parse("obl:against"));

  private final List<TriggerEntry> entries;
  private final Map<String, List<TriggerEntry>> byHead;

  private TriggerLexicon(List<TriggerEntry> entries) {
    List<TriggerEntry> sorted = new ArrayList<>(entries);
    // Longer phrases first, so "carry out attack" claims its tokens before "attack" does.
    sorted.sort(Comparator.comparingInt((TriggerEntry e) -> -e.words().size()));
    this.entries = List.copyOf(sorted);
    Map<String, List<TriggerEntry>> heads = new HashMap<>();
    for (TriggerEntry e : this.entries) {
      heads.computeIfAbsent(e.headLemma(), k -> new ArrayList<>()).add(e);
    }
    heads.replaceAll((k, v) -> List.copyOf(v));
    this.byHead = Map.copyOf(heads);
  }

  /** The lexicon shipped with Khaldun. */
  public static TriggerLexicon loadDefault() {
    InputStream in = TriggerLexicon.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return load(r, "triggers.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /**
   * Reads a lexicon in the format described on this class.
   *
   * @param fileName used in error messages
   * @throws IllegalArgumentException for a malformed line, with {@code fileName:line: reason}
   * @throws UncheckedIOException when the reader fails
   */
  public static TriggerLexicon load(Reader r, String fileName) {
    List<TriggerEntry> entries = new ArrayList<>();
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
        TriggerEntry e = parseLine(trimmed, where);
        String key = String.join(" ", e.words()) + "/" + (e.noun() ? "noun" : "verb");
        if (!seen.add(key)) {
          throw new IllegalArgumentException(where + ": duplicate entry '" + key + "'");
        }
        entries.add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileName, e);
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException(fileName + ": no entries");
    }
    return new TriggerLexicon(entries);
  }

  private static TriggerEntry parseLine(String line, String where) {
    String[] cols = line.split("\t+");
    if (cols.length != 6) {
      throw new IllegalArgumentException(
          where + ": expected 6 tab-separated columns, found " + cols.length);
    }
    List<String> words = new ArrayList<>();
    int head = -1;
    String[] raw = cols[0].strip().split(" ");
    for (int i = 0; i < raw.length; i++) {
      String w = raw[i].toLowerCase(Locale.ROOT);
      if (w.startsWith("*")) {
        if (head >= 0) {
          throw new IllegalArgumentException(where + ": more than one head marked with '*'");
        }
        head = i;
        w = w.substring(1);
      }
      if (w.equals(PLACE) && i == head) {
        throw new IllegalArgumentException(where + ": " + PLACE + " cannot be the head");
      }
      if (!w.equals(PLACE) && !w.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*")) {
        throw new IllegalArgumentException(where + ": bad word '" + raw[i] + "' in phrase");
      }
      words.add(w);
    }
    if (head < 0) {
      head = 0;
    }
    boolean noun =
        switch (cols[1].strip()) {
          case "verb" -> false;
          case "noun" -> true;
          default ->
              throw new IllegalArgumentException(
                  where + ": part of speech must be verb or noun, not '" + cols[1] + "'");
        };
    EventType type;
    try {
      type = EventType.valueOf(cols[2].strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown PLOVER type '" + cols[2] + "'", e);
    }
    String mode = cols[3].strip();
    if (mode.equals("-")) {
      mode = null;
    } else if (!modes(type).contains(mode)) {
      throw new IllegalArgumentException(
          where
              + ": unknown mode '"
              + mode
              + "' for "
              + type
              + ", expected one of "
              + new java.util.TreeSet<>(modes(type)));
    }
    String cameo = cols[4].strip();
    if (cameo.equals("-")) {
      cameo = type.cameoRoot();
    } else if (!cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException(where + ": CAMEO code must be 2 to 4 digits: " + cameo);
    } else if (Ontology.standard().findCameo(cameo).isEmpty()) {
      throw new IllegalArgumentException(where + ": CAMEO code not in the ontology: " + cameo);
    }
    List<Slot> source = noun ? NOUN_SOURCE : VERB_SOURCE;
    List<Slot> target = noun ? NOUN_TARGET : VERB_TARGET;
    String args = cols[5].strip();
    if (!args.equals("-")) {
      Set<String> roles = new HashSet<>();
      for (String part : args.split(" +")) {
        int eq = part.indexOf('=');
        String role = eq < 0 ? part : part.substring(0, eq);
        if (eq < 0 || !(role.equals("source") || role.equals("target"))) {
          throw new IllegalArgumentException(
              where + ": arguments must be source=... target=..., not '" + part + "'");
        }
        if (!roles.add(role)) {
          throw new IllegalArgumentException(where + ": " + role + " given twice");
        }
        List<Slot> slots = parseSlots(part.substring(eq + 1), where);
        if (role.equals("source")) {
          source = slots;
        } else {
          target = slots;
        }
      }
    }
    return new TriggerEntry(words, head, noun, type, mode, cameo, source, target, where);
  }

  private static List<Slot> parseSlots(String text, String where) {
    if (text.equals("-")) {
      return List.of();
    }
    List<Slot> slots = new ArrayList<>();
    for (String s : text.split("\\|", -1)) {
      Slot slot = Slot.parse(s);
      if (slot == null) {
        throw new IllegalArgumentException(
            where
                + ": unknown slot '"
                + s
                + "' (expected nsubj, obj, iobj, agent, poss, mod or obl:PREPOSITION)");
      }
      slots.add(slot);
    }
    return slots;
  }

  /**
   * Every lemma an entry is anchored on or starts with, lower case. A sentence without one of these
   * cannot hold an event, so the NLP stage may skip parsing it.
   */
  public Set<String> lemmas() {
    Set<String> lemmas = new LinkedHashSet<>();
    for (TriggerEntry e : entries) {
      lemmas.add(e.headLemma()); // matching starts from the head word
    }
    return Set.copyOf(lemmas);
  }

  /**
   * What makes a sentence worth parsing for this lexicon: each entry's head in its part of speech,
   * with the entry's other words (a {@code @place} can be any word, so it is not required); and any
   * head, in either part of speech, next to a modal of obligation, since "X said Y must ..." is a
   * demand whatever the act ({@link SentenceCoder}).
   */
  public Set<ParseTrigger> parseTriggers() {
    Set<ParseTrigger> triggers = new HashSet<>();
    for (TriggerEntry e : entries) {
      Set<String> companions = new HashSet<>();
      for (int i = 0; i < e.words().size(); i++) {
        if (i != e.head() && !e.words().get(i).equals(PLACE)) {
          companions.add(e.words().get(i));
        }
      }
      WordClass wordClass = e.noun() ? WordClass.NOUN : WordClass.VERB;
      triggers.add(new ParseTrigger(e.headLemma(), wordClass, companions));
      for (String modal : Cues.OBLIGATION_MODALS) {
        triggers.add(new ParseTrigger(e.headLemma(), WordClass.VERB_OR_NOUN, Set.of(modal)));
      }
    }
    return Set.copyOf(triggers);
  }

  /** Modes accepted for a type in the lexicon: those of the ontology's {@code plover-modes.tsv}. */
  static Set<String> modes(EventType type) {
    Set<String> names = new HashSet<>();
    Ontology.standard().modes(type).forEach(m -> names.add(m.name()));
    return names;
  }

  /** All entries, longest phrases first. */
  List<TriggerEntry> entries() {
    return entries;
  }

  /** Entries anchored on a lemma, longest first; empty when none. */
  List<TriggerEntry> entriesWithHead(String lemma) {
    return byHead.getOrDefault(lemma, List.of());
  }
}
