package org.khaldun.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublisherCountryTest {

  @Test
  void readsTheCountryCodeDomain() {
    assertThat(PublisherCountry.of("http://lfpress.ca/newsstand/News/Local/2009/03/21/1.html"))
        .isEqualTo("CAN");
    assertThat(PublisherCountry.of("https://www.cambridge-news.co.uk/news")).isEqualTo("GBR");
    assertThat(PublisherCountry.of("http://weekly.ahram.org.eg/2009/940/eg4.htm")).isEqualTo("EGY");
    assertThat(PublisherCountry.of("HTTPS://WWW.EXAMPLE.DE/")).isEqualTo("DEU");
  }

  @Test
  void saysNothingForGenericOrMarketedDomainsAndBadUrls() {
    assertThat(PublisherCountry.of("https://www.nytimes.com/2024/world.html")).isNull();
    assertThat(PublisherCountry.of("https://example.org/")).isNull();
    assertThat(PublisherCountry.of("https://news.example.tv/")).isNull();
    assertThat(PublisherCountry.of("https://europa.eu/")).isNull();
    assertThat(PublisherCountry.of("not a url at all")).isNull();
    assertThat(PublisherCountry.of("http://[bad")).isNull();
    assertThat(PublisherCountry.of(null)).isNull();
  }
}
