"""Flags on real news: run `factcheck compare` on every ECB+ topic (both event folders in one
run), then score the reports with the shared scorers.

usage: python bench/ecb_flags.py [--topics 8,12,...] [--out bench/out/ecb-reports] [--fuzzy-only] [--fast]

--fast judges in this process from the claims, facts and embeddings bench/ecb_eval.py keeps
(same findings as the CLI; minutes instead of twenty when only align or judge changed).

- ../shared/eval/ecb_cross_event.py over all reports: flags whose claims come from the topic's
  two different events (each one is wrong);
- ../shared/eval/ecb_gold.py on the annotated topics, scoring the reports already written
  (recall of expected findings, forbidden look-alikes flagged).
Reports stay in --out for reading by hand (../shared/eval/flag-precision.md).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent / "shared" / "eval"
DATA = HERE.parent.parent / "shared" / "data" / "ecbplus" / "plaintext"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--topics", default="")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "ecb-reports")
    ap.add_argument("--fuzzy-only", action="store_true")
    ap.add_argument("--fast", action="store_true")
    args = ap.parse_args(argv)
    topics = sorted({int(d.name.split("_")[0]) for d in DATA.iterdir()})
    if args.topics:
        topics = [t for t in topics if str(t) in args.topics.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    if args.fast:
        fast(topics, args.out, args.fuzzy_only)
    else:
        run_cli(topics, args.out, args.fuzzy_only)
    print(f"ran {len(topics)} topics in {time.perf_counter() - t0:.0f} s", flush=True)
    subprocess.run([sys.executable, str(EVAL / "ecb_cross_event.py"), str(args.out)], check=True)
    copy = f"cp {args.out}/$(basename {{dir}}).json {{out}}"
    subprocess.run([sys.executable, str(EVAL / "ecb_gold.py"), copy], check=True)
    return 0


def fast(topics, out: Path, fuzzy_only: bool) -> None:
    from collections import defaultdict

    sys.path.insert(0, str(HERE))
    from ecb_eval import prepare

    from factcheck.align import AlignConfig, align_claims
    from factcheck.judge import judge
    from factcheck.models import Report
    from factcheck.html import to_html
    from factcheck.markdown import to_markdown
    from factcheck.report import to_json

    topic_dirs = defaultdict(list)
    for d in sorted(DATA.iterdir()):
        topic_dirs[int(d.name.split("_")[0])].append(d)
    prepared = prepare({t: topic_dirs[t] for t in topics}, fuzzy_only, HERE / "out" / "ecb")
    for topic in topics:
        articles, claims, facts, emb = prepared[topic]
        alignment = align_claims(claims, facts, None if fuzzy_only else emb, AlignConfig())
        by_id = {c.id: c for c in claims}
        done = judge(alignment, by_id, facts, articles)
        report = Report(articles=tuple(articles.values()), claims=tuple(claims), facts=facts,
                        findings=done.findings, model="bench", options={}, run={},
                        events=done.events, event_splits=done.splits, table=done.table)
        (out / f"{topic}.json").write_text(to_json(report))
        (out / f"{topic}.md").write_text(to_markdown(report))
        (out / f"{topic}.html").write_text(to_html(report))


def run_cli(topics, out: Path, fuzzy_only: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for topic in topics:
            folder = Path(tmp) / str(topic)
            folder.mkdir()
            for event in ("ecb", "ecbplus"):
                for f in (DATA / f"{topic}_{event}").iterdir():
                    shutil.copy(f, folder / f.name)
            js = out / f"{topic}.json"
            cmd = [sys.executable, "-m", "factcheck", "compare", str(folder), "--json", str(js),
                   "--out", str(out / f"{topic}.md"), "--quiet", "--force"]
            subprocess.run(cmd + (["--fuzzy-only"] if fuzzy_only else []), check=True)


if __name__ == "__main__":
    sys.exit(main())
