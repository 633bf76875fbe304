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
 *     job's bookkeeping under {@code _coded_articles} and {@code _problems}
 * @param format how the input is written
 * @param partitions how many tasks the coding is split into; 0 picks three per core of the cluster,
 *     so that a slow partition does not leave the other cores idle
 * @param requireEnglish skip (and report) articles not detected as English, as {@code khaldun code}
 *     does by default
 */
public record JobOptions(
    String input, String output, ArchiveFormat format, int partitions, boolean requireEnglish) {

  /** How article archives are written. Both carry the fields {@code khaldun code} reads. */
  public enum ArchiveFormat {
    /** One JSON object per line: id, url, title, date, source, byline, text or html. */
    JSONL,
    /** Parquet files whose columns have those names; other columns are ignored. */
    PARQUET
  }

  static final String USAGE =
      "usage: CodeArticlesJob --input PATH --output PATH [--format jsonl|parquet]"
          + " [--partitions N] [--any-language]";

  public JobOptions {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("--input must be given; " + USAGE);
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("--output must be given; " + USAGE);
    }
    Objects.requireNonNull(format, "format");
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must not be negative, was " + partitions);
    }
  }

  /** JSON Lines, partitions chosen from the cluster size, English only. */
  public static JobOptions of(String input, String output) {
    return new JobOptions(input, output, ArchiveFormat.JSONL, 0, true);
  }

  /** These options with another input format. */
  public JobOptions withFormat(ArchiveFormat newFormat) {
    return new JobOptions(input, output, newFormat, partitions, requireEnglish);
  }

  /** These options with another number of coding tasks (0: three per core). */
  public JobOptions withPartitions(int count) {
    return new JobOptions(input, output, format, count, requireEnglish);
  }

  /**
   * Parses {@code --input PATH --output PATH [--format jsonl|parquet] [--partitions N]
   * [--any-language]}.
   *
   * @throws IllegalArgumentException naming the argument that is unknown, missing or malformed
   */
  public static JobOptions parse(String[] args) {
    String input = null;
    String output = null;
    ArchiveFormat format = ArchiveFormat.JSONL;
    int partitions = 0;
    boolean requireEnglish = true;
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--input" -> input = value(args, ++i, arg);
        case "--output" -> output = value(args, ++i, arg);
        case "--format" -> format = format(value(args, ++i, arg));
        case "--partitions" -> partitions = count(value(args, ++i, arg));
        case "--any-language" -> requireEnglish = false;
        default -> unknown.add(arg);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown arguments: " + unknown + "; " + USAGE);
    }
    return new JobOptions(input, output, format, partitions, requireEnglish);
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
