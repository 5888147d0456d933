"""End to end through the CLI (typer's CliRunner): reports written, errors one line with an exit code."""
from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import ROOT

FLOOD = ROOT / "tests" / "fixtures" / "dam_flood"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, ["compare", *map(str, args)])


@pytest.fixture(scope="module")
def flood_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("flood")
    result = run(FLOOD, "--out", out / "r.md", "--json", out / "r.json")
    assert result.exit_code == 0, result.output
    return result, json.loads((out / "r.json").read_text()), (out / "r.md").read_text()


def by_text(report, *needles):
    ids = {c["id"]: c for c in report["claims"]}
    return [f for f in report["findings"]
            if all(any(n in ids[c]["text"] for c in f["claims"]) for n in needles)]


@pytest.mark.model
def test_compare_flags_the_evacuation_numbers_as_a_contradiction(flood_report):
    _, report, _ = flood_report
    [finding] = [f for f in by_text(report, "1,200", "2,100") if f["kind"] == "contradiction"]
    assert finding["aspect"] == "number"
    assert "1,200" in finding["reason"] and "2,100" in finding["reason"]


@pytest.mark.model
def test_compare_finds_gap_status_change_agreement_and_unique(flood_report):
    _, report, _ = flood_report
    kinds = {f["kind"] for f in by_text(report, "caused by a crack", "remains unclear")}
    assert "certainty_gap" in kinds
    assert "status_change" in {f["kind"] for f in by_text(report, "will open an inquiry", "opened an inquiry")}
    deaths = [f for f in by_text(report, "Two people died in the flood, according", "Two people were killed")
              if f["kind"] == "agreement"]
    assert deaths and deaths[0]["independent_sources"] == 2  # three articles, two of them quoting the coroner
    assert "both rest on county coroner" in deaths[0]["reason"]
    assert [f["kind"] for f in by_text(report, "hundreds of sheep")] == ["unique"]


@pytest.mark.model
def test_compatible_times_are_not_a_contradiction(flood_report):
    _, report, _ = flood_report
    assert not [f for f in by_text(report, "6:40 a.m.", "shortly before 7 a.m.") if f["kind"] == "contradiction"]


@pytest.mark.model
def test_json_follows_the_eval_schema_and_offsets_point_into_the_files(flood_report):
    _, report, _ = flood_report
    assert set(report) >= {"sources", "claims", "findings", "run"}
    texts = {s["id"]: (ROOT / s["path"]).read_text(encoding="utf-8") if not s["path"].startswith("/")
             else open(s["path"], encoding="utf-8").read() for s in report["sources"]}
    for claim in report["claims"]:
        assert texts[claim["source"]][claim["start"]:claim["end"]] == claim["text"]
        assert texts[claim["source"]].count("\n", 0, claim["start"]) + 1 == claim["line"]
    assert {f["kind"] for f in report["findings"]} <= {"agreement", "contradiction", "certainty_gap", "status_change", "unique"}
    assert [s["outlet"] for s in report["sources"]] == ["Daily Ledger", "River Times", "Valley Courier"]


@pytest.mark.model
def test_markdown_opens_with_the_summary_and_grid_then_flags_in_plain_words(flood_report):
    result, _, markdown = flood_report
    assert "Compared 3 articles (18 claims)" in result.output
    first_screen = "\n".join(markdown.splitlines()[:40])
    assert "## Summary" in first_screen and "## Fact grid" in first_screen
    summary = markdown.split("## Summary", 1)[1].split("##", 1)[0]
    assert "- Evacuations: 1,200 residents (Valley Courier, citing county fire chief) against about 2,100 " \
           "residents (River Times, citing officials)." in summary
    grid = markdown.split("## Fact grid", 1)[1].split("\n## ", 1)[0]
    assert "| Fact | State | Daily Ledger | River Times | Valley Courier |" in grid
    assert "| Evacuations [#1](#finding-1) | **contested** | – | about 2,100 residents (officials) |" in grid
    flags = markdown.split("## What to check", 1)[1].split("\n## ", 1)[0]
    first = flags.split("### 2.", 1)[0]
    assert "### 1. Evacuations: figures differ" in first
    assert "Valley Courier says 1,200 residents, citing county fire chief; River Times says about 2,100" in first
    assert "About 2,100 residents were evacuated" in first and "evacuated 1,200 residents" in first
    assert flags.index("figures differ") < flags.index("Planned or done")
    assert markdown.index("## What to check") < markdown.index("## Agreements") < markdown.index("## Sources")


