package dev.gazette.internal.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the text of rule files and list files, and resolves an include against the file that
 * includes it. Rule text given as a string resolves includes as files relative to the working directory.
 */
public interface RuleSource {
  /** A loaded text and the name that identifies it (used in messages and to detect include cycles). */
  record Loaded(String name, String text) {}

  /**
   * The text named {@code path}, relative to the source named {@code including} (null at top level).
   * Empty if there is no such file.
   */
  Optional<Loaded> load(String including, String path) throws IOException;

  /** Files on disk. */
  static RuleSource files() {
    return (including, path) -> {
      Path p = Path.of(path);
      if (!p.isAbsolute() && including != null) {
        Path parent = Path.of(including).getParent();
        if (parent != null) {
          p = parent.resolve(path);
        }
      }
      p = p.normalize();
      if (!Files.isRegularFile(p)) {
        return Optional.empty();
      }
      return Optional.of(new Loaded(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
    };
  }

  /** Class-path resources of {@code loader}, with '/' separated names. */
  static RuleSource resources(ClassLoader loader) {
    return resources(loader::getResourceAsStream);
  }

  /** Resources opened by {@code opener} (given a '/' separated name without leading '/'). */
  static RuleSource resources(java.util.function.Function<String, InputStream> opener) {
    return (including, path) -> {
      String name = path.startsWith("/") ? path.substring(1) : path;
      if (!path.startsWith("/") && including != null) {
        int slash = including.lastIndexOf('/');
        name = slash < 0 ? name : including.substring(0, slash + 1) + name;
      }
      name = normalize(name);
      try (InputStream in = opener.apply(name)) {
        if (in == null) {
          return Optional.empty();
        }
        return Optional.of(new Loaded(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    };
  }

  private static String normalize(String name) {
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String s : name.split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..") && !parts.isEmpty()) {
        parts.removeLast();
      } else {
        parts.addLast(s);
      }
    }
    return String.join("/", parts);
  }
}
