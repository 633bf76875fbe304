package org.khaldun.fuse;

import org.khaldun.output.EventRecord;
import org.khaldun.output.EventRecord.ActorRef;
import org.khaldun.output.EventRecord.ArticleRef;
import org.khaldun.output.EventRecord.LocationRef;

/**
 * A report as fusion sees it: only the fields fusion reads, so a fuser over millions of events
 * holds no sentence, trigger, evidence or article metadata (those stay in the caller's records or
 * the store's events table). The actor and place records are the event's own, shared, not copied.
 *
 * @param published the article's publication day ({@code yyyy-mm-dd}), or null
 * @param sourceKey see {@link FusedReport#sourceKey()}
 * @param duplicateOf the original article when this report's article is a near-duplicate, or null
 * @param outlet the article's outlet as given, or null
 * @param day the event's day (epoch day): its text date when the text dates it to the day, else the
 *     article's publication date, else a coarser text date; null when nothing dates it
 * @param block the place part of the blocking key: the country, {@code region:NAME} for a region
 *     with no country, or {@code -} when the report has no place
 */
record Report(
    String eventId,
    String articleId,
    String eventType,
    String quadClass,
    Integer dead,
    Integer injured,
    Integer arrested,
    Integer size,
    ActorRef source,
    ActorRef target,
    LocationRef location,
    String date,
    String datePrecision,
    String dateSource,
    String published,
    String sourceKey,
    String duplicateOf,
    String outlet,
    Long day,
    String block) {

  /** The fusion fields of a coded event. */
  static Report of(
      EventRecord e, String sourceKey, String duplicateOf, String outlet, Long day, String block) {
    return new Report(
        e.eventId(),
        e.articleId(),
        e.eventType(),
        e.quadClass(),
        e.dead(),
        e.injured(),
        e.arrested(),
        e.size(),
        e.source(),
        e.target(),
        e.location(),
        e.date(),
        e.datePrecision(),
        e.dateSource(),
        Fuser.isoDay(e.article()),
        sourceKey,
        duplicateOf,
        outlet,
        day,
        block);
  }

  String family() {
    return eventType == null ? "?" : eventType;
  }

  /**
   * The report as an event record holding the fusion fields only (see {@link FusedReport#event()}).
   * Built when asked, never kept.
   */
  EventRecord toEvent() {
    return EventRecord.builder()
        .eventId(eventId)
        .articleId(articleId)
        .eventType(eventType)
        .quadClass(quadClass)
        .dead(dead)
        .injured(injured)
        .arrested(arrested)
        .size(size)
        .source(source)
        .target(target)
        .location(location)
        .date(date)
        .datePrecision(datePrecision)
        .dateSource(dateSource)
        .article(
            published == null && outlet == null
                ? null
                : new ArticleRef(null, null, outlet, published, null))
        .build();
  }
}
