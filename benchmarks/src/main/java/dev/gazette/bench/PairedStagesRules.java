package dev.gazette.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the pipeline's time goes, per stage, for two builds of the library in one JVM (each in its own
 * class loader, alternating rounds over the same corpus articles, as {@link PairedPipeline} does): the
 * default pipeline's steps (tokenizer, splitter, each stage, entity grouping and the result) are run one
 * by one through reflection, each timed with the thread's CPU clock. Prints, per version, each step's
 * share of the total, and per step the median over rounds of the ratio of the two versions' times
 * (above 1: the second version is faster). Needs the library's internals unchanged in shape
 * ({@code Gazette}'s fields {@code tokenizer}, {@code splitter}, {@code stages}).
 *
 * <pre>
 * java -cp target/benchmarks.jar dev.gazette.bench.PairedStagesRules before.jar after.jar [rounds [articlesPerRound [warmupRounds]]]
 * </pre>
 */
public final class PairedStagesRules {
  private PairedStagesRules() {}

  private static final class Version {
    final String name;
    final Object tokenizer;
    final Object splitter;
    final List<Object> stages;
    final List<String> names = new ArrayList<>();
    final Method tokenize;
    final Method split;
    final Method process;
    final Method reset;
    final Method articleOf;
    final Method tokens;
    final Method sentences;
    final Method mentions;
    final Method canonicalNames;
    final Method relations;
    final Method text;
    final Constructor<?> grouper;
    final Method entities;
    final Method groupRelations;
    final Object aliases;
    final Object workspace;

    Version(Path jar, URL deps) throws Exception {
      LibraryJar library = new LibraryJar(jar, deps);
      name = library.name;
      ClassLoader l = library.loader;
      Class<?> g = Class.forName("dev.gazette.Gazette", true, l);
      Object gazette = library.gazette;
      tokenizer = field(g, gazette, "tokenizer");
      splitter = field(g, gazette, "splitter");
      stages = new ArrayList<>((List<?>) field(g, gazette, "stages"));
      Class<?> article = Class.forName("dev.gazette.Article", true, l);
      Class<?> ws = Class.forName("dev.gazette.internal.pipeline.Workspace", true, l);
      Class<?> tb = Class.forName("dev.gazette.internal.text.TokenBuffer", true, l);
      Class<?> sb = Class.forName("dev.gazette.internal.text.SentenceBuffer", true, l);
      Class<?> stage = Class.forName("dev.gazette.internal.pipeline.Stage", true, l);
      tokenize = tokenizer.getClass().getMethod("tokenize", String.class, tb);
      split = splitter.getClass().getMethod("split", article, tb, sb);
      process = stage.getMethod("process", ws);
      for (Object s : stages) {
        names.add((String) stage.getMethod("name").invoke(s));
      }
      reset = ws.getMethod("reset", article);
      articleOf = article.getMethod("of", String.class);
      text = article.getMethod("text");
      tokens = ws.getMethod("tokens");
      sentences = ws.getMethod("sentences");
      mentions = ws.getMethod("mentions");
      canonicalNames = ws.getMethod("canonicalNames");
      relations = ws.getMethod("relations");
      Class<?> aliasResolver = Class.forName("dev.gazette.internal.ner.AliasResolver", true, l);
      aliases = aliasResolver.getMethod("defaults").invoke(null);
      Class<?> grouperClass = Class.forName("dev.gazette.internal.pipeline.EntityGrouper", true, l);
      Constructor<?> three = null;
      for (Constructor<?> c : grouperClass.getConstructors()) {
        if (c.getParameterCount() == 3) {
          three = c;
        }
      }
      grouper = three;
      entities = grouperClass.getMethod("entities");
      groupRelations = grouperClass.getMethod("relations", String.class, List.class);
      workspace = ws.getConstructor().newInstance();
    }

    private static Object field(Class<?> c, Object o, String name) throws Exception {
      Field f = c.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(o);
    }

    int steps() {
      return stages.size() + 3;
    }

    String step(int k) {
      return k == 0 ? "tokenize" : k == 1 ? "split" : k < stages.size() + 2 ? names.get(k - 2) : "group";
    }

    /** Adds each step's CPU nanoseconds over articles [from, from + n) to {@code ns}. */
    void run(List<String> articles, int from, int n, ThreadMXBean mx, double[] ns) throws Exception {
      for (int i = 0; i < n; i++) {
        Object a = articleOf.invoke(null, articles.get((from + i) % articles.size()));
        reset.invoke(workspace, a);
        long t0 = mx.getCurrentThreadCpuTime();
        tokenize.invoke(tokenizer, text.invoke(a), tokens.invoke(workspace));
        long t1 = mx.getCurrentThreadCpuTime();
        ns[0] += t1 - t0;
        split.invoke(splitter, a, tokens.invoke(workspace), sentences.invoke(workspace));
        long t2 = mx.getCurrentThreadCpuTime();
        ns[1] += t2 - t1;
        long t = t2;
        for (int s = 0; s < stages.size(); s++) {
          process.invoke(stages.get(s), workspace);
          long u = mx.getCurrentThreadCpuTime();
          ns[2 + s] += u - t;
          t = u;
        }
        Object gr = grouper.newInstance(mentions.invoke(workspace), canonicalNames.invoke(workspace), aliases);
        entities.invoke(gr);
        groupRelations.invoke(gr, text.invoke(a), relations.invoke(workspace));
        ns[2 + stages.size()] += mx.getCurrentThreadCpuTime() - t;
        reset.invoke(workspace, (Object) null);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int perRound = args.length > 3 ? Integer.parseInt(args[3]) : 400;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 12;
    URL deps = PairedStagesRules.class.getProtectionDomain().getCodeSource().getLocation();
    Version[] v = {new Version(Path.of(args[0]), deps), new Version(Path.of(args[1]), deps)};
    if (!v[0].names.equals(v[1].names)) {
      throw new IllegalStateException("different stages: " + v[0].names + " / " + v[1].names);
    }
    int steps = v[0].steps();
    List<String> articles = Corpus.get().articles();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][][] ns = new double[2][rounds][steps];
    int from = 0;
    System.out.printf(Locale.ROOT, "# %d rounds of %d articles (+%d warm-up), load %.2f%n", rounds, perRound, warmup,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (int r = -warmup; r < rounds; r++) {
      for (int j = 0; j < 2; j++) {
        int k = Math.floorMod(r + j, 2);
        double[] out = r >= 0 ? ns[k][r] : new double[steps];
        v[k].run(articles, from, perRound, mx, out);
      }
      from = (from + perRound) % articles.size();
    }
    System.out.printf(Locale.ROOT, "%-12s %10s %10s %8s %8s %22s%n", "step", "share A %", "share B %", "ms A", "ms B", "speed-up B/A (q1-q3)");
    double[] totA = new double[rounds];
    double[] totB = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      totA[r] = Arrays.stream(ns[0][r]).sum();
      totB[r] = Arrays.stream(ns[1][r]).sum();
    }
    double sumA = Arrays.stream(totA).sum();
    double sumB = Arrays.stream(totB).sum();
    for (int s = 0; s < steps; s++) {
      double a = 0;
      double b = 0;
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        a += ns[0][r][s];
        b += ns[1][r][s];
        ratio[r] = ns[0][r][s] / Math.max(1, ns[1][r][s]);
      }
      System.out.printf(Locale.ROOT, "%-12s %10.1f %10.1f %8.0f %8.0f %8.3f (%.3f-%.3f)%n", v[0].step(s), 100 * a / sumA,
          100 * b / sumB, a / 1e6, b / 1e6, Stats.quantile(ratio, 0.5), Stats.quantile(ratio, 0.25), Stats.quantile(ratio, 0.75));
    }
    double[] ratio = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratio[r] = totA[r] / totB[r];
    }
    System.out.printf(Locale.ROOT, "%-12s %10.1f %10.1f %8.0f %8.0f %8.3f (%.3f-%.3f)%n", "total", 100.0, 100.0, sumA / 1e6,
        sumB / 1e6, Stats.quantile(ratio, 0.5), Stats.quantile(ratio, 0.25), Stats.quantile(ratio, 0.75));
    System.out.printf(Locale.ROOT, "# A = %s, B = %s; end, load %.2f%n", v[0].name, v[1].name,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
