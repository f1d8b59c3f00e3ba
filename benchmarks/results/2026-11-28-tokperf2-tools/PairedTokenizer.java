import java.lang.invoke.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/**
 * Paired A/B of tokenizer builds (a throwaway tool of the tokperf2 work, kept for reproducibility): each
 * library jar in its own class loader (with Guava from -Ddeps), alternating turns over the same corpus
 * chunks, timed in thread CPU time; prints each median and the per-round ratios to the first jar.
 *
 * <pre>
 * javac -cp benchmarks.jar PairedTokenizer.java
 * java -Ddeps=guava.jar -Drounds=40 -Dwarm=8 -Dgazette.shared=../shared -cp benchmarks.jar:. PairedTokenizer before.jar after.jar
 * </pre>
 */
public class PairedTokenizer {
  public static void main(String[] a) throws Throwable {
    int rounds = Integer.parseInt(System.getProperty("rounds", "40"));
    int per = Integer.parseInt(System.getProperty("per", "40"));
    int warm = Integer.parseInt(System.getProperty("warm", "8"));
    String[] chunks = dev.gazette.bench.Corpus.get().chunks();
    int m = a.length; ClassLoader DEPS = new URLClassLoader(new URL[] {Paths.get(System.getProperty("deps")).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    MethodHandle[] tok = new MethodHandle[m];
    Object[] tk = new Object[m], buf = new Object[m];
    MethodHandle[] size = new MethodHandle[m];
    for (int k = 0; k < m; k++) {
      URLClassLoader cl = new URLClassLoader(new URL[] {Paths.get(a[k]).toUri().toURL()}, DEPS);
      Class<?> T = cl.loadClass("dev.gazette.internal.text.Tokenizer");
      Class<?> B = cl.loadClass("dev.gazette.internal.text.TokenBuffer");
      tk[k] = T.getConstructor().newInstance();
      buf[k] = B.getConstructor().newInstance();
      tok[k] = MethodHandles.publicLookup().findVirtual(T, "tokenize", MethodType.methodType(void.class, String.class, B)).bindTo(tk[k]).asType(MethodType.methodType(void.class, String.class, Object.class));
      size[k] = MethodHandles.publicLookup().findVirtual(B, "size", MethodType.methodType(int.class)).asType(MethodType.methodType(int.class, Object.class));
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int k = 0; k < m; k++) {
      long end = System.nanoTime() + warm * 1_000_000_000L; int from = 0;
      while (System.nanoTime() < end) { for (int i = 0; i < per; i++) { tok[k].invokeExact(chunks[(from + i) % chunks.length], buf[k]); } from += per; }
    }
    double[][] cps = new double[m][rounds];
    int from = 0;
    for (int r = 0; r < rounds; r++) {
      long c = 0; for (int i = 0; i < per; i++) c += chunks[(from + i) % chunks.length].length();
      for (int j = 0; j < m; j++) {
        int k = (j + r) % m;
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < per; i++) { tok[k].invokeExact(chunks[(from + i) % chunks.length], buf[k]); sink += (int) size[k].invokeExact(buf[k]); }
        long dt = mx.getCurrentThreadCpuTime() - t0;
        cps[k][r] = c * 1e9 / dt;
      }
      from += per;
    }
    for (int k = 0; k < m; k++) { double[] s = cps[k].clone(); Arrays.sort(s); System.out.printf(Locale.ROOT, "%-40s median %.1f M chars/s (q %.1f .. %.1f)%n", a[k], s[rounds/2]/1e6, s[rounds/4]/1e6, s[3*rounds/4]/1e6); }
    for (int k = 1; k < m; k++) { double[] q = new double[rounds]; for (int r = 0; r < rounds; r++) q[r] = cps[k][r] / cps[0][r]; Arrays.sort(q); System.out.printf(Locale.ROOT, "%s / %s: median %.3f (q %.3f .. %.3f)%n", a[k], a[0], q[rounds/2], q[rounds/4], q[3*rounds/4]); }
    if (sink == 42) System.out.println();
  }
}
