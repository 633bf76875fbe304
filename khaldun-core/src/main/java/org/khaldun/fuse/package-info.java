/**
 * FUSE stage: one real event, many reports. Runs after places and dates, on coded articles.
 *
 * <p>{@link org.khaldun.fuse.Fuser} is the facade. It links near-duplicate articles (MinHash over
 * word shingles, candidates from LSH band collisions only) and fuses event reports from different
 * articles into {@link org.khaldun.fuse.FusedEvent}s, incrementally, article by article. Each new
 * report is compared only with the fused events of its block (type, country, date bucket and the
 * neighbouring buckets), never with every event seen. {@link org.khaldun.fuse.FusionOptions} holds
 * the thresholds; the machinery ({@code MinHasher}, {@code DuplicateIndex}, {@code Compatibility},
 * {@code Cluster}, {@code FusedValues}) is package-private.
 */
package org.khaldun.fuse;
