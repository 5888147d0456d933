"""Benchmark: stage times, embedding throughput, memory, cache speed-up and alignment quality.

usage:
  python bench/run.py                      sizes 10, 100, 300, 1000 (cold cache each): stage table
  python bench/run.py --articles 1000      one size through `factcheck compare` twice (cold, then warm
                                           cache) and the embedding speed-up; ends with one `bench ...` line
  python bench/run.py --exhaustive 100     top-k alignment against exhaustive scoring: same findings?
  python bench/run.py --backends           every backend on the same claims: texts/s, cosine to torch
                                           fp32, and findings against torch's on the seeds and story corpora
  options: --repeat K (medians of K runs), --backend B, --sizes 10,100

Corpora come from bench/corpus.py (fixed seed) into bench/out/. Every `factcheck compare` runs in
its own process with its own empty cache folder (so peak memory is that run's, read with wait4);
alignment quality is scored against the corpus manifest: two claims of one story from one
template should share an aligned group (recall), a group's cross-article pairs should (precision),
and no flag may link two stories. Timings are this machine's: compare them as ratios within one run.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import VERSION as CORPUS_VERSION, build  # noqa: E402

STAGES = ("load", "segment", "facts", "model", "embed", "align", "judge", "other")  # other: start-up, report writing
FLAGS = {"contradiction", "certainty_gap", "status_change"}


def corpus(n: int) -> Path:
    folder = HERE / "out" / f"corpus-v{CORPUS_VERSION}-{n}"  # a new generator writes new folders
    if not folder.exists() or not folder.with_name(folder.name + ".manifest.json").exists():
        shutil.rmtree(folder, ignore_errors=True)
        build(folder, n)
    return folder


def run_compare(folder: Path, cache: Path, extra=()) -> dict:
    """One `factcheck compare` in a fresh process: wall seconds, peak MB and the JSON report."""
    out = Path(tempfile.mkdtemp(prefix="bench-report-"))
    cmd = [sys.executable, "-m", "factcheck", "compare", str(folder), "--out", str(out / "r.md"), "--quiet", *extra]
    env = dict(os.environ, FACTCHECK_CACHE_DIR=str(cache), HF_HUB_OFFLINE="1")
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} exited {proc.returncode}")
    report = json.loads((out / "r.json").read_text(encoding="utf-8"))
    shutil.rmtree(out)
    return {"wall": wall, "peak_mb": usage.ru_maxrss / 1024, "report": report}


def quality(report: dict, folder: Path) -> dict:
    """Alignment recall/precision on the planted template pairs, planted count clashes flagged, cross-story flags."""
    manifest = json.loads(folder.with_name(folder.name + ".manifest.json").read_text(encoding="utf-8"))
    paths = {a["id"]: Path(a["path"]).name for a in report["sources"]}
    label = {}
    for c in report["claims"]:
        entry = manifest[paths[c["source"]]]
        label[c["id"]] = (entry["story"], entry["lines"].get(c["text"], "?"))
    by_story_key = {}
    for cid, (story, key) in label.items():
        if key not in ("filler", "?"):
            by_story_key.setdefault((story, key), []).append(cid)
    source = {c["id"]: c["source"] for c in report["claims"]}
    gold = {frozenset(p) for ids in by_story_key.values() for p in itertools.combinations(ids, 2)
            if source[p[0]] != source[p[1]]}
    aligned = set()  # claims set side by side by a finding (agreement or flag)
    for f in report["findings"]:
        for a, b in itertools.combinations([_cid(c) for c in f["claims"]], 2):
            if source[a] != source[b]:
                aligned.add(frozenset((a, b)))
    hits = len(gold & aligned)
    judged = {p for p in aligned if all(label[c][1] not in ("filler", "?") for c in p)}
    cross_story = [f for f in report["findings"] if f["kind"] in FLAGS
                   and len({label[_cid(c)][0] for c in f["claims"]}) > 1]
    # a flag on sentences of different templates sets two unrelated sentences against each other
    mixed = [f for f in report["findings"] if f["kind"] in FLAGS and len({label[_cid(c)] for c in f["claims"]}) > 1]
    clash = 0
    for f in report["findings"]:
        ids = [_cid(c) for c in f["claims"]]
        if f["kind"] in FLAGS and len({label[c] for c in ids}) == 1 and label[ids[0]][1] == "fact0":
            clash += 1
    return {"recall": hits / len(gold) if gold else 1.0,
            "precision": len(gold & judged) / len(judged) if judged else 1.0,
            "count_flags": clash, "cross_story_flags": len(cross_story), "mixed_flags": len(mixed)}


def _cid(c):
    return c["claim_id"] if isinstance(c, dict) else c


def stages_of(result: dict) -> dict:
    stages = dict(result["report"]["run"]["stages"])
    stages.setdefault("model", 0.0)
    stages["other"] = max(0.0, result["wall"] - sum(stages.values()))
    return stages


def table(sizes, repeat: int, backend: str) -> None:
    print(f"backend {backend}; medians of {repeat} run(s), cold cache each; seconds")
    header = (f"{'articles':>8} {'claims':>7} {'texts':>6} " + " ".join(f"{s:>7}" for s in STAGES)
              + f" {'total':>7} {'texts/s':>8} {'peak MB':>8}")
    print(header)
    for n in sizes:
        folder = corpus(n)
        runs = []
        for _ in range(repeat):
            with tempfile.TemporaryDirectory(prefix="bench-cache-") as cache:
                runs.append(run_compare(folder, Path(cache), ["--backend", backend]))
        med = {s: statistics.median(stages_of(r).get(s, 0.0) for r in runs) for s in STAGES}
        claims = len(runs[0]["report"]["claims"])
        wall = statistics.median(r["wall"] for r in runs)
        texts = runs[0]["report"]["run"]["embedded"] or 0  # distinct claim texts the model ran on
        rate = texts / med["embed"] if med["embed"] else float("nan")
        peak = max(r["peak_mb"] for r in runs)
        print(f"{n:>8} {claims:>7} {texts:>6} " + " ".join(f"{med[s]:>7.2f}" for s in STAGES)
              + f" {wall:>7.1f} {rate:>8.0f} {peak:>8.0f}")
        q = quality(runs[0]["report"], folder)
        print(f"{'':>8} alignment on planted pairs: recall {q['recall']:.3f} precision {q['precision']:.3f}; "
              f"count clashes flagged {q['count_flags']}; flags on unrelated sentences {q['mixed_flags']}, linking two stories {q['cross_story_flags']}")


def embed_rates(folder: Path, backends, repeat: int, sample: int | None = None):
    """Texts/s of each backend (medians) and their vectors, on the same distinct claim texts of
    ``folder``, alternating between backends in this process."""
    sys.path.insert(0, str(ROOT))
    from factcheck.backends import load_model
    from factcheck.claims import split_claims
    from factcheck.embed import THREADS, SentenceEmbedder
    from factcheck.sources import load_articles

    articles, _ = load_articles(folder, 5_000_000)
    texts = sorted(sorted(dict.fromkeys(c.text for c in split_claims(articles)))[:sample], key=len)
    e = SentenceEmbedder()
    models = {b: load_model(e.path, b, e.model_key(), THREADS) for b in backends}
    rates, vectors = {b: [] for b in models}, {}
    for _ in range(repeat):
        for b, m in models.items():
            t = time.perf_counter()
            vectors[b] = m.encode(texts)
            rates[b].append(len(texts) / (time.perf_counter() - t))
    return {b: statistics.median(r) for b, r in rates.items()}, vectors, texts


def linear_flops(texts) -> float:
    """Floating-point operations of the encoder's matrix products for ``texts`` (attention scores
    and element-wise work left out: a lower bound)."""
    from tokenizers import Tokenizer

    from factcheck.embed import SentenceEmbedder

    path = Path(SentenceEmbedder().path)
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    tokens = sum(sum(e.attention_mask) for e in Tokenizer.from_file(str(path / "tokenizer.json")).encode_batch(list(texts)))
    d, ff = config["hidden_size"], config["intermediate_size"]
    return tokens * 2 * config["num_hidden_layers"] * (4 * d * d + 2 * d * ff)


def matmul_peak(seconds: float = 3.0) -> float:
    """This machine's fp32 matrix-product rate (numpy, large square matrices), in FLOP/s."""
    import numpy as np

    m = np.random.default_rng(0).random((4096, 4096), dtype=np.float32)
    m @ m
    t, n = time.perf_counter(), 0
    while time.perf_counter() - t < seconds:
        m @ m
        n += 1
    return n * 2 * 4096 ** 3 / (time.perf_counter() - t)


