"""The report as an editor reads it: the first screen says what to check, sentences are plain,
and the raw Markdown reads clean (escapes only where a character would act)."""
from __future__ import annotations

import re

import pytest

from factcheck.markdown import escape, to_markdown
from factcheck.pipeline import Options, compare

from .conftest import ROOT

STORIES = sorted(p / "sources" for p in (ROOT / "tests" / "stories").iterdir() if (p / "sources").is_dir())
FOLDERS = [ROOT / "sources", *STORIES]


@pytest.fixture(scope="module")
def reports() -> dict[str, str]:
    return {folder.parent.name if folder.name == "sources" and folder.parent != ROOT else "seeds":
            to_markdown(compare(folder, Options(fuzzy_only=True))) for folder in FOLDERS}


def test_seed_report_has_few_backslashes_per_quoted_character(reports):
    markdown = reports["seeds"]
    quoted = sum(len(q) for q in re.findall(r"“([^”]*)”", markdown))
    backslashes = markdown.count("\\")
    assert quoted > 5000
    assert backslashes * 1000 / quoted < 5, (backslashes, quoted)


@pytest.mark.parametrize("name", ["seeds", *(p.parent.name for p in STORIES)])
def test_first_screen_has_the_summary_and_the_grid(reports, name):
    markdown = reports[name]
    first = markdown.splitlines()[:40]
    assert first[0].startswith("# ") and "## Summary" in first
    summary = markdown.split("## Summary\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert 1 <= len(summary) <= 6 and all(line.startswith("- ") and line.endswith(".") for line in summary)
    assert "## Fact grid" in first or "## What to check" in first
    flags = markdown.split("## What to check", 1)[1].split("\n## ", 1)[0]
    for debug in ("(sources differ)", "[shared:", "pair(s)", "asserted, the article itself"):
        assert debug not in flags  # the judge's reasons stay in the JSON
    if "Nothing contested" not in flags:
        assert "Why flagged:" in flags and re.search(r"^### 1\. ", flags, re.M)


def test_escape_leaves_ordinary_punctuation_alone():
    text = "Al-Sharaa (the leader) said 40.5% of 1,200 residents - nearly half - were evacuated!"
    assert escape(text) == text
    assert escape("snake_case_name") == "snake_case_name"
    assert escape("# not a heading") == "\\# not a heading" and escape("# inline", start=False) == "# inline"
    assert escape("1. first") == "1\\. first" and escape("- item") == "\\- item"
