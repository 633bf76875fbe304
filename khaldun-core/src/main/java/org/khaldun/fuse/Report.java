package org.khaldun.fuse;

import org.khaldun.output.EventRecord;

/**
 * A report as fusion sees it.
 *
 * @param day the event's day (epoch day): its text date when the text dates it to the day, else the
 *     article's publication date, else a coarser text date; null when nothing dates it
 * @param block the place part of the blocking key: the country, {@code region:NAME} for a region
 *     with no country, or {@code -} when the report has no place
 */
record Report(
    EventRecord event,
    String sourceKey,
    String duplicateOf,
    String outlet,
    Long day,
    String block) {

  String family() {
    return event.eventType() == null ? "?" : event.eventType();
  }
}
