package org.khaldun.cli;

import java.util.concurrent.Callable;
import org.khaldun.eval.FusionEvaluation;
import org.khaldun.eval.FusionReport;
import org.khaldun.fuse.FusionOptions;
import org.khaldun.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khaldun eval fusion}: de-duplication and event fusion, scored or counted. */
@Command(
    name = "fusion",
    mixinStandardHelpOptions = true,
    description = {
      "Codes JSON Lines articles, fuses their events in file order and scores the fusion against"
          + " gold_event / gold_type / gold_copy_of labels; unlabelled files are counted (records"
          + " before and after fusion, near-duplicates).",
      "Example: khaldun eval fusion data/fusion/fusion-eval.jsonl"
    })
final class EvalFusionCommand implements Callable<Integer> {
  @Mixin EvalCommand.Common common;

  @Option(
      names = "--duplicate-threshold",
      paramLabel = "J",
      description = "Least estimated Jaccard similarity for a near-duplicate (default: 0.5).")
  double duplicateThreshold = FusionOptions.DEFAULT_DUPLICATE_THRESHOLD;

  @Option(
      names = "--date-window",
      paramLabel = "DAYS",
      description = "Most days between two reports of one event (default: 2).")
  int dateWindow = FusionOptions.defaults().dateWindowDays();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    FusionOptions options =
        FusionOptions.defaults()
            .withDuplicateThreshold(duplicateThreshold)
            .withDateWindowDays(dateWindow);
    FusionEvaluation evaluation =
        FusionEvaluation.create(Pipeline.create(common.pipelineOptions()), options);
    FusionReport report =
        evaluation.run(common.files, common.options(), common.progress(spec, "articles"));
    return common.print(spec, report, report.toText());
  }
}
