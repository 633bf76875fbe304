package org.khaldun.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.khaldun.ingest.Article;

/**
 * The {@link Annotator} built on Stanford CoreNLP. Thread-safe; the models are loaded once per JVM
 * and shared by every instance with the same configuration.
 *
 * <p>For each article:
 *
 * <ol>
 *   <li>tokenize, split sentences, tag, lemmatize and tag entities on the whole cleaned text, so
 *       that CoreNLP's character offsets are offsets into {@link Article#text()};
 *   <li>choose the sentences to parse ({@link NlpOptions#parseScope()}, {@link
 *       NlpOptions#maxSentenceTokens()}) and run the dependency parser on those only;
 *   <li>convert every sentence to Khaldun's records ({@link SentenceConverter}).
 * </ol>
 */
public final class CoreNlpAnnotator implements Annotator {

  private final NlpOptions options;
  private final StanfordCoreNLP tagging;
  private final DependencyParsing parsing;

  private CoreNlpAnnotator(NlpOptions options) {
    this.options = options;
    this.tagging = Pipelines.tagging();
    this.parsing = options.parseScope() == ParseScope.NONE ? null : Pipelines.parsing();
  }

  /**
   * An annotator with {@code options}. Loads CoreNLP's models (seconds) unless another annotator in
   * this JVM already did.
   */
  public static CoreNlpAnnotator create(NlpOptions options) {
    return new CoreNlpAnnotator(Objects.requireNonNull(options, "options"));
  }

  /** The options this annotator was created with. */
  public NlpOptions options() {
    return options;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    if (text.isBlank()) {
      return new AnnotatedArticle(article, List.of());
    }
    Annotation document = new Annotation(text);
    tagging.annotate(document);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return new AnnotatedArticle(article, List.of());
    }
    for (CoreMap sentence : sentences) {
      if (shouldParse(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
        parsing.parse(sentence);
      }
    }
    List<Sentence> result = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      result.add(SentenceConverter.convert(text, result.size(), sentence));
    }
    return new AnnotatedArticle(article, result);
  }

  private boolean shouldParse(List<CoreLabel> tokens) {
    if (tokens == null || tokens.isEmpty() || tokens.size() > options.maxSentenceTokens()) {
      return false;
    }
    return switch (options.parseScope()) {
      case NONE -> false;
      case ALL -> true;
      case TRIGGER_SENTENCES -> tokens.stream().anyMatch(this::isTrigger);
    };
  }

  /**
   * A trigger lemma used as a verb or a common noun: the event coder matches nothing else ("Strike"
   * in a name, "alert" as an adjective), so a sentence holding only such uses is not parsed.
   */
  private boolean isTrigger(CoreLabel token) {
    String lemma = token.lemma();
    String tag = token.tag();
    boolean content =
        tag == null || tag.startsWith("VB") || (tag.startsWith("NN") && !tag.startsWith("NNP"));
    return content
        && lemma != null
        && options.parseTriggers().contains(lemma.toLowerCase(Locale.ROOT));
  }
}
