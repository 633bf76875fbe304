package org.khaldun.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article outside the text: date, byline, publisher, canonical URL, from
 * meta tags, JSON-LD (schema.org NewsArticle and kin, also inside {@code @graph}) and microdata.
 * Malformed JSON-LD is ignored: it is metadata, not the article.
 */
final class HtmlMetadata {
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "blogposting",
          "liveblogposting",
          "report",
          "scholarlyarticle");

  private static final int MAX_JSON_DEPTH = 8;

  private final Document doc;
  private final JsonNode article;
  private final Map<String, JsonNode> byId;
  // meta tags are read a dozen times: collect them in one pass over the page
  private final List<Element> metas;

  private HtmlMetadata(Document doc, JsonNode article, Map<String, JsonNode> byId) {
    this.doc = doc;
    this.metas = doc.getElementsByTag("meta");
    this.article = article;
    this.byId = byId;
  }

  static HtmlMetadata read(Document doc, ObjectMapper mapper) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      try {
        collect(mapper.readTree(script.data()), objects, 0);
      } catch (JacksonException e) {
        // broken JSON-LD is common and only costs us metadata
      }
    }
    Map<String, JsonNode> byId = new HashMap<>();
    JsonNode article = null;
    for (JsonNode node : objects) {
      if (node.hasNonNull("@id")) {
        byId.putIfAbsent(node.get("@id").asText(), node);
      }
      if (article == null && isArticle(node)) {
        article = node;
      }
    }
    return new HtmlMetadata(doc, article, byId);
  }

  /** The JSON-LD headline, or null. */
  String jsonLdHeadline() {
    return article == null ? null : text(article.get("headline"));
  }

  LocalDate date() {
    for (String key :
        List.of(
            "property=article:published_time",
            "property=og:article:published_time",
            "property=og:published_time",
            "itemprop=datePublished",
            "name=pubdate",
            "name=publishdate",
            "name=publish-date",
            "name=date",
            "name=dc.date.issued",
            "name=dc.date",
            "name=sailthru.date",
            "name=parsely-pub-date")) {
      LocalDate date = Dates.parse(meta(key));
      if (date != null) {
        return date;
      }
    }
    if (article != null) {
      LocalDate date = Dates.parse(text(article.get("datePublished")));
      if (date == null) {
        date = Dates.parse(text(article.get("dateCreated")));
      }
      if (date != null) {
        return date;
      }
    }
    for (Element element : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
      String value =
          element.hasAttr("datetime")
              ? element.attr("datetime")
              : element.hasAttr("content") ? element.attr("content") : element.text();
      LocalDate date = Dates.parse(value);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  String byline() {
    Set<String> names = new LinkedHashSet<>();
    for (Element meta : metas) {
      if (matches(meta, "name=author") || matches(meta, "property=article:author")) {
        addName(names, meta.attr("content"));
      }
    }
    if (names.isEmpty() && article != null) {
      JsonNode author = article.get("author");
      if (author != null && author.isArray()) {
        author.forEach(a -> addName(names, personName(a)));
      } else {
        addName(names, personName(author));
      }
    }
    if (names.isEmpty()) {
      for (Element element :
          doc.select("[itemprop=author] [itemprop=name], [rel=author], .byline, .author-name")) {
        addName(names, element.text());
        if (names.size() >= 5) {
          break;
        }
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  String source(String url) {
    String site = meta("property=og:site_name");
    if (site == null && article != null) {
      site = personName(article.get("publisher"));
    }
    if (site == null) {
      site = meta("name=application-name");
    }
    if (site == null && url != null) {
      site = host(url);
    }
    return site;
  }

  /** The canonical URL (absolute when the page gave a base), else og:url, else {@code given}. */
  String url(String given) {
    for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
      String href = link.absUrl("href");
      if (href.isEmpty()) {
        href = link.attr("href").strip();
      }
      if (href.startsWith("http")) {
        return href;
      }
    }
    String og = meta("property=og:url");
    if (og != null && og.startsWith("http")) {
      return og;
    }
    return given == null || given.isBlank() ? null : given.strip();
  }

  static String host(String url) {
    try {
      String host = new URI(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The content of the first meta tag whose attribute has the value, {@code "name=value"}. */
  private String meta(String key) {
    for (Element meta : metas) {
      if (matches(meta, key)) {
        String value = meta.attr("content").strip();
        if (!value.isEmpty()) {
          return value;
        }
      }
    }
    return null;
  }

  private static boolean matches(Element meta, String key) {
    int eq = key.indexOf('=');
    return meta.attr(key.substring(0, eq)).strip().equalsIgnoreCase(key.substring(eq + 1));
  }

  private String personName(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : personName(node.get(0));
    }
    if (node.isObject()) {
      if (node.hasNonNull("name")) {
        return text(node.get("name"));
      }
      JsonNode target = node.hasNonNull("@id") ? byId.get(node.get("@id").asText()) : null;
      if (target != null && target != node && target.hasNonNull("name")) {
        return text(target.get("name"));
      }
    }
    return null;
  }

  private static void addName(Set<String> names, String raw) {
    if (raw == null) {
      return;
    }
    String name = raw.strip().replaceAll("\\s+", " ");
    if (name.regionMatches(true, 0, "by ", 0, 3)) {
      name = name.substring(3).strip();
    }
    // article:author is often a profile URL, not a name
    if (!name.isEmpty() && name.length() <= 100 && !name.contains("://")) {
      names.add(name);
    }
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    if (node.isValueNode()) {
      String value = node.asText().strip();
      return value.isEmpty() ? null : value;
    }
    return null;
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > MAX_JSON_DEPTH) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> collect(child, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
      collect(node.get("mainEntity"), out, depth + 1);
    }
  }
}
