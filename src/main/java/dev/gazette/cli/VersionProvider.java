package dev.gazette.cli;

import dev.gazette.internal.json.ExtractionJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: Gazette's version (from the Maven metadata in the jar), the JSON schema and the JVM. */
final class VersionProvider implements CommandLine.IVersionProvider {
  private static final String POM_PROPERTIES = "/META-INF/maven/dev.gazette/gazette/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
      "gazette " + version(),
      "JSON schema " + ExtractionJson.SCHEMA,
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")",
    };
  }

  /** The version the jar was built as, or "(development build)" when run from classes. */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v.trim();
        }
      }
    } catch (IOException e) {
      // Fall through: an unknown version is no reason to fail.
    }
    return "(development build)";
  }
}
