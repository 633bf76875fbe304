package org.khaldun.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khaldun.geo.GazetteerIndexBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khaldun gazetteer}: tools for the gazetteer; {@code build} indexes GeoNames dumps. */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description = "Gazetteer tools.",
    subcommands = {GazetteerCommand.Build.class})
final class GazetteerCommand {

  /** {@code khaldun gazetteer build}: GeoNames dump files in, a Lucene gazetteer index out. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Builds a gazetteer index from GeoNames dump files, for --gazetteer.",
        "DIR holds cities500.txt or allCountries.txt, admin1CodesASCII.txt, and optionally"
            + " admin2Codes.txt and alternateNamesV2.txt, as downloaded from GeoNames and unzipped."
      })
  static final class Build implements Callable<Integer> {

    @Option(
        names = "--geonames",
        required = true,
        paramLabel = "DIR",
        description = "Directory of GeoNames dump files.")
    Path geonames;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "INDEX_DIR",
        description = "Directory to write the index to (an index already there is replaced).")
    Path out;

    @Option(
        names = {"-q", "--quiet"},
        description = "No progress bar on stderr.")
    boolean quiet;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      long start = System.nanoTime();
      GazetteerIndexBuilder.Result r;
      try (Progress progress = Progress.lines(quiet, "gazetteer")) {
        r = GazetteerIndexBuilder.build(geonames, out, progress::stepTo);
      }
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(
          Locale.ROOT,
          "wrote %s: %d places, %d admin-1 units, %d admin-2 units, %d countries,"
              + " %d alternate names in %.1f s%n",
          out,
          r.places(),
          r.admin1Units(),
          r.admin2Units(),
          r.countries(),
          r.alternateNames(),
          (System.nanoTime() - start) / 1e9);
      stdout.flush();
      return 0;
    }
  }
}
