package org.khaldun.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How a command gets the home area of each news outlet (see {@code org.khaldun.geo.OutletHomes}):
 * learned from its input by default; these options load, save or turn off the table. At most one
 * may be given.
 */
final class OutletHomeSettings {

  @Option(
      names = "--outlet-homes",
      paramLabel = "FILE",
      description =
          "Take each outlet's home area from FILE (TSV: host, country, admin1, admin1_name,"
              + " articles, share) instead of learning it from the input.")
  Path load;

  @Option(
      names = "--save-outlet-homes",
      paramLabel = "FILE",
      description = "Learn each outlet's home area from the input as usual, and write it to FILE.")
  Path save;

  @Option(
      names = "--no-outlet-homes",
      description = "Resolve each article's places on its own evidence, with no outlet home areas.")
  boolean noHomes;
}
