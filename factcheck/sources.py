"""Sources: a folder of articles -> ``list[Article]``.

Owns discovery (which files are articles), decoding (encodings, BOMs, HTML), the
optional YAML front matter, the article's own date, and the lines that are about the
article rather than the story (timestamps, datelines, bylines, URLs, credits), which it
records as spans. Leaves sentences to ``claims``.
Problems with one file are warnings (the file is skipped); problems with the folder
are a ``SourceError``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import SourceError
from .models import Article

LOGGER = logging.getLogger("factcheck")

TEXT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_SUFFIXES = {".html", ".htm"}
DOCUMENT_SUFFIXES = {".docx", ".pdf"}  # containers: their text is extracted, and the size limit applies to it too
READABLE = "factcheck reads .txt, .md, .html, .docx and .pdf"
DEFAULT_MAX_BYTES = 5_000_000  # a long feature is ~100 KB; 5 MB is a log or a dump, not an article
# Magic numbers of the binary files people drop into folders by mistake.
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"BM")

FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.path}: {self.reason}"


def load_articles(source: Path | list[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Article], list[Skipped]]:
    """Read every article in a folder (sorted by name), or exactly the files given; return the
    articles and what was skipped.

    Raises SourceError when the folder or a file is missing, or fewer than two articles are readable.
    """
    if isinstance(source, (list, tuple)) and len(source) == 1:
        source = source[0]
    if isinstance(source, (list, tuple)):
        return _load_files([Path(p) for p in source], max_bytes)
    folder = Path(source)
    if not folder.exists():
        raise SourceError(f"{folder} does not exist; give the folder that holds the articles")
    if not folder.is_dir():
        raise SourceError(f"{folder} is a file, not a folder; put the articles in a folder and give its path, "
                          "or give two or more files")
    root = folder.resolve()
    candidates = sorted(p for p in folder.iterdir() if not _ignored(p.name))
    if not candidates:
        raise SourceError(f"{folder} is empty; put two or more .txt, .md or .html articles in it")
    articles, skipped = _read_all(candidates, max_bytes, root)
    readable = [a for a in articles if a.duplicate_of is None]
    if len(readable) < 2:
        found = ", ".join(a.path for a in readable) or "none"
        raise SourceError(f"{folder} has {len(readable)} readable article(s) ({found}); comparing needs at least two")
    return articles, skipped


def _load_files(paths: list[Path], max_bytes: int) -> tuple[list[Article], list[Skipped]]:
    """Exactly the files given ("compare a.txt b.md"), sorted by name so that their order does not matter."""
    for path in paths:
        if not path.exists():
            raise SourceError(f"{path} does not exist; give articles that exist")
        if path.is_dir():
            raise SourceError(f"{path} is a folder; give either one folder or two or more files")
    articles, skipped = _read_all(sorted(set(paths), key=lambda p: (p.name, str(p))), max_bytes, None)
    readable = [a for a in articles if a.duplicate_of is None]
    if len(readable) < 2:
        why = "; ".join(str(x) for x in skipped) or "the same text twice"
        raise SourceError(f"{len(readable)} of the {len(paths)} files given can be compared ({why}); comparing needs at least two")
    return articles, skipped


def _read_all(candidates: list[Path], max_bytes: int, root: Path | None) -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    seen: dict[str, str] = {}
    for path in candidates:
        display = str(path)
        suffix = path.suffix.lower()
        if suffix not in TEXT_SUFFIXES and suffix not in HTML_SUFFIXES and suffix not in DOCUMENT_SUFFIXES:
            if path.is_file():
                skipped.append(Skipped(display, f"not an article ({suffix or 'no extension'}); {READABLE}"))
            continue
        try:
            if root is not None and path.is_symlink() and not path.resolve().is_relative_to(root):
                skipped.append(Skipped(display, "symlink to a file outside the folder, not followed"))
                continue
            if not path.is_file():
                continue
            article = read_article(path, max_bytes)
        except Unreadable as why:
            skipped.append(Skipped(display, str(why)))
            continue
        digest = hashlib.sha256(" ".join(article.text[article.body_start:].split()).encode()).hexdigest()
        if digest in seen:
            article = replace(article, duplicate_of=seen[digest])
            skipped.append(Skipped(display, f"same text as {seen[digest]}; compared once, not counted as corroboration"))
        else:
            seen[digest] = article.id
        articles.append(article)
    return _unique_ids(articles), skipped


class Unreadable(Exception):
    """This file is not an article we can read; the message says why."""


def _ignored(name: str) -> bool:
    # Hidden files (.DS_Store, .git), editor backups (notes.md~, #notes.md#) and lock files.
    return name.startswith((".", "#", "~$")) or name.endswith(("~", ".swp", ".bak", ".tmp"))


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one file into an Article. Raises Unreadable with a reason when it is not readable text."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Unreadable(f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:g} MB limit (--max-size)")
        data = path.read_bytes()
    except PermissionError:
        raise Unreadable("permission denied") from None
    except OSError as err:
        raise Unreadable(f"cannot be read ({err.strerror or err})") from None
    if not data.strip():
        raise Unreadable("empty file")
    suffix = path.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        from .documents import read_document

        return read_document(path, data, max_bytes)
    if data.startswith(BINARY_MAGIC):
        raise Unreadable("binary file (PDF, image or archive), not text")
    text, encoding = decode(data)
    if text is None:
        raise Unreadable("binary or undecodable content, not text")
    if not text.strip():
        raise Unreadable("only whitespace")
    article_id = path.stem
    if path.suffix.lower() in HTML_SUFFIXES:
        return _html_article(path, article_id, text, encoding)
    body_start, meta = _front_matter(text)
    if not text[body_start:].strip():
        raise Unreadable("front matter but no article text")
    lines = find_metadata(text, body_start)
    published, published_from = _as_date(meta.get("published") or meta.get("date")), "front matter"
    if published is None:
        published, published_from = lines.published, "text"
    return Article(
        id=article_id,
        path=str(path),
        text=text,
        body_start=body_start,
        title=_as_str(meta.get("title")),
        outlet=_as_str(meta.get("outlet") or meta.get("source") or meta.get("publisher")),
        url=_as_str(meta.get("url") or meta.get("link")),
        published=published,
        published_from=published_from if published else None,
        format=TEXT_SUFFIXES.get(path.suffix.lower(), "text"),
        encoding=encoding,
        place=lines.place,
        credit=lines.credit,
        metadata_lines=lines.spans,
    )


WESTERN = ("cp1252", "iso8859_15", "latin_1")


def decode(data: bytes) -> tuple[str | None, str]:
    """Decode bytes: BOMs and valid UTF-8 first, then charset-normalizer's best guess.

    >>> decode("café".encode("cp1252"))[0]
    'café'
    """
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None, codec
    if b"\x00" in data[:4096]:
        return None, ""  # NUL bytes without a UTF-16 BOM: binary
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None, ""
    # On short texts several code pages decode equally cleanly (cp775, cp1250, cp1252 ...):
    # among those tied for the least chaos, take Windows-1252, the web's default for
    # undeclared Western text (WHATWG Encoding: "latin1" labels mean windows-1252).
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + 1e-6]
    best = next((m for m in tied if m.encoding in WESTERN), matches[0] if matches[0] in tied else tied[0])
    return str(best), best.encoding


def _front_matter(text: str) -> tuple[int, dict]:
    """Offset of the body and the parsed YAML front matter (Jekyll/Hugo/Obsidian style)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return (1 if text.startswith("\ufeff") else 0), {}
    import yaml

    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError:
        LOGGER.warning("front matter is not valid YAML; read as text")
        return 0, {}
    if not isinstance(meta, dict):
        return 0, {}
    return match.end(), meta


