package org.khaldun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.output.Json;

class CodeCommandTest {
  private static final String ARTICLE =
      "Militants attack army checkpoint in Kirkuk\n\n"
          + "Islamic State militants attacked an Iraqi army checkpoint in Kirkuk on Tuesday,"
          + " killing two soldiers, the Iraqi military said. The army arrested three suspects"
          + " after the attack, according to security officials.\n";

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void codesAGoodBatchAndExitsZero() throws IOException {
    Files.writeString(dir.resolve("kirkuk.txt"), ARTICLE, StandardCharsets.UTF_8);
    Path events = dir.resolve("events.jsonl");

    Run run = run("code", "--quiet", "-o", events.toString(), dir.resolve("kirkuk.txt").toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
    assertThat(lines).isNotEmpty();
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertThat(first.get("article").get("origin").asText()).endsWith("kirkuk.txt");
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"event_type\":\"ASSAULT\""));
  }

  @Test
  void reportsEachBadInputOnOneLineAndCodesTheRest() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), ARTICLE, StandardCharsets.UTF_8);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 0, 9});
    Files.write(
        in.resolve("latin1.txt"),
        "Caf\u00e9 bomb\u00e9 in the capital, police said.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(
        in.resolve("feed.jsonl"),
        "{\"id\":\"ok-1\",\"text\":"
            + Json.mapper().writeValueAsString(ARTICLE)
            + "}\n"
            + "{\"id\": broken\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("french.txt"),
        "Les forces irakiennes ont arr\u00eat\u00e9 cinq suspects dans la province de Kerbala"
            + " dimanche, a indiqu\u00e9 le minist\u00e8re de l'Int\u00e9rieur. Les combattants"
            + " de l'\u00c9tat islamique se d\u00e9placent la nuit entre plusieurs provinces.",
        StandardCharsets.UTF_8);
    Path events = dir.resolve("events.jsonl");

    Run run = run("code", "--quiet", "-o", events.toString(), in.toString());

    assertThat(run.status()).isEqualTo(Main.SOME_INPUT_FAILED);
    List<String> problems = run.err().lines().toList();
    assertThat(problems).allSatisfy(line -> assertThat(line).startsWith("khaldun: "));
    assertThat(problems).anySatisfy(line -> assertThat(line).contains("empty.txt"));
    assertThat(problems).anySatisfy(line -> assertThat(line).contains("binary.bin"));
    assertThat(problems).anySatisfy(line -> assertThat(line).contains("latin1.txt"));
    assertThat(problems).anySatisfy(line -> assertThat(line).contains("feed.jsonl:2"));
    assertThat(problems).anySatisfy(line -> assertThat(line).contains("french.txt"));
    assertThat(problems).noneSatisfy(line -> assertThat(line).contains("good.txt"));
    String output = Files.readString(events, StandardCharsets.UTF_8);
    assertThat(output).contains("\"article_id\":\"ok-1\"");
    assertThat(output).contains("good.txt");
  }

  @Test
  void writesCsvWithAHeader() throws IOException {
    Files.writeString(dir.resolve("kirkuk.txt"), ARTICLE, StandardCharsets.UTF_8);
    Path events = dir.resolve("events.csv");

    Run run =
        run(
            "code",
            "--quiet",
            "--format",
            "csv",
            "-o",
            events.toString(),
            dir.resolve("kirkuk.txt").toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("event_id,article_id,sentence_id");
    assertThat(lines).hasSizeGreaterThan(1);
  }

  @Test
  void rejectsAnUnknownOptionWithUsageStatus() {
    Run run = run("code", "--no-such-option");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--no-such-option");
  }

  @Test
  void refusesToSaveOutletHomesLearnedFromStandardInput() {
    Run run = run("code", "--save-outlet-homes", dir.resolve("homes.tsv").toString(), "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("standard input cannot be read twice");
  }
}
