package org.khaldun.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.khaldun.ingest.Article;
import org.khaldun.output.EventRecord;
import org.khaldun.output.Json;
import org.khaldun.pipeline.CodedArticle;

/**
 * An article as the store keeps it, with its events. Written whole, in one transaction with its
 * events, or not at all.
 *
 * @param id article id
 * @param title headline, or null
 * @param url URL, or null
 * @param source publisher, or null
 * @param published publication date as ISO text, or null
 * @param origin where it was read from
 * @param text cleaned text (title, blank line, body); null when the article came only as events
 * @param contentHash what decides whether a stored article changed: see {@link #contentHash}
 * @param events its events
 */
public record StoredArticle(
    String id,
    String title,
    String url,
    String source,
    String published,
    String origin,
    String text,
    String contentHash,
    List<EventRecord> events) {

  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contentHash, "contentHash");
    events = List.copyOf(events);
    for (EventRecord event : events) {
      if (!id.equals(event.articleId())) {
        throw new IllegalArgumentException(
            "event "
                + event.eventId()
                + " belongs to article "
                + event.articleId()
                + ", not "
                + id);
      }
    }
  }

  /** A coded article; its hash is {@link #contentHash(Article)}. */
  public static StoredArticle coded(CodedArticle coded) {
    Article a = coded.article();
    return new StoredArticle(
        a.id(),
        a.title(),
        a.url(),
        a.source(),
        a.date() == null ? null : a.date().toString(),
        a.origin(),
        a.text(),
        contentHash(a),
        coded.events());
  }

  /**
   * An article known only through its events (loaded from an event file): its metadata is what the
   * first event carries, and its hash covers the events themselves.
   */
  public static StoredArticle fromEvents(List<EventRecord> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no events");
    }
    EventRecord first = events.get(0);
    EventRecord.ArticleRef ref = first.article();
    StringBuilder all = new StringBuilder("events\0");
    for (EventRecord event : events) {
      try {
        all.append(Json.mapper().writeValueAsString(event)).append('\n');
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("event cannot be serialised: " + e.getMessage(), e);
      }
    }
    return new StoredArticle(
        first.articleId(),
        ref == null ? null : ref.title(),
        ref == null ? null : ref.url(),
        ref == null ? null : ref.source(),
        ref == null ? null : ref.published(),
        ref == null ? "" : ref.origin(),
        null,
        sha256(all.toString()),
        events);
  }

  /**
   * The hash that makes ingest idempotent: the article's id, metadata and cleaned text. It is taken
   * before coding, so an article already stored unchanged is skipped without running the pipeline.
   */
  public static String contentHash(Article a) {
    String joined =
        String.join(
            "\0",
            "article",
            a.id(),
            String.valueOf(a.url()),
            String.valueOf(a.title()),
            String.valueOf(a.date()),
            String.valueOf(a.source()),
            a.text());
    return sha256(joined);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
