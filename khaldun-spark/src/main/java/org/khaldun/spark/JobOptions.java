package org.khaldun.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the Spark job reads, writes and how it splits the work.
 *
 * @param input a file, directory or glob, on any file system Spark reads ({@code file:}, {@code
 *     hdfs:}, {@code s3a:} ...)
 * @param output the output directory: events as Parquet under {@code date_partition=...}, and the
 *     job's bookkeeping under {@code _coded_articles}, {@code _problems} and {@code _outlet_homes}
 * @param format how the input is written
 * @param partitions how many tasks the coding is split into; 0 picks three per core of the cluster,
 *     so that a slow partition does not leave the other cores idle
 * @param requireEnglish skip (and report) articles not detected as English, as {@code khaldun code}
 *     does by default
 * @param outletHomes where each outlet's home area comes from: learned from the articles the run
 *     codes (the default, as {@code khaldun code} does), read from a table, or none
 */
public record JobOptions(
    String input,
    String output,
    ArchiveFormat format,
    int partitions,
    boolean requireEnglish,
    OutletHomesSource outletHomes) {

  /** How article archives are written. Both carry the fields {@code khaldun code} reads. */
  public enum ArchiveFormat {
    /** One JSON object per line: id, url, title, date, source, byline, text or html. */
    JSONL,
    /** Parquet files whose columns have those names; other columns are ignored. */
    PARQUET
  }

  /**
   * Where the job takes each outlet's home area from (see {@code org.khaldun.geo.OutletHomes}).
   *
   * @param learn learn the homes from the articles this run codes, in a pass before the coding
   * @param table read the homes from this table instead (TSV as {@code khaldun code
   *     --save-outlet-homes} writes it, on any file system Spark reads); null when not given
   */
  public record OutletHomesSource(boolean learn, String table) {
    /** Learn the homes from the articles to code. */
    public static final OutletHomesSource LEARN = new OutletHomesSource(true, null);

    /** No homes: each article is placed on its own evidence. */
    public static final OutletHomesSource NONE = new OutletHomesSource(false, null);

    public OutletHomesSource {
      if (table != null && (learn || table.isBlank())) {
        throw new IllegalArgumentException(
            learn ? "a table of outlet homes is read, not learned" : "--outlet-homes is blank");
      }
    }

    /** Read the homes from {@code path}. */
    public static OutletHomesSource table(String path) {
      return new OutletHomesSource(false, Objects.requireNonNull(path, "path"));
    }
  }

  static final String USAGE =
      "usage: CodeArticlesJob --input PATH --output PATH [--format jsonl|parquet]"
          + " [--partitions N] [--any-language] [--outlet-homes FILE | --no-outlet-homes]";

  public JobOptions {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("--input must be given; " + USAGE);
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("--output must be given; " + USAGE);
    }
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(outletHomes, "outletHomes");
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must not be negative, was " + partitions);
    }
  }

  /** JSON Lines, partitions chosen from the cluster size, English only, outlet homes learned. */
  public static JobOptions of(String input, String output) {
    return new JobOptions(input, output, ArchiveFormat.JSONL, 0, true, OutletHomesSource.LEARN);
  }

  /** These options with another input format. */
  public JobOptions withFormat(ArchiveFormat newFormat) {
    return new JobOptions(input, output, newFormat, partitions, requireEnglish, outletHomes);
  }

  /** These options with another number of coding tasks (0: three per core). */
  public JobOptions withPartitions(int count) {
    return new JobOptions(input, output, format, count, requireEnglish, outletHomes);
  }

  /** These options with outlet homes from another source. */
  public JobOptions withOutletHomes(OutletHomesSource source) {
    return new JobOptions(input, output, format, partitions, requireEnglish, source);
  }

  /**
   * Parses {@code --input PATH --output PATH [--format jsonl|parquet] [--partitions N]
   * [--any-language] [--outlet-homes FILE | --no-outlet-homes]}.
   *
   * @throws IllegalArgumentException naming the argument that is unknown, missing or malformed
   */
  public static JobOptions parse(String[] args) {
    String input = null;
    String output = null;
    ArchiveFormat format = ArchiveFormat.JSONL;
    int partitions = 0;
    boolean requireEnglish = true;
    String homesTable = null;
    boolean noHomes = false;
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--input" -> input = value(args, ++i, arg);
        case "--output" -> output = value(args, ++i, arg);
        case "--format" -> format = format(value(args, ++i, arg));
        case "--partitions" -> partitions = count(value(args, ++i, arg));
        case "--any-language" -> requireEnglish = false;
        case "--outlet-homes" -> homesTable = value(args, ++i, arg);
        case "--no-outlet-homes" -> noHomes = true;
        default -> unknown.add(arg);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown arguments: " + unknown + "; " + USAGE);
    }
    if (homesTable != null && noHomes) {
      throw new IllegalArgumentException(
          "--outlet-homes and --no-outlet-homes exclude each other; " + USAGE);
    }
    OutletHomesSource homes =
        homesTable != null
            ? OutletHomesSource.table(homesTable)
            : noHomes ? OutletHomesSource.NONE : OutletHomesSource.LEARN;
    return new JobOptions(input, output, format, partitions, requireEnglish, homes);
  }

  private static String value(String[] args, int index, String name) {
    if (index >= args.length) {
      throw new IllegalArgumentException(name + " needs a value; " + USAGE);
    }
    return args[index];
  }

  private static ArchiveFormat format(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "jsonl", "json", "ndjson" -> ArchiveFormat.JSONL;
      case "parquet" -> ArchiveFormat.PARQUET;
      default ->
          throw new IllegalArgumentException(
              "--format must be jsonl or parquet, was \"" + value + "\"");
    };
  }

  private static int count(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--partitions must be a number, was \"" + value + "\"");
    }
  }
}
