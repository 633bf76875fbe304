/**
 * Codes article archives on Apache Spark with the same pipeline as the command line.
 *
 * <p>{@link org.khaldun.spark.CodeArticlesJob} is the entry point ({@code spark-submit --class
 * org.khaldun.spark.CodeArticlesJob}). It reads JSON Lines or Parquet articles, codes each
 * partition with one {@link org.khaldun.pipeline.Pipeline} per executor JVM, and appends events as
 * Parquet partitioned by date, skipping articles an earlier run already coded. Everything else in
 * this package is machinery.
 */
package org.khaldun.spark;
