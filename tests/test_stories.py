"""End to end on our own story corpora (tests/stories/*: invented articles with a gold file of
what a careful fact-checker expects, in ../shared/eval's format): every expected finding not
marked ``known_miss`` must be found, and no forbidden finding may appear (precision first).

The corpora cover every finding kind and contradiction aspect, compatible values that must not
be flagged (rounding, nearby times, converted units, overlapping ranges, updated counts), and
two similar but different events (harbour_fires) that must never be set against each other, and a
desk's folder of three events weeks apart (river_bridges).
Run with the packaged model, as a user would.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

STORIES = sorted(p for p in (Path(__file__).parent / "stories").iterdir() if (p / "gold.json").exists())


def claim_matches(claim: dict, sources: dict, want: dict) -> bool:
    where = f"{claim['source']} {sources[claim['source']]['path']}".lower()
    return want["source"].lower() in where and want["text"].lower() in claim["text"].lower()


def finding_matches(finding: dict, rule: dict, claims: dict, sources: dict) -> bool:
    if finding["kind"] not in rule["kinds"]:
        return False
    members = [claims[c] for c in finding["claims"]]
    hits_a = [i for i, c in enumerate(members) if claim_matches(c, sources, rule["a"])]
    if "b" not in rule:
        return bool(hits_a)
    hits_b = [i for i, c in enumerate(members) if claim_matches(c, sources, rule["b"])]
    return any(i != j for i in hits_a for j in hits_b)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Each story compared once per mode through the CLI."""
    out = {}
    runner = CliRunner()
    for story in STORIES:
        tmp = tmp_path_factory.mktemp(story.name)
        js = tmp / "report.json"
        result = runner.invoke(app, ["compare", str(story / "sources"), "--out", str(tmp / "report.md"),
                                     "--json", str(js), "--quiet"])
        assert result.exit_code == 0, result.output
        out[story.name] = json.loads(js.read_text(encoding="utf-8"))
    return out


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_expected_findings_are_found_and_forbidden_ones_are_not(story, reports):
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    report = reports[story.name]
    claims = {c["id"]: c for c in report["claims"]}
    sources = {s["id"]: s for s in report["sources"]}
    missed = [r["id"] for r in gold["expect"] if not r.get("known_miss")
              and not any(finding_matches(f, r, claims, sources) for f in report["findings"])]
    false_flags = [(r["id"], f["reason"]) for r in gold["forbid"] for f in report["findings"]
                   if finding_matches(f, r, claims, sources)]
    assert missed == []
    assert false_flags == []


def test_the_corpora_cover_every_kind_and_aspect():
    kinds, aspects = set(), set()
    for story in STORIES:
        for rule in json.loads((story / "gold.json").read_text(encoding="utf-8"))["expect"]:
            if not rule.get("known_miss"):
                kinds.update(rule["kinds"])
                aspects.add(rule.get("aspect"))
    assert kinds >= {"contradiction", "certainty_gap", "status_change", "agreement", "unique"}
    assert aspects >= {"number", "date", "entity", "negation"}


def test_two_fires_a_week_apart_are_two_events(reports):
    report = reports["harbour_fires"]
    events = sorted(sorted(e) for e in report["events"])
    assert events == [["fire1_bay_chronicle", "fire1_harlow_echo"], ["fire2_bay_chronicle", "fire2_harlow_echo"]]
    assert report["event_splits"] and all("March" in s["example"] for s in report["event_splits"])


def test_a_desk_folder_of_three_events_weeks_apart_is_split_by_their_opening_lines(reports):
    """Two bridge collapses near one town, March and May, and a barn fire there in January: the
    same happening on days weeks apart is two events, and so are two happenings weeks apart."""
    report = reports["river_bridges"]
    events = sorted(sorted(e) for e in report["events"])
    assert events == [["january_barn_gazette"], ["march_corve_gazette", "march_corve_herald"],
                      ["may_tane_gazette", "may_tane_herald"]]
    assert any("March 2, 2025" in s["example"] and "May 14, 2025" in s["example"] for s in report["event_splits"])
