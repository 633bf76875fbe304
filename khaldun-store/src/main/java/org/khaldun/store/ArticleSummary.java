package org.khaldun.store;

/** An article in a list: its metadata and how many events it gave. */
public record ArticleSummary(
    String articleId,
    String title,
    String url,
    String source,
    String published,
    String origin,
    int eventCount) {}
