package org.khaldun.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.OffsetMap;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Dependency;
import org.khaldun.nlp.EntityMention;
import org.khaldun.nlp.EntityType;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/**
 * Builds annotated articles by hand, without CoreNLP. Each sentence is a string of space-separated
 * tokens written {@code word/POS} or {@code word/POS/NER} (NER defaults to {@code O}); an
 * underscore in the word stands for a space. Tokens are joined by single spaces, sentences too;
 * entities are the runs of equal PERSON, ORGANIZATION, LOCATION or MISC tags. A sentence may end
 * with {@code || rel:governor>dependent ...}, its dependency parse by token index (the lemma of a
 * token is its lower-cased word, or the text after {@code =} in {@code word=lemma/POS}).
 */
final class TestArticles {
  private TestArticles() {}

  static AnnotatedArticle article(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> built = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      if (s > 0) {
        text.append(' ');
      }
      int sentenceBegin = text.length();
      List<Token> tokens = new ArrayList<>();
      String[] parts0 = sentences[s].split("\\|\\|");
      String[] specs = parts0[0].trim().split(" +");
      for (int i = 0; i < specs.length; i++) {
        String[] parts = specs[i].split("/");
        String[] wordLemma = parts[0].split("=");
        String word = wordLemma[0].replace('_', ' ');
        String lemma = wordLemma.length > 1 ? wordLemma[1] : word.toLowerCase(Locale.ROOT);
        String pos = parts.length > 1 ? parts[1] : "NN";
        String ner = parts.length > 2 ? parts[2] : "O";
        if (i > 0) {
          text.append(' ');
        }
        int begin = text.length();
        text.append(word);
        tokens.add(new Token(i, word, lemma, pos, ner, begin, text.length()));
      }
      String sentenceText = text.substring(sentenceBegin);
      built.add(
          new Sentence(
              s,
              sentenceBegin,
              text.length(),
              sentenceText,
              tokens,
              entities(tokens, text.toString()),
              parts0.length > 1 ? dependencies(parts0[1]) : List.of(),
              parts0.length > 1));
    }
    Article article =
        new Article(
            "test",
            null,
            null,
            null,
            null,
            null,
            text.toString(),
            OffsetMap.identity(text.length()),
            "<test>");
    return new AnnotatedArticle(article, built);
  }

  private static List<Dependency> dependencies(String spec) {
    List<Dependency> out = new ArrayList<>();
    for (String d : spec.trim().split(" +")) {
      int colon = d.lastIndexOf(':');
      int arrow = d.indexOf('>');
      out.add(
          new Dependency(
              d.substring(0, colon),
              Integer.parseInt(d.substring(colon + 1, arrow)),
              Integer.parseInt(d.substring(arrow + 1))));
    }
    return out;
  }

  private static List<EntityMention> entities(List<Token> tokens, String text) {
    List<EntityMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String ner = tokens.get(i).ner();
      if (ner.equals("O")) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(ner)) {
        j++;
      }
      int begin = tokens.get(i).begin();
      int end = tokens.get(j - 1).end();
      out.add(
          new EntityMention(EntityType.valueOf(ner), i, j, begin, end, text.substring(begin, end)));
      i = j;
    }
    return out;
  }
}
