package org.khaldun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Option handling only: a real comparison loads two NLP pipelines and belongs to a benchmark. */
class BenchCommandTest {

  private static BenchCommand parse(String... args) {
    BenchCommand bench = new BenchCommand();
    new CommandLine(bench).parseArgs(args);
    return bench;
  }

  @Test
  void comparesWithCoreNlpOnFortyArticlesWhenNoCountIsGiven() {
    assertThat(parse("--compare-corenlp", "in.jsonl").compareCorenlp).isEqualTo(40);
    assertThat(parse("--compare-corenlp", "12", "in.jsonl").compareCorenlp).isEqualTo(12);
    assertThat(parse("in.jsonl").compareCorenlp).isNull();
  }

  @Test
  void saysInItsHelpWhichCoreNlpAnnotatorsItRuns() {
    StringWriter out = new StringWriter();
    Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "bench", "--help");

    assertThat(out.toString()).contains("--compare-corenlp").contains("parse)");
  }

  @Test
  void turnsTheEventModelOffWithNoModel() {
    assertThat(parse("in.jsonl").settings.pipelineOptions().eventModel().enabled()).isTrue();
    assertThat(parse("--no-model", "in.jsonl").settings.pipelineOptions().eventModel().enabled())
        .isFalse();
  }

  @Test
  void refusesFewerThanOneRoundBeforeLoadingAnything() {
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "bench",
            "--rounds",
            "0",
            "in.jsonl");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("--rounds must be at least 1");
  }
}
