"""Lines about the article, not the story: timestamps, wire datelines, bylines, URLs and photo
credits are found by ``sources``, recorded on the Article, and give no claim; a dateline that
opens a sentence is cut off it with exact offsets. Real sentences that look alike stay claims."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claims import split_claims
from factcheck.models import Article
from factcheck.sources import find_metadata, read_article

HEADLINE = "Ferry runs aground off Tarrow Point"
SENTENCE = "The ferry ran aground at dawn with 212 passengers on board."


def read(tmp_path, text, name="a.txt"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return read_article(path)


def claim_texts(article):
    claims = split_claims([article])
    assert all(article.text[c.start:c.end] == c.text for c in claims)
    return [c.text for c in claims]


@pytest.mark.parametrize("line, kind", [
    # publication timestamps and bare dates, as sites print them
    ("April 3, 2019", "timestamp"),
    ("Updated: April 3, 2019 14:25 IST", "timestamp"),
    ("Wed Apr 3 2019, 02:41 hrs", "timestamp"),
    ("APR. 3, 2019, 9:17 PM", "timestamp"),
    ("Wednesday, April 3, 2019 22:08", "timestamp"),
    ("Posted on 4/3/2019 by webdesk", "timestamp"),
    ("Last updated at 11:40 AM on 3rd April 2019", "timestamp"),
    ("Published: 03 Apr 2019 10:02 GMT | Updated: 03 Apr 2019 16:45 GMT", "timestamp"),
    ("03 / 04 / 2019 6: 05pm ET", "timestamp"),
    ("3 hours ago", "timestamp"),
    # a dateline alone on its line
    ("TARROW, April 3, 2019", "dateline"),
    ("HALDEN, Norway — 4 / 3 / 2019", "dateline"),
    # bylines
    ("By Maren Holt", "byline"),
    ("By MAREN HOLT, Associated Press", "byline"),
    ("By Maren Holt and Idris Okafor | Reuters", "byline"),
    ("BY MAREN HOLT AND IDRIS OKAFOR", "byline"),
    ("By Sven van der Berg, Staff Writer", "byline"),
    ("Reporting by Maren Holt in Tarrow; Editing by Idris Okafor", "byline"),
    ("(Additional reporting by Lena Park; Writing by Maren Holt; Editing by Tom Reyes)", "byline"),
    # URLs alone, also spaced out at their dots
    ("https://www.tarrowcourier.example/news/2019/04/ferry-aground.html", "url"),
    ("www.tarrowcourier.co.uk", "url"),
    ("http: / / www. tarrowcourier. example / ferry", "url"),
    ("Source: https://example.org/ferry", "url"),
    # photo credits and copyright lines
    ("Photo: AP", "credit"),
    ("(Photo by Maren Holt/Getty Images)", "credit"),
    ("Image copyright Reuters", "credit"),
    ("Picture: Getty", "credit"),
    ("File photo", "credit"),
    ("Credit: Idris Okafor/Tarrow Courier", "credit"),
    ("AP Photo/Maren Holt", "credit"),
    ("© 2019 Thomson Reuters. All rights reserved.", "credit"),
])
def test_metadata_line_is_not_a_claim(tmp_path, line, kind):
    a = read(tmp_path, f"{HEADLINE}\n{line}\n{SENTENCE}\n")
    assert claim_texts(a) == [HEADLINE, SENTENCE]
    start = a.text.index(line)
    assert a.metadata_lines == ((start, start + len(line), kind),)


@pytest.mark.parametrize("line, claim, place, credit", [
    ("TARROW (Reuters) - The ferry ran aground at dawn.", "The ferry ran aground at dawn.", "TARROW", "Reuters"),
    ("HALDEN, April 3, 2019 (AP) — The ferry ran aground at dawn.", "The ferry ran aground at dawn.", "HALDEN", "AP"),
    ("OSLO — The ferry ran aground at dawn.", "The ferry ran aground at dawn.", "OSLO", None),
    ("NEW DELHI, Apr 3 (PTI): The ferry ran aground at dawn.", "The ferry ran aground at dawn.", "NEW DELHI", "PTI"),
    ("Tarrow, Norway (CNN) -- The ferry ran aground at dawn.", "The ferry ran aground at dawn.", "Tarrow, Norway", "CNN"),
    ("ST. LOUIS, Mo., April 3, 2019 /PRNewswire/ -- Ferrix today announced a recall.",
     "Ferrix today announced a recall.", "ST. LOUIS, Mo.", "PRNewswire"),
])
def test_dateline_is_cut_off_the_sentence_it_opens(tmp_path, line, claim, place, credit):
    a = read(tmp_path, f"{HEADLINE}\r\n{line} Nobody was hurt.\r\n")
    claims = split_claims([a])
    assert [c.text for c in claims] == [HEADLINE, claim, "Nobody was hurt."]
    assert [c.line for c in claims] == [1, 2, 2]
    assert all(a.text[c.start:c.end] == c.text for c in claims)
    start = a.text.index(line)
    assert a.metadata_lines == ((start, claims[1].start, "dateline"),)
    assert (a.place, a.credit) == (place, credit)


def test_dateline_date_is_the_article_date_and_its_agency_outranks_a_photo_credit(tmp_path):
    a = read(tmp_path, f"{HEADLINE}\nPhoto: Getty Images\nHALDEN, April 3, 2019 (AP) — {SENTENCE}\n")
    assert claim_texts(a) == [HEADLINE, SENTENCE]
    assert (a.place, a.credit, a.published, a.published_from) == ("HALDEN", "AP", dt.date(2019, 4, 3), "text")


@pytest.mark.parametrize("line, date", [
    ("Updated: April 3, 2019 14:25 IST", dt.date(2019, 4, 3)),
    ("Wed Apr 3 2019, 02:41 hrs", dt.date(2019, 4, 3)),
    ("MAR. 14, 2018, 8:12 PM", dt.date(2018, 3, 14)),
    ("Posted on 4/3/2019 by webdesk", dt.date(2019, 4, 3)),  # month first, as US sites print it
    ("Last updated at 11:40 AM on 3rd April 2019", dt.date(2019, 4, 3)),
])
def test_timestamp_gives_the_article_date(tmp_path, line, date):
    a = read(tmp_path, f"{HEADLINE}\n{SENTENCE}\n{line}\n")
    assert (a.published, a.published_from) == (date, "text")


def test_front_matter_date_wins_over_a_timestamp(tmp_path):
    a = read(tmp_path, f"---\npublished: 2019-04-04\n---\n{HEADLINE}\nUpdated: April 3, 2019 14:25 IST\n{SENTENCE}\n", "a.md")
    assert (a.published, a.published_from) == (dt.date(2019, 4, 4), "front matter")
    assert claim_texts(a) == [HEADLINE, SENTENCE]


def test_agency_named_by_a_byline_is_the_credit(tmp_path):
    a = read(tmp_path, f"{HEADLINE}\nBy MAREN HOLT, Associated Press\n{SENTENCE}\n")
    assert (a.place, a.credit, a.published) == (None, "Associated Press", None)


@pytest.mark.parametrize("sentence", [
    "By then, all 40 crew members had been lifted off the deck.",
    "By the time rescue boats arrived, the tide had turned.",
    "By 6:40 a.m. the ferry was listing badly.",
    "By 6:40 a. m. the ferry was listing badly.",
    "By Friday, Ferrix said the hull had been inspected.",
    "By Land and Sea, the coast guard said the search would go on.",
    "Photo: A diver inspects the damaged hull on Thursday.",
    "Photos show the ferry tilted on the rocks at low tide.",
    "Pictures on local television showed passengers in life jackets.",
    "Reporting by the Courier found the route had no pilot.",
    "NATO — the alliance that ran the exercise — denied any part in it.",
    "On April 3 — a day before the inquiry — the captain resigned.",
    "The timetable is at tarrowferries.example.",
])
def test_sentences_that_look_like_metadata_stay_claims(tmp_path, sentence):
    a = read(tmp_path, f"{HEADLINE}\n{sentence}\n")
    assert claim_texts(a) == [HEADLINE, sentence]
    assert (a.metadata_lines, a.place, a.credit) == ((), None, None)


@pytest.mark.parametrize("headline", [
    "By Land and Sea, Coast Guard Hunts Missing Ferry",
    "UPDATE — Ferry Refloated at High Tide",
    "REPORT: FERRY OWNER TO FACE INQUIRY",
    "Exclusive: Ferry Owner Knew of Hull Crack",
])
def test_headline_that_opens_like_metadata_stays_a_claim(tmp_path, headline):
    a = read(tmp_path, f"{headline}\n{SENTENCE}\n")
    # spaCy's sentence recogniser splits "REPORT:" off on its own; nothing of the headline is dropped
    assert " ".join(claim_texts(a)[:-1]) == headline
    assert (a.metadata_lines, a.place) == ((), None)


def test_metadata_above_the_headline_leaves_the_headline_first(tmp_path):
    a = read(tmp_path, f"April 3, 2019\n{HEADLINE}\nBy Maren Holt\n{SENTENCE}\n")
    claims = split_claims([a])
    assert [(c.text, c.line, c.headline) for c in claims] == [(HEADLINE, 2, True), (SENTENCE, 4, False)]
    assert a.published == dt.date(2019, 4, 3)


def test_markdown_marks_around_metadata_lines(tmp_path):
    text = f"# {HEADLINE}\n\n*By Maren Holt*\n\n> TARROW (Reuters) - {SENTENCE}\n\n_Photo: AP_\n"
    a = read(tmp_path, text, "a.md")
    claims = split_claims([a])
    assert [c.text for c in claims] == [HEADLINE, SENTENCE]
    assert all(a.text[c.start:c.end] == c.text for c in claims)
    assert [k for _, _, k in a.metadata_lines] == ["byline", "dateline", "credit"]
    assert (a.place, a.credit) == ("TARROW", "Reuters")


def test_html_article_metadata_is_found_too(tmp_path):
    html = ("<html><head><title>Ferry runs aground</title></head><body><article><h1>Ferry runs aground</h1>"
            "<p>By Maren Holt</p><p>TARROW (Reuters) - The ferry ran aground at dawn with 212 passengers on "
            "board, the coast guard said on Wednesday, and tugs were sent from the harbour.</p>"
            "<p>Nobody was hurt, the operator said in a statement issued later that morning to reporters.</p>"
            "</article></body></html>")
    a = read(tmp_path, html, "a.html")
    texts = claim_texts(a)
    assert "By Maren Holt" not in texts
    assert texts[1].startswith("The ferry ran aground at dawn")
    assert (a.place, a.credit) == ("TARROW", "Reuters")


# Metadata-like pieces mixed with arbitrary text: whatever is found, claims keep exact offsets.
PIECES = st.one_of(
    st.characters(blacklist_categories=("Cs",)),
    st.sampled_from(["\n", "\r\n", " ", "By ", "Jane Smith", "KABUL", " (Reuters) - ", "Updated: ", "April 3, 2019",
                     " 14:25 IST", "Photo: AP", "www.example.com", " — ", "The ferry sank. ", "# ", "> ", "*"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=60).map("".join))
def test_claims_keep_exact_offsets_whatever_metadata_is_found(text):
    found = find_metadata(text)
    a = Article(id="a", path="a.md", text=text, format="markdown", metadata_lines=found.spans)
    claims = split_claims([a])
    assert all(text[c.start:c.end] == c.text and c.text.strip() == c.text for c in claims)
    assert all(x.end <= y.start for x, y in zip(claims, claims[1:]))
    assert not any(s <= c.start < e for c in claims for s, e, _ in found.spans)


def test_a_byline_with_no_name_is_no_byline_and_no_crash(tmp_path):
    # found by the property test below: "By &" once raised IndexError
    a = read(tmp_path, f"{HEADLINE}\nBy &\n{SENTENCE}\n")
    assert a.credit is None and SENTENCE in claim_texts(a)
