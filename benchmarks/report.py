#!/usr/bin/env python3
"""Turns a JMH JSON result file (java -jar target/benchmarks.jar ... -rf json -rff FILE) into the
Markdown tables used in RESULTS.md: chars/s and tokens/s, allocation per token when the run had
-prof gc, and the ratios ours/Lucene and ours/char-loop within that run.

On a shared, noisy machine the mean (JMH's score) is dragged down by iterations that lost the CPU to
other processes, so the table also gives the median and the best iteration, and the ratios are given
for all three. The best iteration is the one least disturbed; the median is the robust middle.

    python3 report.py results.json
"""
import json
import statistics
import sys


def secondary(m, name):
    return m.get("secondaryMetrics", {}).get(name)


def raw(metric):
    return [x for fork in metric.get("rawData", []) for x in fork]


def err_of(metric):
    e = metric.get("scoreError")
    return e if isinstance(e, (int, float)) and e == e else None


def fmt(x, scale=1e6, digits=1):
    return "–" if x is None else f"{x / scale:,.{digits}f}"


def short(name):
    parts = name.rsplit(".", 2)
    return f"{parts[-2]}.{parts[-1]}"


def main(path):
    with open(path) as f:
        runs = json.load(f)
    stats = {}
    print("| benchmark | thr | M chars/s mean ± err | median | best | M tokens/s (mean) | chars/token "
          "| B/op | B/token |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for m in runs:
        name = short(m["benchmark"])
        if m.get("params"):
            name += " (" + ", ".join(f"{k}={v}" for k, v in m["params"].items()) + ")"
        ops = m["primaryMetric"]["score"]
        chars, tokens = secondary(m, "chars"), secondary(m, "tokens")
        alloc = secondary(m, "gc.alloc.rate.norm")
        if chars is None:
            continue
        c = raw(chars)
        mean, med, best = chars["score"], statistics.median(c), max(c)
        stats[name] = (mean, med, best)
        tok = tokens["score"] if tokens else None
        per_token = alloc["score"] / (tok / ops) if alloc and tok and ops else None
        e = err_of(chars)
        mean_s = fmt(mean) + (f" ± {fmt(e)}" if e is not None else "")
        cpt = f"{mean / tok:.2f}" if tok else "–"
        print(f"| {name} | {m['threads']} | {mean_s} | {fmt(med)} | {fmt(best)} | {fmt(tok)} | {cpt} "
              f"| {fmt(alloc['score'] if alloc else None, 1, 0)} | {fmt(per_token, 1, 3)} |")
    print()
    ours = stats.get("TokenizerBenchmark.gazette")
    pairs = [("luceneStandard", "target ≥ 2.0"), ("charClassLoop", "target ≥ 0.60"),
             ("openNlpSimple", ""), ("coreNlpPtb", "")]
    if ours:
        print("| ratio (chars/s) | mean | median | best | target |")
        print("|---|---:|---:|---:|---|")
        for peer, target in pairs:
            p = stats.get("TokenizerBenchmark." + peer)
            if p:
                print(f"| ours / {peer} | {ours[0] / p[0]:.2f} | {ours[1] / p[1]:.2f} | {ours[2] / p[2]:.2f} "
                      f"| {target} |")
    lucene, loop = stats.get("TokenizerBenchmark.luceneStandard"), stats.get("TokenizerBenchmark.charClassLoop")
    if lucene and loop:
        print(f"| luceneStandard / charClassLoop | {lucene[0] / loop[0]:.2f} | {lucene[1] / loop[1]:.2f} "
              f"| {lucene[2] / loop[2]:.2f} | (issue: about 1/3) |")
    for one, two in (("PipelineBenchmark.pipeline1Thread", "PipelineBenchmark.pipeline2Threads"),
                     ("PipelineBenchmark.tokenizer1Thread", "PipelineBenchmark.tokenizer2Threads")):
        if one in stats and two in stats:
            print(f"\n- scaling {two.split('.')[-1]} / {one.split('.')[-1]}: "
                  f"{stats[two][0] / stats[one][0]:.2f} (mean), {stats[two][1] / stats[one][1]:.2f} (median)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "results.json")
