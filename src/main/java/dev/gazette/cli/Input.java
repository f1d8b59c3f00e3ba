package dev.gazette.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One article to read: a file, or standard input.
 *
 * @param source the name written in messages and in the JSON {@code source} field: the path as given
 *     on the command line (or found under a directory given there), or {@code -}
 * @param file the file, absent for standard input
 */
record Input(String source, Optional<Path> file) {
  static final String STDIN = "-";

  static Input stdin() {
    return new Input(STDIN, Optional.empty());
  }

  static Input file(Path file) {
    return new Input(file.toString(), Optional.of(file));
  }
}
