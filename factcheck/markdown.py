"""Markdown report: the ``digest`` laid out for an editor, as text that also reads clean raw.

Article text is escaped only where a character would change the rendering at its position
(``escape``), so quotes stay readable in a plain editor and still render as themselves.
Everything that varies between two runs on the same input is in the one ``RUN_MARKER`` line.
"""
from __future__ import annotations

import re

from .digest import EARLIER_SPLIT, STATE_LABEL, WIDE, Digest, Item, Quote, Row, by_outlet
from .models import Report, Verdict
from .report import reading, verify_quotes

MAX_QUOTE = 600  # characters of a quote shown; the JSON always has the whole claim
RUN_MARKER = "<!-- run"  # the one line that differs between runs on the same input (an HTML comment: not shown)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # control characters: shown as spaces
# Characters that are markup wherever they stand; the rest are escaped only where they would act.
_ALWAYS = re.compile(r"([\\`*|~\[\]])")
_ENTITY = re.compile(r"&(?=#?\w+;)")  # "&amp;" would render as "&": keep it as written
_LINE_START = re.compile(r"^(#|>|[-+]|\d+(?=[.)])|_)")  # a heading, a quote, a list item or a rule


def escape(text: str, limit: int | None = None, start: bool = True) -> str:
    """Article text as one line of Markdown that renders as exactly that text; ``start``: the text
    opens a line or list item, where "#", ">", "-", "+" and "1." would be markup too.

    >>> escape("Al-Sharaa (the leader) said: 40% | 3.5 <b>")
    'Al-Sharaa (the leader) said: 40% \\\\| 3.5 &lt;b>'
    """
    text = " ".join(_CONTROL.sub(" ", text).split())
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;")
    text = _ALWAYS.sub(r"\\\1", text)
    text = re.sub(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])", r"\\_", text)  # "_" opens emphasis only at a word's edge
    m = _LINE_START.match(text) if start else None
    if m:
        lead = m.group(1)
        text = (lead + "\\" + text[len(lead):]) if lead[0].isdigit() else "\\" + text
    return text


def inline(text: str, limit: int | None = None) -> str:
    """Article text escaped for the middle of a line (a table cell, after a label)."""
    return escape(text, limit, start=False)


def to_markdown(report: Report) -> str:
    verify_quotes(report)
    findings, d = reading(report)
    names = dict(d.outlets)
    articles = {a.id: a for a in report.articles}
    compared = [a for a in report.articles if not a.duplicate_of]
    lines = [f"# {escape(d.title)}", "",
             f"{RUN_MARKER}: {_run(report.run)} -->",
             f"{len(compared)} articles compared, {len(report.claims)} sentences read. "
             f"Model: {inline(report.model)}.", ""]
    if d.since:
        lines += [f"**{inline(d.since)}**", ""]
    lines += ["## Summary", ""] + [f"- {escape(s)}" for s in d.summary] + [""]
    lines += _grid(d, names)
    lines += _flags(d)
    lines += _timeline(d)
    lines += _background(d)
    lines += _agreements(d)
    lines += _others(d, names, report)
    lines += _closed(d)
    lines += _unique(report, findings, names)
    lines += _sources(report, names, articles)
    return "\n".join(lines).rstrip() + "\n"


def _run(run: dict) -> str:
    return (f"ran {str(run.get('started', '')).replace('--', '- -')} in {run.get('seconds', 0):.1f} s, "
            f"factcheck {str(run.get('version', '')).replace('--', '- -')}")


STATE_MARK = {k: f"**{v}**" if k in ("contested", "updated") else v for k, v in STATE_LABEL.items()}


def _grid(d: Digest, names: dict[str, str]) -> list[str]:
    if not d.grid:
        return ["## Fact grid", "", "No fact was stated with a number by two outlets.", ""]
    differs = " “differs, not compared”: the values are for different places, moments or parts." \
        if any(r.state == "differs" for r in d.grid) else ""
    lines = ["## Fact grid", "",
             "Each fact of the main event, with what every outlet says and whom it cites; contested facts first." + differs, ""]
    outlets = list(d.main)
    if len(outlets) <= WIDE:
        lines.append("| Fact | State | " + " | ".join(inline(names[a]) for a in outlets) + " |")
        lines.append("|---|---|" + "---|" * len(outlets))
        for r in d.grid:
            said = by_outlet(r)
            cells = ["; ".join(inline(v + (f" ({w})" if w else "")) for v, w in said.get(a, [])) or "–" for a in outlets]
            lines.append(f"| {inline(r.label)}{_refs(r.findings)} | {STATE_MARK[r.state]} | " + " | ".join(cells) + " |")
    else:
        for r in d.grid:
            lines.append(f"- **{inline(r.label)}** ({STATE_LABEL[r.state]}){_refs(r.findings)}: {_values(r.values)}")
    if d.hidden_rows:
        lines += ["", f"{d.hidden_rows} more fact(s) are in the JSON report (facts_table)."]
    return lines + [""]