def _as_str(value) -> str | None:
    return None if value is None else str(value).strip() or None


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


# --- lines about the article, not the story ------------------------------------------------
#
# News copy carries lines that say when, where and by whom an article was filed, not what
# happened: a timestamp ("Updated: November 11, 2011 20:09 IST"), a wire dateline opening the
# first sentence ("KABUL (Reuters) - "), a byline, a URL, a photo credit. Read as claims, two
# articles would "disagree" on their own filing times, and a dateline would glue a place and
# an agency onto the first fact. They are found here, where the article's date is read, and
# recorded on the Article; ``claims`` leaves them out.

MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
WEEKDAY = (r"(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
           r"|sat(?:urday)?|sun(?:day)?)")
CALENDAR_WORD = re.compile(rf"{MONTH}|{WEEKDAY}")

# A timestamp is made only of numbers, month and weekday names, and these words: its label
# ("Posted on", "Last updated at"), clock words ("a. m.", "hrs", ordinals split off "5th") and
# "2 hours ago". A line with any other word says something, so it stays a claim.
STAMP_WORDS = frozenset(
    "posted updated update published first last date edited time article on at of "
    "am pm a p m hrs hr h noon midnight st nd rd th today yesterday ago "
    "min mins minute minutes hour hours day days week weeks month months year years".split()
)
# Time zones as printed; only in capitals, so "west" or "wet" in a sentence stays a word.
TIME_ZONES = frozenset(
    "GMT UTC UK ET EST EDT CT CST CDT MT MST MDT PT PST PDT HST AKST BST IST CET CEST EET EEST "
    "WET WEST MSK HKT SGT JST KST AEST AEDT ACST AWST NZST NZDT".split()
)
# ... and it holds a date or a clock time: label words alone ("Updated") are no stamp.
STAMP_ANCHOR = re.compile(
    rf"\b{MONTH}\b[.,\s-]*\d|\d(?:st|nd|rd|th)?[\s,-]*(?:of\s+)?{MONTH}\b"  # "Nov 12", "5th March", "19-Dec"
    r"|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}"  # "3/4/2012", "02.29.12", "2013-09-26"
    r"|\d{1,2}\s*:\s*\d{2}|\d{1,2}\s*[ap]\.?\s*m\b"  # "20:09", "9: 03am" (ECB+ spacing), "9 a.m."
    r"|\d+\s+[a-z]+\s+ago\b",  # "2 hours ago"
    re.I,
)
# "Posted on 3/4/2012 by admin": a stamp may end with who posted it.
POSTED_BY = re.compile(r"((?:posted|updated|published)\b.*?)\s+by\s+\S+(?:\s+\S+){0,2}", re.I)
WORD = re.compile(r"[^\W\d_]+|\d+")

