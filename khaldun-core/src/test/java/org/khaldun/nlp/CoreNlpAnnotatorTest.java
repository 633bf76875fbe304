package org.khaldun.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.OffsetMap;

class CoreNlpAnnotatorTest {

  // CoreNLP takes seconds to load: one instance per scope for the whole test JVM (they share the
  // loaded pipelines).
  private static final CoreNlpAnnotator ALL = CoreNlpAnnotator.create(NlpOptions.defaults());
  private static final CoreNlpAnnotator TRIGGERS =
      CoreNlpAnnotator.create(NlpOptions.defaults().parsingTriggerSentences(Set.of("attack")));
  private static final CoreNlpAnnotator NO_PARSE =
      CoreNlpAnnotator.create(NlpOptions.defaults().withParseScope(ParseScope.NONE));

  static Article article(String title, String body) {
    String text = title == null ? body : title + "\n\n" + body;
    return new Article(
        "test", null, title, null, null, null, text, OffsetMap.identity(text.length()), "test");
  }

  @Test
  void keepsTitleWithoutFullStopAsItsOwnSentence() {
    AnnotatedArticle result =
        NO_PARSE.annotate(
            article(
                "Islamic State cells return to eight Iraqi provinces",
                "The group has regrouped. Officials are worried."));

    assertThat(result.sentences())
        .extracting(Sentence::text)
        .containsExactly(
            "Islamic State cells return to eight Iraqi provinces",
            "The group has regrouped.",
            "Officials are worried.");
  }

  @Test
  void givesTokensWithLemmasTagsAndOffsetsIntoTheText() {
    Article article = article("Clashes in Mosul", "Gunmen killed two soldiers near the border.");
    AnnotatedArticle result = NO_PARSE.annotate(article);

    String text = article.text();
    for (Sentence sentence : result.sentences()) {
      assertThat(text.substring(sentence.begin(), sentence.end())).isEqualTo(sentence.text());
      for (Token token : sentence.tokens()) {
        assertThat(text.substring(token.begin(), token.end())).isEqualTo(token.text());
        assertThat(token.lemma()).isNotBlank();
        assertThat(token.pos()).isNotBlank();
      }
    }
    Sentence body = result.sentences().get(1);
    assertThat(body.tokens())
        .extracting(Token::text, Token::lemma, Token::pos)
        .startsWith(
            tuple("Gunmen", "gunman", "NNS"),
            tuple("killed", "kill", "VBD"),
            tuple("two", "two", "CD"));
    assertThat(body.tokens()).extracting(Token::index).startsWith(0, 1, 2);
  }

  @Test
  void correctsEntityTypesOfConflictNames() {
    AnnotatedArticle result =
        NO_PARSE.annotate(
            article(
                null,
                "The daechists are active in Salah ad-Din and al-Ramadi, said a Hashd al-Shaabi"
                    + " spokesman of Harakat Hezbollah al-Nujaba. Daech fighters attacked"
                    + " Kerbala. Washington sent troops to Anbar."));

    List<EntityMention> entities =
        result.sentences().stream().flatMap(s -> s.entities().stream()).toList();
    assertThat(entities)
        .extracting(EntityMention::text, EntityMention::type)
        .contains(
            tuple("daechists", EntityType.ORGANIZATION),
            tuple("Salah ad-Din", EntityType.LOCATION),
            tuple("al-Ramadi", EntityType.LOCATION),
            tuple("Hashd al-Shaabi", EntityType.ORGANIZATION),
            tuple("Harakat Hezbollah al-Nujaba", EntityType.ORGANIZATION),
            tuple("Daech", EntityType.ORGANIZATION),
            tuple("Kerbala", EntityType.LOCATION),
            tuple("Washington", EntityType.LOCATION),
            tuple("Anbar", EntityType.LOCATION));
  }

