package org.khaldun.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
  private final Map<String, List<ParseTrigger>> triggersByLemma;

  private CoreNlpAnnotator(NlpOptions options) {
    this.options = options;
    this.triggersByLemma = new HashMap<>();
    for (ParseTrigger trigger : options.parseTriggers()) {
      triggersByLemma.computeIfAbsent(trigger.lemma(), k -> new ArrayList<>()).add(trigger);
    }
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
      case TRIGGER_SENTENCES -> hasTrigger(tokens);
    };
  }

  /** Whether one of the options' {@link ParseTrigger}s occurs in the sentence. */
  private boolean hasTrigger(List<CoreLabel> tokens) {
    boolean hasVerb = false;
    for (CoreLabel token : tokens) {
      String tag = token.tag();
      hasVerb |= tag != null && tag.startsWith("VB");
    }
    Set<String> lemmas = null;
    for (CoreLabel token : tokens) {
      List<ParseTrigger> triggers = triggersByLemma.get(lowerLemma(token));
      if (triggers == null) {
        continue;
      }
      for (ParseTrigger trigger : triggers) {
        if (!trigger.fits(token.tag(), hasVerb)) {
          continue;
        }
        if (trigger.companions().isEmpty()) {
          return true;
        }
        if (lemmas == null) {
          lemmas = new HashSet<>();
          for (CoreLabel t : tokens) {
            lemmas.add(lowerLemma(t));
          }
        }
        if (lemmas.containsAll(trigger.companions())) {
          return true;
        }
      }
    }
    return false;
  }

  private static String lowerLemma(CoreLabel token) {
    String lemma = token.lemma();
    return lemma == null ? "" : lemma.toLowerCase(Locale.ROOT);
  }
}
