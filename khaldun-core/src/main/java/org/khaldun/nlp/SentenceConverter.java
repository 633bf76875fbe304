package org.khaldun.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Converts one CoreNLP sentence to a {@link Sentence}; the only reader of CoreNLP's maps. */
final class SentenceConverter {

  private static final Comparator<Dependency> BY_POSITION =
      Comparator.comparingInt(Dependency::dependent)
          .thenComparingInt(Dependency::governor)
          .thenComparing(Dependency::relation);

  private SentenceConverter() {}

  static Sentence convert(String text, int index, CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      int begin = label.beginPosition();
      int end = label.endPosition();
      String word = text.substring(begin, end);
      String lemma = label.lemma() == null ? word : label.lemma();
      String pos = label.tag() == null ? "" : label.tag();
      String ner = NerTags.coarse(label.ner()).map(EntityType::name).orElse(NerTags.NONE);
      tokens.add(new Token(tokens.size(), word, lemma, pos, ner, begin, end));
    }
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    return new Sentence(
        index,
        begin,
        end,
        text.substring(begin, end),
        tokens,
        entities(text, tokens),
        graph == null ? List.of() : dependencies(graph),
        graph != null);
  }

  /** Maximal runs of tokens with the same entity tag. */
  private static List<EntityMention> entities(String text, List<Token> tokens) {
    List<EntityMention> mentions = new ArrayList<>();
    int start = 0;
    while (start < tokens.size()) {
      String tag = tokens.get(start).ner();
      int stop = start + 1;
      while (stop < tokens.size() && tokens.get(stop).ner().equals(tag)) {
        stop++;
      }
      Optional<EntityType> type = NerTags.coarse(tag);
      if (type.isPresent()) {
        int begin = tokens.get(start).begin();
        int end = tokens.get(stop - 1).end();
        mentions.add(
            new EntityMention(type.get(), start, stop, begin, end, text.substring(begin, end)));
      }
      start = stop;
    }
    return mentions;
  }

  /**
   * Edges of the enhanced++ graph, with 0-based token indices. Copy nodes (the graph's stand-ins
   * for elided words) are mapped to the token they copy, so an edge may repeat: kept once, and an
   * edge between a word and its own copy is dropped.
   */
  private static List<Dependency> dependencies(SemanticGraph graph) {
    Set<Dependency> result = new LinkedHashSet<>();
    for (IndexedWord root : graph.getRoots()) {
      result.add(new Dependency("root", -1, root.index() - 1));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      int governor = edge.getGovernor().index() - 1;
      int dependent = edge.getDependent().index() - 1;
      if (governor != dependent) {
        result.add(new Dependency(edge.getRelation().toString(), governor, dependent));
      }
    }
    List<Dependency> sorted = new ArrayList<>(result);
    sorted.sort(BY_POSITION);
    return sorted;
  }
}
