"""Sources: a folder of articles -> ``list[Article]``.

Owns discovery (which files are articles), decoding (encodings, BOMs, HTML), the
optional YAML front matter and the article's own date. Leaves sentences to ``claims``.
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


def load_articles(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Article], list[Skipped]]:
    """Read every article in ``folder`` (sorted by name); return the articles and what was skipped.

    Raises SourceError when the folder is missing, not a folder, or has fewer than two articles.
    """
    folder = Path(folder)
    if not folder.exists():
        raise SourceError(f"{folder} does not exist; give the folder that holds the articles")
    if not folder.is_dir():
        raise SourceError(f"{folder} is a file, not a folder; put the articles in a folder and give its path")
    root = folder.resolve()
    articles: list[Article] = []
    skipped: list[Skipped] = []
    seen: dict[str, str] = {}
    candidates = sorted(p for p in folder.iterdir() if not _ignored(p.name))
    if not candidates:
        raise SourceError(f"{folder} is empty; put two or more .txt, .md or .html articles in it")
    for path in candidates:
        display = str(path)
        suffix = path.suffix.lower()
        if suffix not in TEXT_SUFFIXES and suffix not in HTML_SUFFIXES:
            if path.is_file():
                skipped.append(Skipped(display, f"not an article ({suffix or 'no extension'}); factcheck reads .txt, .md and .html"))
            continue
        try:
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                skipped.append(Skipped(display, "symlink to a file outside the folder, not followed"))
                continue
            if not path.is_file():
                continue
            article = read_article(path, max_bytes)
        except _Skip as why:
            skipped.append(Skipped(display, str(why)))
            continue
        digest = hashlib.sha256(" ".join(article.text[article.body_start:].split()).encode()).hexdigest()
        if digest in seen:
            article = replace(article, duplicate_of=seen[digest])
            skipped.append(Skipped(display, f"same text as {seen[digest]}; compared once, not counted as corroboration"))
        else:
            seen[digest] = article.id
        articles.append(article)
    articles = _unique_ids(articles)
    readable = [a for a in articles if a.duplicate_of is None]
    if len(readable) < 2:
        found = ", ".join(a.path for a in readable) or "none"
        raise SourceError(f"{folder} has {len(readable)} readable article(s) ({found}); comparing needs at least two")
    return articles, skipped


class _Skip(Exception):
    """This file is not an article we can read; the message says why."""


def _ignored(name: str) -> bool:
    # Hidden files (.DS_Store, .git), editor backups (notes.md~, #notes.md#) and lock files.
    return name.startswith((".", "#", "~$")) or name.endswith(("~", ".swp", ".bak", ".tmp"))


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one file into an Article. Raises _Skip with a reason when it is not readable text."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _Skip(f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:g} MB limit (--max-size)")
        data = path.read_bytes()
    except PermissionError:
        raise _Skip("permission denied") from None
    except OSError as err:
        raise _Skip(f"cannot be read ({err.strerror or err})") from None
    if not data.strip():
        raise _Skip("empty file")
    if data.startswith(BINARY_MAGIC):
        raise _Skip("binary file (PDF, image or archive), not text")
    text, encoding = decode(data)
    if text is None:
        raise _Skip("binary or undecodable content, not text")
    if not text.strip():
        raise _Skip("only whitespace")
    article_id = path.stem
    if path.suffix.lower() in HTML_SUFFIXES:
        return _html_article(path, article_id, text, encoding)
    body_start, meta = _front_matter(text)
    if not text[body_start:].strip():
        raise _Skip("front matter but no article text")
    published, published_from = _as_date(meta.get("published") or meta.get("date")), "front matter"
    if published is None:
        published, published_from = dateline(text[body_start:]), "text"
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


# A dateline on its own line near the top ("May 03, 2013", "2025-06-14", "Tuesday, 4 March 2025").
DATELINE = re.compile(
    r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$"
)


def dateline(body: str) -> dt.date | None:
    """The article's date when one of its first lines is only a date."""
    for line in body.splitlines()[:4]:
        if DATELINE.match(line):
            import dateparser

            parsed = dateparser.parse(line.strip(), languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
            if parsed:
                return parsed.date()
    return None


def _html_article(path: Path, article_id: str, html: str, encoding: str) -> Article:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None:
        raise _Skip("HTML page with no article text that could be extracted")
    get = extracted.get if isinstance(extracted, dict) else lambda k: getattr(extracted, k, None)
    body = (get("text") or "").strip()
    if not body:
        raise _Skip("HTML page with no article text that could be extracted")
    title = _as_str(get("title"))
    text = f"{title}\n{body}\n" if title and not body.startswith(title) else body + "\n"
    published = _as_date(get("date"))
    return Article(
        id=article_id,
        path=str(path),
        text=text,
        title=title,
        outlet=_as_str(get("sitename")),
        url=_as_str(get("url")),
        published=published,
        published_from="html" if published else None,
        format="html",
        encoding=encoding,
    )


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Ids are file stems; two files with one stem ("a.md", "a.txt") keep their full names."""
    stems: dict[str, int] = {}
    for a in articles:
        stems[a.id] = stems.get(a.id, 0) + 1
    return [replace(a, id=os.path.basename(a.path)) if stems[a.id] > 1 else a for a in articles]
