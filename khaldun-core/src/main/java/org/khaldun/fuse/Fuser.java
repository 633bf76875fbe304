package org.khaldun.fuse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khaldun.output.EventRecord;
import org.khaldun.output.EventRecord.ArticleRef;
import org.khaldun.pipeline.CodedArticle;

/**
 * Fuses event reports article by article. The lifecycle:
 *
 * <ol>
 *   <li>{@link #add} an article: its text is MinHashed and linked to the earliest-seen article it
 *       nearly duplicates, if any;
 *   <li>each of its events is filed under a blocking key (type, country or region, date bucket of
 *       {@code dateWindowDays} days) and compared with the fused events filed under the same type
 *       and place in its own and the two neighbouring date buckets;
 *   <li>it joins the fused event it is compatible with, report by report (see {@code
 *       Compatibility}), closest in date first, then most criteria matched, then oldest; or it
 *       starts a new fused event whose id comes from its own event id. Negated events stand alone.
 * </ol>
 *
 * <p>Articles must be added in a fixed order (ingest order) for ids to be stable: the same articles
 * in the same order give the same fused events and ids. Not thread-safe.
 */
public final class Fuser {
  private final FusionOptions options;
  private final DuplicateIndex duplicates;
  private final Compatibility compatibility;
  private final Map<String, List<Cluster>> blocks = new HashMap<>();
  private final Map<String, Cluster> byId = new LinkedHashMap<>();
  private final Map<String, String> fusedOfEvent = new HashMap<>();
  private final Map<String, String> sourceOfArticle = new HashMap<>();
  private final List<DuplicateLink> links = new ArrayList<>();
  private long comparisons;

  private Fuser(FusionOptions options) {
    this.options = options;
    this.duplicates = new DuplicateIndex(options);
    this.compatibility = new Compatibility(options);
  }

  public static Fuser create(FusionOptions options) {
    return new Fuser(options);
  }

  /** Adds a coded article: its cleaned text, outlet and events. */
  public FusionUpdate add(CodedArticle coded) {
    return add(
        coded.article().id(), coded.article().source(), coded.article().text(), coded.events());
  }

  /**
   * Adds one article.
   *
   * @param articleId the article's id, not added before
   * @param outlet the publisher, or null when unknown (the article then counts as its own source)
   * @param text the cleaned text, for near-duplicate detection
   * @param events its coded events
   * @throws IllegalArgumentException when the article was added before
   */
  public FusionUpdate add(String articleId, String outlet, String text, List<EventRecord> events) {
    if (sourceOfArticle.containsKey(articleId)) {
      throw new IllegalArgumentException("article " + articleId + " was already fused");
    }
    DuplicateLink link = duplicates.add(articleId, text);
    String sourceKey;
    if (link != null) {
      links.add(link);
      sourceKey = sourceOfArticle.get(link.originalId());
    } else {
      sourceKey =
          outlet == null || outlet.isBlank()
              ? "article:" + articleId
              : "outlet:" + outlet.strip().toLowerCase(Locale.ROOT);
    }
    sourceOfArticle.put(articleId, sourceKey);
    List<FusionUpdate.Assignment> assignments = new ArrayList<>(events.size());
    Map<String, Cluster> changed = new LinkedHashMap<>();
    for (EventRecord event : events) {
      Report report =
          Report.of(
              event,
              sourceKey,
              link == null ? null : link.originalId(),
              outlet,
              day(event),
              placeBlock(event));
      Candidate best = event.negated() ? null : bestCluster(report);
      boolean created = best == null;
      Cluster cluster;
      if (created) {
        cluster = new Cluster(byId.size(), "fu-" + event.eventId());
        byId.put(cluster.fusedId, cluster);
        cluster.add(report, "first report");
      } else {
        cluster = best.cluster();
        cluster.add(report, best.match().reason());
      }
      if (!event.negated()) {
        String key = blockKey(report.family(), report.block(), bucket(report.day()));
        if (cluster.blocks.add(key)) {
          blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(cluster);
        }
      }
      fusedOfEvent.put(event.eventId(), cluster.fusedId);
      assignments.add(new FusionUpdate.Assignment(event.eventId(), cluster.fusedId, created));
      changed.put(cluster.fusedId, cluster);
    }
    List<FusedEvent> touched = new ArrayList<>(changed.size());
    for (Cluster c : changed.values()) {
      touched.add(c.fused());
    }
    return new FusionUpdate(articleId, link, assignments, touched);
  }

