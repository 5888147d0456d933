"""Editors decide, the tool remembers: stable finding ids, review decisions kept across reruns,
what changed since the last run, and comparing two files directly (.txt, .md, .docx, .pdf)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import ROOT

FLOOD = ROOT / "tests" / "fixtures" / "dam_flood"
runner = CliRunner()

# A fourth report on the flood: its evacuation figure joins the evacuation contradiction, and it
# states the death toll the other three agree on.
LATE = """---
outlet: Millbrook Star
published: 2024-04-12
---
Flood inquiry hears from residents
About 1,600 residents were evacuated from Pike Hollow and Aldermere, the mayor said.
Two people died in the flood, the county coroner said.
"""
# A report on something else entirely: it must not move any finding's id.
UNRELATED = """---
outlet: Valley Sports
published: 2024-04-10
---
Millbrook Rovers win the county cup
The Rovers beat Ashford 3-1 in the final on Tuesday evening.
"""


def compare(folder: Path, reports: Path, *extra: str):
    """Run compare with default report names; the JSON it wrote and its path."""
    before = set(reports.glob("*.json")) if reports.exists() else set()
    result = runner.invoke(app, ["compare", str(folder), "--fuzzy-only", "--reports", str(reports), *extra])
    assert result.exit_code == 0, result.output
    (report,) = set(reports.glob("*.json")) - before
    return json.loads(report.read_text()), report


def flags(data: dict) -> dict[str, dict]:
    return {f["id"]: f for f in data["findings"] if f["kind"] != "unique"}


def review(report: Path, fid: str, status: str, note: str = "") -> None:
    result = runner.invoke(app, ["review", str(report), fid, "--status", status, "--note", note, "--by", "ana"])
    assert result.exit_code == 0, result.output


def test_decisions_carry_over_to_the_next_run_and_a_joined_finding_is_marked_changed(tmp_path):
    src, reports = tmp_path / "flood", tmp_path / "reports"
    shutil.copytree(FLOOD, src, ignore=shutil.ignore_patterns("expected"))
    first, path = compare(src, reports)
    by_kind = {f["kind"]: f["id"] for f in first["findings"]}
    evacuations = next(f["id"] for f in first["findings"] if f.get("slot") == "evacuations" and f["kind"] == "contradiction")
    deaths = next(f["id"] for f in first["findings"] if f.get("slot") == "deaths" and f["kind"] == "agreement")
    plan = by_kind["status_change"]
    assert all(f["since"] == "new" for f in first["findings"])
    review(path, evacuations, "confirmed", "fire chief's figure is the official one")
    review(path, plan, "dismissed", "two different inquiries")
    review(path, deaths, "needs-call")
    day = next(f["id"] for f in first["findings"] if f["kind"] == "agreement" and "date" in (f.get("subject") or ""))
    review(path, day, "false-positive", "Monday is the day the dam broke, not news")
    (src / "millbrook_star.md").write_text(LATE, encoding="utf-8")
    second, path2 = compare(src, reports)
    assert path2 != path and path.exists()  # the earlier report is kept
    now = flags(second)
    assert now[evacuations]["review"]["status"] == "confirmed"
    assert now[evacuations]["review"]["changed_since_review"] is True  # the new article joins it
    assert now[evacuations]["since"] == "changed"
    assert any("millbrook_star" in c for c in now[evacuations]["evidence"])
    assert now[plan]["review"]["status"] == "dismissed" and now[plan]["review"]["changed_since_review"] is False
    assert now[deaths]["review"]["status"] == "needs-call"
    assert now[plan]["since"] == "unchanged"
    assert now[day]["review"]["status"] == "false-positive"
    fresh = [f for f in second["findings"] if f["since"] == "new"]
    assert fresh and all(f["review"] is None for f in fresh)
    assert any("millbrook_star" in e for f in fresh for e in f["evidence"])
    markdown = path2.with_suffix(".md").read_text()
    assert "Since the last run" in markdown and "**changed since reviewed**" in markdown
    closing = markdown.split("## Dismissed and false positives", 1)[1]
    assert plan in closing and "**dismissed** by ana" in closing
    assert plan not in markdown.split("## What to check", 1)[1].split("## Agreements", 1)[0]
    html = path2.with_suffix(".html").read_text()
    assert "changed since reviewed" in html and "Dismissed and false positives" in html
    log = runner.invoke(app, ["review", str(path2), "--log"])
    assert log.exit_code == 0 and len(log.output.strip().splitlines()) == 4 and "dismissed" in log.output


def ids(data: dict) -> dict[tuple, str]:
    return {(f["kind"], tuple(sorted(f["evidence"]))): f["id"] for f in data["findings"]}


def test_finding_ids_survive_an_unrelated_article_and_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "flood"
    shutil.copytree(FLOOD, src, ignore=shutil.ignore_patterns("expected"))
    base, _ = compare(src, tmp_path / "r1")
    cached, _ = compare(src, tmp_path / "r2")  # read back from the cache
    uncached, _ = compare(src, tmp_path / "r3", "--no-cache")
    assert ids(base) == ids(cached) == ids(uncached)
    (src / "sports.md").write_text(UNRELATED, encoding="utf-8")
    widened, _ = compare(src, tmp_path / "r5")
    before = {i for (kind, _), i in ids(base).items() if kind != "unique"}
    after = {i for (kind, _), i in ids(widened).items() if kind != "unique"}
    assert before <= after


def test_file_order_does_not_change_ids(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(FLOOD, a, ignore=shutil.ignore_patterns("expected"))
    b.mkdir()
    for f in sorted(a.iterdir(), reverse=True):  # written in the opposite order
        shutil.copy(f, b / f.name)
    first, _ = compare(a, tmp_path / "ra")
    second, _ = compare(b, tmp_path / "rb")
    assert [f["id"] for f in first["findings"]] == [f["id"] for f in second["findings"]]


def test_a_malformed_review_file_names_the_line_exits_6_and_is_left_alone(tmp_path):
    src, reports = tmp_path / "flood", tmp_path / "reports"
    shutil.copytree(FLOOD, src, ignore=shutil.ignore_patterns("expected"))
    _, path = compare(src, reports)
    broken = "- id: f-1234abcd\n  status: confirmed\n- id: f-5678abcd\n  status: maybe\n"
    review_file = reports / "flood.review.yaml"
    review_file.write_text(broken, encoding="utf-8")
    result = runner.invoke(app, ["compare", str(src), "--fuzzy-only", "--reports", str(reports)])
    assert result.exit_code == 6
    assert result.output.strip().splitlines()[-1].startswith("factcheck error:") and "line 3" in result.output
    assert "status 'maybe'" in result.output
    result = runner.invoke(app, ["review", str(path), "f-1234abcd", "--status", "confirmed"])
    assert result.exit_code == 6 and "line 3" in result.output
    review_file.write_text("- id: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["review", str(path), "--log"])
    assert result.exit_code == 6 and "line 1" in result.output and "Traceback" not in result.output
    assert review_file.read_text(encoding="utf-8") == "- id: [unclosed\n"


def test_an_unknown_finding_id_is_refused(tmp_path):
    src, reports = tmp_path / "flood", tmp_path / "reports"
    shutil.copytree(FLOOD, src, ignore=shutil.ignore_patterns("expected"))
    _, path = compare(src, reports)
    result = runner.invoke(app, ["review", str(path), "f-00000000", "--status", "confirmed"])
    assert result.exit_code == 6 and "no finding f-00000000" in result.output
    assert not (reports / "flood.review.yaml").exists()
    result = runner.invoke(app, ["review", str(path), "f-00000000", "--status", "great"])
    assert result.exit_code == 2


def test_compare_two_files_directly(tmp_path):
    reports = tmp_path / "reports"
    a, b = FLOOD / "river_times.md", FLOOD / "valley_courier.md"
    result = runner.invoke(app, ["compare", str(a), str(b), "--fuzzy-only", "--reports", str(reports)])
    assert result.exit_code == 0, result.output
    data = json.loads(next(reports.glob("*.json")).read_text())
    assert [s["id"] for s in data["sources"]] == ["river_times", "valley_courier"]
    assert any(f.get("slot") == "evacuations" and f["kind"] == "contradiction" for f in data["findings"])
    assert next(reports.glob("*.md")).name.startswith("river_times-vs-valley_courier-")
    result = runner.invoke(app, ["compare", str(a), "--fuzzy-only", "--reports", str(reports)])
    assert result.exit_code == 3 and "is a file, not a folder" in result.output
    result = runner.invoke(app, ["compare", str(a), str(tmp_path / "nope.txt"), "--fuzzy-only", "--reports", str(reports)])
    assert result.exit_code == 3 and "nope.txt does not exist" in result.output
