"""Segmentation: claims give back their exact text by offsets; abbreviations do not split sentences."""
from __future__ import annotations

import pytest

from factcheck.claims import split_claims
from factcheck.models import Article
from factcheck.sources import _front_matter


def article(text, fmt="text", aid="a"):
    start, _ = _front_matter(text)
    return Article(id=aid, path=f"{aid}.md", text=text, body_start=start, format=fmt)


def texts(a):
    return [c.text for c in split_claims([a])]


def test_offsets_round_trip_and_lines_count_from_one():
    a = article("Storm closes port\nThe port closed at 3 p.m. on Monday. Ships waited offshore.\n\nIt reopened Tuesday.\n")
    claims = split_claims([a])
    assert [c.text for c in claims] == ["Storm closes port", "The port closed at 3 p.m. on Monday.",
                                       "Ships waited offshore.", "It reopened Tuesday."]
    for c in claims:
        assert a.text[c.start:c.end] == c.text
    assert [c.line for c in claims] == [1, 2, 2, 4]
    assert [c.headline for c in claims] == [True, False, False, False]


@pytest.mark.parametrize("sentence", [
    "Lt. Col. Jane Smith said the U.S. Navy ship docked at 3 p.m. on Monday.",
    "Gen. Alan Ward told reporters the budget grew 3.4 percent to $2.5 billion.",
    "Dr. Mara Quinn and Mr. Tom Hale met at 10 a.m. in St. Albans.",
])
def test_abbreviations_and_decimals_do_not_split(sentence):
    assert texts(article(f"Headline here\n{sentence} A second sentence follows.\n"))[1:] == [
        sentence, "A second sentence follows."]


def test_crlf_line_endings_keep_offsets_and_lines():
    a = article("Fire at mill\r\nThe mill burned on Friday.\r\nNo one was hurt.\r\n")
    claims = split_claims([a])
    assert [(c.text, c.line) for c in claims] == [("Fire at mill", 1), ("The mill burned on Friday.", 2),
                                                 ("No one was hurt.", 3)]
    assert all(a.text[c.start:c.end] == c.text for c in claims)


def test_front_matter_is_not_read_as_claims_and_markdown_marks_are_trimmed():
    text = "---\ntitle: Bridge shut\noutlet: Post\n---\n# Bridge shut after crash\n> The bridge was closed on Sunday.\n- Traffic was diverted.\n"
    a = article(text, "markdown")
    claims = split_claims([a])
    assert [c.text for c in claims] == ["Bridge shut after crash", "The bridge was closed on Sunday.",
                                       "Traffic was diverted."]
    assert claims[0].headline and claims[0].line == 5
    assert all(a.text[c.start:c.end] == c.text for c in claims)


def test_quotes_stay_with_their_sentence():
    got = texts(article("Title\n“We will rebuild,” the mayor said. Work starts in May.\n"))
    assert got[1:] == ["“We will rebuild,” the mayor said.", "Work starts in May."]


def test_claims_are_numbered_across_articles_and_duplicates_are_skipped():
    a, b = article("One fact here.\n", aid="a"), article("Another fact here.\n", aid="b")
    dup = Article(id="c", path="c.md", text="One fact here.\n", duplicate_of="a")
    claims = split_claims([a, b, dup])
    assert [(c.id, c.source) for c in claims] == [("c1", "a"), ("c2", "b")]


def test_metadata_spans_give_no_claim_and_a_dateline_is_cut_off_its_sentence():
    text = "Updated: May 3, 2019\nPort reopens\nBy Ana Ruiz\nVIGO (Reuters) - The port reopened. Ships sailed.\n"
    stamp, byline, dateline = text.index("Updated"), text.index("By Ana"), text.index("VIGO")
    spans = ((stamp, stamp + 20, "timestamp"), (byline, byline + 11, "byline"), (dateline, dateline + 17, "dateline"))
    a = Article(id="a", path="a.txt", text=text, metadata_lines=spans)
    claims = split_claims([a])
    assert [(c.text, c.line, c.headline) for c in claims] == [
        ("Port reopens", 2, True), ("The port reopened.", 4, False), ("Ships sailed.", 4, False)]
    assert all(a.text[c.start:c.end] == c.text for c in claims)
