import dev.gazette.*;
import dev.gazette.internal.pipeline.*;
import java.lang.reflect.*;
import java.util.*;
/** Loaded once per library jar (own class loader): times each stage over a slice of articles. */
public class StageRound {
  static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
  static Object get(Object o, String f) throws Exception { Field x = o.getClass().getDeclaredField(f); x.setAccessible(true); return x.get(o); }
  static Gazette g; static dev.gazette.internal.text.Tokenizer tokenizer; static dev.gazette.internal.text.SentenceSplitter splitter;
  static List<Stage> stages; static ThreadLocal<Workspace> wss;
  @SuppressWarnings("unchecked")
  public static String[] init() throws Exception {
    g = Gazette.defaults();
    tokenizer = (dev.gazette.internal.text.Tokenizer) get(g, "tokenizer");
    splitter = (dev.gazette.internal.text.SentenceSplitter) get(g, "splitter");
    stages = (List<Stage>) get(g, "stages");
    wss = (ThreadLocal<Workspace>) get(g, "workspaces");
    String[] names = new String[stages.size() + 2];
    names[0] = "tokenize+split";
    for (int k = 0; k < stages.size(); k++) names[k + 1] = stages.get(k).getClass().getSimpleName();
    names[names.length - 1] = "EntityGrouper+relations";
    return names;
  }
  /** ns per stage (last slot: tokens) over articles [from, from+n). */
  public static long[] round(List<String> arts, int from, int n) throws Exception {
    long[] t = new long[stages.size() + 3];
    for (int i = 0; i < n; i++) {
      Article art = Article.of(arts.get((from + i) % arts.size()));
      Workspace ws = wss.get(); ws.reset(art);
      long s0 = CPU.getCurrentThreadCpuTime();
      tokenizer.tokenize(art.text(), ws.tokens()); splitter.split(art, ws.tokens(), ws.sentences());
      t[0] += CPU.getCurrentThreadCpuTime() - s0;
      for (int k = 0; k < stages.size(); k++) { long x = CPU.getCurrentThreadCpuTime(); stages.get(k).process(ws); t[k + 1] += CPU.getCurrentThreadCpuTime() - x; }
      long x = CPU.getCurrentThreadCpuTime();
      EntityGrouper gr = new EntityGrouper(ws.mentions(), ws.canonicalNames(), dev.gazette.internal.ner.AliasResolver.defaults());
      gr.relations(art.text(), ws.relations());
      t[stages.size() + 1] += CPU.getCurrentThreadCpuTime() - x;
      t[stages.size() + 2] += ws.tokens().size();
      ws.reset(null);
    }
    return t;
  }
}
