package org.khaldun.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.output.EventRecord;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.ArticleRef;
import org.khaldun.output.EventRecord.LocationRef;

class FuserTest {
  static final LocationRef KANO = point("Kano", 2335204L, 12.0001, 8.5167, "NGA", "NG.29");
  static final LocationRef NEAR_KANO = point("Ungogo", 2321234L, 12.09, 8.50, "NGA", "NG.29");
  static final LocationRef ZARIA = point("Zaria", 2319133L, 11.1113, 7.7227, "NGA", "NG.18");
  static final LocationRef KANO_STATE =
      new LocationRef(
          "Kano State",
          2335196L,
          11.5,
          8.5,
          "NGA",
          "NG.29",
          "Kano",
          "ADM1",
          "ADMIN1",
          "sentence",
          "",
          "Kano State",
          0,
          0);
  static final ActorRef POLICE = actor("NGA.COP", "NGA", "COP");
  static final ActorRef ARMY = actor("NGA.MIL", "NGA", "MIL");
  static final ActorRef REBELS = actor("NGA.REB", "NGA", "REB");
  static final ActorRef INSURGENTS = actor("BOKOHARAM", "NGA", "INS");
  static final ActorRef FOREIGN_ARMY = actor("CMR.MIL", "CMR", "MIL");

  static LocationRef point(String name, long id, double lat, double lon, String cc, String adm1) {
    return new LocationRef(
        name, id, lat, lon, cc, adm1, null, "PPL", "POINT", "sentence", "", name, 0, 0);
  }

  static ActorRef actor(String id, String country, String sector) {
    return new ActorRef(id, id, country, sector, null, id, 0, 0);
  }

  static EventRecord event(
      String id, String type, LocationRef place, String date, ActorRef source, Integer dead) {
    return EventRecord.builder()
        .eventId(id)
        .articleId("art-" + id)
        .eventType(type)
        .quadClass("MATERIAL_CONFLICT")
        .location(place)
        .date(date)
        .datePrecision("DAY")
        .dateSource("text")
        .source(source)
        .dead(dead)
        .article(new ArticleRef(null, null, null, date, null))
        .build();
  }

  static FusionUpdate add(Fuser fuser, String article, String outlet, EventRecord... events) {
    return fuser.add(article, outlet, "text of " + article + " " + outlet, List.of(events));
  }

