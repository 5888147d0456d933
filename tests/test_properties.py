"""Property-based tests (hypothesis): the segmenter's offsets always point at the claim text and
never crash on arbitrary unicode; escaped article text always renders as plain text in Markdown;
a large generated corpus gives the same report twice."""
from __future__ import annotations

import json
import re
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from factcheck.claims import split_claims
from factcheck.models import Article
from factcheck.markdown import escape

from .conftest import ROOT

# Text with line breaks of every kind, Markdown marks, quotes and characters from many scripts.
PIECES = st.one_of(
    st.characters(blacklist_categories=("Cs",)),
    st.sampled_from(list("\n\r\t .!?\"'“”‘’—–-*#>|`[]()_~<&\u2028\x85") + ["\r\n", "Dr. ", "U.S. ", "3.5 ", "..."]),
)
UNICODE_TEXT = st.lists(PIECES, max_size=200).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(UNICODE_TEXT)
def test_segmenter_offsets_round_trip_on_any_text(text):
    article = Article(id="a", path="a.txt", text=text)
    claims = split_claims([article])
    breaks = re.compile(r"\r\n|\r|\n")  # a lone CR (old Mac files) ends a line, as editors show it
    lines = breaks.split(text)
    for c in claims:
        assert text[c.start:c.end] == c.text
        assert c.text.strip() == c.text and c.text
        assert 1 <= c.line <= len(lines)
        assert len(breaks.findall(text, 0, c.start)) + 1 == c.line
    starts = [c.start for c in claims]
    assert starts == sorted(starts) and all(a.end <= b.start for a, b in zip(claims, claims[1:]))


MD = MarkdownIt("commonmark").enable("table")


PRINTABLE = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(" \t\n"), max_size=300)


def test_control_characters_become_spaces():
    assert escape("a\x00b\x1bc\x85d") == "a b c d"


@settings(max_examples=300, deadline=None)
@given(PRINTABLE)
def test_escaped_text_renders_as_exactly_that_text(text):
    expected = " ".join(text.split())
    tokens = MD.parse(escape(text))
    if not expected:
        assert tokens == []
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children
    assert all(t.type == "text" for t in children), [t.type for t in children]
    assert "".join(t.content for t in children) == expected


@settings(max_examples=200, deadline=None)
@given(PRINTABLE, PRINTABLE)
def test_escaped_text_cannot_break_a_table_row(left, right):
    table = f"| a | b |\n|---|---|\n| {escape(left)} | {escape(right)} |\n"
    tokens = MD.parse(table)
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 2
    inline = [t for t in tokens if t.type == "inline"][2:]
    assert ["".join(c.content for c in t.children) for t in inline] == [" ".join(left.split()), " ".join(right.split())]


def test_hostile_article_text_and_file_names_render_safely(tmp_path):
    """A file whose name and text carry Markdown, HTML and link syntax: the report shows them as
    text (no script, no link, no heading, no broken table)."""
    from typer.testing import CliRunner

    from factcheck.cli import app

    src = tmp_path / "src"
    src.mkdir()
    hostile = "# Heading? | pipe | `code` <script>alert(1)</script> [click](javascript:alert(1)) " + "x" * 3000
    (src / "weird | name [1].md").write_text(f"{hostile}\nThe mayor said 40 homes were flooded in Aldermere.\n")
    (src / "plain ümlaut name.md").write_text("The mayor said 45 homes were flooded in Aldermere.\n")
    result = CliRunner().invoke(app, ["compare", str(src), "--fuzzy-only", "--out", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    html = MarkdownIt("commonmark").enable("table").render((tmp_path / "r.md").read_text())
    assert "<script>" not in html and 'href="javascript' not in html
    assert "<h1>Heading" not in html
    assert "weird | name [1].md" in (tmp_path / "r.md").read_text().replace("\\", "")


def test_soak_200_generated_articles_twice_give_identical_reports(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import build

    from factcheck.pipeline import Options, compare
    from factcheck.markdown import to_markdown
    from factcheck.report import to_json

    build(tmp_path / "corpus", 200, seed=11)
    outputs = []
    for _ in range(2):
        report = compare(tmp_path / "corpus", Options(fuzzy_only=True))
        data = json.loads(to_json(report))
        data.pop("run")
        markdown = "\n".join(line for line in to_markdown(report).splitlines() if not line.startswith("<!-- run"))
        outputs.append((json.dumps(data, sort_keys=True), markdown))
    assert len(json.loads(outputs[0][0])["sources"]) == 200
    assert outputs[0] == outputs[1]
