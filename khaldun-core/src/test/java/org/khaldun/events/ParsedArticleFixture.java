package org.khaldun.events;

import java.util.ArrayList;
import java.util.List;
import org.khaldun.actors.Actor;
import org.khaldun.actors.ActorMention;
import org.khaldun.actors.Sector;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.OffsetMap;
import org.khaldun.nlp.AnnotatedArticle;
import org.khaldun.nlp.Dependency;
import org.khaldun.nlp.EntityMention;
import org.khaldun.nlp.EntityType;
import org.khaldun.nlp.Sentence;
import org.khaldun.nlp.Token;

/**
 * Builds parsed articles by hand, so the event rules can be tested without a parser. Sentences are
 * written CoNLL-U style, one token a line: {@code index word lemma POS head relation}, 1-based,
 * head 0 for the root, and optionally a seventh column of enhanced edges {@code head:rel|head:rel}
 * (CoNLL-U's DEPS). The enhanced edges are listed before the tree edge, as CoreNLP's enhanced++
 * graph may list them, so the rules cannot rely on the order. Tokens are joined by single spaces
 * and sentences by one space; character offsets follow from that.
 */
final class ParsedArticleFixture {
  private final List<String> sentenceSpecs = new ArrayList<>();
  private final List<Boolean> parsedFlags = new ArrayList<>();
  private final List<String[]> actorSpecs = new ArrayList<>();

  static ParsedArticleFixture builder() {
    return new ParsedArticleFixture();
  }

  ParsedArticleFixture sentence(String conll) {
    sentenceSpecs.add(conll);
    parsedFlags.add(true);
    return this;
  }

  /** A sentence the parser skipped: tokens only. */
  ParsedArticleFixture unparsed(String conll) {
    sentenceSpecs.add(conll);
    parsedFlags.add(false);
    return this;
  }

  /**
   * An actor named by consecutive tokens of a sentence. Ids starting with {@code person:} are
   * people (the fixture also tags their tokens PERSON); an organ's id ({@code IRQ.COP}) gives its
   * country and sector.
   */
  ParsedArticleFixture actor(int sentence, String text, String id) {
    actorSpecs.add(new String[] {Integer.toString(sentence), text, id});
    return this;
  }

  record Built(AnnotatedArticle article, List<ActorMention> mentions) {
    ActorMention mention(String text) {
      return mentions.stream()
          .filter(m -> m.text().equals(text))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no mention " + text));
    }
  }

  Built build() {
    StringBuilder text = new StringBuilder();
    List<List<Token>> tokens = new ArrayList<>();
    List<List<Dependency>> deps = new ArrayList<>();
    List<int[]> bounds = new ArrayList<>();
    for (String spec : sentenceSpecs) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int sentBegin = text.length();
      List<Token> toks = new ArrayList<>();
      List<Dependency> ds = new ArrayList<>();
      for (String line : spec.strip().split("\n")) {
        String[] c = line.strip().split("\\s+");
        if (c.length != 6 && c.length != 7) {
          throw new IllegalArgumentException("fixture line needs 6 or 7 columns: " + line);
        }
        int index = Integer.parseInt(c[0]) - 1;
        if (index != toks.size()) {
          throw new IllegalArgumentException("fixture tokens out of order: " + line);
        }
        if (!toks.isEmpty()) {
          text.append(' ');
        }
        int b = text.length();
        text.append(c[1]);
        toks.add(new Token(index, c[1], c[2], c[3], "O", b, text.length()));
        if (c.length == 7) {
          for (String edge : c[6].split("\\|")) {
            int colon = edge.indexOf(':');
            ds.add(
                new Dependency(
                    edge.substring(colon + 1),
                    Integer.parseInt(edge.substring(0, colon)) - 1,
                    index));
          }
        }
        ds.add(new Dependency(c[5], Integer.parseInt(c[4]) - 1, index));
      }
      tokens.add(toks);
      deps.add(ds);
      bounds.add(new int[] {sentBegin, text.length()});
    }
    String full = text.toString();

    List<ActorMention> mentions = new ArrayList<>();
    List<List<EntityMention>> entities = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      entities.add(new ArrayList<>());
    }
    for (String[] a : actorSpecs) {
      int s = Integer.parseInt(a[0]);
      List<Token> toks = tokens.get(s);
      String[] words = a[1].split(" ");
      int first = -1;
      for (int i = 0; i + words.length <= toks.size() && first < 0; i++) {
        boolean ok = true;
        for (int k = 0; k < words.length; k++) {
          ok &= toks.get(i + k).text().equals(words[k]);
        }
        if (ok) {
          first = i;
        }
      }
      if (first < 0) {
        throw new IllegalArgumentException("no tokens '" + a[1] + "' in sentence " + s);
      }
      int end = first + words.length;
      int b = toks.get(first).begin();
      int e = toks.get(end - 1).end();
      // A state organ's id ("IRQ.COP") gives its country and sector, as the dictionary's do.
      boolean organ = a[2].matches("[A-Z]{3}\\.[A-Z]{3}");
      Actor actor =
          organ
              ? new Actor(
                  a[2],
                  a[1],
                  a[2].substring(0, 3),
                  new Sector(a[2].substring(4)),
                  a[2].replace(".", ""),
                  List.of(a[1]))
              : new Actor(a[2], a[1], null, null, null, List.of(a[1]));
      mentions.add(new ActorMention(actor, s, first, end, b, e, full.substring(b, e)));
      if (a[2].startsWith("person:")) {
        entities.get(s).add(new EntityMention(EntityType.PERSON, first, end, b, e, a[1]));
        for (int i = first; i < end; i++) {
          Token t = toks.get(i);
          toks.set(
              i, new Token(t.index(), t.text(), t.lemma(), t.pos(), "PERSON", t.begin(), t.end()));
        }
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int[] bd = bounds.get(i);
      boolean parsed = parsedFlags.get(i);
      sentences.add(
          new Sentence(
              i,
              bd[0],
              bd[1],
              full.substring(bd[0], bd[1]),
              tokens.get(i),
              entities.get(i),
              parsed ? deps.get(i) : List.of(),
              parsed));
    }
    Article article =
        new Article(
            "fixture",
            null,
            null,
            null,
            null,
            null,
            full,
            OffsetMap.identity(full.length()),
            "<test>");
    mentions.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
    return new Built(new AnnotatedArticle(article, sentences), mentions);
  }
}
