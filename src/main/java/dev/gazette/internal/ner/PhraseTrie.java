package dev.gazette.internal.ner;

import java.util.Arrays;

/**
 * A trie over token key ids (see {@link KeyInterner}) mapping multi-token phrases to int payloads.
 * Matching walks from each token only as far as the longest phrase that starts there, so its cost per
 * token depends on phrase length, not on how many phrases the trie holds. Transitions live in one
 * open-addressing table keyed by (node, key id). The builder's form: {@link PhraseIndex} compiles it into
 * its own layout (nodes renumbered, the root level implicit). Not thread-safe.
 */
public final class PhraseTrie {
  private static final int ROOT = 0;
  private static final long EMPTY = -1L;

  private long[] edgeKeys = newEdgeKeys(1 << 10);
  private int[] edgeTargets = new int[1 << 10];
  private int edges;
  private int nodes = 1;
  private int[] nodeFirstPayload = filled(256);
  private int[] payloadValues = new int[256];
  private int[] payloadNext = new int[256];
  private int payloads;
  private int maxDepth;

  /** Adds a phrase; one phrase may carry several payloads. */
  public void add(int[] keyIds, int payload) {
    if (keyIds.length == 0) {
      return;
    }
    int node = ROOT;
    for (int key : keyIds) {
      int next = child(node, key);
      if (next < 0) {
        next = newNode();
        putEdge(node, key, next);
      }
      node = next;
    }
    for (int p = nodeFirstPayload[node]; p >= 0; p = payloadNext[p]) {
      if (payloadValues[p] == payload) {
        return;
      }
    }
    if (payloads == payloadValues.length) {
      payloadValues = Arrays.copyOf(payloadValues, payloads * 2);
      payloadNext = Arrays.copyOf(payloadNext, payloads * 2);
    }
    payloadValues[payloads] = payload;
    payloadNext[payloads] = nodeFirstPayload[node];
    nodeFirstPayload[node] = payloads++;
    maxDepth = Math.max(maxDepth, keyIds.length);
  }

  /** The node reached from {@code node} on {@code key}, or -1. */
  public int child(int node, int key) {
    long k = edgeKey(node, key);
    int mask = edgeKeys.length - 1;
    for (int s = slot(k) & mask; ; s = (s + 1) & mask) {
      long e = edgeKeys[s];
      if (e == EMPTY) {
        return -1;
      }
      if (e == k) {
        return edgeTargets[s];
      }
    }
  }

  /** The root node, where every walk starts. */
  public int root() {
    return ROOT;
  }

  /** The first payload index of {@code node}, or -1; follow with {@link #nextPayload}. */
  public int firstPayload(int node) {
    return nodeFirstPayload[node];
  }

  /** The payload index after {@code payloadIndex} at the same node, or -1. */
  public int nextPayload(int payloadIndex) {
    return payloadNext[payloadIndex];
  }

  /** The value stored at a payload index. */
  public int payloadValue(int payloadIndex) {
    return payloadValues[payloadIndex];
  }

  /** The most tokens any phrase has. */
  public int maxDepth() {
    return maxDepth;
  }

  /** Number of phrases' payloads stored. */
  public int size() {
    return payloads;
  }

  /** Number of nodes, the root included; nodes are numbered from 0 in creation order. */
  int nodeCount() {
    return nodes;
  }

  /** Payload values by payload index (the array itself, possibly longer than {@link #size()}). */
  int[] payloadValues() {
    return payloadValues;
  }

  /** Next payload index by payload index, or -1 (the array itself). */
  int[] payloadNext() {
    return payloadNext;
  }

  /** Source node of every edge, in table order (parallel to {@link #edgeKeyIds}, {@link #edgeTargets}). */
  int[] edgeNodes() {
    return edgeColumn(0);
  }

  /** Key id of every edge, in table order. */
  int[] edgeKeyIds() {
    return edgeColumn(1);
  }

  /** Target node of every edge, in table order. */
  int[] edgeTargets() {
    return edgeColumn(2);
  }

  private int[] edgeColumn(int column) {
    int[] out = new int[edges];
    int n = 0;
    for (int s = 0; s < edgeKeys.length; s++) {
      long k = edgeKeys[s];
      if (k != EMPTY) {
        out[n++] = column == 0 ? (int) (k >>> 32) : column == 1 ? (int) k : edgeTargets[s];
      }
    }
    return out;
  }

  private int newNode() {
    if (nodes == nodeFirstPayload.length) {
      int old = nodeFirstPayload.length;
      nodeFirstPayload = Arrays.copyOf(nodeFirstPayload, old * 2);
      Arrays.fill(nodeFirstPayload, old, old * 2, -1);
    }
    return nodes++;
  }

  private void putEdge(int node, int key, int target) {
    if ((edges + 1) * 2 > edgeKeys.length) {
      long[] oldKeys = edgeKeys;
      int[] oldTargets = edgeTargets;
      edgeKeys = newEdgeKeys(oldKeys.length * 2);
      edgeTargets = new int[oldKeys.length * 2];
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] != EMPTY) {
          insert(oldKeys[s], oldTargets[s]);
        }
      }
    }
    insert(edgeKey(node, key), target);
    edges++;
  }

  private void insert(long k, int target) {
    int mask = edgeKeys.length - 1;
    int s = slot(k) & mask;
    while (edgeKeys[s] != EMPTY) {
      s = (s + 1) & mask;
    }
    edgeKeys[s] = k;
    edgeTargets[s] = target;
  }

  private static long edgeKey(int node, int key) {
    return ((long) node << 32) | (key & 0xFFFFFFFFL);
  }

  private static int slot(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32);
  }

  private static long[] newEdgeKeys(int capacity) {
    long[] a = new long[capacity];
    Arrays.fill(a, EMPTY);
    return a;
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }
}
