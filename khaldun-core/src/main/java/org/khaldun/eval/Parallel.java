package org.khaldun.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/** Maps records on a fixed pool, keeping input order so that reports do not depend on timing. */
final class Parallel {

  private Parallel() {}

  static <T, R> List<R> map(
      List<T> items, int threads, Function<T, R> function, IntConsumer progress) {
    if (threads == 1) {
      List<R> out = new ArrayList<>(items.size());
      for (T item : items) {
        out.add(function.apply(item));
        progress.accept(out.size());
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger done = new AtomicInteger();
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(
            pool.submit(
                () -> {
                  R result = function.apply(item);
                  progress.accept(done.incrementAndGet());
                  return result;
                }));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> future : futures) {
        out.add(future.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
