"""The on-disk cache, the embedding backends and progress reporting, end to end where it matters.

Each test gets its own cache folder (FACTCHECK_CACHE_DIR); runs that must prove what a process
imported run in a subprocess.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.markdown import RUN_MARKER

from .conftest import ROOT, SESSION_CACHE, STORIES

FLOOD = ROOT / "tests" / "fixtures" / "dam_flood"
runner = CliRunner()


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    """An empty cache folder of the test's own, whose models/ is the session's (each export happens once)."""
    folder = tmp_path / "cache"
    folder.mkdir()
    (SESSION_CACHE / "models").mkdir(parents=True, exist_ok=True)
    (folder / "models").symlink_to(SESSION_CACHE / "models")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


def compare(folder, out, *extra, env=None):
    """`factcheck compare` in a fresh process; returns (report JSON, stderr, modules it imported)."""
    code = ("import sys, atexit; atexit.register(lambda: print('IMPORTED', sorted(m for m in "
            "('torch', 'sentence_transformers', 'onnxruntime', 'spacy') if m in sys.modules), file=sys.stderr)); "
            "from factcheck.cli import entrypoint; sys.argv = ['factcheck'] + sys.argv[1:]; entrypoint()")
    args = [sys.executable, "-c", code, "compare", str(folder), "--out", str(out), "--force", *extra]
    proc = subprocess.run(args, capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    imported = [line for line in proc.stderr.splitlines() if line.startswith("IMPORTED")][-1]
    return json.loads(out.with_suffix(".json").read_text()), proc.stderr, imported


def findings(report):
    return [(f["kind"], f["claims"], f["reason"]) for f in report["findings"]]


@pytest.mark.model
def test_second_run_reads_everything_back_and_never_loads_a_model(cache, tmp_path):
    first, _, imported_first = compare(FLOOD, tmp_path / "a.md")
    assert first["run"]["embedded"] > 0 and first["run"]["cached_articles"] == 0
    assert "onnxruntime" in imported_first and "spacy" in imported_first
    (tmp_path / "again").mkdir()  # another folder, so that the report says nothing of the first run
    second, stderr, imported = compare(FLOOD, tmp_path / "again" / "b.md")
    assert second["run"]["embedded"] == 0
    assert second["run"]["cached_articles"] == len(second["sources"])
    assert "model" not in second["run"]["stages"] and "align" not in second["run"]["stages"]  # the comparison too
    assert "torch" not in imported and "onnxruntime" not in imported, imported  # no runtime was even imported
    assert findings(second) == findings(first) and second["claims"] == first["claims"]
    strip = lambda text: [line for line in text.splitlines() if not line.startswith(RUN_MARKER)]  # noqa: E731
    assert strip((tmp_path / "a.md").read_text()) == strip((tmp_path / "again" / "b.md").read_text())


@pytest.mark.model
def test_an_edited_article_is_read_again_and_the_rest_come_from_the_cache(cache, tmp_path):
    folder = tmp_path / "src"
    shutil.copytree(FLOOD, folder)
    compare(folder, tmp_path / "a.md")
    victim = sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt"))[0]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text + "\nA newly added sentence about the reservoir gauges says 17 of them failed.\n",
                      encoding="utf-8")
    report, _, _ = compare(folder, tmp_path / "b.md")
    assert report["run"]["cached_articles"] == len(report["sources"]) - 1
    assert report["run"]["embedded"] == 1  # only the new sentence
    assert any("17 of them failed" in c["text"] for c in report["claims"])


@pytest.mark.model
def test_other_options_compare_again_from_cached_claims_and_embeddings(cache, tmp_path):
    first, _, _ = compare(FLOOD, tmp_path / "a.md")
    again, _, _ = compare(FLOOD, tmp_path / "b.md", "--threshold", "0.9")
    assert "align" in again["run"]["stages"] and again["run"]["embedded"] == 0
    assert again["options"]["threshold"] == 0.9 and len(again["findings"]) != len(first["findings"])


@pytest.mark.model
def test_no_cache_neither_reads_nor_writes(cache, tmp_path):
    report, _, _ = compare(FLOOD, tmp_path / "a.md", "--no-cache")
    assert report["run"]["cached_articles"] == 0 and report["run"]["embedded"] > 0
    assert not (cache / "factcheck-cache.sqlite").exists()


@pytest.mark.model
def test_concurrent_runs_share_one_cache(cache, tmp_path):
    code = "from factcheck.cli import entrypoint; import sys; sys.argv = ['factcheck'] + sys.argv[1:]; entrypoint()"
    procs = [subprocess.Popen([sys.executable, "-c", code, "compare", str(FLOOD), "--out", str(tmp_path / f"{i}.md"),
                               "--quiet"], cwd=ROOT, stderr=subprocess.PIPE, text=True) for i in range(3)]
    for p in procs:
        assert p.wait() == 0, p.stderr.read()
    reports = [json.loads((tmp_path / f"{i}.json").read_text()) for i in range(3)]
    assert all(findings(r) == findings(reports[0]) for r in reports)
    after, _, imported = compare(FLOOD, tmp_path / "after.md")
    assert after["run"]["embedded"] == 0 and findings(after) == findings(reports[0])


def test_an_unreadable_cache_is_a_warning_not_an_error(cache, tmp_path):
    (cache / "factcheck-cache.sqlite").write_bytes(b"this is not a database" * 100)
    result = runner.invoke(app, ["compare", str(FLOOD), "--out", str(tmp_path / "r.md"), "--fuzzy-only"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "cache" in line and "unusable" in line]
    assert len(warnings) == 1 and "factcheck cache clear" in warnings[0]
    assert (tmp_path / "r.json").exists()


def test_cache_clear_removes_only_its_own_files(cache, tmp_path):
    assert runner.invoke(app, ["compare", str(FLOOD), "--out", str(tmp_path / "r.md"), "--fuzzy-only"]).exit_code == 0
    (cache / "notes.txt").write_text("the user's own file")
    info = runner.invoke(app, ["cache", "info"])
    assert info.exit_code == 0 and str(cache) in info.output and "articles:   " in info.output
    assert int(info.output.split("articles:")[1].split()[0]) == len(list(FLOOD.glob("*.md")) + list(FLOOD.glob("*.txt")))
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0, cleared.output
    assert sorted(p.name for p in cache.iterdir()) == ["notes.txt"]
    assert (SESSION_CACHE / "models").is_dir()  # a symlinked models folder is unlinked, not emptied


def test_fuzzy_only_runs_still_cache_claims_and_facts(cache, tmp_path):
    for name in ("a", "b"):
        result = runner.invoke(app, ["compare", str(FLOOD), "--out", str(tmp_path / f"{name}.md"), "--fuzzy-only"])
        assert result.exit_code == 0, result.output
    a, b = (json.loads((tmp_path / f"{n}.json").read_text()) for n in "ab")
    assert b["run"]["cached_articles"] == len(b["sources"]) and findings(a) == findings(b)


def test_an_unknown_backend_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["compare", str(FLOOD), "--out", str(tmp_path / "r.md"), "--backend", "tensorflow"])
    assert result.exit_code == 2 and "onnx" in result.output


@pytest.mark.model
@pytest.mark.parametrize("backend", ["onnx", "onnx-int8"])
def test_exported_backends_stay_within_cosine_099_of_torch(cache, backend):
    from factcheck.backends import load_model
    from factcheck.embed import THREADS, SentenceEmbedder

    texts = [line for p in sorted((STORIES / "ferry" / "sources").iterdir())
             for line in p.read_text(encoding="utf-8").splitlines() if len(line.split()) > 3]
    reference = SentenceEmbedder(backend="torch")
    ref = reference.encode(texts)
    fast = load_model(reference.path, backend, reference.model_key(), THREADS).encode(texts)
    cosine = (ref * fast).sum(axis=1)
    assert cosine.min() >= 0.99, cosine.min()
    assert np.allclose(np.linalg.norm(fast, axis=1), 1, atol=1e-4)


@pytest.mark.model
def test_int8_vectors_barely_depend_on_their_batch(cache):
    from factcheck.backends import load_model
    from factcheck.embed import THREADS, SentenceEmbedder

    texts = ["The bridge reopened on Monday after repairs.", "Three people died, police said.",
             "Shares of the company fell sharply in early trading on Tuesday morning after the results."] * 3
    e = SentenceEmbedder(backend="onnx-int8")
    model = load_model(e.path, "onnx-int8", e.model_key(), THREADS)
    together = model.encode(texts)
    alone = np.concatenate([model.encode([t]) for t in texts])
    assert (together * alone).sum(axis=1).min() > 0.999  # per-token int8 scales: padding moves it a little, neighbours do not


@pytest.mark.model
def test_default_backend_gives_the_same_findings_as_torch(cache, tmp_path):
    folder = STORIES / "chip_takeover" / "sources"
    default, _, _ = compare(folder, tmp_path / "a.md", "--no-cache")
    torch, _, _ = compare(folder, tmp_path / "b.md", "--no-cache", "--backend", "torch")
    assert default["options"]["backend"] == "onnx" and torch["options"]["backend"] == "torch"
    assert findings(default) == findings(torch)


def test_progress_ticks_add_up_to_each_stage_total(cache):
    from factcheck.pipeline import Options, compare as run_compare

    seen = {}

    def progress(stage, total):
        seen[stage] = [total, 0]

        def tick(n):
            seen[stage][1] += n
        return tick

    report = run_compare(FLOOD, Options(fuzzy_only=True, cache=False), progress=progress)
    assert seen["segment"] == [len(report.articles), len(report.articles)]
    assert seen["facts"] == [len(report.claims), len(report.claims)]
    assert {"load", "align", "judge"} <= set(seen)


def test_no_progress_output_when_stderr_is_not_a_terminal(cache, tmp_path):
    result = runner.invoke(app, ["compare", str(FLOOD), "--out", str(tmp_path / "r.md"), "--fuzzy-only"])
    assert result.exit_code == 0
    assert all(line.startswith(("Compared", "Report:", "HTML:", "JSON:")) for line in result.output.splitlines()), result.output
