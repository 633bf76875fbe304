package org.khaldun.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr for long runs, shown only when stderr is a terminal: a progress bar writes
 * carriage returns, which would litter a log file. Java cannot tell whether stderr alone is a
 * terminal, so the {@code khaldun} launcher checks and sets {@value #TTY_PROPERTY}.
 */
final class Progress implements AutoCloseable {
  static final String TTY_PROPERTY = "khaldun.stderr.tty";

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress start(boolean quiet, String task) {
    if (quiet || !Boolean.getBoolean(TTY_PROPERTY)) {
      return new Progress(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(-1)
            .setUnit(" articles", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build();
    return new Progress(bar);
  }

  /** A bar counting lines of input files, for long reads such as a gazetteer build. */
  static Progress lines(boolean quiet, String task) {
    if (quiet || !Boolean.getBoolean(TTY_PROPERTY)) {
      return new Progress(null);
    }
    return new Progress(
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(-1)
            .setUnit(" lines", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build());
  }

  /** The running count of lines read. */
  void stepTo(long lines) {
    if (bar != null) {
      bar.stepTo(lines);
    }
  }

  /** One more article done; {@code events} is the running count of events. */
  void step(long events) {
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(events + " events");
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