def twice(n: int, repeat: int, backend: str) -> None:
    folder = corpus(n)
    firsts, reruns = [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="bench-cache-") as cache:
            first = run_compare(folder, Path(cache), ["--backend", backend])
            rerun = run_compare(folder, Path(cache), ["--backend", backend])
        firsts.append(first)
        reruns.append(rerun)
        same = _findings(first["report"]) == _findings(rerun["report"])
        print(f"first {first['wall']:.1f} s (peak {first['peak_mb']:.0f} MB), rerun {rerun['wall']:.1f} s "
              f"(peak {rerun['peak_mb']:.0f} MB, model ran on {rerun['report']['run']['embedded']} texts, "
              f"{rerun['report']['run']['cached_articles']} articles from cache); same findings: {same}")
        print("  first stages:", _fmt(stages_of(first)))
        print("  rerun stages:", _fmt(stages_of(rerun)))
    q = quality(firsts[0]["report"], folder)
    print(f"alignment on planted pairs: recall {q['recall']:.3f} precision {q['precision']:.3f}; "
          f"flags linking two stories {q['cross_story_flags']}")
    os.environ.setdefault("FACTCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="bench-cache-"))
    rates, _, _ = embed_rates(folder, ("torch", backend), max(3, repeat), sample=3000)
    rate, torch_rate = rates[backend], rates["torch"]
    speedup = rate / torch_rate
    print(f"embedding: {backend} {rate:.0f} claims/s, torch fp32 {torch_rate:.0f} claims/s (medians of {max(3, repeat)}, same claims)")
    first_s = statistics.median(r["wall"] for r in firsts)
    rerun_s = statistics.median(r["wall"] for r in reruns)
    peak = max(r["peak_mb"] for r in firsts + reruns)
    claims = len(firsts[0]["report"]["claims"])
    print(f"bench articles={n} claims={claims} first_s={first_s:.1f} rerun_s={rerun_s:.1f} "
          f"peak_mb={peak:.0f} embed_speedup={speedup:.2f}")


def exhaustive(n: int) -> None:
    """Findings with top-k candidates against scoring every cross-article pair, in this process."""
    sys.path.insert(0, str(ROOT))
    from factcheck.align import AlignConfig
    from factcheck.pipeline import Options, compare
    from factcheck.report import to_json

    folder = corpus(n)
    results = {}
    for name, config in (("top-k", AlignConfig()), ("exhaustive", AlignConfig(exhaustive=True))):
        report = compare(folder, Options(align=config, cache=False))
        results[name] = report
        q = quality(json.loads(to_json(report)), folder)
        print(f"{name:>10}: align {report.run['stages']['align']:.2f} s, {len(report.findings)} findings; planted pairs "
              f"recall {q['recall']:.3f} precision {q['precision']:.3f}; flags on unrelated sentences {q['mixed_flags']} "
              f"(linking two stories {q['cross_story_flags']})")
    a, b = (_findings_of(r) for r in results.values())
    print(f"same findings: {a == b} (only top-k: {len(a - b)}, only exhaustive: {len(b - a)})")


def backends(n: int, repeat: int) -> None:
    from factcheck.backends import BACKENDS

    rates, vectors, texts = embed_rates(corpus(n), ("torch", *[b for b in BACKENDS if b != "torch"]), repeat)
    count, flops, peak = len(texts), linear_flops(texts), matmul_peak()
    folders = [ROOT / "sources", *sorted(p / "sources" for p in (ROOT / "tests" / "stories").iterdir() if p.is_dir())]
    reference = {}
    print(f"{count} distinct claim texts of corpus-{n}; medians of {repeat}")
    print(f"fp32 matrix-product peak of this machine (numpy): {peak / 1e9:.0f} GFLOP/s")
    print(f"{'backend':>10} {'texts/s':>8} {'x torch':>8} {'GFLOP/s':>8} {'cos min':>8} {'cos mean':>8}  "
          f"findings as torch on {len(folders)} corpora")
    for b in rates:
        cos = (vectors[b] * vectors["torch"]).sum(axis=1)
        differ = []
        for folder in folders:
            with tempfile.TemporaryDirectory(prefix="bench-cache-") as cache:
                shutil.copytree(os.environ["FACTCHECK_CACHE_DIR"] + "/models", Path(cache) / "models")
                found = _findings(run_compare(folder, Path(cache), ["--backend", b])["report"])
            reference.setdefault(folder, found)
            if found != reference[folder]:
                differ.append(f"{folder.parent.name if folder.name == 'sources' else folder.name}: "
                              f"{len(found - reference[folder])} new, {len(reference[folder] - found)} gone")
        gflops = flops * rates[b] / count / 1e9
        print(f"{b:>10} {rates[b]:>8.0f} {rates[b] / rates['torch']:>8.2f} {gflops:>8.0f} {cos.min():>8.4f} {cos.mean():>8.4f}  "
              + ("same" if not differ else "; ".join(differ)))


def _findings(report: dict) -> set:
    return {(f["kind"], tuple(sorted(str(_cid(c)) for c in f["claims"]))) for f in report["findings"]}


def _findings_of(report) -> set:
    return {(f.kind.value, tuple(sorted(f.claims))) for f in report.findings}


def _fmt(stages: dict) -> str:
    return " ".join(f"{s}={stages.get(s, 0):.2f}" for s in STAGES if s in stages)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, help="one size, run twice (cold, warm cache)")
    ap.add_argument("--sizes", default="10,100,300,1000")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--backend", default=None)
    ap.add_argument("--exhaustive", type=int, metavar="N", help="compare top-k and exhaustive alignment on N articles")
    ap.add_argument("--backends", action="store_true", help="every backend side by side (speed, cosine, findings)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from factcheck.backends import DEFAULT_BACKEND

    backend = args.backend or DEFAULT_BACKEND
    if args.backends:
        os.environ.setdefault("FACTCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="bench-cache-"))
        backends(args.articles or 100, max(3, args.repeat))
    elif args.exhaustive:
        exhaustive(args.exhaustive)
    elif args.articles:
        twice(args.articles, args.repeat, backend)
    else:
        table([int(s) for s in args.sizes.split(",")], args.repeat, backend)
    return 0


if __name__ == "__main__":
    sys.exit(main())