def test_fuzzy_only_runs_without_the_model(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "torch", None)  # importing torch now fails
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    result = run(FLOOD, "--fuzzy-only", "--out", tmp_path / "r.md")
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["model"] == "none (--fuzzy-only)"
    assert any(f["kind"] == "agreement" for f in report["findings"])


def test_default_names_never_overwrite(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        assert run(FLOOD, "--fuzzy-only").exit_code == 0
    names = sorted(p.name for p in (tmp_path / "reports").iterdir())
    assert len(names) == 6 and any("-2.md" in n for n in names) and any("-2.html" in n for n in names)


def test_existing_report_needs_force(tmp_path):
    (tmp_path / "r.md").write_text("keep me")
    result = run(FLOOD, "--fuzzy-only", "--out", tmp_path / "r.md")
    assert result.exit_code == 5
    assert "exists; use --force" in result.output
    assert (tmp_path / "r.md").read_text() == "keep me"
    assert run(FLOOD, "--fuzzy-only", "--out", tmp_path / "r.md", "--force").exit_code == 0
    assert (tmp_path / "r.md").read_text().startswith("# Inquiry opens into Harlow Dam failure")
    assert (tmp_path / "r.html").read_text().startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing", "does not exist"),
    (lambda p: (p / "a.txt").write_text("x") and p / "a.txt", "is a file, not a folder"),
    (lambda p: (p / "empty").mkdir() or p / "empty", "is empty"),
], ids=["missing", "file", "empty"])
def test_bad_sources_folder_is_one_line_and_exit_3(tmp_path, make, message):
    result = run(make(tmp_path), "--fuzzy-only", "--out", tmp_path / "r.md")
    assert result.exit_code == 3
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "r.md").exists()


def test_a_single_article_is_not_enough(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(FLOOD / "valley_courier.md", src)
    result = run(src, "--fuzzy-only", "--out", tmp_path / "r.md")
    assert result.exit_code == 3 and "at least two" in result.output


def test_a_model_path_that_is_not_a_model_is_exit_4(tmp_path):
    result = run(FLOOD, "--model", tmp_path, "--out", tmp_path / "r.md")
    assert result.exit_code == 4
    assert "not a sentence-transformers model folder" in result.output and "--fuzzy-only" in result.output


def test_help_lists_exit_codes():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "Exit codes" in result.output
    assert "compare" in result.output


def test_help_and_fuzzy_path_import_neither_torch_nor_spacy():
    import subprocess
    import sys

    code = ("import sys, factcheck.cli, factcheck.align, factcheck.report; "
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'onnxruntime', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


ARTICLE = """Quake shakes the northern valley
State television said the quake measured 4.7, while the seismological agency put the magnitude at 4.9.
The tremor killed 3 people and injured at least 40, the governor said.
"""


def test_facts_shows_each_claim_where_it_stands_and_each_number_with_its_source(tmp_path):
    path = tmp_path / "quake.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["facts", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"{path}: 3 claims"
    assert "line 2 [33:135]: State television said the quake measured 4.7, while the seismological agency put " \
           "the magnitude at 4.9." in lines
    assert "  number  '4.7': 4.7 magnitude, counts magnitude, per state television, reported" in lines
    assert "  number  '4.9': 4.9 magnitude, counts magnitude, per seismological agency, reported" in lines
    assert "  number  'at least 40': 40, (injury), at least, per governor, reported" in lines


def test_facts_json_is_one_line_per_claim_in_the_newsquant_scorer_shape(tmp_path):
    path = tmp_path / "quake.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["facts", str(path), "--json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["line"] for r in records] == [1, 2, 3]
    assert ARTICLE[records[2]["start"]:records[2]["end"]] == records[2]["text"]
    deaths, injured = records[2]["quantities"]
    assert (deaths["value"], deaths["event"], deaths["change"]) == (3, "death", "=")
    assert (injured["value"], injured["event"], injured["change"], injured["base"]["high"]) == (40, "injury", ">", None)
    assert records[2]["attribution"]["name"] == "governor"


def test_facts_on_a_missing_file_is_one_line_and_exit_3(tmp_path):
    result = runner.invoke(app, ["facts", str(tmp_path / "nope.txt")])
    assert result.exit_code == 3
    assert result.output.strip() == f"factcheck error: {tmp_path / 'nope.txt'} is not a file; give one article (.txt, .md or .html)"
