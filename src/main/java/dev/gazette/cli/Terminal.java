package dev.gazette.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, for the progress bar. */
final class Terminal {
  private Terminal() {}

  /**
   * On Linux, whether file descriptor 2 points at a terminal device; elsewhere whether the JVM has a
   * console ({@code System.console() != null}, which looks at standard input and output, not error, and
   * so misses {@code gazette extract dir > out.json}, hence the Linux check first).
   */
  static boolean isStderrTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Fall back to the console check.
    }
    return System.console() != null;
  }
}
