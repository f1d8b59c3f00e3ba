package dev.gazette.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return, at most ten times
 * a second. Disabled, it draws nothing. Messages printed while the bar shows go through
 * {@link #message(String)}, which erases the bar first so that they do not mix with it.
 */
final class Progress {
  private static final int WIDTH = 79;
  private static final int BAR = 24;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream err;
  private final int total;
  private final boolean enabled;
  private long lastDraw;
  private int shown;

  Progress(PrintStream err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled && total > 1;
  }

  /** {@code done} of the articles are finished; {@code current} is being read. */
  void update(int done, String current) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (shown > 0 && done < total && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    draw(line(done, current));
  }

  /** Prints {@code message} on its own line. */
  void message(String message) {
    erase();
    err.println(message);
    err.flush();
  }

  /** Erases the bar for good. */
  void finish() {
    erase();
  }

  String line(int done, String current) {
    int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
    StringBuilder sb = new StringBuilder(WIDTH);
    sb.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
    sb.append(done).append('/').append(total).append(' ');
    int room = WIDTH - sb.length();
    if (current.length() > room) {
      current = "..." + current.substring(current.length() - Math.max(0, room - 3));
    }
    return sb.append(current).toString();
  }

  private void draw(String line) {
    StringBuilder sb = new StringBuilder().append('\r').append(line);
    for (int i = line.length(); i < shown; i++) {
      sb.append(' ');
    }
    err.print(sb);
    err.flush();
    shown = line.length();
  }

  private void erase() {
    if (shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      shown = 0;
      lastDraw = 0;
    }
  }
}
