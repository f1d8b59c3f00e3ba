package dev.gazette.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One stage alone, by default the relation rules ({@code -Dstage=default-relations}; {@code -Dstage=time}
 * or {@code number} for others), for one or two builds of the library in one JVM: corpus articles are
 * run once through every stage before it (tokenizer, splitter, dates, KB, names, anaphors, numbers),
 * each into a workspace of its own, and their mentions are kept; then rounds run only that stage over
 * them, the mentions restored before each run, timed with the thread's CPU clock. With two jars the
 * versions alternate by round and the tool prints the median per-round ratio (above 1: the second is
 * faster), and per version the minimum and 10th percentile next to the median (on a loaded machine the
 * fastest rounds are the least disturbed). With one jar it runs for as long as asked, for a profiler.
 *
 * <pre>
 * java [-Dstage=NAME] -cp target/benchmarks.jar dev.gazette.bench.RulesStageLoop a.jar [b.jar] [rounds [articles [warmup]]]
 * </pre>
 */
public final class RulesStageLoop {
  private RulesStageLoop() {}

  private static final class Version {
    final String name;
    final Object rules;
    final Method process;
    final List<Object> workspaces = new ArrayList<>();
    final List<List<Object>> mentions = new ArrayList<>();
    final List<List<Object>> relations = new ArrayList<>();
    final List<List<Object>> saved = new ArrayList<>();
    long tokens;

    @SuppressWarnings("unchecked")
    Version(Path jar, URL deps, List<String> articles) throws Exception {
      LibraryJar library = new LibraryJar(jar, deps);
      name = library.name;
      ClassLoader l = library.loader;
      Class<?> g = Class.forName("dev.gazette.Gazette", true, l);
      Object tokenizer = field(g, library.gazette, "tokenizer");
      Object splitter = field(g, library.gazette, "splitter");
      List<Object> stages = new ArrayList<>((List<?>) field(g, library.gazette, "stages"));
      Class<?> article = Class.forName("dev.gazette.Article", true, l);
      Class<?> ws = Class.forName("dev.gazette.internal.pipeline.Workspace", true, l);
      Class<?> tb = Class.forName("dev.gazette.internal.text.TokenBuffer", true, l);
      Class<?> sb = Class.forName("dev.gazette.internal.text.SentenceBuffer", true, l);
      Class<?> stage = Class.forName("dev.gazette.internal.pipeline.Stage", true, l);
      Method tokenize = tokenizer.getClass().getMethod("tokenize", String.class, tb);
      Method split = splitter.getClass().getMethod("split", article, tb, sb);
      process = stage.getMethod("process", ws);
      Method stageName = stage.getMethod("name");
      int ruleStage = -1;
      for (int s = 0; s < stages.size(); s++) {
        if (stageName.invoke(stages.get(s)).equals(System.getProperty("stage", "default-relations"))) {
          ruleStage = s;
        }
      }
      rules = stages.get(ruleStage);
      Method reset = ws.getMethod("reset", article);
      Method articleOf = article.getMethod("of", String.class);
      Method text = article.getMethod("text");
      Method tokensOf = ws.getMethod("tokens");
      Method size = tb.getMethod("size");
      Method sentences = ws.getMethod("sentences");
      Method mentionsOf = ws.getMethod("mentions");
      Method relationsOf = ws.getMethod("relations");
      for (String a : articles) {
        Object w = ws.getConstructor().newInstance();
        Object art = articleOf.invoke(null, a);
        reset.invoke(w, art);
        tokenize.invoke(tokenizer, text.invoke(art), tokensOf.invoke(w));
        split.invoke(splitter, art, tokensOf.invoke(w), sentences.invoke(w));
        for (int s = 0; s < ruleStage; s++) {
          process.invoke(stages.get(s), w);
        }
        tokens += (Integer) size.invoke(tokensOf.invoke(w));
        workspaces.add(w);
        List<Object> m = (List<Object>) mentionsOf.invoke(w);
        mentions.add(m);
        saved.add(new ArrayList<>(m));
        relations.add((List<Object>) relationsOf.invoke(w));
      }
    }

    private static Object field(Class<?> c, Object o, String name) throws Exception {
      Field f = c.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(o);
    }

    /** CPU ns of the rule stage over every prepared article (restoring the mentions is not timed). */
    long run(ThreadMXBean mx) throws Exception {
      long ns = 0;
      for (int i = 0; i < workspaces.size(); i++) {
        List<Object> m = mentions.get(i);
        m.clear();
        m.addAll(saved.get(i));
        relations.get(i).clear();
        long t0 = mx.getCurrentThreadCpuTime();
        process.invoke(rules, workspaces.get(i));
        ns += mx.getCurrentThreadCpuTime() - t0;
      }
      return ns;
    }
  }

  public static void main(String[] args) throws Exception {
    List<Path> jars = new ArrayList<>();
    int k = 0;
    while (k < args.length && args[k].endsWith(".jar")) {
      jars.add(Path.of(args[k++]));
    }
    int rounds = args.length > k ? Integer.parseInt(args[k]) : 30;
    int count = args.length > k + 1 ? Integer.parseInt(args[k + 1]) : 1000;
    int warmup = args.length > k + 2 ? Integer.parseInt(args[k + 2]) : 10;
    URL deps = LibraryJar.benchmarkJar();
    List<String> all = Corpus.get().articles();
    List<String> articles = new ArrayList<>(all.subList(0, Math.min(count, all.size())));
    List<Version> v = new ArrayList<>();
    for (Path j : jars) {
      v.add(new Version(j, deps, articles));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    System.out.printf(Locale.ROOT, "# %d rounds over %d articles (%,d tokens) (+%d warm-up), load %.2f%n", rounds,
        articles.size(), v.get(0).tokens, warmup, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    double[][] ns = new double[v.size()][rounds];
    for (int r = -warmup; r < rounds; r++) {
      for (int j = 0; j < v.size(); j++) {
        int which = Math.floorMod(r + j, v.size());
        long t = v.get(which).run(mx);
        if (r >= 0) {
          ns[which][r] = t;
        }
      }
    }
    for (int j = 0; j < v.size(); j++) {
      double[] perToken = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        perToken[r] = ns[j][r] / v.get(j).tokens;
      }
      System.out.printf(Locale.ROOT, "%-28s %.1f ns/token (q1 %.1f, q3 %.1f) min %.1f p10 %.1f%n", v.get(j).name, Stats.quantile(perToken, 0.5),
          Stats.quantile(perToken, 0.25), Stats.quantile(perToken, 0.75), Stats.quantile(perToken, 0.0), Stats.quantile(perToken, 0.1));
    }
    if (v.size() == 2) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = ns[0][r] / ns[1][r];
      }
      System.out.printf(Locale.ROOT, "speed-up %s / %s: %.3f (q1 %.3f, q3 %.3f)%n", v.get(1).name, v.get(0).name,
          Stats.quantile(ratio, 0.5), Stats.quantile(ratio, 0.25), Stats.quantile(ratio, 0.75));
    }
    System.out.printf(Locale.ROOT, "# end, load %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
