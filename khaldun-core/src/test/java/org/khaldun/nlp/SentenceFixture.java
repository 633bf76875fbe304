package org.khaldun.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.OffsetMap;

/**
 * Builds annotated sentences by hand for stage tests, without CoreNLP. Entities are marked inline:
 * {@code "Clashes in [Kerbala]{LOCATION} province"}. Tokens are words (with inner hyphens, dots and
 * apostrophes) or single punctuation marks; capitalised words get POS {@code NNP}, other words
 * {@code NN}, punctuation {@code .}.
 */
public final class SentenceFixture {

  private static final Pattern MARK = Pattern.compile("\\[([^\\]]+)\\]\\{([A-Z]+)\\}");
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*|\\S");

  private SentenceFixture() {}

  /** An article whose sentences are the given marked-up strings, separated by single spaces. */
  public static AnnotatedArticle article(LocalDate published, String... markedSentences) {
    List<Sentence> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < markedSentences.length; i++) {
      if (i > 0) {
        text.append(' ');
      }
      Sentence s = sentence(i, text.length(), markedSentences[i]);
      sentences.add(s);
      text.append(s.text());
    }
    Article article =
        new Article(
            "fixture",
            null,
            null,
            published,
            null,
            null,
            text.toString(),
            OffsetMap.identity(text.length()),
            "fixture");
    return new AnnotatedArticle(article, sentences);
  }

  /** One sentence, alone at the start of its article. */
  public static Sentence sentence(String marked) {
    return sentence(0, 0, marked);
  }

  /** One sentence starting at character {@code begin} of its article. */
  public static Sentence sentence(int index, int begin, String marked) {
    StringBuilder plain = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<EntityType> types = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      plain.append(marked, last, m.start());
      int start = plain.length();
      plain.append(m.group(1));
      spans.add(new int[] {start, plain.length()});
      types.add(EntityType.valueOf(m.group(2)));
      last = m.end();
    }
    plain.append(marked.substring(last));
    String text = plain.toString();

    List<Token> tokens = new ArrayList<>();
    Matcher t = TOKEN.matcher(text);
    while (t.find()) {
      String word = t.group();
      String pos =
          !Character.isLetterOrDigit(word.charAt(0))
              ? "."
              : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
      tokens.add(
          new Token(
              tokens.size(),
              word,
              word.toLowerCase(Locale.ROOT),
              pos,
              "O",
              begin + t.start(),
              begin + t.end()));
    }
    List<EntityMention> entities = new ArrayList<>();
    for (int e = 0; e < spans.size(); e++) {
      int[] span = spans.get(e);
      int first = -1;
      int end = -1;
      for (Token tok : tokens) {
        if (tok.begin() - begin >= span[0] && tok.end() - begin <= span[1]) {
          first = first < 0 ? tok.index() : first;
          end = tok.index() + 1;
        }
      }
      entities.add(
          new EntityMention(
              types.get(e),
              first,
              end,
              begin + span[0],
              begin + span[1],
              text.substring(span[0], span[1])));
    }
    return new Sentence(
        index, begin, begin + text.length(), text, tokens, entities, List.of(), false);
  }
}
