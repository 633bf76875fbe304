package org.khaldun.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobOptionsTest {

  @Test
  void readsEveryArgument() {
    JobOptions options =
        JobOptions.parse(
            new String[] {
              "--input",
              "hdfs:///news/*.parquet",
              "--output",
              "out",
              "--format",
              "parquet",
              "--partitions",
              "64",
              "--any-language",
              "--outlet-homes",
              "hdfs:///khaldun/homes.tsv"
            });

    assertThat(options.input()).isEqualTo("hdfs:///news/*.parquet");
    assertThat(options.output()).isEqualTo("out");
    assertThat(options.format()).isEqualTo(JobOptions.ArchiveFormat.PARQUET);
    assertThat(options.partitions()).isEqualTo(64);
    assertThat(options.requireEnglish()).isFalse();
    assertThat(options.outletHomes())
        .isEqualTo(JobOptions.OutletHomesSource.table("hdfs:///khaldun/homes.tsv"));
  }

  @Test
  void learnsOutletHomesUnlessTurnedOff() {
    assertThat(JobOptions.parse(new String[] {"--input", "in", "--output", "out"}).outletHomes())
        .isEqualTo(JobOptions.OutletHomesSource.LEARN);
    assertThat(
            JobOptions.parse(new String[] {"--input", "in", "--output", "out", "--no-outlet-homes"})
                .outletHomes())
        .isEqualTo(JobOptions.OutletHomesSource.NONE);
    assertThatThrownBy(
            () ->
                JobOptions.parse(
                    new String[] {
                      "--input",
                      "in",
                      "--output",
                      "o",
                      "--outlet-homes",
                      "h.tsv",
                      "--no-outlet-homes"
                    }))
        .hasMessageContaining("--outlet-homes and --no-outlet-homes exclude each other");
  }

  @Test
  void defaultsToJsonLinesEnglishOnlyAndPartitionsFromTheCluster() {
    JobOptions options = JobOptions.parse(new String[] {"--input", "in", "--output", "out"});

    assertThat(options).isEqualTo(JobOptions.of("in", "out"));
    assertThat(options.format()).isEqualTo(JobOptions.ArchiveFormat.JSONL);
    assertThat(options.partitions()).isZero();
    assertThat(options.requireEnglish()).isTrue();
    assertThat(options.outletHomes()).isEqualTo(JobOptions.OutletHomesSource.LEARN);
  }

  @Test
  void namesWhatIsMissingOrWrong() {
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "in"}))
        .hasMessageContaining("--output must be given");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "in", "--output"}))
        .hasMessageContaining("--output needs a value");
    assertThatThrownBy(
            () ->
                JobOptions.parse(
                    new String[] {"--input", "in", "--output", "o", "--format", "xml"}))
        .hasMessageContaining("--format must be jsonl or parquet");
    assertThatThrownBy(
            () ->
                JobOptions.parse(new String[] {"--input", "in", "--output", "o", "--threads", "2"}))
        .hasMessageContaining("unknown arguments: [--threads, 2]");
    assertThatThrownBy(() -> JobOptions.of("in", "out").withPartitions(-1))
        .hasMessageContaining("--partitions must not be negative");
  }
}
