package org.khaldun.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One gold article of a geoparsing set: its text, its URL (null when the set gives none) and the
 * toponyms annotated in it.
 */
record GeoGold(String id, String url, String text, List<GeoGold.Toponym> toponyms) {

  GeoGold {
    toponyms = List.copyOf(toponyms);
  }

  /**
   * A gold toponym. Offsets are UTF-16 code units of the gold {@code text}, end exclusive. {@code
   * country} is as the data gives it (a name, an alpha-2 or an alpha-3 code), {@code admin1} a
   * name, {@code featureCode} the GeoNames feature code (PCLI, ADM1, PPL...), {@code
   * wikipediaTitle} the title of the article the toponym links to; every field but the span may be
   * null.
   */
  record Toponym(
      int start,
      int end,
      String phrase,
      Double lat,
      Double lon,
      Long geonameId,
      String country,
      String admin1,
      String featureCode,
      String wikipediaTitle) {

    boolean hasCoordinates() {
      return lat != null && lon != null;
    }
  }

  static GeoGold parse(JsonNode node) {
    String id = JsonLines.expectText(node, "id");
    String text = JsonLines.expectText(node, "text");
    List<Toponym> toponyms = new ArrayList<>();
    JsonNode list = node.get("toponyms");
    if (list != null && list.isArray()) {
      for (JsonNode t : list) {
        int start = JsonLines.expectInt(t, "start");
        int end = JsonLines.expectInt(t, "end");
        if (start < 0 || end <= start || end > text.length()) {
          throw new IllegalArgumentException(
              "toponym span [" + start + ", " + end + ") outside the text of article " + id);
        }
        Double id1 = JsonLines.number(t, "geonameid");
        toponyms.add(
            new Toponym(
                start,
                end,
                text.substring(start, end),
                JsonLines.number(t, "lat"),
                JsonLines.number(t, "lon"),
                id1 == null ? null : id1.longValue(),
                blankToNull(JsonLines.text(t, "country")),
                blankToNull(JsonLines.text(t, "admin1")),
                blankToNull(JsonLines.text(t, "fcode")),
                wikipediaTitle(JsonLines.text(t, "wikipedia"))));
      }
    }
    return new GeoGold(id, blankToNull(JsonLines.text(node, "url")), text, toponyms);
  }

  /** "https://en.wikipedia.org/wiki/Central_Luzon" is "Central Luzon". */
  private static String wikipediaTitle(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String title = url.substring(url.lastIndexOf('/') + 1);
    title = URLDecoder.decode(title.replace("+", "%2B"), StandardCharsets.UTF_8);
    return blankToNull(title.replace('_', ' '));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