# A date in a stamp or dateline that states day, month and year: the article's own date.
STATED_DATE = re.compile(
    rf"\b{MONTH}\.?\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}\b",
    re.I,
)

# Wire services whose copy many outlets print. Named alone before a date ("AFP, Tuesday 2 Jul
# 2013") or after a byline ("By JANE SMITH, Associated Press") they are the article's agency,
# not a place or a desk. Inside a dateline's brackets any name is the agency ("(CNN) --").
WIRES = frozenset([
    "ap", "associated press", "the associated press", "reuters", "thomson reuters", "afp",
    "agence france-presse", "agence france presse", "pti", "press trust of india", "ians", "ani", "upi",
    "united press international", "xinhua", "dpa", "kyodo", "yonhap", "bloomberg", "efe", "ansa", "tass",
    "itar-tass", "ria novosti", "interfax", "bernama", "antara", "anadolu agency", "the canadian press",
    "canadian press", "aap", "australian associated press",
])

# A wire dateline: the place in capitals ("NEW DELHI", "ST. LOUIS") or as a name ("Kabul"),
# a region ("Calif.", "Afghanistan"), a date, the agency in brackets ("(Reuters)", "/PRNewswire/"),
# then a dash or colon before the story. A place written as a name needs a date or an agency
# (else "Smith — the mayor's brother — said" would be a dateline); a party tag "(R-Texas)" is
# no agency.
CAPS_WORD = r"[A-Z][A-Z.'’-]+"
NAME_WORD = r"[A-Z][a-z][\w.'’-]*"
DATELINE_START = re.compile(
    rf"(?P<place>{CAPS_WORD}(?:\s+{CAPS_WORD}){{0,3}}|{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
    rf"(?P<region>,\s*(?!{MONTH}\b|{WEEKDAY}\b)[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){{0,2}})?"
    rf"(?P<date>,?\s+(?:{WEEKDAY}\.?,?\s+)?(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{MONTH}\.?)(?:,?\s+\d{{4}})?)?"
    r"(?:\s*\((?![RDI]-)(?P<agency>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\)|\s*/(?P<wire>[A-Z][\w-]+)/)?"
    r"(?P<dash>\s*[—–]|\s*--|(?:\s|(?<=[)/]))-|\s*:)?\s*"
)
# Kickers print like a capitalised place before a colon or dash; they open headlines, not datelines.
KICKERS = frozenset([
    "breaking", "breaking news", "update", "updated", "exclusive", "report", "watch", "video", "photos", "live",
    "opinion", "analysis", "editorial", "correction", "clarification", "note", "editor's note", "review", "poll",
    "factbox", "timeline",
])
# Words that open a sentence before a date or a dash and are no place: "On March 3 — two days
# after the vote — police said", "Since April 2 (local time) - ...". (spaCy's stop-word list
# would do, but importing spaCy costs seconds on a run whose claims all come from the cache.)
NOT_PLACES = frozenset(
    "on in at by since until till from before after during through around about between as of for to "
    "the a an this that these those last next early late mid then but and or so yet when while".split()
)
DATELINE_LINES = 6  # a dateline opens the story: it is looked for in the first lines only

