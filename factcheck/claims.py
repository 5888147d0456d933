"""Claims: ``Article`` -> ``list[Claim]``, one per sentence or headline, with exact offsets.

Owns sentence splitting (spaCy's statistical sentence recogniser, which knows "Lt.",
"U.S.", "p.m." and decimals) and Markdown line markup. A line of the file is a
paragraph: sentences never cross a line break, so a headline without a full stop is
its own claim. Lines that ``sources`` found to be about the article, not the story
(``article.metadata_lines``: timestamps, bylines, URLs, credits) give no claim, and a
wire dateline ("KABUL (Reuters) - ") is cut off the sentence it opens.
``article.text[claim.start:claim.end] == claim.text`` always holds.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .models import Article, Claim
from .nlp import pipeline

# Markdown that is layout, not words: headings, quotes, list bullets, emphasis around a line.
LINE_MARKUP = re.compile(r"(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+")
MIN_LETTERS = 3  # "---", "***", "1." and stray bullets are not claims


def split_claims(articles: Iterable[Article], first_id: int = 1, tick=None) -> list[Claim]:
    """Split articles into claims, numbered c1, c2... in article order.

    Duplicate articles (``duplicate_of`` set) give no claims: they are compared once.
    ``tick(n)`` (optional) is called as articles are done, for a progress bar.
    """
    articles = [a for a in articles if a.duplicate_of is None]
    spans: list[tuple[Article, int, int, str, bool]] = []
    for article in articles:
        spans.extend((article, *para) for para in paragraphs(article))
    nlp = pipeline("senter")
    claims: list[Claim] = []
    line_index = {a.id: _line_starts(a.text) for a in articles}
    docs = nlp.pipe((text for _, _, _, text, _ in spans), batch_size=256)
    current, done = None, 0
    for (article, start, _end, text, headline), doc in zip(spans, docs):
        if tick is not None and article is not current:
            if current is not None:
                tick(1)
                done += 1
            current = article
        for s, e in _sentence_spans(doc, text):
            if sum(ch.isalpha() for ch in text[s:e]) < MIN_LETTERS:
                continue
            a, b = start + s, start + e
            claims.append(
                Claim(
                    id=f"c{first_id + len(claims)}",
                    source=article.id,
                    text=article.text[a:b],
                    start=a,
                    end=b,
                    line=bisect.bisect_right(line_index[article.id], a),
                    headline=headline,
                )
            )
    if tick is not None:
        tick(len(articles) - done)
    return claims


# "Lt.", "Gen.", "Dr.", "St." opening a paragraph can be cut off as a sentence of their own.
ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.")


# Titles written before a name, which never end a sentence: "... pointed a gun at Sgt. | Mourad Mourad"
TITLES = frozenset("Mr. Mrs. Ms. Dr. Sgt. Lt. Gen. Col. Capt. Cpl. Pvt. Det. Insp. Supt. Sen. Rep. Gov. Prof. "
                   "Rev. Adm. Maj. Cmdr.".split())


def _sentence_spans(doc, text: str):
    """Sentence spans of one paragraph; a lone title abbreviation is joined to what follows."""
    carry = None
    for sent in doc.sents:
        s, e = _trim(text, sent.start_char, sent.end_char)
        if carry is not None:
            s, carry = carry, None
        words = text[s:e].split()
        short = len(words) <= 2 and sum(ch.isalpha() for ch in text[s:e]) <= 5
        if words and (short and (ABBREVIATION.fullmatch(words[-1]) or text[e:e + 1] == ".") or words[-1] in TITLES) \
                and e < len(text.rstrip()):
            carry = s
            continue
        yield s, e
    if carry is not None:
        yield _trim(text, carry, len(text))


def paragraphs(article: Article) -> list[tuple[int, int, str, bool]]:
    """(start, end, text, is_headline) for each non-empty line of the body, markup and metadata trimmed."""
    out = []
    metadata = sorted(article.metadata_lines)
    text = article.text
    pos = article.body_start
    first = True
    for line in text[pos:].splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        s, e = _trim(text, start, end)
        if s >= e:
            continue
        heading = False
        if article.format == "markdown":
            m = LINE_MARKUP.match(text, s, e)
            if m:
                heading = text[s] == "#"
                s = m.end()
            s, e = _trim(text, s, e)
        s, e = _trim(text, _after_metadata(metadata, s, e), e)
        if s >= e:
            continue  # a metadata line is not the headline either: the next line may be
        body = text[s:e]
        # A headline: the first line, a Markdown heading, or a short line without end punctuation.
        headline = first or heading or (len(body) < 120 and body[-1] not in ".!?\"'”’:;")
        first = False
        out.append((s, e, body, headline))
    return out


def _after_metadata(metadata, start: int, end: int) -> int:
    """Where the line ``start:end`` says something: ``end`` when it is all metadata, the end of
    a dateline that opens it, else ``start``. Spans begin at the line, before its markup."""
    for a, b, _kind in metadata:
        if a <= start < b:
            return min(b, end)
        if a > start:
            break
    return start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\r\n|\r|\n", text))
    return starts
