package org.khaldun.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khaldun.actors.ActorMention;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;
import org.khaldun.ontology.ActorClass;
import org.khaldun.ontology.Correspondence;
import org.khaldun.ontology.Ontology;

/**
 * Adds to the events of one sentence what the rules do not decide: the Goldstein score of the CAMEO
 * code, PLOVER contexts ({@link ContextTagger}), casualty and size figures ({@link
 * FigureExtractor}) and the ACLED event and sub-event type.
 *
 * <p><b>Figures.</b> Each figure goes to the event whose trigger is nearest its anchor word in the
 * parse (the trigger itself when the anchor is the trigger: "killed" in "killed 12"), among the
 * events it can belong to: dead and injured to ASSAULT, PROTEST and COERCE; arrests to COERCE and
 * PROTEST; crowd sizes to PROTEST; deployed forces to MOBILIZE; casualty totals to ASSAULT; people
 * deported, expelled, abducted or tortured (as size) to COERCE, ASSAULT and SANCTION. Events
 * sharing the nearest trigger (one per actor pair) all get it.
 *
 * <p><b>ACLED.</b> The ontology's mapping from type, mode, contexts and the armed or unarmed class
 * of the actors, then what ACLED decides from the scene:
 *
 * <ul>
 *   <li>an ASSAULT with protesters under its trigger or as its target is <i>Excessive force against
 *       protesters</i> when the sentence counts dead or wounded, else a <i>Protest with
 *       intervention</i> (tear gas), or a <i>Violent demonstration</i> when it hits armed forces;
 *       an arrest in a sentence about a protest is a <i>Protest with intervention</i>; the peaceful
 *       protest itself then takes the same sub-event type (dispersal words, "tear gas", make it one
 *       with intervention);
 *   <li>a mob ("mob", "lynch", "vigilante") makes a riot, or an assault by an unarmed or unknown
 *       source, <i>Mob violence</i>;
 *   <li>an assault whose trigger names no weapon ("attacked", "struck") takes the weapon the
 *       sentence names: suicide, chemical, aircraft and drones, artillery and rockets, grenade,
 *       bombs and mines;
 *   <li>a clash with no known target whose victims are civilians ("killed 12 people") is
 *       <i>Violence against civilians / Attack</i>;
 *   <li>killing or wounding that follows from another assault in the sentence ("shelled the town,
 *       killing 12") takes that assault's type, as ACLED codes the whole as one event.
 * </ul>
 */
final class EventEnricher {
  private static final Set<String> PROTEST_WORDS =
      Set.of("protester", "protestor", "demonstrator", "marcher", "protest", "demonstration");
  private static final Set<String> MOB_WORDS = Set.of("mob", "lynch", "vigilante", "lynching");
  private static final Set<String> DISPERSAL_WORDS =
      Set.of("disperse", "teargas", "tear", "cannon", "baton", "bullet", "break");
  private static final String PROTESTS = "Protests";

  private final Ontology ontology;
  private final ContextTagger contexts;

  EventEnricher(Ontology ontology, ContextTagger contexts) {
    this.ontology = ontology;
    this.contexts = contexts;
  }