# Bylines: "By" and names ("By Jane Smith", "By JANE SMITH, Associated Press", "By Jane Smith
# and Ali Khan | Reuters"), and the wire's "Reporting by ...; Editing by ...". A name is a few
# capitalised words: "By then", "By the time" and "By 6:40 a.m." start with no name, and
# "By Friday, Microsoft was aware" starts with a weekday.
BYLINE = re.compile(r"by\s+(?P<names>.+)", re.I)
CONTRIBUTORS = re.compile(
    r"(?:additional\s+)?(?:reporting|writing|editing|compiled|written|research|produced)"
    r"(?:\s+and\s+\w+)?\s+by\s+(?P<names>.+)", re.I)
NAME_SEPARATORS = re.compile(r"\s*[,;|/&]\s*|\s+[-—–]\s+|\s+(?:and|via|for)\s+")
# Small words inside names and desks: "Press Trust of India", "Jane de Vries", "Ali al-Hassan".
NAME_PARTICLES = frozenset("of the in at to de du da di van von der den la le y al el bin ibn abu".split())
NAME_TOKEN = re.compile(r"[A-Z][\w.'’-]*|(?:al|el|bin|abu)-[A-Z][\w'’-]*")

# Photo credits: "Photo: AP", "(Photo by John Doe/Getty Images)", "Image copyright Reuters",
# "Picture: Getty", "File photo", "Credit: ...", "AP Photo/Jane Doe"; and copyright notices.
# The credit must be names: "Photo: A firefighter battles the blaze" is a caption, a claim.
CREDIT_LABEL = (r"(?:file\s+(?:photo|picture|image)|(?:photo|image|picture)\s+credit|photo(?:graph)?s?"
                r"|pictures?|images?|video|credit|source)")
CREDIT = re.compile(rf"{CREDIT_LABEL}(?:(?:\s*:\s*|\s+(?:by|copyright|credit|courtesy(?:\s+of)?|via)\s+)(?P<names>.+))?", re.I)
COURTESY = re.compile(r"courtesy\s+(?:of\s+)?(?P<names>.+)", re.I)
AGENCY_PHOTO = re.compile(r"(?P<names>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?i:photo|photograph|images?)\s*/.+)")
COPYRIGHT = re.compile(r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,120}", re.I)

# A URL alone on a line, also as ECB+ prints it split at its dots ("http: / / business. t-mobile.
# com / blackberry-q10"), or under a short label ("Source: www.example.com").
URL = re.compile(r"(?i:https?://|www\.)[^\s<>]+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/[^\s<>]*)?")
URL_LABEL = re.compile(r"[A-Za-z]+(?:\s+[A-Za-z]+){0,3}\s*:\s+")
# Markup around a whole line: Markdown headings, quotes, bullets, emphasis; brackets round a credit.
AROUND = " \t#>*_-+[]()<>"


@dataclass(frozen=True)
class Metadata:
    """What an article's own lines say about it: metadata spans, dateline place, agency, date."""

    spans: tuple[tuple[int, int, str], ...] = ()  # (start, end, kind) in the text, in order
    place: str | None = None
    credit: str | None = None
    published: dt.date | None = None


# Which line's agency is the article's: its dateline's, else its byline's, else a credit's
# (a photo may come from another wire than the text).
CREDIT_ORDER = ("dateline", "byline", "credit")


def find_metadata(text: str, start: int = 0) -> Metadata:
    """Timestamps, datelines, bylines, URLs and credits in ``text[start:]``, one line at a time.

    A line that is all metadata is one span; a dateline that opens a sentence is a span up to
    where the sentence begins. ``published`` is the first date stated in full by a timestamp
    or a dateline.

    >>> m = find_metadata("Thirty killed in Kabul blast\\nBy Jane Smith\\nKABUL (Reuters) - Thirty people died.\\n")
    >>> m.spans, m.place, m.credit
    (((29, 42, 'byline'), (43, 61, 'dateline')), 'KABUL', 'Reuters')
    """
    spans: list[tuple[int, int, str]] = []
    agencies: dict[str, str] = {}
    place = published = None
    pos, seen, prose, opened = start, 0, 0, False
    for raw in text[start:].splitlines(keepends=True):
        line_start, pos = pos, pos + len(raw)
        line = raw.strip()
        if not line:
            continue
        s = line_start + raw.index(line[0])
        seen += 1
        kind, where, agency = _metadata_line(line, first=seen == 1)
        end = s + len(line)
        if kind is None and not opened and prose < DATELINE_LINES:
            found = _dateline_start(line.lstrip(AROUND))
            if found is not None:
                # the span runs from the line's start (markup included) to where the story begins
                end = s + len(line) - len(line.lstrip(AROUND)) + found[0]
                kind, where, agency = "dateline", found[1], found[2]
                opened = True
        if kind is None:
            prose += 1
            continue
        spans.append((s, end, kind))
        place = place or where
        if agency:
            agencies.setdefault(kind, agency)
        if published is None and kind in ("timestamp", "dateline"):
            published = _stated_date(text[s:end])
    credit = next((agencies[k] for k in CREDIT_ORDER if k in agencies), None)
    return Metadata(tuple(spans), place, credit, published)


