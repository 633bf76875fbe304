package org.khaldun.fuse;

/**
 * An article found to be a near-duplicate (wire copy, re-publication, update) of an earlier one.
 *
 * @param articleId the later article
 * @param originalId the earliest-seen article of its group (never itself a duplicate)
 * @param similarity estimated Jaccard similarity of the two articles' word-shingle sets (0 to 1)
 */
public record DuplicateLink(String articleId, String originalId, double similarity) {}
