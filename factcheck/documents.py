"""Documents: the text of a Word file (.docx, python-docx) or of a PDF's text layer (pypdf).

Both are containers (a zip, compressed streams), so what they expand to is limited as well as
their size on disk: a file whose text would pass ``max_bytes``, an encrypted or a corrupt file,
and a scanned PDF with no text layer are skipped with a one-line reason (``Unreadable``). A PDF's
pages are kept: ``Article.pages`` holds the offset where each page's text starts, so a quote can
say which page it is on.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from .models import Article

EXPANSION = 20  # a .docx's XML is a few times its text; more than this many times the limit is a bomb


def read_document(path: Path, data: bytes, max_bytes: int) -> Article:
    from .sources import Unreadable, find_metadata

    suffix = path.suffix.lower()
    if suffix == ".docx":
        text, title = _docx(data, max_bytes)
        pages: tuple[int, ...] = ()
    else:
        text, title, pages = _pdf(data, max_bytes)
    if not text.strip():
        raise Unreadable("scanned PDF with no text layer (run OCR first)" if suffix == ".pdf" else "no text in the document")
    lines = find_metadata(text)
    return Article(
        id=path.stem, path=str(path), text=text, title=title, published=lines.published,
        published_from="text" if lines.published else None, format=suffix[1:], encoding="utf-8",
        place=lines.place, credit=lines.credit, metadata_lines=lines.spans, pages=pages,
    )


def _docx(data: bytes, max_bytes: int) -> tuple[str, str | None]:
    from .sources import Unreadable

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            expanded = sum(i.file_size for i in zf.infolist())
            if expanded > max_bytes * EXPANSION:
                raise Unreadable(f"expands to {expanded / 1e6:.0f} MB, over {EXPANSION}x the "
                                 f"{max_bytes / 1e6:g} MB limit (--max-size)")
            if "word/document.xml" not in zf.namelist():
                raise Unreadable("not a Word document (no word/document.xml)")
    except zipfile.BadZipFile:
        raise Unreadable("corrupt .docx (not a zip archive)") from None
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises many kinds on a damaged file
        raise Unreadable(f"corrupt .docx ({type(err).__name__})") from None
    paragraphs = [" ".join(p.text.split()) for p in document.paragraphs]
    text = "\n".join(p for p in paragraphs if p) + "\n"
    if len(text.encode()) > max_bytes:
        raise Unreadable(f"its text is over the {max_bytes / 1e6:g} MB limit (--max-size)")
    title = (document.core_properties.title or "").strip() or None
    return text, title


def _pdf(data: bytes, max_bytes: int) -> tuple[str, str | None, tuple[int, ...]]:
    from .sources import Unreadable

    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise Unreadable("encrypted PDF (save it without a password first)")
        parts, pages, size = [], [], 0
        for page in reader.pages:
            lines = [" ".join(line.split()) for line in (page.extract_text() or "").splitlines()]
            chunk = "\n".join(line for line in lines if line)
            pages.append(size)
            if chunk:
                parts.append(chunk + "\n")
                size += len(parts[-1])
            if size > max_bytes:
                raise Unreadable(f"its text is over the {max_bytes / 1e6:g} MB limit (--max-size)")
        title = ((reader.metadata or {}).get("/Title") or "").strip() or None
    except Unreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as err:
        raise Unreadable(f"corrupt PDF ({type(err).__name__})") from None
    return "".join(parts), title, tuple(pages)