def _values(values, most: int = 4) -> str:
    """"6.1: 12 outlets; 7.7: Antara (citing Manrosan)": the values most outlets give first."""
    ranked = sorted(values, key=lambda v: -len({s.article for s in v[1]}))
    shown = "; ".join(f"{inline(value)}: {inline(_outlets_citing(saids))}" for value, saids in ranked[:most])
    return shown + (f"; and {len(ranked) - most} other value(s)" if len(ranked) > most else "")


def _said(s) -> str:
    return s.value + (f" ({s.who})" if s.who else "")


def _outlets_citing(saids, most: int = 2) -> str:
    """Who gives a value: up to two outlets by name (with whom they cite), else how many."""
    outlets = list(dict.fromkeys(s.article for s in saids))
    cites = list(dict.fromkeys(s.who for s in saids if s.who))
    if len(outlets) > most:
        named = f"{len(outlets)} outlets"
    else:
        named = ", ".join(dict.fromkeys(s.outlet for s in saids))
    return named + (f" (citing {', '.join(cites[:2])}{' and others' if len(cites) > 2 else ''})" if cites else "")


def _refs(numbers) -> str:
    return (" " + " ".join(f"[#{n}](#finding-{n})" for n in numbers)) if numbers else ""


def _flags(d: Digest) -> list[str]:
    lines = ["## What to check", ""]
    if not d.flags:
        return lines + ["Nothing contested: no contradiction, certainty gap or planned-or-done difference was found.", ""]
    for item in d.flags:
        lines += _item_md(item, other_event=not any(q.article in d.main for q in item.quotes))
    return lines


def _item_md(item: Item, other_event: bool = False) -> list[str]:
    where = " (another event)" if other_event else ""
    lines = [f'<a id="finding-{item.number}"></a>', f"### {item.number}. {inline(item.title)}{where}", "",
             _status_line(item), "", escape(item.sentence), ""]
    lines += [_quote_md(q) for q in item.quotes] + [""]
    if item.why:
        lines += [f"Why flagged: {inline(item.why)} Basis: {inline(item.basis)}.", ""]
    return lines


def _status_line(item: Item) -> str:
    """"`f-3a9c01b7` · new · confirmed by Ana (2026-12-02): checked with the coastguard"."""
    bits = [f"`{item.id}`"] + ([item.since] if item.since else [])
    r = item.review
    if r:
        by = f" by {inline(r['by'])}" if r.get("by") else ""
        at = f" ({inline(str(r['at'])[:10])})" if r.get("at") else ""
        note = f": {inline(r['note'])}" if r.get("note") else ""
        bits.append(f"**{r['status']}**{by}{at}{note}")
        if r.get("changed_since_review"):
            bits.append("**changed since reviewed**")
    else:
        bits.append("not reviewed")
    return " · ".join(bits)


def _closed(d: Digest) -> list[str]:
    if not d.closed:
        return []
    lines = ["## Dismissed and false positives", "",
             "Findings an editor set aside; they stay here so that the decision can be seen and undone.", ""]
    for item in d.closed:
        lines.append(f'- <a id="finding-{item.number}"></a>{inline(item.title)}: {_status_line(item)}')
    return lines + [""]


def _quote_md(q: Quote) -> str:
    where = (f"page {q.page}, " if q.page else "") + f"line {q.line}, chars {q.start}–{q.end}"
    how = q.certainty + (f" (‘{q.cue}’)" if q.cue else "")
    who = f", {q.who}" if q.who else ""
    return f"- **{inline(q.outlet)}** ({where}; {inline(how + who, 160)}): “{inline(q.text, MAX_QUOTE)}”"


def _timeline(d: Digest) -> list[str]:
    if not d.timeline:
        return []
    lines = ["## Timeline", "", "How each contested number moved, in the order the articles were published.", ""]
    for step in d.timeline:
        lines += [f"**{inline(step.slot)}**", "", "| Published | Outlet | Says |", "|---|---|---|"]
        lines += [f"| {s.published.isoformat()} | {inline(s.outlet)} | {inline(_said(s))} |" for s in step.said]
        lines.append("")
    return lines


