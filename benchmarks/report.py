#!/usr/bin/env python3
"""Turns a JMH JSON result file (java -jar target/benchmarks.jar ... -rf json -rff FILE) into the
Markdown table used in RESULTS.md: chars/s and tokens/s (with JMH's 99.9% error), allocation per token
when the run had -prof gc, and the ratios ours/Lucene and ours/char-loop within that run.

    python3 report.py results.json
"""
import json
import sys


def metric(m, name):
    s = m.get("secondaryMetrics", {}).get(name)
    if not s:
        return None, None
    err = s.get("scoreError")
    return s["score"], err if isinstance(err, (int, float)) else None


def fmt(x, err=None, scale=1e6, digits=1):
    if x is None:
        return "–"
    s = f"{x / scale:,.{digits}f}"
    if err is not None and err == err:  # NaN when there was one iteration
        s += f" ± {err / scale:,.{digits}f}"
    return s


def main(path):
    with open(path) as f:
        runs = json.load(f)
    rows = {}
    print("| benchmark | threads | M chars/s | M tokens/s | chars/token | B/op | B/token |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for m in runs:
        name = m["benchmark"].rsplit(".", 2)
        name = f"{name[-2]}.{name[-1]}"
        ops = m["primaryMetric"]["score"]
        chars, chars_err = metric(m, "chars")
        tokens, tokens_err = metric(m, "tokens")
        alloc, _ = metric(m, "gc.alloc.rate.norm")
        per_token = None
        if alloc is not None and tokens and ops:
            per_token = alloc / (tokens / ops)
        rows[name] = chars
        cpt = f"{chars / tokens:.2f}" if chars and tokens else "–"
        print(f"| {name} | {m['threads']} | {fmt(chars, chars_err)} | {fmt(tokens, tokens_err)} | {cpt} "
              f"| {fmt(alloc, scale=1, digits=0)} | {fmt(per_token, scale=1, digits=3)} |")
    ours = rows.get("TokenizerBenchmark.gazette")
    print()
    for peer, target in (("TokenizerBenchmark.luceneStandard", "target >= 2.0"),
                         ("TokenizerBenchmark.charClassLoop", "target >= 0.60"),
                         ("TokenizerBenchmark.openNlpSimple", None),
                         ("TokenizerBenchmark.coreNlpPtb", None)):
        if ours and rows.get(peer):
            t = f" ({target})" if target else ""
            print(f"- ours / {peer.split('.')[-1]} (chars/s): **{ours / rows[peer]:.2f}**{t}")
    lucene, loop = rows.get("TokenizerBenchmark.luceneStandard"), rows.get("TokenizerBenchmark.charClassLoop")
    if lucene and loop:
        print(f"- luceneStandard / charClassLoop (chars/s): {lucene / loop:.2f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "results.json")
