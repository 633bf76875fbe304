package org.khaldun.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.OffsetMap;

/**
 * Measures the NLP stage's CPU time per token on a JSON Lines file of articles (field {@code
 * text}). Not a test: run by hand, one scope per JVM so that the peak heap is the scope's own.
 *
 * <pre>
 * java -Xmx3g -cp ... org.khaldun.nlp.NlpSpeedProbe FILE.jsonl ALL|TRIGGER_SENTENCES|NONE [N]
 * </pre>
 */
final class NlpSpeedProbe {

  /** A plausible event lexicon: the trigger lemmas of the commonest event types. */
  static final Set<String> TRIGGERS =
      Set.of(
          "attack",
          "kill",
          "arrest",
          "protest",
          "accuse",
          "urge",
          "call",
          "meet",
          "sign",
          "agree",
          "reject",
          "threaten",
          "sanction",
          "deploy",
          "withdraw",
          "aid",
          "fire",
          "bomb",
          "strike",
          "clash",
          "seize");

  private static final int WARM_UP = 20;

  private NlpSpeedProbe() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    ParseScope scope = ParseScope.valueOf(args[1]);
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    NlpOptions options =
        scope == ParseScope.TRIGGER_SENTENCES
            ? NlpOptions.defaults().parsingTriggerSentences(TRIGGERS)
            : NlpOptions.defaults().withParseScope(scope);

    List<Article> articles = read(file, limit + WARM_UP);
    long loadStart = System.nanoTime();
    CoreNlpAnnotator annotator = CoreNlpAnnotator.create(options);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    for (Article article : articles.subList(0, Math.min(WARM_UP, articles.size()))) {
      annotator.annotate(article);
    }

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long tokens = 0;
    long sentences = 0;
    long parsed = 0;
    long parsedTokens = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    List<Article> measured = articles.subList(Math.min(WARM_UP, articles.size()), articles.size());
    for (Article article : measured) {
      for (Sentence sentence : annotator.annotate(article).sentences()) {
        sentences++;
        tokens += sentence.tokens().size();
        if (sentence.parsed()) {
          parsed++;
          parsedTokens += sentence.tokens().size();
        }
      }
    }
    double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3;
    double wallMicros = (System.nanoTime() - wallStart) / 1e3;
    System.out.printf(
        Locale.ROOT,
        "%s: %d articles, %d tokens (%.0f/article), %d sentences, %.1f%% parsed (%.1f%% of tokens)"
            + "%n  CPU %.1f us/token, wall %.1f us/token, %.1f articles/s; load %.1f s;"
            + " peak heap %.0f MB%n",
        scope,
        measured.size(),
        tokens,
        (double) tokens / measured.size(),
        sentences,
        100.0 * parsed / sentences,
        100.0 * parsedTokens / tokens,
        cpuMicros / tokens,
        wallMicros / tokens,
        measured.size() / (wallMicros / 1e6),
        loadSeconds,
        peakHeapBytes() / 1e6);
  }

  private static List<Article> read(Path file, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null && articles.size() < limit) {
        JsonNode node = json.readTree(line);
        String text = node.path("text").asText("");
        articles.add(
            new Article(
                "probe-" + articles.size(),
                null,
                null,
                null,
                null,
                null,
                text,
                OffsetMap.identity(text.length()),
                file + ":" + (articles.size() + 1)));
      }
    }
    return articles;
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
