"""HTML report: the ``digest`` as one self-contained page (inline CSS, no script, no network).

Built with Jinja2 with autoescaping on, so article text reaches the page only as text: a
hostile article (``<script>``, ``<img onerror=...>``, a ``javascript:`` link) renders inert.
Links are made only from http(s) URLs.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .digest import EARLIER_SPLIT, STATE_LABEL, by_outlet
from .models import Report, Verdict
from .report import reading, verify_quotes


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("factcheck", "templates"), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    return env


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) address, else None (no javascript:, data: or odd schemes)."""
    if url and re.match(r"^https?://[^\s<>\"'`\\]+$", url):
        return url
    return None


def to_html(report: Report) -> str:
    verify_quotes(report)
    findings, d = reading(report)
    names = dict(d.outlets)
    outlets = list(d.main)
    unique = [(n, f) for n, f in enumerate(findings, 1) if f.kind == Verdict.UNIQUE]
    claims = {c.id: c for c in report.claims}
    only_here: dict[str, list] = {}  # article -> (number, claim) of the claims only it carries
    for n, f in unique:
        only_here.setdefault(claims[f.claims[0]].source, []).append((n, claims[f.claims[0]]))
    grid = [(r, [(value, _who_gives(saids)) for value, saids in r.values], by_outlet(r)) for r in d.grid]
    return _environment().get_template("report.html").render(grid=grid, status=status_text,
        d=d, names=names, outlets=outlets, report=report, states=STATE_LABEL, earlier_split=EARLIER_SPLIT,
        unique=sorted(only_here.items(), key=lambda kv: names[kv[0]].lower()),
        compared=sum(1 for a in report.articles if not a.duplicate_of),
    )


def _who_gives(saids) -> list[tuple[str, str]]:
    """Each outlet once, with whom it cites for this value: [(outlet, "citing X")]."""
    out: dict[str, list[str]] = {}
    for s in saids:
        cites = out.setdefault(s.outlet, [])
        if s.who and s.who not in cites:
            cites.append(s.who)
    return [(outlet, ", ".join(cites)) for outlet, cites in out.items()]


def status_text(item) -> str:
    """"f-3a9c01b7 · new · confirmed by Ana (2026-12-02): checked" (plain text; the template escapes it)."""
    bits = [item.id] + ([item.since] if item.since else [])
    r = item.review
    if r:
        bits.append(f"{r['status']}" + (f" by {r['by']}" if r.get("by") else "") + (f" ({str(r['at'])[:10]})" if r.get("at") else "")
                    + (f": {r['note']}" if r.get("note") else ""))
        if r.get("changed_since_review"):
            bits.append("changed since reviewed")
    else:
        bits.append("not reviewed")
    return " · ".join(bits)
