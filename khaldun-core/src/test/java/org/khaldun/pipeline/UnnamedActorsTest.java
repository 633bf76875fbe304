package org.khaldun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.IngestOptions;
import org.khaldun.ingest.Ingestor;
import org.khaldun.output.EventRecord;

/** Events whose sentence names no one who acted take the people of the place it names. */
class UnnamedActorsTest {

  private static List<EventRecord> code(String id, String title, String body) {
    Article article =
        Ingestor.create(IngestOptions.defaults())
            .fromText(id, title, LocalDate.of(2024, 3, 5), body);
    return TestPipeline.get().code(article).events();
  }

  @Test
  void unattributedViolenceTakesUnidentifiedArmedForcesOfItsPlace() {
    List<EventRecord> events =
        code(
            "uaf-1",
            "Bomb kills two soldiers in Iraq",
            "A roadside bomb exploded near Samarra on Monday and killed two Iraqi soldiers,"
                + " the army said in a statement. No group claimed the attack, which came a"
                + " week after a similar blast on the same road.");
    assertThat(events)
        .filteredOn(e -> e.eventType().equals("ASSAULT") && e.rule().contains("+source:place"))
        .first()
        .satisfies(
            e -> {
              assertThat(e.source().id()).isEqualTo("IRQ.UAF");
              assertThat(e.source().sector()).isEqualTo("UAF");
              assertThat(e.source().text()).isEqualTo(e.location().text());
            });
  }

  @Test
  void aNamedAttackerIsNeverReplaced() {
    List<EventRecord> events =
        code(
            "uaf-2",
            "Militants attack army post",
            "Islamic State militants attacked an army post near Samarra on Monday, killing two"
                + " Iraqi soldiers, officials said. The group said in a statement that it had"
                + " carried out the attack.");
    assertThat(events)
        .filteredOn(e -> e.eventType().equals("ASSAULT"))
        .allSatisfy(e -> assertThat(e.rule()).doesNotContain("+source:place"));
  }

  @Test
  void anArrestWithNoOneNamedAsMakingItTakesThePoliceOfItsPlace() {
    List<EventRecord> events =
        code(
            "cop-1",
            "Missionary held",
            "A Canadian missionary was arrested in Lebanon on Tuesday, his family said.");
    assertThat(events)
        .filteredOn(e -> e.eventType().equals("COERCE"))
        .first()
        .satisfies(
            e -> {
              assertThat(e.source().id()).isEqualTo("LBN.COP");
              assertThat(e.rule()).endsWith("+source:place");
            });
  }

  @Test
  void aStateOrganOfNoNamedCountryTakesTheCountryOfItsPlace() {
    List<EventRecord> events =
        code(
            "gov-1",
            "Patrols ordered",
            "The government of Sindh province has ordered patrols by police and paramilitary"
                + " soldiers after violent protests.");
    assertThat(events)
        .filteredOn(e -> e.rule().contains("+country:place"))
        .first()
        .satisfies(
            e -> {
              assertThat(e.source().id()).isEqualTo("PAK.GOV");
              assertThat(e.source().text()).isEqualTo("government");
            });
  }
}
