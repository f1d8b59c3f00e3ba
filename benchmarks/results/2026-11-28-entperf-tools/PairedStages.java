import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
/** Alternating rounds of per-stage timing, two library jars in their own class loaders, one JVM. */
public class PairedStages {
  public static void main(String[] a) throws Exception {
    String text = Files.readString(Path.of("/work/shared/corpus/news-en.txt"));
    List<String> arts = new ArrayList<>();
    for (String p : text.split("\\n[ \\t]*\\n")) { String s = p.strip(); if (!s.isEmpty()) arts.add(s); }
    String[] deps = Files.readString(Path.of(a[0])).strip().split(":");
    int rounds = Integer.parseInt(a[3]), per = Integer.parseInt(a[4]), warm = Integer.parseInt(a[5]);
    Method[] round = new Method[2]; String[] names = null;
    for (int v = 0; v < 2; v++) {
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of("/tmp/entperf/st/cls").toUri().toURL());
      urls.add(Path.of(a[1 + v]).toUri().toURL());
      for (String d : deps) urls.add(Path.of(d).toUri().toURL());
      ClassLoader l = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      Class<?> c = Class.forName("StageRound", true, l);
      names = (String[]) c.getMethod("init").invoke(null);
      round[v] = c.getMethod("round", List.class, int.class, int.class);
    }
    int k = names.length;
    List<double[]> ratios = new ArrayList<>(); // per stage + total: after/before time
    double[][] sums = new double[2][k + 1]; long tok = 0;
    int from = 0;
    for (int r = -warm; r < rounds; r++) {
      long[][] t = new long[2][];
      int first = Math.floorMod(r, 2);
      for (int q = 0; q < 2; q++) { int v = q == 0 ? first : 1 - first; t[v] = (long[]) round[v].invoke(null, arts, from, per); }
      from += per;
      if (r < 0) continue;
      double[] rr = new double[k + 1];
      long tot0 = 0, tot1 = 0;
      for (int s = 0; s < k; s++) { rr[s] = (double) t[1][s] / t[0][s]; tot0 += t[0][s]; tot1 += t[1][s]; sums[0][s] += t[0][s]; sums[1][s] += t[1][s]; }
      rr[k] = (double) tot1 / tot0; sums[0][k] += tot0; sums[1][k] += tot1; tok += t[0][k];
      ratios.add(rr);
    }
    System.out.printf("# %s vs %s, %d rounds of %d articles (+%d warm-up), %d tokens timed per version, load %s%n", a[1], a[2], rounds, per, warm, tok, Files.readString(Path.of("/proc/loadavg")).strip());
    System.out.printf("%-26s %12s %12s %10s %24s%n", "stage", "before ns/tok", "after ns/tok", "share bef", "time after/before med (q1-q3)");
    for (int s = 0; s <= k; s++) {
      final int ss = s;
      double[] x = ratios.stream().mapToDouble(rr -> rr[ss]).sorted().toArray();
      String n = s < k ? names[s] : "TOTAL";
      System.out.printf("%-26s %12.1f %12.1f %9.1f%% %10.3f (%.3f-%.3f)%n", n, sums[0][s] / tok, sums[1][s] / tok, 100 * sums[0][s] / sums[0][k], x[x.length / 2], x[x.length / 4], x[3 * x.length / 4]);
    }
  }
}
