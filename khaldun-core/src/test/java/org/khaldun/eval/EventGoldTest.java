package org.khaldun.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khaldun.output.Json;

class EventGoldTest {

  @Test
  void readsCameosOwnCountryCodesAsIsoCodes() throws Exception {
    EventGold gold =
        EventGold.parse(
            Json.mapper()
                .readTree(
                    "{\"id\": \"1\", \"text\": \"Tokyo protested to Rome.\", \"event\": \"ACCUSE\","
                        + " \"source\": [{\"code\": \"JAP\", \"sector\": \"GOV\"}],"
                        + " \"target\": [{\"code\": \"ITL\"}, {\"code\": \"IGO\"}]}"));

    assertThat(gold.sources()).extracting(EventGold.Actor::code).containsExactly("JPN");
    assertThat(gold.targets()).extracting(EventGold.Actor::code).containsExactly("ITA", "IGO");
  }
}
