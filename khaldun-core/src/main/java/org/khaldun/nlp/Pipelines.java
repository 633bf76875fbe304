package org.khaldun.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * CoreNLP pipelines, built once per JVM and configuration: loading the tagger, the CRF and the
 * parser takes seconds and about a gigabyte, so every annotator with the same configuration shares
 * one instance (CoreNLP's annotators are thread-safe once loaded).
 *
 * <p>Two stages, so that the parser can run on a subset of the sentences: {@link #tagging()}
 * (tokenize, ssplit, pos, lemma, ner) on the whole text, then {@link #parsing()} (the dependency
 * parser alone) on an annotation holding only the sentences worth parsing.
 */
final class Pipelines {

  private static final Map<String, Holder> CACHE = new ConcurrentHashMap<>();

  private Pipelines() {}

  /**
   * Tokens, sentences, tags, lemmas, entities. Chosen for speed (see package documentation): one
   * CRF, no fine-grained classes, no SUTime, no numeric classifiers, and the project's entity
   * corrections as an additional TokensRegexNER pass that may overwrite the CRF's tags.
   */
  static StanfordCoreNLP tagging() {
    Map<String, String> config = new TreeMap<>();
    config.put("annotators", "tokenize,ssplit,pos,lemma,ner");
    // A title without a full stop is followed by a blank line: never glue it to the body.
    config.put("ssplit.newlineIsSentenceBreak", "two");
    // Keep going on characters the tokenizer does not know, without a warning per character.
    config.put("tokenize.options", "untokenizable=noneKeep");
    config.put("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    config.put("ner.applyFineGrained", "false");
    config.put("ner.useSUTime", "false");
    config.put("ner.applyNumericClassifiers", "false");
    // We build mentions from the tokens' tags ourselves; CoreNLP's also adds pronouns.
    config.put("ner.buildEntityMentions", "false");
    config.put("ner.additional.regexner.mapping", "khaldun:" + EntityCorrections.RESOURCE);
    return get(config);
  }

  /**
   * The dependency parser alone; expects sentences already tokenized and tagged by {@link
   * #tagging()}.
   */
  static DependencyParsing parsing() {
    Map<String, String> config = new TreeMap<>();
    config.put("parser", "depparse");
    return get(config, key -> new DependencyParsing());
  }

  private static StanfordCoreNLP get(Map<String, String> config) {
    return get(config, key -> new StanfordCoreNLP(toProperties(key)));
  }

  private static <T> T get(Map<String, String> config, Function<Map<String, String>, T> build) {
    @SuppressWarnings("unchecked")
    T result =
        (T)
            CACHE
                .computeIfAbsent(config.toString(), key -> new Holder(config, build::apply))
                .instance();
    return result;
  }

  /** Builds its instance on first use, outside the map's lock, at most once. */
  private static final class Holder {
    private final Map<String, String> config;
    private final Function<Map<String, String>, Object> build;
    private volatile Object instance;

    Holder(Map<String, String> config, Function<Map<String, String>, Object> build) {
      this.config = Map.copyOf(config);
      this.build = build;
    }

    Object instance() {
      Object result = instance;
      if (result == null) {
        synchronized (this) {
          result = instance;
          if (result == null) {
            result = build.apply(config);
            instance = result;
          }
        }
      }
      return result;
    }
  }

  private static Properties toProperties(Map<String, String> config) {
    Properties properties = new Properties();
    for (Map.Entry<String, String> entry : config.entrySet()) {
      String value = entry.getValue();
      if (value.startsWith("khaldun:")) {
        // CoreNLP cannot read our commented format: hand it a converted copy.
        Path mapping = EntityCorrections.writeCoreNlpMapping();
        value = mapping.toString();
      }
      properties.setProperty(entry.getKey(), value);
    }
    return properties;
  }
}