  @Test
  void keepsOrganizationsThatContainACorrectedPlaceName() {
    Sentence sentence =
        NO_PARSE
            .annotate(
                article(
                    null, "The Baghdad Operations Command said the University of Mosul reopened."))
            .sentences()
            .get(0);

    assertThat(sentence.entities())
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("Baghdad Operations Command", EntityType.ORGANIZATION),
            tuple("University of Mosul", EntityType.ORGANIZATION));
  }

  @Test
  void tagsEverySpellingOfTheProjectCorrectionsWithItsType() {
    // One neutral sentence per spelling, so that the CRF's context cannot hide a bad entry.
    List<EntityCorrections.Entry> entries = EntityCorrections.load();
    StringBuilder text = new StringBuilder();
    for (EntityCorrections.Entry entry : entries) {
      text.append(
              entry.type() == EntityType.LOCATION
                  ? "Fighters attacked " + entry.spelling() + " yesterday."
                  : "Officials blamed " + entry.spelling() + " for the attack.")
          .append("\n\n");
    }
    List<Sentence> sentences = NO_PARSE.annotate(article(null, text.toString())).sentences();

    assertThat(sentences).hasSameSizeAs(entries);
    for (int i = 0; i < entries.size(); i++) {
      EntityCorrections.Entry entry = entries.get(i);
      assertThat(sentences.get(i).entities())
          .as(entry.spelling())
          .extracting(EntityMention::text, EntityMention::type)
          .contains(tuple(entry.spelling(), entry.type()));
    }
  }

  @Test
  void entityMentionsSpanTheirTokensAndCharacters() {
    Article article = article(null, "Fighters of the Islamic State entered Tal Afar on Monday.");
    Sentence sentence = NO_PARSE.annotate(article).sentences().get(0);

    EntityMention place =
        sentence.entities().stream()
            .filter(e -> e.text().equals("Tal Afar"))
            .findFirst()
            .orElseThrow();
    assertThat(place.type()).isEqualTo(EntityType.LOCATION);
    assertThat(article.text().substring(place.begin(), place.end())).isEqualTo("Tal Afar");
    assertThat(sentence.tokens().subList(place.firstToken(), place.endToken()))
        .extracting(Token::text, Token::ner)
        .containsExactly(tuple("Tal", "LOCATION"), tuple("Afar", "LOCATION"));
    assertThat(sentence.entities())
        .extracting(EntityMention::text, EntityMention::type)
        .contains(tuple("Islamic State", EntityType.ORGANIZATION));
  }

  @Test
  void parsesActiveSentenceWithSubjectAndObject() {
    Sentence sentence =
        ALL.annotate(article(null, "Militants attacked a checkpoint in Kirkuk."))
            .sentences()
            .get(0);

    assertThat(sentence.parsed()).isTrue();
    assertThat(relation(sentence, "attacked", "Militants")).contains("nsubj");
    assertThat(relation(sentence, "attacked", "checkpoint")).contains("obj");
    assertThat(relation(sentence, "checkpoint", "Kirkuk")).contains("nmod:in");
    assertThat(sentence.dependencies())
        .contains(new Dependency("root", -1, indexOf(sentence, "attacked")));
  }

  @Test
  void parsesPassiveSentenceWithItsAgent() {
    Sentence sentence =
        ALL.annotate(article(null, "The checkpoint was attacked by militants.")).sentences().get(0);

    assertThat(relation(sentence, "attacked", "checkpoint")).contains("nsubj:pass");
    assertThat(relation(sentence, "attacked", "militants")).contains("obl:agent");
  }

  @Test
  void parsesOnlySentencesWithATriggerLemma() {
    AnnotatedArticle result =
        TRIGGERS.annotate(
            article(
                "Militants attack checkpoint",
                "The weather was fine. Militants attacked a checkpoint in Kirkuk."));

    assertThat(result.sentences()).extracting(Sentence::parsed).containsExactly(true, false, true);
    assertThat(result.sentences().get(1).dependencies()).isEmpty();
    assertThat(result.sentences().get(2).dependencies()).isNotEmpty();
  }

  @Test
  void doesNotParseForATriggerLemmaInAName() {
    AnnotatedArticle result =
        TRIGGERS.annotate(article(null, "She joined Attack Records in London last year."));

    assertThat(result.sentences()).extracting(Sentence::parsed).containsExactly(false);
  }

  @Test
  void parsesForAPhraseOnlyWhenAllItsWordsAreThere() {
    CoreNlpAnnotator phrases =
        CoreNlpAnnotator.create(
            NlpOptions.defaults()
                .parsingSentencesWith(
                    Set.of(
                        new ParseTrigger("take", ParseTrigger.WordClass.VERB, Set.of("hostage")))));
    AnnotatedArticle result =
        phrases.annotate(
            article(null, "It will take two years. Gunmen took five workers hostage on Monday."));

    assertThat(result.sentences()).extracting(Sentence::parsed).containsExactly(false, true);
  }

  @Test
  void parsesForAVerbTriggerOnlyWhereTheWordIsAVerb() {
    CoreNlpAnnotator verbs =
        CoreNlpAnnotator.create(
            NlpOptions.defaults()
                .parsingSentencesWith(
                    Set.of(new ParseTrigger("strike", ParseTrigger.WordClass.VERB, Set.of()))));
    AnnotatedArticle result =
        verbs.annotate(
            article(
                null,
                "The strike closed the port for a week. Jets struck a depot near Idlib on Friday."));

    assertThat(result.sentences()).extracting(Sentence::parsed).containsExactly(false, true);
  }

  @Test
  void skipsParsingSentencesLongerThanTheLimit() {
    CoreNlpAnnotator shortOnly =
        CoreNlpAnnotator.create(NlpOptions.defaults().withMaxSentenceTokens(5));
    AnnotatedArticle result =
        shortOnly.annotate(
            article(null, "Militants attacked. Militants attacked a checkpoint in Kirkuk today."));

    assertThat(result.sentences()).extracting(Sentence::parsed).containsExactly(true, false);
  }

  @Test
  void returnsNoSentencesForEmptyOrBlankText() {
    assertThat(ALL.annotate(article(null, "")).sentences()).isEmpty();
    assertThat(ALL.annotate(article(null, " \n\n \t")).sentences()).isEmpty();
  }

  @Test
  void survivesPunctuationOnlyAndVeryLongTokens() {
    String longToken = "x".repeat(5000);
    String odd =
        "!!! ... ??? \u2014 \u00ab \u00bb\n\n"
            + longToken
            + " attacked.\n\n\u0000\uFFFD \uD83D\uDE00";
    AnnotatedArticle result = ALL.annotate(article(null, odd));

    assertThat(result.sentences()).isNotEmpty();
    for (Sentence sentence : result.sentences()) {
      assertThat(odd.substring(sentence.begin(), sentence.end())).isEqualTo(sentence.text());
    }
  }

  @Test
  void sharesLoadedPipelinesBetweenAnnotators() {
    assertThat(Pipelines.tagging()).isSameAs(Pipelines.tagging());
    assertThat(Pipelines.parsing()).isSameAs(Pipelines.parsing());
  }

  @Test
  void givesTheSameResultWhenUsedFromSeveralThreads() throws Exception {
    Article article =
        article(
            "Clashes in Kirkuk",
            "Militants attacked a checkpoint in Kirkuk. The army said two soldiers were killed.");
    AnnotatedArticle expected = ALL.annotate(article);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnnotatedArticle>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> ALL.annotate(article)));
      }
      for (Future<AnnotatedArticle> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int indexOf(Sentence sentence, String word) {
    return sentence.tokens().stream()
        .filter(t -> t.text().equals(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no token " + word + " in " + sentence.text()))
        .index();
  }

  private static Optional<String> relation(Sentence sentence, String governor, String dependent) {
    int g = indexOf(sentence, governor);
    int d = indexOf(sentence, dependent);
    return sentence.dependencies().stream()
        .filter(dep -> dep.governor() == g && dep.dependent() == d)
        .map(Dependency::relation)
        .findFirst();
  }
}