def _metadata_line(line: str, first: bool) -> tuple[str | None, str | None, str | None]:
    """(kind, place, agency) of a line that is all metadata; (None, None, None) for any other."""
    bare = line.strip(AROUND)
    if not bare:
        return None, None, None
    if _timestamp(bare):
        return "timestamp", None, None
    dated = _dateline_start(bare, whole_line=True)
    if dated is not None:
        return "dateline", dated[1], dated[2]
    if _url(bare):
        return "url", None, None
    # A headline is never a byline: "By Land and Sea, Navy Hunts Pirates" reads as names.
    names = None if first else _byline(bare)
    if names is not None:
        return "byline", None, _wire(names)
    names = _credit(bare)
    if names is not None:
        return "credit", None, _wire(names)
    return None, None, None


def _timestamp(line: str) -> bool:
    """Whether the line only says when: "Updated: November 11, 2011 20:09 IST", "Sat Nov 12 2011, 01:19 hrs"."""
    posted = POSTED_BY.fullmatch(line)
    if posted:
        line = posted.group(1)
    words = WORD.findall(line)
    return bool(words) and STAMP_ANCHOR.search(line) is not None and all(
        w.isdigit() or w.lower() in STAMP_WORDS or w in TIME_ZONES or CALENDAR_WORD.fullmatch(w) for w in words)


def _dateline_start(line: str, whole_line: bool = False) -> tuple[int, str | None, str | None] | None:
    """(where the story starts, place, agency) when ``line`` opens with a wire dateline.

    With ``whole_line``, only a line that is all dateline ("INDONESIA, July 2, 2013",
    "AFP, Tuesday 2 Jul 2013", "SUNNYVALE, Calif. —2 / 29 / 2012") counts.
    """
    m = DATELINE_START.match(line)
    if not m:
        return None
    first_word = m.group("place").split()[0].rstrip(".").lower()
    if m.group("place").lower() in KICKERS or CALENDAR_WORD.fullmatch(first_word) or first_word in NOT_PLACES:
        return None  # "UPDATE:", "March 3 —", "On March 3 — two days after the vote —"
    agency = m.group("agency") or m.group("wire")
    dated = m.group("date") is not None or agency is not None
    place = m.group("place") + (m.group("region") or "")
    if place.lower() in WIRES:
        place, agency = None, agency or place
    rest = line[m.end():]
    if not dated and not m.group("place").isupper():
        return None  # a name and a dash open plenty of sentences
    if whole_line:
        # the dateline alone, or followed by the time it was filed
        if (dated and not rest) or (rest and (dated or m.group("dash")) and _timestamp(rest)):
            return m.end(), place, agency
        return None
    if not m.group("dash") or not re.match(r"[\"'“‘(\w]", rest) or not re.search(r"[a-z]", rest):
        return None  # no story after it, or a capitalised headline ("REPORT: RED SOX MAKE ...")
    if not dated and (m.group("dash").strip() == ":" or not re.match(r"[\"'“‘(A-Z0-9]", rest)):
        # "NCAA: Improper gifts ..." is a kicker; "NATO — the alliance — said" an aside, where
        # a story would open with a capital
        return None
    return m.end(), place, agency


def _url(line: str) -> bool:
    """Whether the line is only a URL, maybe under a label ("Source: www.example.com")."""
    label = URL_LABEL.match(line)
    if label and not line.lower().startswith(("http", "www")):
        line = line[label.end():]
    # ECB+ spaces out the punctuation of a URL; a space between two words is prose
    return not re.search(r"\w\s+\w", line) and URL.fullmatch(re.sub(r"\s+", "", line)) is not None


