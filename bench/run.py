"""Benchmark: wall time per stage, embedding throughput and peak memory.

usage: python bench/run.py --articles N [--fuzzy-only] [--seeds]

Builds a reproducible corpus of N articles (bench/corpus.py, fixed seed) in bench/out/,
runs the pipeline once in this process, and prints each stage's wall time (load, segment,
facts, embed, align, judge, report), claims embedded per second and peak resident memory.
--seeds runs on the shipped sources/ instead. Timings are one run's; compare them as ratios
within one run, not across machines.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from factcheck.pipeline import Options, compare  # noqa: E402
from factcheck.report import to_json, to_markdown  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--fuzzy-only", action="store_true")
    ap.add_argument("--seeds", action="store_true", help="benchmark the shipped sources/ instead")
    args = ap.parse_args()
    if args.seeds:
        folder = HERE.parent / "sources"
    else:
        from corpus import build

        folder = HERE / "out" / f"corpus-{args.articles}"
        if not folder.exists():
            build(folder, args.articles)
    t = time.perf_counter()
    report = compare(folder, Options(fuzzy_only=args.fuzzy_only))
    total = time.perf_counter() - t
    t = time.perf_counter()
    to_markdown(report), to_json(report)
    stages = dict(report.run["stages"], report=round(time.perf_counter() - t, 3))
    claims = len(report.claims)
    embed = stages.get("embed")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus {folder.name}: {len([a for a in report.articles if not a.duplicate_of])} articles, {claims} claims, "
          f"model {report.model}")
    for stage, seconds in stages.items():
        print(f"  {stage:8} {seconds:8.2f} s")
    print(f"  total    {total + stages['report']:8.2f} s")
    if embed:
        print(f"embedding throughput: {claims / embed:.0f} claims/s (model load excluded)")
    print(f"peak memory: {peak_mb:.0f} MB")
    counts = {}
    for f in report.findings:
        counts[f.kind.value] = counts.get(f.kind.value, 0) + 1
    print("findings:", " ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
