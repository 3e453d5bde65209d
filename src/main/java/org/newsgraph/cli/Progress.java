package org.newsgraph.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on a terminal, nothing otherwise (pipes, CI logs, tests, --quiet).
 */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  Progress(String task, long total, boolean quiet) {
    boolean tty = System.console() != null && !quiet;
    this.bar =
        tty
            ? new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" articles", 1)
                .continuousUpdate()
                .build()
            : null;
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
