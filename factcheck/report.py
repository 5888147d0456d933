"""Report: ``Report`` -> JSON text, and what every rendering shares: the findings' order and
numbers (``ordered``), quote verification (every quote is the exact source text) and atomic
writes (an interrupted run never leaves half a report). The pages an editor reads are laid out
by ``markdown`` and ``html`` from the same ``digest``. Everything that varies between two runs on
the same input lives in ``report.run`` and nowhere else.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from pathlib import Path

from .errors import ReportError
from .digest import Digest, digest, outlet_names, rank
from .models import Article, Claim, Facts, Finding, Report, Verdict

SCHEMA_VERSION = 1


def ordered(report: Report) -> list[Finding]:
    """The findings in the order an editor reads them (``digest.rank``), which numbers them, each
    with its stable id (``review.assign_ids``; ``review.annotate`` has set them when a previous
    report or review file was read)."""
    from .review import assign_ids

    claims = {c.id: c for c in report.claims}
    findings = rank(report.findings, claims, report.table, report.events)
    if any(not f.id for f in findings):
        findings = assign_ids(findings, claims, [])
    return findings


def reading(report: Report) -> tuple[list[Finding], Digest]:
    """The findings in order and the editor's view of them, read once per report: the Markdown, the
    HTML and the JSON of one run share them (on 1,000 articles each reading takes about a second)."""
    if _READ and _READ[0] is report:
        return _READ[1]
    findings = ordered(report)
    _READ[:] = [report, (findings, digest(report, findings))]
    return _READ[1]


_READ: list = []  # the last report read and its reading (the report itself is kept, so `is` is safe)


# --- JSON -------------------------------------------------------------------------------------

def to_json(report: Report) -> str:
    names = outlet_names(report.articles, report.claims)
    claims = {c.id: c for c in report.claims}
    findings, overview = reading(report)
    data = {
        "schema": SCHEMA_VERSION,
        "tool": "factcheck",
        "model": report.model,
        "options": report.options,
        "sources": [_source_json(a, names[a.id]) for a in report.articles],
        "warnings": list(report.warnings),
        "events": [list(e) for e in report.events],
        "event_splits": [{"a": x.a, "b": x.b, "clashes": x.clashes, "matches": x.matches, "example": x.example,
                          "earlier": x.earlier} for x in report.event_splits],
        "claims": [_claim_json(c, report.facts.get(c.id)) for c in report.claims],
        "facts_table": table_json(report.table, [list(e) for e in report.events] or [[a.id for a in report.articles]]),
        "folder": report.folder,
        "review_file": report.review_file or f"{report_stem(report.folder.split(' + ')) if ' + ' in report.folder else report_stem(report.folder or 'sources')}.review.yaml",
        "since": report.since_report or None,
        "findings": [_finding_json(f, report, claims) for f in findings],
        "summary": dict(counts_by_kind(report.findings)),
        "overview": {"title": overview.title, "sentences": list(overview.summary),
                     "main_event": list(overview.main)},
        "run": report.run,
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _source_json(a: Article, name: str) -> dict:
    return {
        "id": a.id, "name": name, "path": a.path, "title": a.title, "outlet": a.outlet, "url": a.url,
        "published": a.published.isoformat() if a.published else None, "published_from": a.published_from,
        "format": a.format, "encoding": a.encoding, "duplicate_of": a.duplicate_of,
    }


def _claim_json(c: Claim, f: Facts | None) -> dict:
    out = {"id": c.id, "source": c.source, "text": c.text, "start": c.start, "end": c.end, "line": c.line,
           "headline": c.headline}
    if f is not None:
        out["facts"] = facts_json(f)
    return out


def facts_json(f: Facts) -> dict:
    return {
        "certainty": f.certainty,
        "certainty_cue": f.certainty_cue,
        "attribution": {"text": f.attribution.text, "name": f.attribution.name, "kind": f.attribution.kind,
                        "cue": f.attribution.cue},
        "status": f.status,
        "status_cue": f.status_cue,
        "negated": f.negated,
        "predicate": f.predicate,
        "quantities": [quantity_json(q) for q in f.quantities],
        "times": [{"text": t.text, "minutes": [t.low, t.high]} for t in f.times],
        "dates": [{"text": d.text, "start": d.start.isoformat() if d.start else None,
                   "end": d.end.isoformat() if d.end else None, "granularity": d.granularity} for d in f.dates],
        "entities": [{"text": e.text, "label": e.label, "role": e.role} for e in f.entities],
    }


def quantity_json(q) -> dict:
    """A quantity as stated ("value" in the stated unit, scale words applied: "87 mph" -> 87) and
    as compared ("base": the interval in base units)."""
    out = {"text": q.text, "value": q.stated if q.stated is not None else q.value, "unit": q.stated_unit,
           "dimension": q.dimension, "counted": q.counted, "event": q.event, "change": q.change, "approx": q.approx,
           "base": {"value": q.value, "low": q.low, "high": None if q.high == float("inf") else q.high, "unit": q.unit},
           "changed": q.changed}
    if q.stated_high is not None:
        out["high"] = q.stated_high
    if q.part_of is not None:
        out["part_of"] = q.part_of
    if q.increment:
        out["increment"] = True
    if q.earlier:
        out["earlier"] = True
    if q.background:
        out["background"] = q.background
    if q.source:
        out["source"] = q.source
    if q.certainty:
        out["certainty"] = q.certainty
    return out


def claim_facts_json(c: Claim, f: Facts) -> dict:
    """One line of ``factcheck facts --json``: where the claim stands and what it says."""
    return {"line": c.line, "start": c.start, "end": c.end, "text": c.text, "headline": c.headline, **facts_json(f)}


def facts_text(article: Article, claims, facts) -> str:
    """``factcheck facts`` for a person: each claim with its place in the file and its facts."""
    lines = [f"{article.path}: {len(claims)} claims"
             + (f", dated {article.published.isoformat()} ({article.published_from})" if article.published else "")]
    for c in claims:
        f = facts[c.id]
        lines.append("")
        lines.append(f"line {c.line} [{c.start}:{c.end}]{' (headline)' if c.headline else ''}: {c.text}")
        who = f.attribution.name if f.attribution.kind != "article" else "the article itself"
        said = f"  source: {who}" + (f" ({f.attribution.cue})" if f.attribution.cue else "")
        said += f"; certainty: {f.certainty}" + (f" ('{f.certainty_cue}')" if f.certainty_cue else "")
        if f.status:
            said += f"; status: {f.status} ('{f.status_cue}')"
        if f.negated:
            said += f"; negated ('{f.negation_cue}')"
        lines.append(said)
        for q in f.quantities:
            value = q.stated if q.stated is not None else q.value
            shown = f"{value:g}" + (f" to {q.stated_high:g}" if q.stated_high is not None else "")
            bits = [f"{shown} {q.stated_unit}".strip(), f"counts {q.counted}" if q.counted else "",
                    f"({q.event})" if q.event else "", q.approx if q.approx not in ("exact",) else "",
                    f"part of {q.part_of:g}" if q.part_of is not None else "", "increment" if q.increment else "",
                    f"per {q.source}" if q.source else "", q.certainty,
                    f"another happening ({q.background})" if q.background else ""]
            lines.append(f"  number  '{q.text}': " + ", ".join(b for b in bits if b))
        for d in f.dates:
            when = f"{d.start.isoformat()}" + (f" to {d.end.isoformat()}" if d.end and d.end != d.start else "") if d.start else "unresolved"
            lines.append(f"  date    '{d.text}': {when}")
        for t in f.times:
            lines.append(f"  time    '{t.text}': {int(t.low) // 60:02d}:{int(t.low) % 60:02d}")
        for e in f.entities:
            lines.append(f"  name    '{e.text}': {e.label}" + (f", {e.role}" if e.role else ""))
    return "\n".join(lines)


def table_json(slots, events) -> list[dict]:
    """The fact table for the JSON report: events, each with its slots and cells."""
    out = [{"event": n, "articles": list(e), "slots": []} for n, e in enumerate(events)]
    for slot in slots:
        out[slot.event]["slots"].append({
            "slot": slot.name, "unit": slot.unit,
            "cells": [{"claim": c.claim, "article": c.article, "source": c.source or None, "text": c.quantity.text,
                       "value": c.quantity.value, "low": c.quantity.low,
                       "high": None if c.quantity.high == float("inf") else c.quantity.high,
                       "certainty": c.certainty, **({"place": c.place} if c.place else {})} for c in slot.cells],
        })
        if slot.lists:  # values given together by one source, in the order written
            out[slot.event]["slots"][-1]["lists"] = [
                [{"claim": c.claim, "article": c.article, "text": c.quantity.text, "value": c.quantity.value} for c in cs]
                for cs in slot.lists]
    return out


def _finding_json(f: Finding, report: Report, claims) -> dict:
    from .review import evidence

    out = {"id": f.id, "kind": f.kind.value, "claims": list(f.claims), "reason": f.reason, "score": round(f.score, 4),
           "review": report.reviews.get(f.id), "since": report.since.get(f.id, "new"),
           "evidence": list(evidence(f, claims))}
    if f.aspect:
        out["aspect"] = f.aspect
    if f.subject:
        out["subject"] = f.subject
    if f.fuzzy is not None or f.cosine is not None:
        out["scores"] = {"combined": round(f.score, 4), "fuzzy": f.fuzzy, "cosine": f.cosine}
    if f.kind == Verdict.AGREEMENT:
        out["independent_sources"] = f.independent_sources
    if f.compared:
        out["compared"] = list(f.compared)
    if f.group:
        out["group"] = f.group
    if f.slot:
        out["slot"] = f.slot
    if f.sides:
        out["sides"] = [list(side) for side in f.sides]
    return out


def counts_by_kind(findings) -> list[tuple[str, int]]:
    counts = Counter(f.kind for f in findings)
    return [(k.value, counts.get(k, 0)) for k in Verdict]


# --- integrity and writing ----------------------------------------------------------------------

def verify_quotes(report: Report) -> None:
    """Every claim's text is exactly its source span; anything else is a bug, never printed."""
    texts = {a.id: a.text for a in report.articles}
    for c in report.claims:
        if texts[c.source][c.start:c.end] != c.text:
            raise ReportError(f"internal error: claim {c.id} does not match {c.source}[{c.start}:{c.end}]")


