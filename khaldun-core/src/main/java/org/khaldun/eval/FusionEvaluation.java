package org.khaldun.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.khaldun.fuse.DuplicateLink;
import org.khaldun.fuse.FusedEvent;
import org.khaldun.fuse.Fuser;
import org.khaldun.fuse.FusionOptions;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestOptions;
import org.khaldun.ingest.IngestSink;
import org.khaldun.ingest.Ingestor;
import org.khaldun.output.EventRecord;
import org.khaldun.output.Json;
import org.khaldun.pipeline.CodedArticle;
import org.khaldun.pipeline.Pipeline;

/**
 * Codes JSON Lines articles with the pipeline, fuses them in file order and scores the fusion.
 *
 * <p>Articles are read as {@code khaldun code} reads JSON Lines. Labelled files add, per article,
 * {@code gold_event} (the real event the article is mainly about; distractors get labels of their
 * own), {@code gold_type} (that event's PLOVER type) and {@code gold_copy_of} (the id of the
 * article it re-publishes, or absent). Files without {@code gold_event} are only counted: records
 * before and after fusion, duplicates found.
 */
public final class FusionEvaluation {
  private final Pipeline pipeline;
  private final FusionOptions fusion;
  private final Ingestor ingestor;

  private FusionEvaluation(Pipeline pipeline, FusionOptions fusion) {
    this.pipeline = pipeline;
    this.fusion = fusion;
    this.ingestor = Ingestor.create(IngestOptions.defaults());
  }

  public static FusionEvaluation create(Pipeline pipeline, FusionOptions fusion) {
    return new FusionEvaluation(pipeline, fusion);
  }

  /** An article read from a file, with its gold labels when it has them. */
  private record Input(Article article, String goldEvent, String goldType, String goldCopyOf) {}

  public FusionReport run(List<Path> files, EvalOptions options, IntConsumer progress) {
    List<Input> inputs = new ArrayList<>();
    int[] skipped = {0};
    for (Path file : files) {
      read(file, options.limit(), inputs, skipped);
    }
    List<CodedArticle> coded =
        Parallel.map(inputs, options.threads(), in -> pipeline.code(in.article()), progress);
    Fuser fuser = Fuser.create(fusion);
    int before = 0;
    for (CodedArticle article : coded) {
      fuser.add(article);
      before += article.events().size();
    }
    List<FusedEvent> fused = fuser.fusedEvents();
    int several = (int) fused.stream().filter(f -> f.reportCount() > 1).count();
    Map<String, String> links = new LinkedHashMap<>();
    for (DuplicateLink link : fuser.duplicates()) {
      links.put(link.articleId(), link.originalId());
    }
    FusionReport.Clustering clustering = null;
    FusionReport.Duplicates duplicates = null;
    if (inputs.stream().anyMatch(in -> in.goldEvent() != null)) {
      List<FusionScorer.Item> items = new ArrayList<>();
      int withoutMain = 0;
      for (int i = 0; i < inputs.size(); i++) {
        Input in = inputs.get(i);
        if (in.goldEvent() == null) {
          continue;
        }
        String predicted = null;
        for (EventRecord event : coded.get(i).events()) {
          if (in.goldType() == null || in.goldType().equals(event.eventType())) {
            predicted = fuser.fusedIdOf(event.eventId()).orElseThrow();
            break;
          }
        }
        if (predicted == null) {
          withoutMain++;
          predicted = "alone:" + in.article().id();
        }
        items.add(
            new FusionScorer.Item(in.article().id(), in.goldEvent(), in.goldCopyOf(), predicted));
      }
      clustering = FusionScorer.clustering(items, withoutMain);
      duplicates = FusionScorer.duplicates(items, links);
    }
    return new FusionReport(
        files.stream().map(Path::toString).toList(),
        coded.size(),
        skipped[0],
        before,
        fused.size(),
        several,
        links.size(),
        fuser.comparisons(),
        clustering,
        duplicates);
  }

  private void read(Path file, int limit, List<Input> inputs, int[] skipped) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while (inputs.size() < limit && (line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
          skipped[0]++;
          continue;
        }
        String goldEvent = JsonLines.text(node, "gold_event");
        String goldType = JsonLines.text(node, "gold_type");
        String goldCopyOf = JsonLines.text(node, "gold_copy_of");
        ingestor.readJsonLine(
            line,
            file + ":" + number,
            IngestSink.of(
                article -> inputs.add(new Input(article, goldEvent, goldType, goldCopyOf)),
                problem -> skipped[0]++));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