def _background(d: Digest) -> list[str]:
    if not d.background:
        return []
    lines = ["## Background events", "",
             "Figures about earlier or other happenings the articles mention; never compared with the main event's.", ""]
    for r in d.background:
        lines.append(f"- {escape(r.label)} ({STATE_LABEL[r.state]}){_refs(r.findings)}: {_values(r.values)}")
    return lines + [""]


def _agreements(d: Digest) -> list[str]:
    if not d.agreements:
        return []
    lines = ["## Agreements", ""]
    for item in d.agreements:
        q = item.quotes[0]
        extra = f" {inline(item.why)}" if item.why else ""
        if not any(x.article in d.main for x in item.quotes):
            extra += " (another event)"
        lines.append(f'- <a id="finding-{item.number}"></a>{inline(item.sentence)}{extra} '
                     f"E.g. {inline(q.outlet)}, line {q.line}: “{inline(q.text, 200)}” (`{item.id}`"
                     + (f", {item.review['status']}" if item.review else "") + ")")
    return lines + [""]


def _others(d: Digest, names, report: Report) -> list[str]:
    if not d.others:
        return []
    lines = ["## Other events", "",
             "These articles seem to report a different event, so they were not compared with the main one:", ""]
    for n, event in enumerate(d.others, 1):
        lines.append(f"- Event {n + 1}: " + ", ".join(inline(names[a]) for a in event))
    if report.event_splits:
        lines += ["", "Why they were kept apart:", ""]
        for x in report.event_splits[:5]:
            if x.earlier:
                lines.append(f"- {escape(names.get(x.a, x.a))} {EARLIER_SPLIT}: {inline(x.example, 300)} "
                             f"by {inline(names.get(x.b, x.b))}.")
                continue
            lines.append(f"- {escape(names.get(x.a, x.a))} and {inline(names.get(x.b, x.b))}: "
                         f"e.g. {inline(x.example, 160)}")
    return lines + [""]


def _unique(report: Report, findings, names) -> list[str]:
    unique = [f for f in findings if f.kind == Verdict.UNIQUE]
    if not unique:
        return []
    claims = {c.id: c for c in report.claims}
    number = {id(f): n for n, f in enumerate(findings, 1)}
    lines = ["## Only in one article", "",
             "Sentences no other article carries, by outlet; those with numbers, dates or a named source first.", ""]
    by_source: dict[str, list] = {}
    for f in unique:
        by_source.setdefault(claims[f.claims[0]].source, []).append(f)
    for source in sorted(by_source, key=lambda s: names[s].lower()):
        lines += [f"**{inline(names[source])}**", ""]
        items = sorted(by_source[source], key=lambda f: (not _has_facts(report.facts.get(f.claims[0])), claims[f.claims[0]].start))
        for f in items:
            c = claims[f.claims[0]]
            fa = report.facts.get(c.id)
            tag = ""
            if fa is not None and fa.attribution.kind != "article":
                tag = f" ({inline(fa.attribution.text or fa.attribution.name, 80)})"
            lines.append(f'- <a id="finding-{number[id(f)]}"></a>line {c.line}{tag}: “{inline(c.text, MAX_QUOTE)}”')
        lines.append("")
    return lines


def _has_facts(f) -> bool:
    return bool(f and (any(q.counted or q.event for q in f.quantities) or f.dates or f.attribution.kind != "article"))


def _sources(report: Report, names, articles) -> list[str]:
    lines = ["## Sources", "", "| Outlet | Published | File | Link |", "|---|---|---|---|"]
    for a in report.articles:
        published = a.published.isoformat() if a.published else "unknown"
        if a.published and a.published_from not in (None, "front matter"):
            published += f" (from the {a.published_from})"
        note = " (HTML, text extracted)" if a.format == "html" else ""
        if a.duplicate_of:
            note += f" (same text as {inline(names.get(a.duplicate_of, a.duplicate_of))}, not compared)"
        lines.append(f"| {inline(names[a.id])} | {published} | `{_code(a.path)}`{note} | {_link(a.url) if a.url else '–'} |")
    if report.warnings:
        lines += ["", "Skipped or noted while reading:", ""] + [f"- {escape(w)}" for w in report.warnings]
    return lines + [""]


def _link(url: str) -> str:
    """A link only for http(s) URLs; anything else (javascript:, data:) is shown as inert text."""
    if re.match(r"^https?://[^\s<>()|\[\]`\\]+$", url):
        return f"<{url}>"
    return inline(url, 200)


def _code(text: str) -> str:
    return " ".join(text.replace("`", "'").replace("|", "\\|").split())  # GFM: "\|" keeps a table cell whole


__all__ = ["RUN_MARKER", "escape", "to_markdown", "Row"]
