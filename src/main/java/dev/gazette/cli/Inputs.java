package dev.gazette.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns command-line operands into the articles to read, in a deterministic order: operands in the order
 * given; under a directory, its entries sorted by name (by UTF-16 code units, whatever the locale or file
 * system), depth first. Under a directory only files whose names match one of the include globs are taken,
 * and hidden entries (names starting with a dot) are skipped; symbolic links to files are read, symbolic
 * links to directories are not followed (no cycles). A file named as an operand is always read.
 */
final class Inputs {
  private final List<PathMatcher> includes;

  /**
   * @param includeGlobs globs matched against file names under directories, e.g. {@code *.txt}
   * @throws IllegalArgumentException if a glob is malformed
   */
  Inputs(List<String> includeGlobs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : includeGlobs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    this.includes = List.copyOf(matchers);
  }

  /**
   * The inputs {@code operand} stands for. Problems under a directory (an unreadable subdirectory) go to
   * {@code problems} and the rest is still listed.
   *
   * @throws InputException if the operand itself does not exist or cannot be listed
   */
  List<Input> expand(String operand, Consumer<InputException.Located> problems) throws InputException {
    if (operand.equals(Input.STDIN)) {
      return List.of(Input.stdin());
    }
    Path path;
    try {
      path = Path.of(operand);
    } catch (InvalidPathException e) {
      throw new InputException("not a valid path: " + e.getReason());
    }
    if (!Files.exists(path)) {
      throw new InputException(Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "broken symbolic link" : "no such file or directory");
    }
    if (!Files.isDirectory(path)) {
      return List.of(Input.file(path));
    }
    List<Input> out = new ArrayList<>();
    walk(path, out, problems, true);
    return out;
  }

  private void walk(Path dir, List<Input> out, Consumer<InputException.Located> problems, boolean top)
      throws InputException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    } catch (IOException | RuntimeException e) {
      InputException problem = new InputException("cannot list directory: " + reason(e), e);
      if (top) {
        throw problem;
      }
      problems.accept(new InputException.Located(dir.toString(), problem));
      return;
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        walk(p, out, problems, false);
      } else if (included(p) && !Files.isDirectory(p)) {
        out.add(Input.file(p));
      }
    }
  }

  private boolean included(Path file) {
    Path name = file.getFileName();
    for (PathMatcher m : includes) {
      if (m.matches(name)) {
        return true;
      }
    }
    return false;
  }

  /** A short reason for an I/O failure, without the path (the caller names the input). */
  static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
