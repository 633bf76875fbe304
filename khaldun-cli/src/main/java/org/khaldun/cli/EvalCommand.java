package org.khaldun.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.khaldun.eval.CameoReport;
import org.khaldun.eval.EvalOptions;
import org.khaldun.eval.EventEvaluation;
import org.khaldun.eval.EventReport;
import org.khaldun.eval.EventResult;
import org.khaldun.eval.GeoEvaluation;
import org.khaldun.eval.GeoReport;
import org.khaldun.geo.OutletHomes;
import org.khaldun.output.Json;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.PipelineOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khaldun eval}: scores the pipeline on labelled data (see the README, "Evaluation"). */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores Khaldun on labelled data: geoparsing, PLOVER events, CAMEO codes.",
    subcommands = {
      EvalCommand.Geo.class,
      EvalCommand.Events.class,
      EvalCommand.Cameo.class,
      EvalFusionCommand.class
    })
final class EvalCommand {

  /** Options every evaluation takes. */
  static final class Common {
    @Mixin ModelSettings model;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Gold JSON Lines files.")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object instead of the text report.")
    boolean json;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "Evaluate at most N records, in file order (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(
        names = {"-t", "--threads"},
        paramLabel = "N",
        description = "Records processed at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = {"-q", "--quiet"},
        description = "No progress on stderr.")
    boolean quiet;

    /** Opens the --details file, or returns null when none was asked for. */
    static BufferedWriter openDetails(Path details) {
      if (details == null) {
        return null;
      }
      try {
        return Files.newBufferedWriter(details, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + details, e);
      }
    }

    /** Writes each value as one JSON line; does nothing when {@code writer} is null. */
    static <T> java.util.function.Consumer<T> jsonLines(BufferedWriter writer) {
      if (writer == null) {
        return value -> {};
      }
      ObjectWriter json = Json.mapper().writer();
      return value -> {
        try {
          writer.write(json.writeValueAsString(value));
          writer.newLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
    }

    EvalOptions options() {
      return new EvalOptions(limit, threads);
    }

    PipelineOptions pipelineOptions() {
      return model.pipelineOptions();
    }

    /** Every 50 records, on stderr, so that a long run shows it is alive. */
    IntConsumer progress(CommandSpec spec, String unit) {
      PrintWriter err = spec.commandLine().getErr();
      return done -> {
        if (!quiet && done % 50 == 0) {
          synchronized (err) {
            err.println("khaldun: " + done + " " + unit + " evaluated");
            err.flush();
          }
        }
      };
    }

    int print(CommandSpec spec, Object report, String text) {
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        try {
          out.println(Json.mapper().writeValueAsString(report));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("cannot write the report as JSON", e);
        }
      } else {
        out.print(text);
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "geo",
      mixinStandardHelpOptions = true,
      description = {
        "Toponym recognition and resolution against gold toponyms (LGL, GeoVirus).",
        "Example: khaldun eval geo --limit 100 ../shared/eval/geo/lgl.jsonl"
      })
  static final class Geo implements java.util.concurrent.Callable<Integer> {
    @Mixin Common common;

    @Option(
        names = "--gold-spans",
        description =
            "Resolve the gold phrases of each article together (no recognition step), as the"
                + " geoparsing literature scores resolvers.")
    boolean goldSpans;

    @Option(
        names = "--details",
        paramLabel = "FILE",
        description =
            "Also write one JSON line per gold toponym (the gold place, the chosen one and"
                + " the error) and per place found where the gold has none (spurious: true).")
    Path details;

    @ArgGroup(exclusive = true)
    OutletHomeSettings homes;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      EvalOptions options = common.options();
      GeoEvaluation evaluation =
          goldSpans
              ? GeoEvaluation.goldSpans(common.pipelineOptions().gazetteer())
              : GeoEvaluation.endToEnd(common.pipelineOptions());
      if (homes != null && homes.noHomes) {
        evaluation = evaluation.withOutletHomes(OutletHomes.none());
      } else if (homes != null && homes.load != null) {
        evaluation = evaluation.withOutletHomes(OutletHomes.read(homes.load));
      } else if (homes != null && homes.save != null) {
        OutletHomes learned = evaluation.outletHomes(common.files, options);
        learned.write(homes.save);
        evaluation = evaluation.withOutletHomes(learned);
      }
      if (details == null) {
        GeoReport report = evaluation.run(common.files, options, common.progress(spec, "articles"));
        return common.print(spec, report, report.toText());
      }
      try (BufferedWriter writer = Files.newBufferedWriter(details, StandardCharsets.UTF_8)) {
        ObjectWriter json = Json.mapper().writer();
        GeoReport report =
            evaluation.run(
                common.files,
                options,
                common.progress(spec, "articles"),
                result -> {
                  try {
                    writer.write(json.writeValueAsString(result));
                    writer.newLine();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
        return common.print(spec, report, report.toText());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + details, e);
      }
    }
  }

  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description = {
        "PLOVER event types and actors against gold sentences.",
        "Example: khaldun eval events ../shared/eval/events/plover-gsr.jsonl"
      })
  static final class Events implements java.util.concurrent.Callable<Integer> {
    @Mixin Common common;

    @Option(
        names = "--details",
        paramLabel = "FILE",
        description =
            "Also write one JSON line per gold sentence: the gold type and actors, the chosen"
                + " event (with the rule that produced it) and every coded event.")
    Path details;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      EvalOptions options = common.options();
      EventEvaluation evaluation =
          EventEvaluation.create(Pipeline.create(common.pipelineOptions()));
      try (BufferedWriter writer = Common.openDetails(details)) {
        EventReport report =
            evaluation.run(
                common.files,
                options,
                common.progress(spec, "sentences"),
                Common.<EventResult>jsonLines(writer));
        return common.print(spec, report, report.toText());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + details, e);
      }
    }
  }

  @Command(
      name = "cameo",
      mixinStandardHelpOptions = true,
      description = {
        "CAMEO root-code agreement with CAMEO-coded sentences (PETRARCH-2 codings).",
        "Example: khaldun eval cameo ../shared/eval/events/petr2-gsr.jsonl"
      })
  static final class Cameo implements java.util.concurrent.Callable<Integer> {
    @Mixin Common common;

    @Option(
        names = "--details",
        paramLabel = "FILE",
        description =
            "Also write one JSON line per gold sentence: the gold CAMEO roots, the chosen event"
                + " and every coded event.")
    Path details;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      EvalOptions options = common.options();
      EventEvaluation evaluation =
          EventEvaluation.create(Pipeline.create(common.pipelineOptions()));
      try (BufferedWriter writer = Common.openDetails(details)) {
        CameoReport report =
            evaluation.runCameo(
                common.files,
                options,
                common.progress(spec, "sentences"),
                Common.<EventResult>jsonLines(writer));
        return common.print(spec, report, report.toText());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + details, e);
      }
    }
  }
}
