package org.khaldun.store;

/**
 * One article with its cleaned text, against which every event offset is counted.
 *
 * @param text cleaned text (title, blank line, body); null for an article loaded from events only
 */
public record ArticleDetail(
    String articleId,
    String title,
    String url,
    String source,
    String published,
    String origin,
    int eventCount,
    String text) {}
