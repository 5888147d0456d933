"""Golden files: the whole Markdown, HTML and JSON report for a fixture story, byte for byte.

The run's own metadata (the marked Markdown line, the JSON "run" key) is left out of the
comparison. Regenerate after an intended change with FACTCHECK_REGENERATE=1 and review the diff.
"""
from __future__ import annotations

import json
import os

import pytest

from factcheck.pipeline import Options, compare
from factcheck.html import to_html
from factcheck.markdown import RUN_MARKER, to_markdown
from factcheck.report import to_json

from .conftest import ROOT

CASES = [("dam_flood", "fuzzy", Options(fuzzy_only=True))]


def stable_markdown(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith(RUN_MARKER)) + "\n"


def stable_json(text: str) -> str:
    data = json.loads(text)
    data.pop("run")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("story, mode, options", CASES, ids=[f"{s}-{m}" for s, m, _ in CASES])
def test_report_matches_golden_files(story, mode, options, monkeypatch):
    monkeypatch.chdir(ROOT)  # paths in the report are relative to the project
    folder = ROOT / "tests" / "fixtures" / story
    report = compare(folder.relative_to(ROOT), options)
    got = {"md": stable_markdown(to_markdown(report)), "json": stable_json(to_json(report)), "html": to_html(report)}
    expected = folder / "expected"
    for ext, text in got.items():
        path = expected / f"report-{mode}.{ext}"
        if os.environ.get("FACTCHECK_REGENERATE"):
            expected.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
        assert text == path.read_text(encoding="utf-8"), f"{path} differs; review, then FACTCHECK_REGENERATE=1"


def test_two_runs_differ_only_in_run_metadata():
    folder = (ROOT / "tests" / "fixtures" / "dam_flood")
    a, b = compare(folder, Options(fuzzy_only=True)), compare(folder, Options(fuzzy_only=True))
    assert stable_json(to_json(a)) == stable_json(to_json(b))
    assert stable_markdown(to_markdown(a)) == stable_markdown(to_markdown(b))