  @Test
  void fusesReportsOfOneAttackFromTwoOutlets() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "Daily Trust", event("e1", "ASSAULT", KANO, "2026-03-10", POLICE, 9));
    FusionUpdate second =
        add(
            fuser,
            "a2",
            "Premium Times",
            event("e2", "ASSAULT", NEAR_KANO, "2026-03-11", null, 11));
    assertThat(fuser.fusedEvents()).hasSize(1);
    FusedEvent fused = fuser.fusedEvents().get(0);
    assertThat(fused.reportCount()).isEqualTo(2);
    assertThat(fused.independentSources()).isEqualTo(2);
    assertThat(fused.outlets()).containsExactly("Daily Trust", "Premium Times");
    assertThat(second.assignments().get(0).created()).isFalse();
    assertThat(fused.reports().get(1).reason())
        .contains("same type ASSAULT", "1 day apart", "km apart", "missing on one side");
  }

  @Test
  void keepsApartAttacksInDifferentProvinces() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X", event("e1", "ASSAULT", KANO, "2026-03-10", null, 9));
    add(fuser, "a2", "Y", event("e2", "ASSAULT", ZARIA, "2026-03-10", null, 9));
    assertThat(fuser.fusedEvents()).hasSize(2);
  }

  @Test
  void keepsApartReportsMoreThanTheDateWindowApart() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X", event("e1", "ASSAULT", KANO, "2026-03-10", null, 9));
    add(fuser, "a2", "Y", event("e2", "ASSAULT", KANO, "2026-03-13", null, 9));
    assertThat(fuser.fusedEvents()).hasSize(2);
  }

  @Test
  void keepsApartDifferentEventTypes() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X", event("e1", "ASSAULT", KANO, "2026-03-10", null, 9));
    add(fuser, "a2", "Y", event("e2", "PROTEST", KANO, "2026-03-10", null, null));
    assertThat(fuser.fusedEvents()).hasSize(2);
  }

  @Test
  void keepsApartActorsOfDifferentCountriesEvenInOneTown() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X", event("e1", "ASSAULT", KANO, "2026-03-10", ARMY, null));
    add(fuser, "a2", "Y", event("e2", "ASSAULT", KANO, "2026-03-10", FOREIGN_ARMY, null));
    assertThat(fuser.fusedEvents()).hasSize(2);
  }

  @Test
  void toleratesOtherSectorsOfOneCountryOnlyAtTheSamePoint() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X", event("e1", "ASSAULT", KANO, "2026-03-10", ARMY, null));
    add(fuser, "a2", "Y", event("e2", "ASSAULT", KANO, "2026-03-10", REBELS, null));
    assertThat(fuser.fusedEvents()).hasSize(1);
    assertThat(fuser.fusedEvents().get(0).reports().get(1).reason())
        .contains("tolerated at the same place");
    add(fuser, "b1", "X", event("f1", "ASSAULT", KANO_STATE, "2026-04-10", ARMY, null));
    add(fuser, "b2", "Y", event("f2", "ASSAULT", KANO_STATE, "2026-04-10", REBELS, null));
    assertThat(fuser.fusedEvents()).hasSize(3);
  }

  @Test
  void countsInsurgentsAndRebelsOfOneCountryAsOneSector() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X", event("e1", "ASSAULT", KANO_STATE, "2026-03-10", REBELS, null));
    add(fuser, "a2", "Y", event("e2", "ASSAULT", KANO_STATE, "2026-03-10", INSURGENTS, null));
    assertThat(fuser.fusedEvents()).hasSize(1);
  }

  @Test
  void fusesAPointWithTheProvinceThatHoldsIt() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X", event("e1", "ASSAULT", KANO_STATE, "2026-03-10", null, 9));
    add(fuser, "a2", "Y", event("e2", "ASSAULT", KANO, "2026-03-10", null, 9));
    FusedEvent fused = fuser.fusedEvents().get(0);
    assertThat(fuser.fusedEvents()).hasSize(1);
    assertThat(fused.location().name()).isEqualTo("Kano");
    assertThat(fused.choices()).anyMatch(c -> c.startsWith("place: Kano (POINT)"));
  }

  @Test
  void fusesPlacelessReportsOnlyThroughASharedActor() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X", event("e1", "ASSAULT", null, "2026-03-10", null, null));
    add(fuser, "a2", "Y", event("e2", "ASSAULT", null, "2026-03-10", null, null));
    assertThat(fuser.fusedEvents()).hasSize(2);
    add(fuser, "a3", "Z", event("e3", "ASSAULT", null, "2026-03-10", POLICE, null));
    add(fuser, "a4", "W", event("e4", "ASSAULT", null, "2026-03-11", POLICE, null));
    assertThat(fuser.fusedEvents()).hasSize(3);
  }

  @Test
  void countsANearDuplicateArticleAsAReportButNotAnIndependentSource() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    String wire = DuplicateIndexTest.fixture("wire-original.txt");
    String copy = DuplicateIndexTest.fixture("wire-copy.txt");
    fuser.add("a1", "Wire", wire, List.of(event("e1", "ASSAULT", KANO, "2026-03-10", null, 9)));
    FusionUpdate update =
        fuser.add(
            "a2", "Reprint", copy, List.of(event("e2", "ASSAULT", KANO, "2026-03-10", null, 9)));
    assertThat(update.duplicate().originalId()).isEqualTo("a1");
    FusedEvent fused = fuser.fusedEvents().get(0);
    assertThat(fused.reportCount()).isEqualTo(2);
    assertThat(fused.independentSources()).isEqualTo(1);
    assertThat(fused.reports().get(1).independent()).isFalse();
    assertThat(fused.reports().get(1).duplicateOf()).isEqualTo("a1");
  }

  @Test
  void choosesTheMedianOfTheSourcesHighestFigures() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X", event("e1", "ASSAULT", KANO, "2026-03-10", null, 7));
    add(fuser, "a2", "X", event("e2", "ASSAULT", KANO, "2026-03-10", null, 12));
    add(fuser, "a3", "Y", event("e3", "ASSAULT", KANO, "2026-03-10", null, 10));
    add(fuser, "a4", "Z", event("e4", "ASSAULT", KANO, "2026-03-10", null, 40));
    FusedEvent fused = fuser.fusedEvents().get(0);
    // sources X:12 (its highest), Y:10, Z:40 -> median 12
    assertThat(fused.dead()).isEqualTo(12);
    assertThat(fused.independentSources()).isEqualTo(3);
    assertThat(fused.choices()).contains("dead: 12, the median of 3 sources' figures [10, 12, 40]");
    assertThat(fused.reports()).extracting(r -> r.event().dead()).containsExactly(7, 12, 10, 40);
  }

  @Test
  void givesTheSameFusedIdsWhenRunAgain() {
    List<String> first = run();
    assertThat(run()).isEqualTo(first);
    assertThat(first).contains("fu-e1", "fu-e3");
  }

  private static List<String> run() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X", event("e1", "ASSAULT", KANO, "2026-03-10", null, 7));
    add(fuser, "a2", "Y", event("e2", "ASSAULT", KANO, "2026-03-10", null, 7));
    add(fuser, "a3", "Z", event("e3", "ASSAULT", ZARIA, "2026-03-10", null, 7));
    return fuser.fusedEvents().stream().map(FusedEvent::fusedId).toList();
  }

  @Test
  void leavesANegatedReportAlone() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X", event("e1", "ASSAULT", KANO, "2026-03-10", null, null));
    EventRecord denied =
        event("e2", "ASSAULT", KANO, "2026-03-10", null, null).toBuilder().negated(true).build();
    add(fuser, "a2", "Y", denied);
    assertThat(fuser.fusedEvents()).hasSize(2);
  }

  @Test
  void refusesAnArticleAddedTwice() {
    Fuser fuser = Fuser.create(FusionOptions.defaults());
    add(fuser, "a1", "X");
    assertThatThrownBy(() -> add(fuser, "a1", "X")).hasMessageContaining("a1");
  }

  @Test
  void refusesHashesThatAreNotBandsTimesRows() {
    assertThatThrownBy(() -> new FusionOptions(5, 100, 32, 4, 0.5, 25, 2))
        .hasMessageContaining("hashes (100)");
  }
}
