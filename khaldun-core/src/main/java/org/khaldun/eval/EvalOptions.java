package org.khaldun.eval;

/**
 * How an evaluation run reads its data.
 *
 * @param limit evaluate at most this many records (articles or sentences), in file order
 * @param threads how many records are processed at once
 */
public record EvalOptions(int limit, int threads) {

  public EvalOptions {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
  }

  public static EvalOptions defaults() {
    return new EvalOptions(Integer.MAX_VALUE, 1);
  }

  public EvalOptions withLimit(int n) {
    return new EvalOptions(n, threads);
  }

  public EvalOptions withThreads(int n) {
    return new EvalOptions(limit, n);
  }
}
