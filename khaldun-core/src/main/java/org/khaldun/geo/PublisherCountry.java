package org.khaldun.geo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The country an article's publisher is in, read from the country-code top-level domain of its URL
 * ({@code lfpress.ca} is Canadian, {@code thelancasterandmorecambecitizen.co.uk} British). Local
 * papers name their own towns without a state or country ("London", "Lancaster"), so where the
 * article's names settle no country themselves, the publisher's stands in for it. Generic domains
 * ({@code .com}, {@code .org}) and country codes sold as generic ones ({@code .tv}, {@code .io})
 * say nothing.
 */
final class PublisherCountry {

  /** Country-code domains marketed worldwide, which say nothing of the publisher's country. */
  private static final Set<String> GENERIC_USE =
      Set.of(
          "ai", "am", "cc", "co", "fm", "gg", "io", "is", "la", "ly", "me", "ms", "nu", "sh", "tk",
          "to", "tv", "vc", "ws");

  private PublisherCountry() {}

  /** ISO 3166 alpha-3 code of the URL's country-code domain; null when it has none. */
  static String of(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String host;
    try {
      host = new URI(url.strip()).getHost();
    } catch (URISyntaxException e) {
      return null; // an untrusted URL that does not parse gives no hint, and stops nothing
    }
    if (host == null) {
      return null;
    }
    String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (tld.length() != 2 || GENERIC_USE.contains(tld)) {
      return null;
    }
    String alpha2 = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
    return GazetteerDerivation.alpha3(alpha2);
  }
}