def _byline(line: str) -> str | None:
    """The names a byline gives, joined by "; "; None when the line is no byline."""
    parts = [CONTRIBUTORS.fullmatch(p.strip()) for p in line.split(";")]
    rest: list[str] = []
    if all(parts):
        # "Reporting by Jane Smith in Kabul; Editing by Tom Lee"
        names = [n for p in parts for n in NAME_SEPARATORS.split(p.group("names").strip(" ."))]
    else:
        head, *rest = re.split(r"\s+\|\s+", line)
        m = BYLINE.fullmatch(head)
        if not m:
            return None
        names = NAME_SEPARATORS.split(m.group("names").strip(" ."))
        if not names[0].split():
            return None  # "By &": no name
        if CALENDAR_WORD.fullmatch(names[0].split()[0].rstrip(".,")):
            return None  # "By Friday, Microsoft was aware"
    if not all(_is_name(n) for n in names) or not all(_is_name(r) or _timestamp(r) for r in rest):
        return None
    return "; ".join(names + rest)


def _credit(line: str) -> str | None:
    """The names a photo credit or copyright line gives ("" for "File photo"); None when it is no credit."""
    if COPYRIGHT.fullmatch(line):
        return re.sub(r"(?i)^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*\d{4}\s*", "", line).split(".")[0]
    m = CREDIT.fullmatch(line.rstrip(":.")) or COURTESY.fullmatch(line.rstrip(":.")) or AGENCY_PHOTO.fullmatch(line)
    if not m:
        return None
    names = [n for n in NAME_SEPARATORS.split(m.group("names") or "") if n]
    if names and m.re is AGENCY_PHOTO:
        names[0] = re.sub(r"(?i)\s+(?:photo|photograph|images?)$", "", names[0])
    if not all(_is_name(n) for n in names):
        return None
    # "Source" and "Video" alone are words of a sentence fragment, not a credit
    return "; ".join(names) if names or re.match(r"(?i)file\b|photo", line) else None


def _is_name(text: str) -> bool:
    """A person, desk or agency as bylines print them: up to six capitalised words and particles."""
    words = text.split()
    return 0 < len(words) <= 6 and NAME_TOKEN.fullmatch(words[0]) is not None and all(
        NAME_TOKEN.fullmatch(w) or w in NAME_PARTICLES for w in words)


def _wire(names: str | None) -> str | None:
    """The wire service among a byline's or credit's names ("By JANE SMITH, Associated Press")."""
    for name in (names or "").split("; "):
        if name.strip().lower() in WIRES:
            return name.strip()
    return None


def _stated_date(text: str) -> dt.date | None:
    m = STATED_DATE.search(text)
    if not m:
        return None
    import dateparser

    found = re.sub(r"\s*/\s*", "/", " ".join(m.group().split()))
    parsed = dateparser.parse(found, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def dateline(body: str) -> dt.date | None:
    """The article's date from its lines: a date, timestamp or dated wire dateline.

    >>> dateline("Storm closes port\\nUpdated: November 11, 2011 20:09 IST\\nThe port closed.\\n")
    datetime.date(2011, 11, 11)
    """
    return find_metadata(body).published


def _html_article(path: Path, article_id: str, html: str, encoding: str) -> Article:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None:
        raise Unreadable("HTML page with no article text that could be extracted")
    get = extracted.get if isinstance(extracted, dict) else lambda k: getattr(extracted, k, None)
    body = (get("text") or "").strip()
    if not body:
        raise Unreadable("HTML page with no article text that could be extracted")
    title = _as_str(get("title"))
    text = f"{title}\n{body}\n" if title and not body.startswith(title) else body + "\n"
    lines = find_metadata(text)
    published, published_from = _as_date(get("date")), "html"
    if published is None:
        published, published_from = lines.published, "text"
    return Article(
        id=article_id,
        path=str(path),
        text=text,
        title=title,
        outlet=_as_str(get("sitename")),
        url=_as_str(get("url")),
        published=published,
        published_from=published_from if published else None,
        format="html",
        encoding=encoding,
        place=lines.place,
        credit=lines.credit,
        metadata_lines=lines.spans,
    )


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Ids are file stems; two files with one stem ("a.md", "a.txt") keep their full names."""
    stems: dict[str, int] = {}
    for a in articles:
        stems[a.id] = stems.get(a.id, 0) + 1
    return [replace(a, id=os.path.basename(a.path)) if stems[a.id] > 1 else a for a in articles]
