package dev.gazette.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * One build of the library loaded in a class loader of its own (its jar first, then {@code deps} for
 * Guava, Jackson and the other dependencies), reached by reflection: the tools that compare two builds
 * in one JVM ({@link PairedPipeline}, {@link DiffPipeline}, {@link PairedStagesRules}) load each
 * version through it, so that both run on the same JIT, heap and corpus.
 */
final class LibraryJar {
  final String name;
  final ClassLoader loader;
  final Object gazette;
  private final Method articleOf;
  private final Method extract;
  private final Method toJson;
  private final Method tokens;

  /** Loads {@code jar} with {@code deps} behind it and builds its {@code Gazette.defaults()}. */
  LibraryJar(Path jar, URL... deps) throws Exception {
    this.name = jar.getFileName().toString();
    URL[] urls = new URL[deps.length + 1];
    urls[0] = jar.toUri().toURL();
    System.arraycopy(deps, 0, urls, 1, deps.length);
    this.loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    Class<?> gazetteClass = Class.forName("dev.gazette.Gazette", true, loader);
    Class<?> articleClass = Class.forName("dev.gazette.Article", true, loader);
    Class<?> extractionClass = Class.forName("dev.gazette.Extraction", true, loader);
    this.gazette = gazetteClass.getMethod("defaults").invoke(null);
    this.articleOf = articleClass.getMethod("of", String.class);
    this.extract = gazetteClass.getMethod("extract", articleClass);
    this.toJson = extractionClass.getMethod("toJson");
    this.tokens = extractionClass.getMethod("tokens");
  }

  /** The benchmark jar itself, whose shaded dependencies serve every loaded build. */
  static URL benchmarkJar() {
    return LibraryJar.class.getProtectionDomain().getCodeSource().getLocation();
  }

  /** {@code Gazette.defaults().extract(Article.of(text))} of this build: its {@code Extraction}. */
  Object extract(String text) throws Exception {
    return extract.invoke(gazette, articleOf.invoke(null, text));
  }

  /** The extraction's JSON. */
  String json(String text) throws Exception {
    return (String) toJson.invoke(extract(text));
  }

  /** The number of tokens of an extraction this build made. */
  int tokenCount(Object extraction) throws Exception {
    return ((java.util.List<?>) tokens.invoke(extraction)).size();
  }
}
