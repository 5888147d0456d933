"""Word and PDF articles: their text is read with its provenance (a PDF's page), and a scanned,
encrypted, corrupt or expanding file is skipped with a one-line reason, never a traceback."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()

WORD = ["Harlow Dam collapse forces evacuations",
        "The Harlow Dam collapsed shortly before 7 a.m. on Monday and flooded villages along the Millbrook.",
        "About 2,100 residents were evacuated from Pike Hollow and Aldermere, officials said.",
        "Two people were killed, the county coroner said."]
PDF_PAGES = [["Dam breach floods Millbrook valley",
              "The Harlow Dam gave way at 6:40 a.m. on Monday, sending water through three villages."],
             ["Emergency services evacuated 1,200 residents from Pike Hollow and Aldermere, the county fire chief said.",
              "Two people died in the flood, according to the county coroner."]]


def make_docx(path: Path, paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))


def make_pdf(pages: list[list[str]]) -> bytes:
    """A small PDF with a text layer: one Helvetica line per string, one page per list."""
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    page_ids = [4 + 2 * i for i in range(len(pages))]
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(pages)} >>".encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for pid, lines in zip(page_ids, pages):
        stream = ("BT /F1 10 Tf 40 750 Td 14 TL " + " ".join(f"({esc(line)}) Tj T*" for line in lines) + " ET") if lines else ""
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                    f"/Contents {pid + 1} 0 R >>".encode())
        objs.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream".encode())
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_a_docx_and_a_text_pdf_compared_end_to_end_with_pages(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    make_docx(src / "river_times.docx", WORD)
    (src / "valley_courier.pdf").write_bytes(make_pdf(PDF_PAGES))
    result = runner.invoke(app, ["compare", str(src), "--fuzzy-only", "--out", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "r.json").read_text())
    formats = {s["id"]: s["format"] for s in data["sources"]}
    assert formats == {"river_times": "docx", "valley_courier": "pdf"}
    texts = {c["text"] for c in data["claims"]}
    assert "About 2,100 residents were evacuated from Pike Hollow and Aldermere, officials said." in texts
    assert any("evacuated 1,200 residents" in t for t in texts)
    assert any(f.get("slot") == "evacuations" and f["kind"] == "contradiction" for f in data["findings"])
    markdown = (tmp_path / "r.md").read_text()
    assert "page 2, line" in markdown  # the PDF's second page, where its evacuation figure stands
    for c in data["claims"]:
        if c["source"] == "valley_courier" and "1,200" in c["text"]:
            assert c["line"] == 3


def test_unreadable_documents_are_skipped_with_a_reason(tmp_path):
    import pypdf

    src = tmp_path / "src"
    src.mkdir()
    make_docx(src / "a.docx", WORD)
    (src / "b.pdf").write_bytes(make_pdf(PDF_PAGES))
    (src / "scan.pdf").write_bytes(make_pdf([[]]))
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    (src / "locked.pdf").write_bytes(buffer.getvalue())
    (src / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage")
    (src / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with zipfile.ZipFile(src / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"\0" * 3_000_000)  # 3 MB that compress to a few KB
    result = runner.invoke(app, ["compare", str(src), "--fuzzy-only", "--max-size", "0.1", "--out", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("factcheck warning")]
    said = "\n".join(warnings)
    assert "scan.pdf: scanned PDF with no text layer" in said
    assert "locked.pdf: encrypted PDF" in said
    assert "broken.pdf: corrupt PDF" in said
    assert "broken.docx: corrupt .docx" in said
    assert "bomb.docx: expands to 3 MB" in said
    assert "Traceback" not in result.output
    data = json.loads((tmp_path / "r.json").read_text())
    assert sorted(s["id"] for s in data["sources"]) == ["a", "b"]
