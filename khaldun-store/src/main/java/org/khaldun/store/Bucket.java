package org.khaldun.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One group of an aggregate.
 *
 * @param key what the events share (a date, a week's Monday, a code, an actor id)
 * @param label the key for people (a name, an ISO week such as {@code 2024-W18})
 * @param count number of events
 * @param lat mean latitude of the events' places (admin-1 and country aggregates only)
 * @param lon mean longitude of the events' places (admin-1 and country aggregates only)
 */
public record Bucket(
    String key,
    String label,
    long count,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double lat,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double lon) {}