  /** A fused event a report can join, and how it matched. */
  private record Candidate(Cluster cluster, Compatibility.Match match) {}

  /** The compatible fused event to join, or null. */
  private Candidate bestCluster(Report report) {
    Set<Cluster> seen = new HashSet<>();
    Cluster best = null;
    Compatibility.Match bestMatch = null;
    Long bucket = bucket(report.day());
    for (long offset = -1; offset <= 1; offset++) {
      if (bucket == null && offset != 0) {
        continue;
      }
      Long b = bucket == null ? null : bucket + offset;
      List<Cluster> candidates = blocks.get(blockKey(report.family(), report.block(), b));
      if (candidates == null) {
        continue;
      }
      for (Cluster cluster : candidates) {
        if (!seen.add(cluster)) {
          continue;
        }
        Compatibility.Match match = matchAll(report, cluster);
        if (match != null && (bestMatch == null || better(match, cluster, bestMatch, best))) {
          best = cluster;
          bestMatch = match;
        }
      }
    }
    return best == null ? null : new Candidate(best, bestMatch);
  }

  /**
   * The closest match with the cluster's reports when the report is compatible with every one of
   * them (complete link: a chain of pairwise-close reports cannot drift far from its start).
   */
  private Compatibility.Match matchAll(Report report, Cluster cluster) {
    Compatibility.Match closest = null;
    for (Report other : cluster.reports) {
      comparisons++;
      Compatibility.Match match = compatibility.check(report, other);
      if (match == null) {
        return null;
      }
      if (closest == null
          || match.days() < closest.days()
          || (match.days() == closest.days() && match.strength() > closest.strength())) {
        closest = match;
      }
    }
    return closest;
  }

  private static boolean better(
      Compatibility.Match m, Cluster c, Compatibility.Match best, Cluster bestCluster) {
    if (m.days() != best.days()) {
      return m.days() < best.days();
    }
    if (m.strength() != best.strength()) {
      return m.strength() > best.strength();
    }
    return c.ordinal < bestCluster.ordinal;
  }

  private Long bucket(Long day) {
    return day == null ? null : Math.floorDiv(day, Math.max(1, options.dateWindowDays()));
  }

  private static String blockKey(String family, String place, Long bucket) {
    return family + '|' + place + '|' + (bucket == null ? "undated" : bucket.toString());
  }

  private static String placeBlock(EventRecord event) {
    EventRecord.LocationRef l = event.location();
    if (l == null) {
      return "-";
    }
    return l.country() != null ? l.country() : "region:" + l.name();
  }

  private static Long day(EventRecord event) {
    if (event.date() != null && "DAY".equals(event.datePrecision())) {
      Long d = epochDay(event.date());
      if (d != null) {
        return d;
      }
    }
    Long published = epochDay(isoDay(event.article()));
    if (published != null) {
      return published;
    }
    return epochDay(event.date());
  }

  /** The article's publication day as {@code yyyy-mm-dd}, or null. */
  static String isoDay(ArticleRef article) {
    if (article == null || article.published() == null || article.published().length() < 10) {
      return null;
    }
    return article.published().substring(0, 10);
  }

  private static Long epochDay(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      // an unparsable date dates nothing: the report falls back to the next source of a date
      return null;
    }
  }

  /** Every fused event, in the order they were started. */
  public List<FusedEvent> fusedEvents() {
    List<FusedEvent> out = new ArrayList<>(byId.size());
    for (Cluster c : byId.values()) {
      out.add(c.fused());
    }
    return out;
  }

  public Optional<FusedEvent> findFused(String fusedId) {
    Cluster c = byId.get(fusedId);
    return c == null ? Optional.empty() : Optional.of(c.fused());
  }

  /** The fused event an event belongs to, or empty when the event was never added. */
  public Optional<String> fusedIdOf(String eventId) {
    return Optional.ofNullable(fusedOfEvent.get(eventId));
  }

  /** Every near-duplicate link found, in the order found. */
  public List<DuplicateLink> duplicates() {
    return List.copyOf(links);
  }

  /** Number of articles added. */
  public int articleCount() {
    return sourceOfArticle.size();
  }

  /**
   * Report-to-report comparisons made so far: with blocking, grows with the reports of each block,
   * not with the square of all reports.
   */
  public long comparisons() {
    return comparisons;
  }

  public FusionOptions options() {
    return options;
  }
}
