"""Report: ``Report`` -> Markdown and JSON text, deterministic, and the safe writing of both.

Owns ordering (what an editor must look at first), escaping (article text can never
break the Markdown), quote verification (every quote is the exact source text) and
atomic writes (an interrupted run never leaves half a report). Everything that varies
between two runs on the same input lives in ``report.run`` and nowhere else.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from .errors import ReportError
from .models import VERDICT_ORDER, Article, Claim, Facts, Finding, Report, Verdict

SCHEMA_VERSION = 1
KIND_TITLES = {
    Verdict.CONTRADICTION: "Contradiction",
    Verdict.CERTAINTY_GAP: "Certainty gap",
    Verdict.STATUS_CHANGE: "Status change",
    Verdict.AGREEMENT: "Agreement",
    Verdict.UNIQUE: "Only in one article",
}
MAX_QUOTE = 600  # characters of a quote shown in Markdown; the JSON always has the whole claim
RUN_MARKER = "<!-- run -->"  # the one Markdown line that differs between runs on the same input


def ordered(findings) -> list[Finding]:
    """Contradictions first, then certainty gaps, status changes, agreements, unique claims."""
    return sorted(findings, key=lambda f: (VERDICT_ORDER[f.kind], -round(f.score, 4), _claim_key(f.claims)))


def _claim_key(ids) -> tuple:
    return tuple(int(c[1:]) if c[1:].isdigit() else c for c in ids)


# --- escaping ---------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # control characters: shown as spaces
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def escape(text: str, limit: int | None = None) -> str:
    """Article text made inert in Markdown: no markup, no HTML, no table breaks, one line.

    >>> escape("a | b <script>")
    'a \\\\| b &lt;script&gt;'
    """
    text = " ".join(_CONTROL.sub(" ", text).split())
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


# --- JSON -------------------------------------------------------------------------------------

def to_json(report: Report) -> str:
    data = {
        "schema": SCHEMA_VERSION,
        "tool": "factcheck",
        "model": report.model,
        "options": report.options,
        "sources": [_source_json(a) for a in report.articles],
        "warnings": list(report.warnings),
        "events": [list(e) for e in report.events],
        "event_splits": [{"a": x.a, "b": x.b, "clashes": x.clashes, "matches": x.matches, "example": x.example}
                         for x in report.event_splits],
        "claims": [_claim_json(c, report.facts.get(c.id)) for c in report.claims],
        "facts_table": table_json(report.table, [list(e) for e in report.events] or [[a.id for a in report.articles]]),
        "findings": [_finding_json(n, f) for n, f in enumerate(ordered(report.findings), 1)],
        "summary": dict(counts_by_kind(report.findings)),
        "run": report.run,
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _source_json(a: Article) -> dict:
    return {
        "id": a.id, "path": a.path, "title": a.title, "outlet": a.outlet, "url": a.url,
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
                       "certainty": c.certainty} for c in slot.cells],
        })
    return out


def _finding_json(n: int, f: Finding) -> dict:
    out = {"id": f"f{n}", "kind": f.kind.value, "claims": list(f.claims), "reason": f.reason, "score": round(f.score, 4)}
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


# --- Markdown ---------------------------------------------------------------------------------

def to_markdown(report: Report) -> str:
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    verify_quotes(report)
    findings = ordered(report.findings)
    number = {id(f): n for n, f in enumerate(findings, 1)}
    lines = ["# Source comparison report", ""]
    lines.append(f"{RUN_MARKER} Ran {escape(str(report.run.get('started', '')))} in "
                 f"{report.run.get('seconds', 0):.1f} s, factcheck {escape(str(report.run.get('version', '')))}")
    lines.append("")
    lines.append(f"Model: {escape(report.model)}. Articles compared: {len([a for a in report.articles if not a.duplicate_of])}. "
                 f"Claims read: {len(report.claims)}.")
    lines.append("")
    lines += ["| Source | Title | Outlet | Published | File |", "|---|---|---|---|---|"]
    for a in report.articles:
        published = a.published.isoformat() if a.published else "unknown"
        if a.published and a.published_from not in (None, "front matter"):
            published += f" (from {a.published_from})"
        note = " (HTML, text extracted)" if a.format == "html" else ""
        if a.duplicate_of:
            note += f" (duplicate of {escape(a.duplicate_of)}, not compared)"
        title = escape(a.title) if a.title else "–"
        if a.url:
            title = f"{title} ({_link(a.url)})"
        lines.append(f"| {escape(a.id)} | {title} | {escape(a.outlet) if a.outlet else '–'} | {published} | "
                     f"`{_code(a.path)}`{note} |")
    if report.warnings:
        lines += ["", "Skipped or noted while reading:", ""]
        lines += [f"- {escape(w)}" for w in report.warnings]
    lines += _events_md(report)
    lines += ["", "## Summary", "", "| Finding | Count |", "|---|---|"]
    for kind, count in counts_by_kind(report.findings):
        lines.append(f"| {KIND_TITLES[Verdict(kind)]} | {count} |")
    lines += ["", "## What to verify", ""]
    contested = [f for f in findings if f.kind in (Verdict.CONTRADICTION, Verdict.CERTAINTY_GAP, Verdict.STATUS_CHANGE)]
    if contested:
        for f in contested:
            lines.append(f"- [{number[id(f)]}](#finding-{number[id(f)]}) {KIND_TITLES[f.kind]}"
                         f"{' (' + f.aspect + ')' if f.aspect else ''}: {escape(f.reason, 300)}")
    else:
        lines.append("Nothing contested: no contradiction, certainty gap or status change was found.")
    lines += _timeline(report, claims, articles, findings)
    lines += ["", "## Findings", ""]
    for f in findings:
        if f.kind == Verdict.UNIQUE:
            continue
        lines += _finding_md(number[id(f)], f, claims, articles, report.facts)
    lines += _unique_md(findings, claims, report.facts, number)
    lines += _per_source(report, claims, findings, number)
    return "\n".join(lines).rstrip() + "\n"


def _events_md(report: Report) -> list[str]:
    """When the folder holds reports of more than one event, say which, and why they were kept apart."""
    if len(report.events) < 2:
        return []
    lines = ["", "## Different events", "",
             "These articles seem to report different events, so they were not compared with each other:", ""]
    for n, event in enumerate(report.events, 1):
        lines.append(f"- Event {n}: {', '.join(escape(a) for a in event)}")
    lines += ["", "Why:", ""]
    for x in report.event_splits:
        lines.append(f"- {escape(x.a)} and {escape(x.b)}: {x.clashes} clash(es) against {x.matches} match(es) "
                     f"between them (e.g. {escape(x.example, 160)})")
    return lines


def _finding_md(n: int, f: Finding, claims, articles, facts) -> list[str]:
    title = KIND_TITLES[f.kind] + (f" ({f.aspect})" if f.aspect else "")
    subject = f": {escape(f.subject)}" if f.subject else ""
    lines = [f'<a id="finding-{n}"></a>', f"### {n}. {title}{subject}", "", f"**Why:** {escape(f.reason)}", ""]
    lines += ["| Source | Where | Certainty | Attributed to | Quote |", "|---|---|---|---|---|"]
    for cid in f.claims:
        c = claims[cid]
        fa = facts.get(cid)
        a = articles[c.source]
        who = escape(fa.attribution.text or fa.attribution.name, 120) if fa and fa.attribution.kind != "article" else "the article"
        certainty = f"{fa.certainty}" + (f" ('{escape(fa.certainty_cue, 60)}')" if fa and fa.certainty_cue else "") if fa else ""
        source = escape(c.source) + (f", {escape(a.outlet)}" if a.outlet else "") + (f", {a.published.isoformat()}" if a.published else "")
        lines.append(f"| {source} | line {c.line}, chars {c.start}–{c.end} | {certainty} | {who} | "
                     f"“{escape(c.text, MAX_QUOTE)}” |")
    if f.slot and f.fuzzy is None and f.cosine is None:
        scores = f"compared in the fact table, slot '{escape(f.slot, 80)}' (whatever the sentences' similarity)"
    else:
        scores = f"combined {f.score:.2f}"
    if f.cosine is not None:
        scores += f" (embedding cosine {f.cosine:.2f}, fuzzy {f.fuzzy:.2f})"
    elif f.fuzzy is not None:
        scores += f" (fuzzy {f.fuzzy:.2f}, no embeddings)"
    if f.kind == Verdict.AGREEMENT:
        scores += f"; independent sources: {f.independent_sources}"
    lines += ["", f"{'Scores' if not f.slot or f.fuzzy is not None else 'Basis'}: {scores}.", ""]
    return lines


def _unique_md(findings, claims, facts, number) -> list[str]:
    unique = [f for f in findings if f.kind == Verdict.UNIQUE]
    if not unique:
        return []
    lines = ["## Only in one article", "",
             "Claims no other article carries, by source. Those with numbers, dates or attributions come first.", ""]
    by_source = defaultdict(list)
    for f in unique:
        by_source[claims[f.claims[0]].source].append(f)
    for source in sorted(by_source):
        lines += [f"### {escape(source)}", ""]
        items = sorted(by_source[source], key=lambda f: (not _has_facts(facts.get(f.claims[0])), _claim_key(f.claims)))
        for f in items:
            c = claims[f.claims[0]]
            fa = facts.get(c.id)
            tag = f" ({fa.certainty}{', ' + escape(fa.attribution.name, 80) if fa.attribution.kind != 'article' else ''})" if fa else ""
            lines.append(f'- <a id="finding-{number[id(f)]}"></a>line {c.line}{tag}: “{escape(c.text, MAX_QUOTE)}”')
        lines.append("")
    return lines


def _has_facts(f: Facts | None) -> bool:
    return bool(f and (any(q.counted or q.event for q in f.quantities) or f.dates or f.attribution.kind != "article"))


def _timeline(report: Report, claims, articles, findings) -> list[str]:
    """How contested facts moved from report to report, when the articles carry dates."""
    dated = [a for a in report.articles if a.published and not a.duplicate_of]
    if len({a.published for a in dated}) < 2:
        return []
    rows = []
    for f in findings:
        if f.kind not in (Verdict.STATUS_CHANGE, Verdict.CONTRADICTION) or f.aspect not in ("count", "number", ""):
            continue
        steps = sorted((articles[claims[c].source].published, claims[c].source, c)
                       for c in f.claims if articles[claims[c].source].published)
        if len({d for d, _, _ in steps}) < 2:
            continue  # reports of one day do not make a timeline
        seq = "; then ".join(f"{d.isoformat()} {escape(src)}: “{escape(claims[c].text, 110)}”" for d, src, c in steps)
        rows.append(f"- {escape(f.subject or f.kind.value)}: {seq}")
    if not rows:
        return []
    return ["", "## Timeline", "", "How the contested facts moved from report to report, by publication date:", ""] + rows


def _per_source(report: Report, claims, findings, number) -> list[str]:
    lines = ["## Per source", "", "| Source | Outlet | Published | Claims | Only here | Contradicted by others | Link |",
             "|---|---|---|---|---|---|---|"]
    count = Counter(c.source for c in report.claims)
    only = Counter(claims[f.claims[0]].source for f in findings if f.kind == Verdict.UNIQUE)
    contested: dict[str, list[str]] = defaultdict(list)
    for f in findings:
        if f.kind == Verdict.CONTRADICTION:
            for src in sorted({claims[c].source for c in f.claims}):
                contested[src].append(f"[{number[id(f)]}](#finding-{number[id(f)]})")
    for a in report.articles:
        if a.duplicate_of:
            continue
        lines.append(f"| {escape(a.id)} | {escape(a.outlet) if a.outlet else '–'} | "
                     f"{a.published.isoformat() if a.published else '–'} | {count[a.id]} | {only[a.id]} | "
                     f"{', '.join(contested[a.id]) or '–'} | {_link(a.url) if a.url else '–'} |")
    return lines + [""]


def _link(url: str) -> str:
    """A link only for http(s) URLs; anything else (javascript:, data:) is shown as inert text."""
    if re.match(r"^https?://[^\s<>()|\[\]`]+$", url):
        return f"<{url}>"
    return escape(url, 200)


def _code(text: str) -> str:
    return " ".join(text.replace("`", "'").split())


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


def default_paths(folder: Path, reports: Path, today: str) -> tuple[Path, Path]:
    """reports/<folder>-<date>.md and .json, with -2, -3... when a report of that name exists."""
    stem = re.sub(r"[^\w.-]+", "_", Path(folder).resolve().name) or "sources"
    n = 1
    while True:
        suffix = "" if n == 1 else f"-{n}"
        md, js = reports / f"{stem}-{today}{suffix}.md", reports / f"{stem}-{today}{suffix}.json"
        if not md.exists() and not js.exists():
            return md, js
        n += 1
