package dev.gazette.internal.time;

import dev.gazette.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The TempEval-3 Task A measures for temporal expressions: strict (same extent) and relaxed (overlapping
 * extent) precision, recall and F1, and attribute F1 for type and value over relaxed matches, where an
 * attribute counts as correct only on a relaxed match whose attribute equals the gold one (so attribute
 * F1 = relaxed F1 x attribute accuracy, as the official scorer reports it). Extents are compared as char
 * offsets into the document text.
 */
final class TempEvalScorer {
  private int gold;
  private int system;
  private int strict;
  private int relaxed;
  private int typeOk;
  private int valueOk;
  private final List<String> errors = new ArrayList<>();

  /** Scores one document. */
  void add(TimeMLDocument doc, List<Mention> found) {
    List<TimeMLDocument.Timex> golds = doc.timexes();
    List<Mention> sys = new ArrayList<>(found);
    sys.sort(null);
    gold += golds.size();
    system += sys.size();
    boolean[] used = new boolean[sys.size()];
    for (TimeMLDocument.Timex g : golds) {
      int hit = -1;
      for (int k = 0; k < sys.size(); k++) {
        Mention m = sys.get(k);
        if (!used[k] && m.start() < g.end() && g.start() < m.end()) {
          if (hit < 0 || m.start() == g.start() && m.end() == g.end()) {
            hit = k;
          }
        }
      }
      String goldText = doc.text().substring(g.start(), g.end());
      if (hit < 0) {
        errors.add(String.format(Locale.ROOT, "MISS %s '%s' %s %s %s | %s", doc.id(), goldText, g.type(),
            g.value(), g.mod(), context(doc.text(), g.start(), g.end())));
        continue;
      }
      used[hit] = true;
      Mention m = sys.get(hit);
      relaxed++;
      boolean exact = m.start() == g.start() && m.end() == g.end();
      if (exact) {
        strict++;
      }
      String type = m.attributes().get("timex_type");
      String value = m.value().orElse("");
      boolean tOk = g.type().equals(type);
      boolean vOk = g.value().equals(value);
      if (tOk) {
        typeOk++;
      }
      if (vOk) {
        valueOk++;
      }
      if (!exact || !tOk || !vOk) {
        errors.add(String.format(Locale.ROOT, "%s %s gold '%s' %s %s %s | sys '%s' %s %s %s [%s; %s] | %s",
            !vOk ? "VALUE" : !tOk ? "TYPE" : "SPAN", doc.id(), goldText, g.type(), g.value(), g.mod(),
            m.text(), type, value, m.attributes().getOrDefault("timex_mod", ""), m.rule(),
            m.attributes().getOrDefault("anchor_reason", ""), context(doc.text(), g.start(), g.end())));
      }
    }
    for (int k = 0; k < sys.size(); k++) {
      if (!used[k]) {
        Mention m = sys.get(k);
        errors.add(String.format(Locale.ROOT, "FALSE %s '%s' %s %s [%s] | %s", doc.id(), m.text(),
            m.attributes().get("timex_type"), m.value().orElse(""), m.rule(),
            context(doc.text(), m.start(), m.end())));
      }
    }
  }

  private static String context(String text, int s, int e) {
    int a = Math.max(0, s - 60);
    int b = Math.min(text.length(), e + 40);
    return (text.substring(a, s) + "[[" + text.substring(s, e) + "]]" + text.substring(e, b))
        .replace('\n', ' ');
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double strictF1() {
    return 100 * f1(ratio(strict, system), ratio(strict, gold));
  }

  double relaxedF1() {
    return 100 * f1(ratio(relaxed, system), ratio(relaxed, gold));
  }

  double valueF1() {
    return 100 * f1(ratio(valueOk, system), ratio(valueOk, gold));
  }

  double typeF1() {
    return 100 * f1(ratio(typeOk, system), ratio(typeOk, gold));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  List<String> errors() {
    return errors;
  }

  String report(String label) {
    return String.format(Locale.ROOT,
        "%-28s gold %4d sys %4d | strict P %5.2f R %5.2f F1 %5.2f | relaxed P %5.2f R %5.2f F1 %5.2f"
            + " | type F1 %5.2f (acc %5.2f) | value F1 %5.2f (acc %5.2f)",
        label, gold, system, 100 * ratio(strict, system), 100 * ratio(strict, gold), strictF1(),
        100 * ratio(relaxed, system), 100 * ratio(relaxed, gold), relaxedF1(), typeF1(),
        100 * ratio(typeOk, relaxed), valueF1(), 100 * ratio(valueOk, relaxed));
  }
}
