package org.khaldun.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.khaldun.ingest.Article;
import org.khaldun.ingest.InputProblem;
import org.khaldun.pipeline.CodedArticle;
import org.khaldun.pipeline.Pipeline;

/**
 * Codes articles on several threads and hands the results on in input order, so that output is the
 * same whatever the thread count. At most {@code 2 * threads} articles are in flight, which bounds
 * memory on inputs of any size.
 *
 * <p>An article the pipeline fails on is reported as a problem and the run goes on.
 */
final class ParallelCoder implements AutoCloseable {
  private final Pipeline pipeline;
  private final ExecutorService executor;
  private final int window;
  private final Consumer<CodedArticle> results;
  private final Consumer<InputProblem> problems;
  private final Deque<Pending> pending = new ArrayDeque<>();

  private record Pending(Article article, Future<CodedArticle> result) {}

  ParallelCoder(
      Pipeline pipeline,
      int threads,
      Consumer<CodedArticle> results,
      Consumer<InputProblem> problems) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.pipeline = pipeline;
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "khaldun-coder");
              thread.setDaemon(true);
              return thread;
            });
    this.window = 2 * threads;
    this.results = results;
    this.problems = problems;
  }

  /** Queues an article; may block while the oldest queued article finishes. */
  void submit(Article article) {
    pending.addLast(new Pending(article, executor.submit(() -> pipeline.code(article))));
    while (pending.size() > window) {
      deliverOldest();
    }
  }

  /** Waits for every queued article and delivers its result. */
  void finish() {
    while (!pending.isEmpty()) {
      deliverOldest();
    }
  }

  private void deliverOldest() {
    Pending next = pending.removeFirst();
    try {
      results.accept(next.result().get());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      problems.accept(
          new InputProblem(
              next.article().origin(),
              0,
              "article " + next.article().id() + " could not be coded: " + cause));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
