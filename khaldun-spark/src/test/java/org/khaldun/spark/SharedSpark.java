package org.khaldun.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} session for every test class in the JVM: starting one costs 10-20 s. Spark
 * stops it with its own shutdown hook when the test JVM exits. Bound to loopback, no web UI.
 */
final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("khaldun-spark tests")
              .master("local[2]")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              // date_partition stays the string the job wrote (a date, or "unknown"); inferred as
              // a DATE, collecting it needs JVM module flags that spark-submit adds and tests lack
              .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
              .getOrCreate();
    }
    return session;
  }
}