  List<Event> enrich(Sentence sentence, List<Event> events) {
    if (events.isEmpty()) {
      return events;
    }
    DependencyGraph graph =
        sentence.dependencies().isEmpty() ? null : new DependencyGraph(sentence);
    List<FigureExtractor.Figure> figures = FigureExtractor.find(sentence, graph);
    List<int[]> triggers = new ArrayList<>();
    for (Event e : events) {
      triggers.add(triggerTokens(sentence, e));
    }
    List<List<FigureExtractor.Figure>> given = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      given.add(new ArrayList<>());
    }
    for (FigureExtractor.Figure f : figures) {
      int best = Integer.MAX_VALUE;
      List<Integer> winners = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        if (!eligible(f.kind()).contains(events.get(i).type())) {
          continue;
        }
        int d = distance(graph, f.anchor(), triggers.get(i));
        if (d < best) {
          best = d;
          winners.clear();
        }
        if (d == best) {
          winners.add(i);
        }
      }
      for (int i : winners) {
        given.get(i).add(f);
      }
    }
    Scene scene = new Scene(sentence, events, figures);
    List<String[]> acleds = new ArrayList<>();
    List<ContextTagger.Tagged> tags = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      ContextTagger.Tagged tagged = contexts.tag(sentence, e);
      Correspondence c =
          ontology.map(
              e.type(),
              e.mode(),
              tagged.contexts(),
              actorClass(e.source()),
              actorClass(e.target()));
      tags.add(tagged);
      acleds.add(
          refine(
              e,
              c.acledEventType(),
              c.acledSubEventType(),
              scene,
              new Near(sentence, graph, triggers.get(i), given.get(i))));
    }
    propagateToConsequences(sentence, events, triggers, acleds);
    interveneInProtests(events, acleds, scene);
    List<Event> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      ContextTagger.Tagged tagged = tags.get(i);
      String[] acled = acleds.get(i);
      out.add(
          e.enriched(
              ontology.goldstein(e.cameo()).orElse(null),
              acled[0],
              acled[1],
              tagged.contexts(),
              tagged.cues(),
              figures(given.get(i))));
    }
    return out;
  }

  private static Set<EventType> eligible(FigureExtractor.Kind kind) {
    return switch (kind) {
      case DEAD, INJURED -> EnumSet.of(EventType.ASSAULT, EventType.PROTEST, EventType.COERCE);
      case ARRESTED -> EnumSet.of(EventType.COERCE, EventType.PROTEST);
      case CROWD -> EnumSet.of(EventType.PROTEST);
      case FORCE -> EnumSet.of(EventType.MOBILIZE);
      case CASUALTIES -> EnumSet.of(EventType.ASSAULT);
      case AFFECTED -> EnumSet.of(EventType.COERCE, EventType.ASSAULT, EventType.SANCTION);
    };
  }

  private static Figures figures(List<FigureExtractor.Figure> given) {
    if (given.isEmpty()) {
      return Figures.NONE;
    }
    Integer dead = null;
    Integer injured = null;
    Integer arrested = null;
    Integer size = null;
    List<String> evidence = new ArrayList<>();
    for (FigureExtractor.Figure f : given) {
      Integer v = (int) Math.min(Integer.MAX_VALUE, f.value());
      boolean used =
          switch (f.kind()) {
            case DEAD -> dead == null && (dead = v) != null;
            case INJURED -> injured == null && (injured = v) != null;
            case ARRESTED -> arrested == null && (arrested = v) != null;
            case CROWD, FORCE, CASUALTIES, AFFECTED -> size == null && (size = v) != null;
          };
      if (used) {
        evidence.add(f.text());
      }
    }
    return new Figures(dead, injured, arrested, size, evidence);
  }

  /** Tokens of the sentence inside the event's trigger; the first token when none is. */
  private static int[] triggerTokens(Sentence sentence, Event e) {
    List<Integer> in = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.begin() >= e.triggerBegin() && t.end() <= e.triggerEnd()) {
        in.add(i);
      }
    }
    if (in.isEmpty()) {
      in.add(0);
    }
    return in.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Steps between the anchor and the nearest trigger token in the parse tree; token distance plus
   * the sentence length when the parse does not join them (so a joined one always wins).
   */
  private static int distance(DependencyGraph graph, int anchor, int[] trigger) {
    int best = Integer.MAX_VALUE;
    for (int t : trigger) {
      int d = Math.abs(anchor - t);
      if (t == anchor) {
        d = 0;
      } else if (graph != null) {
        int tree = treeDistance(graph, anchor, t);
        d = tree >= 0 ? tree : graph.size() + d;
      }
      best = Math.min(best, d);
    }
    return best;
  }

  private static int treeDistance(DependencyGraph graph, int a, int b) {
    List<Integer> up = new ArrayList<>();
    for (int x = a, guard = 0; x >= 0 && guard <= graph.size(); x = graph.governor(x), guard++) {
      up.add(x);
    }
    for (int y = b, steps = 0; y >= 0 && steps <= graph.size(); y = graph.governor(y), steps++) {
      int k = up.indexOf(y);
      if (k >= 0) {
        return k + steps;
      }
    }
    return -1;
  }

  private static ActorClass actorClass(ActorMention mention) {
    if (mention == null || mention.actor().sector() == null) {
      return ActorClass.UNKNOWN;
    }
    return ActorClass.ofSector(mention.actor().sector().code());
  }

  /** What the whole sentence says about the scene, for the ACLED refinements. */
  private static final class Scene {
    final boolean protest;
    final boolean mob;
    final boolean grenade;
    final boolean dispersal;
    final boolean harm;
    final Set<String> lemmas;

    Scene(Sentence sentence, List<Event> events, List<FigureExtractor.Figure> figures) {
      Set<String> all = new HashSet<>();
      for (Token t : sentence.tokens()) {
        all.add(lemma(t));
      }
      boolean protestEvent =
          events.stream().anyMatch(e -> !e.negated() && e.type() == EventType.PROTEST);
      protest = protestEvent || all.stream().anyMatch(PROTEST_WORDS::contains);
      mob = all.stream().anyMatch(MOB_WORDS::contains);
      grenade = all.contains("grenade");
      dispersal = all.stream().anyMatch(DISPERSAL_WORDS::contains);
      lemmas = Set.copyOf(all);
      harm =
          figures.stream()
              .anyMatch(
                  f ->
                      f.kind() == FigureExtractor.Kind.DEAD
                          || f.kind() == FigureExtractor.Kind.INJURED
                          || f.kind() == FigureExtractor.Kind.CASUALTIES);
    }
  }

  /** The words around one event's trigger that the ACLED refinements look at. */
  private record Near(
      Sentence sentence,
      DependencyGraph graph,
      int[] trigger,
      List<FigureExtractor.Figure> figures) {

    /** Lemmas of the trigger's dependents up to three steps down, or of the next six tokens. */
    Set<String> below() {
      Set<String> out = new HashSet<>();
      List<Token> tokens = sentence.tokens();
      for (int t : trigger) {
        for (int k = 0; k < tokens.size(); k++) {
          boolean under = graph != null ? graph.isDescendant(k, t, 3) : k > t && k <= t + 6;
          if (under) {
            out.add(lemma(tokens.get(k)));
          }
        }
      }
      return out;
    }

    /** Lemmas of the trigger's objects and passive subjects and the nouns its figures count. */
    Set<String> victims() {
      Set<String> out = new HashSet<>();
      if (graph != null) {
        for (int t : trigger) {
          for (int c : graph.children(t)) {
            String rel = graph.relation(c);
            if (rel.equals("obj") || rel.equals("nsubj:pass")) {
              out.add(graph.lemma(c));
              for (int conj : graph.children(c, "conj")) {
                out.add(graph.lemma(conj));
              }
            }
          }
        }
      }
      for (FigureExtractor.Figure f : figures) {
        out.add(f.counted());
      }
      return out;
    }
  }

  private static String lemma(Token t) {
    return (t.lemma() == null || t.lemma().isEmpty() ? t.text() : t.lemma())
        .toLowerCase(Locale.ROOT);
  }

  private static final Set<String> CIVILIANS =
      Set.of(
          "civilian",
          "person",
          "people",
          "villager",
          "resident",
          "child",
          "woman",
          "man",
          "worshipper",
          "student",
          "passenger",
          "farmer",
          "shepherd",
          "pilgrim",
          "teacher",
          "journalist",
          "family",
          "driver",
          "shopper",
          "worker",
          "doctor",
          "nurse",
          "refugee",
          "migrant",
          "boy",
          "girl",
          "wedding",
          "guest",
          "fisherman");
  private static final Set<String> CONSEQUENCES = Set.of("kill", "wound", "injure", "hurt", "die");
  private static final String REMOTE = "Explosions/Remote violence";

  /**
   * The weapon the sentence names, as an ACLED remote-violence sub-event type, for an assault whose
   * trigger named none ("attacked", "struck"); null when it names none.
   */
  private static String weapon(Set<String> lemmas) {
    if (lemmas.contains("suicide")) {
      return "Suicide bomb";
    }
    if (lemmas.contains("sarin") || lemmas.contains("chlorine") || lemmas.contains("chemical")) {
      return "Chemical weapon";
    }
    for (String w : List.of("airstrike", "warplane", "drone", "helicopter", "aircraft", "jet")) {
      if (lemmas.contains(w)) {
        return "Air/drone strike";
      }
    }
    for (String w : List.of("shelling", "artillery", "mortar", "rocket", "missile", "shell")) {
      if (lemmas.contains(w)) {
        return "Shelling/artillery/missile attack";
      }
    }
    if (lemmas.contains("grenade")) {
      return "Grenade";
    }
    for (String w : List.of("bomb", "ied", "landmine", "explosive", "roadside", "blast")) {
      if (lemmas.contains(w)) {
        return "Remote explosive/landmine/IED";
      }
    }
    return null;
  }

  private static String[] refine(Event e, String type, String sub, Scene scene, Near near) {
    ActorClass target = actorClass(e.target());
    ActorClass source = actorClass(e.source());
    boolean armedTarget = target == ActorClass.STATE_ARMED || target == ActorClass.NONSTATE_ARMED;
    boolean armedSource = source == ActorClass.STATE_ARMED || source == ActorClass.NONSTATE_ARMED;
    switch (e.type()) {
      case PROTEST -> {
        if ("Riots".equals(type) && scene.mob) {
          return new String[] {"Riots", "Mob violence"};
        }
      }
      case ASSAULT -> {
        if (scene.mob && !armedSource) {
          return new String[] {"Riots", "Mob violence"};
        }
        Set<String> below = near.below();
        boolean onProtest =
            below.stream().anyMatch(PROTEST_WORDS::contains)
                || (e.target() != null
                    && PROTEST_WORDS.stream()
                        .anyMatch(w -> e.target().text().toLowerCase(Locale.ROOT).contains(w)));
        if (onProtest) {
          // Tear gas or batons are an intervention; ACLED keeps "excessive force" for force that
          // kills or wounds.
          return armedTarget
              ? new String[] {"Riots", "Violent demonstration"}
              : new String[] {
                PROTESTS,
                scene.harm ? "Excessive force against protesters" : "Protest with intervention"
              };
        }
        if (e.mode() == null || e.mode().equals("other")) {
          String weapon = weapon(scene.lemmas);
          if (weapon != null) {
            return new String[] {REMOTE, weapon};
          }
        }
        if (scene.grenade && REMOTE.equals(type)) {
          return new String[] {type, "Grenade"};
        }
        if ("Armed clash".equals(sub)
            && target == ActorClass.UNKNOWN
            && near.victims().stream().anyMatch(CIVILIANS::contains)) {
          return new String[] {"Violence against civilians", "Attack"};
        }
      }
      case COERCE -> {
        boolean againstPeople =
            e.mode() == null || e.mode().equals("arrest") || e.mode().equals("detain");
        if (scene.protest && againstPeople) {
          return new String[] {PROTESTS, "Protest with intervention"};
        }
      }
      default -> {}
    }
    return new String[] {type, sub};
  }

  /**
   * "shelled the town, killing 12": the killing is what the shelling did, so an ASSAULT on a verb
   * of killing or wounding takes the ACLED type of the sentence's first other ASSAULT, as ACLED
   * codes the whole as one event.
   */
  private static void propagateToConsequences(
      Sentence sentence, List<Event> events, List<int[]> triggers, List<String[]> acleds) {
    int lead = -1;
    for (int i = 0; i < events.size() && lead < 0; i++) {
      if (events.get(i).type() == EventType.ASSAULT
          && !events.get(i).negated()
          && !isConsequence(sentence, triggers.get(i))
          && acleds.get(i)[0] != null) {
        lead = i;
      }
    }
    if (lead < 0) {
      return;
    }
    for (int i = 0; i < events.size(); i++) {
      if (i != lead
          && events.get(i).type() == EventType.ASSAULT
          && isConsequence(sentence, triggers.get(i))) {
        acleds.set(i, acleds.get(lead));
      }
    }
  }

  /**
   * A peaceful protest in a sentence where force or arrests hit protesters is, for ACLED, a protest
   * with intervention or with excessive force, as those events were found to be; dispersal words
   * ("tear gas", "dispersed") alone make it one with intervention.
   */
  private static void interveneInProtests(List<Event> events, List<String[]> acleds, Scene scene) {
    String excessive = "Excessive force against protesters";
    String intervention = "Protest with intervention";
    boolean force = acleds.stream().anyMatch(a -> excessive.equals(a[1]));
    boolean held = acleds.stream().anyMatch(a -> intervention.equals(a[1]));
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).type() == EventType.PROTEST
          && "Peaceful protest".equals(acleds.get(i)[1])) {
        if (force) {
          acleds.set(i, new String[] {PROTESTS, excessive});
        } else if (held || scene.dispersal) {
          acleds.set(i, new String[] {PROTESTS, intervention});
        }
      }
    }
  }

  private static boolean isConsequence(Sentence sentence, int[] trigger) {
    return trigger.length == 1 && CONSEQUENCES.contains(lemma(sentence.tokens().get(trigger[0])));
  }
}
