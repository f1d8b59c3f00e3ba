package dev.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code api-docs/api.txt}, the list of every public signature of the exported package, in step
 * with the code, so that no API change goes unnoticed in review. After an intended change, run
 * {@code mvn test -Dtest=ApiSignatureTest -Dgazette.updateApi=true} and commit the file.
 */
class ApiSignatureTest {
  private static final Path API_FILE = Path.of("api-docs", "api.txt");

  @Test
  void publicApiMatchesApiTxt() throws Exception {
    String actual = String.join("\n", signatures()) + "\n";
    if (Boolean.getBoolean("gazette.updateApi")) {
      Files.writeString(API_FILE, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.exists(API_FILE) ? Files.readString(API_FILE, StandardCharsets.UTF_8) : "";
    assertThat(actual)
        .as("public API changed: review it, update api-docs/api.txt with -Dgazette.updateApi=true, and note it in CHANGELOG.md")
        .isEqualTo(expected);
  }

  static List<String> signatures() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(Gazette.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> classNames = new ArrayList<>();
    for (String pkg : exportedPackages()) {
      try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
        files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
            .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length()))
            .forEach(classNames::add);
      }
    }
    classNames.sort(null);
    List<String> lines = new ArrayList<>();
    for (String name : classNames) {
      Class<?> c = Class.forName(name, false, Gazette.class.getClassLoader());
      if (!isExported(c)) {
        continue;
      }
      lines.add(c.toGenericString());
      List<String> members = new ArrayList<>();
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers()) && !k.isSynthetic()) {
          members.add("  " + k.toGenericString());
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          members.add("  " + m.toGenericString());
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          members.add("  " + f.toGenericString());
        }
      }
      members.sort(null);
      lines.addAll(members);
    }
    return lines;
  }

  /** The packages module-info.java exports: the public API. */
  static List<String> exportedPackages() throws IOException {
    List<String> packages = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src", "main", "java", "module-info.java"), StandardCharsets.UTF_8)) {
      String t = line.trim();
      if (t.startsWith("exports ") && t.endsWith(";") && !t.contains(" to ")) {
        packages.add(t.substring("exports ".length(), t.length() - 1).trim());
      }
    }
    return packages;
  }

  private static boolean isExported(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }
}