def write_atomic(path: Path, text: str, force: bool = False) -> None:
    """Write via a temporary file in the same folder and a rename: all or nothing."""
    path = Path(path)
    if path.exists() and not force:
        raise ReportError(f"{path} exists; use --force to overwrite it, or choose another name")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def report_stem(folder) -> str:
    """The name reports of these sources go by: the folder's name, or the files' names joined."""
    if isinstance(folder, (list, tuple)):
        name = "-vs-".join(Path(p).stem for p in sorted(folder, key=lambda p: Path(p).name)[:3])
        name += f"-and-{len(folder) - 3}-more" if len(folder) > 3 else ""
    else:
        name = Path(folder).resolve().name
    return re.sub(r"[^\w.-]+", "_", name) or "sources"


def default_paths(folder, reports: Path, today: str) -> tuple[Path, Path]:
    """reports/<folder>-<date>.md and .json (and .html beside them), with -2, -3... when a report
    of that name exists."""
    stem = report_stem(folder)
    n = 1
    while True:
        suffix = "" if n == 1 else f"-{n}"
        md, js = reports / f"{stem}-{today}{suffix}.md", reports / f"{stem}-{today}{suffix}.json"
        if not md.exists() and not js.exists() and not md.with_suffix(".html").exists():
            return md, js
        n += 1
