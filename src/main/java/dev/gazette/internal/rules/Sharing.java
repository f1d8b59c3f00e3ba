package dev.gazette.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules each instruction of a {@link Program} belongs to, now that rules share the code of a
 * common beginning ({@link PrefixTrie}). Every instruction has an owner: a rule, for code of one rule
 * only, or a shared beginning (numbered after the rules), for code several rules run through. The VM
 * uses it to run only the rules it was asked for; explanations, to tell each rule its own failures.
 */
final class Sharing {
  /** Per instruction: the rule that owns it, or {@code rules + k} for shared beginning {@code k}. */
  final int[] owner;
  /** Per shared beginning: the rules that run through it. */
  private final int[][] members;
  /** Per rule: the shared beginnings it runs through. */
  final int[][] sharedBy;
  /** Per (instruction, rule) of a shared TOKEN, after the first rule: the element as that rule wrote it. */
  private final Map<Long, Node.Tok> written;
  private final int rules;

  private Sharing(int[] owner, int[][] members, int[][] sharedBy, Map<Long, Node.Tok> written) {
    this.owner = owner;
    this.members = members;
    this.sharedBy = sharedBy;
    this.written = written;
    this.rules = sharedBy.length;
  }

  /** Number of owners: rules, then shared beginnings. */
  int owners() {
    return rules + members.length;
  }

  /** The rules instruction {@code pc} belongs to. */
  int[] rulesOf(int pc) {
    int o = owner[pc];
    return o < rules ? new int[] {o} : members[o - rules];
  }

  /** Whether rule {@code r} runs through instruction {@code pc}. */
  boolean belongsTo(int pc, int r) {
    int o = owner[pc];
    if (o < rules) {
      return o == r;
    }
    for (int m : members[o - rules]) {
      if (m == r) {
        return true;
      }
    }
    return false;
  }

  /** The TOKEN element at {@code pc} as rule {@code r} wrote it ({@code first}: as the first of its rules did). */
  Node.Tok element(int pc, int r, Node.Tok first) {
    Node.Tok t = written.get(key(pc, r));
    return t != null ? t : first;
  }

  private static long key(int pc, int r) {
    return ((long) pc << 32) | r;
  }

  /** Collects owners while the compiler emits code. */
  static final class Builder {
    private final int rules;
    private int[] owner = new int[256];
    private final List<int[]> members = new ArrayList<>();
    private final List<List<Integer>> sharedBy = new ArrayList<>();
    private final Map<Long, Node.Tok> written = new HashMap<>();

    Builder(int rules) {
      this.rules = rules;
      for (int r = 0; r < rules; r++) {
        sharedBy.add(new ArrayList<>());
      }
    }

    /** A new shared beginning of {@code rs}; returns its owner number. */
    int shared(List<Integer> rs) {
      int id = rules + members.size();
      members.add(rs.stream().mapToInt(Integer::intValue).toArray());
      for (int r : rs) {
        sharedBy.get(r).add(id);
      }
      return id;
    }

    void own(int from, int to, int o) {
      if (to > owner.length) {
        owner = Arrays.copyOf(owner, Math.max(to, owner.length * 2));
      }
      Arrays.fill(owner, from, to, o);
    }

    /**
     * Records, for the TOKEN instructions in {@code [from, to)} that rule {@code r} shares with the rule
     * they were emitted for, the elements as {@code r} wrote them: {@code elements} from {@code copy}
     * on, where the compiler emitted {@code r}'s own copy of the same code.
     */
    void elements(int from, int to, byte[] op, Node.Tok[] elements, int copy, int r) {
      for (int pc = from; pc < to; pc++) {
        if (op[pc] == Program.TOKEN) {
          written.put(key(pc, r), elements[copy + pc - from]);
        }
      }
    }

    Sharing build(int size) {
      int[][] by = new int[rules][];
      for (int r = 0; r < rules; r++) {
        by[r] = sharedBy.get(r).stream().mapToInt(Integer::intValue).toArray();
      }
      return new Sharing(Arrays.copyOf(owner, size), members.toArray(new int[0][]), by, Map.copyOf(written));
    }
  }
}
