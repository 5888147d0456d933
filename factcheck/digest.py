"""Digest: what an editor reads first, built from a ``Report`` for the Markdown and HTML pages.

``digest(report) -> Digest``: outlet names an editor recognises, an opening summary in plain
sentences, the fact grid of the main event (one row per fact, one column per outlet), each flag
as a plain sentence with its quotes, agreements in a compact form, and how each contested number
moved from report to report. It decides wording and order only: every finding, value and quote
comes from the report as judged, and the renderers (``report.to_markdown``, ``html.to_html``)
only lay it out.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from urllib.parse import urlparse

from .models import Article, Claim, Facts, Finding, Quantity, Report, Verdict
from .rules import claim_order, compatible
from .table import key_slot, stated_noun

SUMMARY_SENTENCES = 6  # the most the opening summary says
GRID_ROWS = 14  # facts shown in the grid; the rest stay in the JSON's facts_table
WIDE = 5  # outlets beyond which the grid folds into one list per fact
NAME_CHARS = 48  # the longest outlet name drawn from a headline or title
ODD_ONE_OUT = 3  # facts on which one outlet alone differs before the summary names it (two can be chance)


@dataclass(frozen=True)
class Quote:
    """One claim as an editor finds it again: the outlet, where it stands, the exact words."""

    claim: str
    article: str
    outlet: str
    line: int
    start: int
    end: int
    text: str
    who: str  # who the sentence attributes it to ("" for the article itself)
    certainty: str
    cue: str
    published: dt.date | None
    url: str | None
    page: int | None = None  # the PDF page it stands on


@dataclass(frozen=True)
class Said:
    """One outlet's value for one fact, and who it cites."""

    article: str
    outlet: str
    value: str  # as written, lower-cased where it opened the sentence: "about 2,100 residents"
    who: str  # the source its clause or sentence names, "" when the article states it
    claim: str
    published: dt.date | None


@dataclass(frozen=True)
class Row:
    """One fact of the grid: every outlet's value for one slot of the fact table."""

    label: str  # "Deaths", "Distance from Aden", "Deaths (2004)"
    slot: str
    event: int
    state: str  # contested, updated, agreed, differs (values differ, not compared), single
    values: tuple[tuple[str, tuple[Said, ...]], ...]  # distinct values, each with who says it
    findings: tuple[int, ...]  # numbers of the findings about this fact
    background: bool
    unit: str = ""  # the slot's unit ("USD", "meter"), where it has one


@dataclass(frozen=True)
class Item:
    """One finding in plain words."""

    number: int
    kind: Verdict
    title: str
    sentence: str
    why: str
    quotes: tuple[Quote, ...]
    basis: str
    short: str = ""  # the finding in one sentence, for the opening summary
    slot: str = ""
    id: str = ""  # the stable id an editor's decision is filed under
    review: dict | None = None  # the latest decision: status, note, by, at, changed_since_review
    since: str = ""  # new, changed or unchanged against the previous report ("" when there is none)


@dataclass(frozen=True)
class Step:
    slot: str
    said: tuple[Said, ...]  # in order of publication


@dataclass(frozen=True)
class Digest:
    title: str
    outlets: tuple[tuple[str, str], ...]  # (article id, name), in the report's order
    main: tuple[str, ...]  # the articles of the main event
    others: tuple[tuple[str, ...], ...]  # the articles of each other event
    summary: tuple[str, ...]
    grid: tuple[Row, ...]
    hidden_rows: int  # slots of the main event left out of the grid
    background: tuple[Row, ...]
    flags: tuple[Item, ...]  # contradictions first, then certainty gaps and status changes
    agreements: tuple[Item, ...]
    timeline: tuple[Step, ...]
    unique: int
    closed: tuple[Item, ...] = ()  # dismissed or marked false positive by an editor
    since: str = ""  # what changed since the previous report, in one sentence


# --- ordering -----------------------------------------------------------------------------------

PEOPLE_EVENTS = frozenset({"death", "injury", "hospitalization", "missing", "arrest", "evacuation", "rescue"})


def rank(findings, claims: dict[str, Claim], table, events) -> list[Finding]:
    """What an editor must look at first: the main event's flags before another event's, and within
    them contradictions (about the event itself before a background event, numbers about people
    before other details, contradictions before count updates), then certainty gaps and status
    changes, then agreements; claims only one article carries last. Ties keep the most claims
    first, then claim order."""
    main = set(main_event(events, ()))
    slots = {s.name: s for s in table}
    order = {cid: n for n, cid in enumerate(claims)}

    def key(f: Finding):
        slot = slots.get(f.slot) if f.slot else None
        background = bool(slot and any(c.quantity.background for c in slot.cells))
        people = bool(slot and any(c.quantity.event in PEOPLE_EVENTS for c in slot.cells))
        on_main = not main or any(claims[c].source in main for c in f.claims)
        if f.kind == Verdict.CONTRADICTION or (f.kind == Verdict.STATUS_CHANGE and f.slot):
            tier = 0
        elif f.kind in (Verdict.CERTAINTY_GAP, Verdict.STATUS_CHANGE):
            tier = 1
        elif f.kind == Verdict.AGREEMENT:
            tier = 2
        else:
            tier = 3
        detail = 0 if people else 1 if f.slot else 2
        group = tier + 1 if tier >= 2 else int(not on_main)  # the main event's flags, other flags, agreements, unique
        return (group, tier, background, detail, f.kind != Verdict.CONTRADICTION, -len(f.claims),
                -round(f.score, 4), [order.get(c, 0) for c in f.claims])

    return sorted(findings, key=key)


def main_event(events, articles) -> tuple[str, ...]:
    """The event most articles report (the first on a tie); every article when there is one."""
    if not events:
        return tuple(a.id for a in articles)
    return max(events, key=len)


# --- names --------------------------------------------------------------------------------------

def outlet_names(articles: list[Article] | tuple[Article, ...], claims) -> dict[str, str]:
    """A name an editor recognises for each article: the front matter's outlet, else its title, else
    the agency of its dateline, else the site of its URL, else its headline, else the file name.
    Names two articles share get the file name after them."""
    first_headline: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: (c.source, c.start)):
        if c.headline:
            first_headline.setdefault(c.source, c.text)
    names = {}
    for a in articles:
        if a.outlet:
            name = a.outlet.strip()
        elif a.title:
            name = quoted(a.title)
        elif a.credit:
            name = a.credit.strip()
        elif a.url and urlparse(a.url).hostname:
            name = urlparse(a.url).hostname.removeprefix("www.")
        elif a.id in first_headline:
            name = quoted(first_headline[a.id])
        else:
            name = a.id
        names[a.id] = " ".join(name.split())
    count = Counter(names.values())
    return {k: (f"{v} ({k})" if count[v] > 1 and v != k else v) for k, v in names.items()}


def quoted(text: str) -> str:
    """A headline used as a name: shortened at a word, in quotation marks."""
    text = " ".join(text.split()).strip("\"“”'‘’ ")
    if len(text) > NAME_CHARS:
        text = text[:NAME_CHARS].rsplit(" ", 1)[0].rstrip(",;:-–—") + "…"
    return f"“{text}”"


def as_written(name: str, text: str) -> str:
    """A normalised name ("us geological survey") as the sentence writes it ("US Geological Survey")."""
    if not name:
        return ""
    m = re.search(rf"(?i)(?<!\w){re.escape(name)}(?!\w)", text)  # a whole word: "Porto", not the end of "Oporto"
    return m.group(0) if m else name


def value_text(q: Quantity) -> str:
    """The value as written, lower-cased where it opened its sentence: "about 2,100 residents"."""
    text = " ".join(q.text.split())
    if text.isupper() and len(text.split()) > 1:  # "THREE PEOPLE", a headline's capitals
        return text.lower()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return f"{text} {q.bearing}" if q.bearing else text  # "150 nautical miles west" (of the slot's place)


EVENT_WORDS = ("deaths", "injuries", "hospitalised", "missing", "arrests", "evacuations", "rescues", "returns", "damage")


def plural(noun: str) -> str:
    """English plural of a counted noun's lemma, by the regular rules ("house" -> "houses", "city" ->
    "cities", "bus" -> "buses"); a word already plural is left alone."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + ("es" if noun.endswith(("x", "z", "ch", "sh")) else "")
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def label(slot: str) -> str:
    """A slot as a row label: "Deaths", "Deaths (passengers)" for "passengers deaths"."""
    words = slot.split(" (")[0].split()
    rest = slot[len(" ".join(words)):]
    if len(words) > 1 and words[-1] in EVENT_WORDS:
        stems: dict[str, str] = {}
        for w in words[:-1]:
            stems.setdefault(w.rstrip("s"), w)  # "protesters protester" -> "protesters"
        slot = f"{words[-1]} ({' '.join(stems.values())}){rest}"
    return slot[:1].upper() + slot[1:]


# --- the digest -----------------------------------------------------------------------------------

def digest(report: Report, findings: list[Finding] | None = None) -> Digest:
    """The editor's view of a report; ``findings`` in the order they are numbered (``rank``)."""
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    names = outlet_names(report.articles, report.claims)
    findings = findings if findings is not None else rank(report.findings, claims, report.table, report.events)
    number = {id(f): n for n, f in enumerate(findings, 1)}
    events = [tuple(e) for e in report.events] or [tuple(a.id for a in report.articles if not a.duplicate_of)]
    main = main_event(events, report.articles)
    main_index = events.index(main) if main in events else 0
    ctx = _Context(claims, articles, report.facts, names)

    slot_at: dict[tuple[str, str], list] = defaultdict(list)  # the slots each finding may be about
    for s in report.table:
        for c in (*s.cells, *(c for listed in s.lists for c in listed)):  # a list's values too ("7.6 and 7.4")
            if s not in slot_at[(s.name, c.claim)]:
                slot_at[(s.name, c.claim)].append(s)
    by_slot: dict[tuple[int, str, str], list[Finding]] = defaultdict(list)
    for f in findings:
        slot = _slot_of(f, report.table, slot_at)
        if slot is not None:
            by_slot[(slot.event, slot.name, slot.unit)].append(f)
    rows, people = [], {}
    for slot in report.table:
        mine = by_slot.get((slot.event, slot.name, slot.unit), [])
        for f in mine:  # a finding across slots ("no reports of damage" / "300 buildings damaged"): its row shows both
            slot = _with_compared(slot, f, report.table)
        row = _row(slot, mine, number, ctx)
        if _worth_a_row(row, slot, mine):
            rows.append(row)
            people[(slot.event, slot.name)] = any(c.quantity.event in PEOPLE_EVENTS for c in slot.cells)
    rows = _told_apart(rows)
    grid_all = [r for r in rows if r.event == main_index and not r.background]
    grid_all.sort(key=lambda r: (STATE_ORDER[r.state], min(r.findings, default=len(findings) + 1),
                                 not people[(r.event, r.slot)], -_outlets(r), r.slot))
    background = [r for r in rows if r.event == main_index and r.background and r.state in ("contested", "updated", "agreed")]

    flags, agreements, closed = [], [], []
    agreed: dict[str, list[set]] = defaultdict(list)  # claim -> the claim sets of agreements shown with it
    for f in findings:
        if f.kind == Verdict.UNIQUE:
            continue
        if f.kind == Verdict.AGREEMENT and any(set(f.claims) <= seen for seen in agreed[f.claims[0]]):
            continue  # a sentence agreement on the very claims of a fact's agreement says it twice
        slot = _slot_of(f, report.table, slot_at)
        item = replace(_item(f, number[id(f)], ctx, slot), id=f.id, review=report.reviews.get(f.id),
                       since=report.since.get(f.id, "") if report.since_report else "")
        if item.review and item.review["status"] in ("dismissed", "false-positive"):
            closed.append(item)
        elif f.kind == Verdict.AGREEMENT:
            for c in f.claims:
                agreed[c].append(set(f.claims))
            agreements.append(item)
        else:
            flags.append(item)
    shown = {i.number for i in flags} | {i.number for i in agreements} | {i.number for i in closed}  # anchors on the page
    grid_all = [replace(r, findings=tuple(n for n in r.findings if n in shown)) for r in grid_all]
    background = [replace(r, findings=tuple(n for n in r.findings if n in shown)) for r in background]
    timeline = _timeline(grid_all, articles)
    summary = _summary(grid_all[:GRID_ROWS], flags, agreements, events, main,
                       _odd_one_out(findings, number, ctx, main))
    return Digest(
        title=_title(report, main, claims),
        outlets=tuple((a.id, names[a.id]) for a in report.articles),
        main=main, others=tuple(e for e in events if e != main), summary=tuple(summary),
        grid=tuple(grid_all[:GRID_ROWS]), hidden_rows=max(0, len(grid_all) - GRID_ROWS), background=tuple(background),
        flags=tuple(flags), agreements=tuple(agreements), timeline=tuple(timeline),
        unique=sum(1 for f in findings if f.kind == Verdict.UNIQUE),
        closed=tuple(closed), since=_since(report, flags + closed),
    )


def _since(report: Report, flags: list[Item]) -> str:
    """"Since the last run (2026-12-02 14:02): 2 new contradictions, 1 changed; 3 gone."."""
    if not report.since_report:
        return ""
    new = Counter(KIND_PLURAL[i.kind] for i in flags if i.since == "new")
    changed = sum(1 for i in flags if i.since == "changed")
    gone = len(report.since_report.get("gone") or [])
    parts = [f"{n} new {kind if n != 1 else kind[:-1]}" for kind, n in sorted(new.items())]
    parts += [f"{changed} changed"] if changed else []
    parts += [f"{gone} gone"] if gone else []
    ran = str(report.since_report.get("ran") or "")[:16].replace("T", " ")
    return f"Since the last run{' (' + ran + ')' if ran else ''}: " + (", ".join(parts) or "no flag is new or changed") + "."


KIND_PLURAL = {Verdict.CONTRADICTION: "contradictions", Verdict.CERTAINTY_GAP: "certainty gaps",
               Verdict.STATUS_CHANGE: "status changes", Verdict.AGREEMENT: "agreements", Verdict.UNIQUE: "uniques"}


@dataclass(frozen=True)
class _Context:
    claims: dict[str, Claim]
    articles: dict[str, Article]
    facts: dict[str, Facts]
    names: dict[str, str]

    def quote(self, cid: str) -> Quote:
        c = self.claims[cid]
        f = self.facts.get(cid)
        a = self.articles[c.source]
        who = ""
        if f is not None and f.attribution.kind != "article":
            who = re.sub(r"\s*\((?:told|said to|speaking to) [^)]*\)", "", f.attribution.text or f.attribution.name)
            who = who.strip(" ,;:") or f.attribution.name
        page = bisect.bisect_right(a.pages, c.start) if a.pages else None
        return Quote(cid, c.source, self.names[c.source], c.line, c.start, c.end, c.text, who,
                     f.certainty if f else "", f.certainty_cue if f else "", a.published, a.url, page)

    def said(self, cell, place: bool = True) -> Said:
        c = self.claims[cell.claim]
        value = value_text(cell.quantity)
        if cell.place and place:  # a crowd's place as written, else by its city's name: "20,000 people in Thessaloniki"
            written = as_written(cell.place, c.text)
            value += f" in {written if written != cell.place else cell.place.title()}"
        return Said(cell.article, self.names[cell.article], value, as_written(cell.source, c.text),
                    cell.claim, self.articles[cell.article].published)


STATE_ORDER = {"contested": 0, "updated": 1, "agreed": 2, "differs": 3, "single": 4}
STATE_LABEL = {"contested": "contested", "updated": "updated", "agreed": "agreed",
               "differs": "differs, not compared", "single": "one outlet"}


def _row(slot, slot_findings: list[Finding], number, ctx: _Context) -> Row:
    kinds = {f.kind for f in slot_findings}
    distinct: dict[str, list[Said]] = {}
    for cell in slot.cells:
        said = ctx.said(cell)
        key = f"{_value_key(cell.quantity)}|{cell.place}"  # "20,000" in Athens and in Thessaloniki: two values
        distinct.setdefault(key, []).append(said)
    values = tuple((saids[0].value, tuple(saids)) for saids in distinct.values())
    outlets = {c.article for c in slot.cells}
    if Verdict.CONTRADICTION in kinds:
        state = "contested"
    elif Verdict.STATUS_CHANGE in kinds:
        state = "updated"
    elif len(outlets) < 2:
        state = "single"
    elif all(compatible(x.quantity, y.quantity) for n, x in enumerate(slot.cells) for y in slot.cells[n + 1:]):
        state = "agreed"
    else:
        state = "differs"  # values that do not fit together, never set against each other (other places, moments)
    background = any(c.quantity.background for c in slot.cells)
    return Row(fact_label(slot.name, slot.cells, ctx), slot.name, slot.event, state, values,
               tuple(sorted(number[id(f)] for f in slot_findings)), background, slot.unit)


def by_outlet(row: Row) -> dict[str, list[tuple[str, str]]]:
    """Each outlet's values for a row, each once, with whom it cites: {article: [(value, "X, Y")]}."""
    out: dict[str, dict[str, list[str]]] = {}
    for value, saids in row.values:
        for s in saids:
            who = out.setdefault(s.article, {}).setdefault(value, [])
            if s.who and s.who not in who:
                who.append(s.who)
    return {a: [(v, ", ".join(w)) for v, w in values.items()] for a, values in out.items()}


def fact_label(name: str, cells, ctx: _Context) -> str:
    """A slot as an editor reads it: "Houses" (a count of houses), "Distance from Aden" (the place as
    the article writes it), "Deaths (passengers)"."""
    text = label(name)
    if " " not in name and name not in EVENT_WORDS and cells and all(c.quantity.dimension == "count" for c in cells):
        text = plural(text)
    holder = cells[0].quantity.holder if cells else ""
    if holder and name.endswith(f" of {holder}") and all(c.quantity.holder == holder for c in cells):
        # "wife of Blackmore" -> "Blackmore's wives", the noun as an article writes it after its number
        noun = next((c.quantity.text.split()[-1] for c in cells if len(c.quantity.text.split()) > 1), "")
        if noun.isalpha():
            text = f"{holder}'s {noun.lower()}"
    if text.startswith("Distance from ") and cells:
        place = text.removeprefix("Distance from ").split(" (")[0]
        text = text.replace(place, as_written(place, ctx.claims[cells[0].claim].text), 1)
    return text


def _value_key(q: Quantity) -> str:
    return f"{q.low:g}|{q.high:g}|{q.unit}|{q.bearing}"


def _worth_a_row(r: Row, slot, slot_findings: list[Finding]) -> bool:
    """A contested fact; a key fact (a toll, a magnitude, a depth, a distance) two outlets state; or
    any other fact two independent sources agree on ("two trucks", said by one doctor and quoted
    by four outlets, is left to the JSON)."""
    if r.state in ("contested", "updated"):
        return True
    key = all(key_slot(c.quantity) and not stated_noun(c.quantity) for c in slot.cells)
    if key and _outlets(r) >= 2:
        return True
    return any(f.kind == Verdict.AGREEMENT and f.independent_sources >= 2 for f in slot_findings)


def _outlets(r: Row) -> int:
    return len({s.article for _, saids in r.values for s in saids})


# --- findings in plain words ----------------------------------------------------------------------

# one fact told two ways, in the articles' words (``table._two_ways``): why it is flagged
TOLD_TWO_WAYS = {
    "manner": "Two reports give different causes of death for the same dead: check which is right.",
    "fate": "The same people are said to have been rescued in one report and captured in another: check which happened.",
    "nationality": "The same group is given one nationality in one report and two in another: check who they were.",
    "identity": "One report names the thing; another says it was in fact something else: check which is right.",
}
# why an undated article was set apart (``events.told_earlier``), between its name and the evidence
EARLIER_SPLIT = "gives no date and may report an earlier happening, not this one"
# what an open question leaves unknown, as the report says it ("says it is not known where")
QUESTION_ASKED = {"if": "whether", "whom": "who"}
CERTAINTY_WORDS = {
    "asserted": "states it as fact",
    "reported": "reports it",
    "hedged": "hedges it",
    "cautioned": "urges caution about it",
    "denied": "reports it denied",
}
KIND_TITLE = {
    Verdict.CONTRADICTION: "Contradiction",
    Verdict.CERTAINTY_GAP: "Certainty gap",
    Verdict.STATUS_CHANGE: "Planned or done",
    Verdict.AGREEMENT: "Agreement",
}


def _slot_of(f: Finding, table, slot_at: dict):
    """The slot a finding is about, holding every cell it compares (``_with_compared``)."""
    if not f.slot:
        return None
    want = _compared_values(f)
    # "crowd in Thessaloniki": a place's figures of "crowd"; "magnitude, the second of 2": of a list's
    for name in (f.slot, f.slot.split(" in ")[0], f.slot.split(", ")[0]):
        found = [s for c in f.claims for s in slot_at.get((name, c), ())]
        if found:  # of one name's slots (a sum in dollars, in euros), the one holding the values compared
            slot = max(found, key=lambda s: len(want & {(c.claim, c.quantity.text) for c in s.cells}))
            return _with_compared(slot, f, table)
    return None


def _told_apart(rows: list[Row]) -> list[Row]:
    """Rows of one event that would read alike are labelled with their unit: "Damage (USD)" and
    "Damage (EUR)", one sum told in two currencies."""
    seen = Counter((r.event, r.label) for r in rows)
    return [replace(r, label=f"{r.label} ({r.unit})") if seen[(r.event, r.label)] > 1 and r.unit else r for r in rows]


def _compared_values(f: Finding, records: bool = False) -> set[tuple[str, str]]:
    """(claim, value as written) of every value a finding sets against another (its pairs' "a" and
    "b"); ``records``: an agreement's plain quantity records too."""
    sides = [side.get(k) for side in f.compared for k in ("a", "b")] + (list(f.compared) if records else [])
    return {(side["claim"], side["text"]) for side in sides if isinstance(side, dict) and "text" in side and "claim" in side}


def _with_compared(slot, f: Finding, table):
    """``slot`` with the cells of other slots that finding ``f`` compares with its own: a finding
    across slots ("no reports of damage" against counts of houses and of buildings). A finding that
    compares none of the slot's cells leaves it as it is."""
    want = _compared_values(f)
    have = {(c.claim, c.quantity.text) for c in slot.cells}
    listed = {(c.claim, c.quantity.text): c for values in slot.lists for c in values if (c.claim, c.quantity.text) in want}
    if listed and not want & have:  # the n-th values of two lists ("7.6 and 7.4" / "7.6 and 7.5")
        return replace(slot, cells=slot.cells + tuple(listed.values()))
    if want <= have or not want & have:
        return slot
    more = {(c.claim, c.quantity.text): c for s in table if s.event == slot.event for c in s.cells
            if (c.claim, c.quantity.text) in want - have}
    return replace(slot, cells=slot.cells + tuple(more.values()))


def _item(f: Finding, n: int, ctx: _Context, slot) -> Item:
    quotes = tuple(ctx.quote(c) for c in f.claims)
    if f.slot and slot is not None:
        return _slot_item(f, n, ctx, slot, quotes)
    compared = f.compared[0] if f.compared else {}
    aspect = compared.get("aspect", f.aspect)
    title = KIND_TITLE[f.kind]
    basis = _basis(f)
    if f.kind == Verdict.AGREEMENT:
        outlets = _names_of(f.claims, ctx)
        what = f" on {f.subject}" if f.subject else ""
        sentence = f"{_count(outlets, 'outlet')} say the same{what}: {_join(outlets)}."
        why = _independence(f, ctx)
        return Item(n, f.kind, title + what, sentence, why=why, quotes=quotes, basis=basis)
    a, b = compared.get("a", {}), compared.get("b", {})
    name_a = ctx.names[ctx.claims[a["claim"]].source] if a.get("claim") in ctx.claims else ""
    name_b = ctx.names[ctx.claims[b["claim"]].source] if b.get("claim") in ctx.claims else ""
    if name_a and name_a == name_b:
        name_b = "elsewhere the same article"
    about = f" “{_excerpt(ctx.claims[a['claim']].text)}”" if a.get("claim") in ctx.claims else ""
    if aspect == "certainty" and compared.get("question"):
        asked = re.sub(r"^(?:if|whom)\b", lambda m: QUESTION_ASKED[m.group(0).lower()], compared["question"], flags=re.I)
        if asked.lower().startswith("when"):  # a time given, often a forecast ("would not reopen until Monday")
            sentence = (f"{name_a} gives a time for it{_citing(a, ctx)}; {name_b} says it is not known {asked}"
                        f"{_cue(b)}{_citing(b, ctx)}.")
            why = ("One source gives a time for what another says is not known: check whether a time has been set, "
                   "and by whom.")
        else:
            sentence = (f"{name_a} {_how_sure(a, ctx)}; {name_b} says it is not known {asked}{_cue(b)}{_citing(b, ctx)}.")
            why = "One source gives as fact what another says is not known: check whether it has been established."
        title = f"Certainty gap on{about}"
    elif aspect == "certainty" and compared.get("cause"):
        harm, cause = compared["harm"], compared["cause"]
        sentence = (f"{name_a} gives the {cause} as the cause of the {harm}{_citing(a, ctx)}; {name_b} only supposes it"
                    f"{_cue(b)}{_citing(b, ctx)}.")
        why = "One source gives as established what another only supposes: check whether the cause has been confirmed."
        title = f"Cause of the {harm}, fact or supposition: {cause}"
    elif aspect == "certainty" and compared.get("label"):
        label = compared["label"]
        sentence = f"{name_a} calls it a {label}{_citing(a, ctx)}; {name_b} says it was not{_cue(b)}{_citing(b, ctx)}."
        why = "Sources disagree on what to call the happening: check which description the record supports."
        title = f"Called a {label}, or not:{about}"
    elif aspect == "certainty":
        sentence = (f"{name_a} {_how_sure(a, ctx)}; {name_b} {CERTAINTY_WORDS.get(b.get('certainty'), 'doubts it')}"
                    f"{_cue(b)}{_citing(b, ctx)}.")
        why = ("One source reports it on someone's word; another treats it as unconfirmed or disputed: check who "
               "stands behind each account." if a.get("certainty") == "reported" else
               "One source holds as settled what another treats as unconfirmed or disputed: check which is right.")
        title = f"Certainty gap on{about}"
    elif aspect == "named":
        are = "are" if " and " in (a.get("text") or "") else "is"
        sentence = f"{name_a} says the {a.get('text')} {are} not named; {name_b} names {b.get('text')}."
        why = ("One report says the names were not given; another gives them: most likely released later. Check the "
               "dates, and that the people named are the ones meant.")
        title = f"Named later: the {a.get('text')}"
    elif aspect == "status" and a.get("status") == "not yet known":
        question = compared.get("question", "")
        sentence = f"{name_a} says it was not known yet {question}{_cue(a)}; {name_b}, published later, gives the answer."
        why = "An earlier report left it open, a later one gives the answer: most likely an update. Check the dates."
        title = f"Answered later:{about}"
    elif aspect == "status" and a.get("status") == "not yet done":
        sentence = f"{name_a} says it had not happened yet{_cue(a)}; {name_b}, published later, says it has{_cue(b)}."
        why = "An earlier report says it had not happened yet, a later one that it has: most likely an update. Check the dates."
        title = f"Not yet, then done:{about}"
    elif aspect == "status":
        when = f", {b['date']['text']}" if b.get("date") else ""
        sentence = f"{name_a} has it {a.get('status')}{_cue(a)}; {name_b} has it {b.get('status')}{_cue(b)}{when}."
        why = "One report gives as a plan what another gives as done: check whether it happened, and when."
        title = f"Planned or done:{about}"
    elif aspect == "negation":
        yes, no = compared.get("positive"), compared.get("negative")
        ny = ctx.names[ctx.claims[yes].source] if yes in ctx.claims else ""
        nn = ctx.names[ctx.claims[no].source] if no in ctx.claims else ""
        if ny and ny == nn:
            nn = "elsewhere the same article"
        sentence = f"{ny} says so; {nn} says the opposite{_cue({'cue': compared.get('cue')})}."
        why = "One report affirms what another denies."
        said = f" “{_excerpt(ctx.claims[yes].text)}”" if yes in ctx.claims else ""
        title = f"Did it happen?{said}"
    elif aspect == "time" and a.get("zone") and b.get("zone"):
        sentence = f"{name_a} says {a.get('text')} local time; {name_b} says {b.get('text')} GMT/UTC."
        why = "The same minute of the clock in two time zones: unless the place keeps GMT, one of them is wrong."
        title = "Contradiction: time zone"
    elif aspect == "place" and a.get("country"):
        sentence = f"{name_a} says “{a.get('text')}”; {name_b} says “{b.get('text')}”."
        why = (f"{a['country']} is a country of its own, not in {a.get('inside')} (GeoNames country list): "
               f"{name_a} misplaces it.")
        title = f"Contradiction: {f.subject}"
    elif aspect == "place" and a.get("setting"):
        sentence = f"{name_a} says it struck at sea (“{a.get('text')}”); {name_b} says on land (“{b.get('text')}”)."
        why = "One report puts the happening at sea, another on land: one of them is wrong."
        title = f"Contradiction: {f.subject}"
    elif aspect in TOLD_TWO_WAYS:
        sentence = f"{name_a} says “{a.get('text')}”; {name_b} says “{b.get('text')}”."
        why = TOLD_TWO_WAYS[aspect]
        title = f"Contradiction: {f.subject}"
    elif aspect in ("date", "time"):
        sentence = f"{name_a} says {a.get('text')}; {name_b} says {b.get('text')}."
        why = f"The same happening is put on two different {'days' if aspect == 'date' else 'times'}."
        title = f"Contradiction: {'day' if aspect == 'date' else 'time'}{' of ' + _what(f.subject) if _what(f.subject) else ''}"
    elif aspect == "entity" and compared.get("role") == "rank":
        sentence = f"{name_a} gives {a.get('text')}; {name_b} gives {b.get('text')}."
        why = "One person is given two different ranks or titles: check which is right."
        title = f"Contradiction: {f.subject}"
    elif aspect == "entity":
        role = compared.get("role") or f.subject
        sentence = f"{name_a} names {a.get('text')}; {name_b} names {b.get('text')}{' as ' + role if role else ''}."
        why = "Two reports name different people or bodies for the same role or act."
        title = f"Contradiction: who{' (' + role + ')' if role else ''}"
    else:
        sentence = f"{name_a} and {name_b} differ: {f.reason}."
        why = f.reason
    return Item(n, f.kind, title, sentence, why=why, quotes=quotes, basis=basis, short=f"{title}: {sentence}")


def _slot_item(f: Finding, n: int, ctx: _Context, slot, quotes) -> Item:
    cells = {c.claim: c for c in slot.cells}
    sides = f.sides or tuple((c,) for c in f.claims)
    # a sentence with two sources ("police said no injuries (the Post says three)") stands on two sides:
    # its n-th side, in the order of the values, gets its n-th value
    # (of a list, "55 percent in Saudi Arabia, 52 percent in Egypt and 82 percent in India", only the
    # values the finding compares)
    compared = defaultdict(set)
    for claim, text in _compared_values(f, records=True):
        compared[claim].add(text)
    several = defaultdict(list)
    for c in sorted(slot.cells, key=lambda c: (c.quantity.low, c.quantity.high)):
        if not compared[c.claim] or c.quantity.text in compared[c.claim]:
            several[c.claim].append(c)
    for c in slot.cells:  # a claim none of whose values was compared keeps them all
        if not several[c.claim]:
            several[c.claim].append(c)
    seen: Counter = Counter()
    groups = []  # (value, outlets, cites), side by side
    side_of = []  # the side each group stands on
    for at, side in enumerate(sides):
        by_value: dict[str, list[Said]] = {}
        for c in side:
            if c in cells:
                cell = several[c][min(seen[c], len(several[c]) - 1)]
                said = ctx.said(cell, place=not f.slot.lower().endswith(f" in {cell.place}"))  # "Crowd in Porto": said
                seen[c] += 1
                by_value.setdefault(said.value, []).append(said)
        for value, saids in by_value.items():
            groups.append((value, list(dict.fromkeys(s.outlet for s in saids)),
                           list(dict.fromkeys(s.who for s in saids if s.who))))
            side_of.append(at)
    what = fact_label(f.slot, [cells[c] for c in f.claims if c in cells], ctx)
    if f.kind == Verdict.AGREEMENT:
        outlets = _names_of(f.claims, ctx)
        value = ctx.said(several[f.claims[0]][0]).value if several.get(f.claims[0]) else ""  # the value agreed on
        sentence = f"{what}: {value}, in {_count(outlets, 'outlet')} ({_join(outlets)})."
        return Item(n, f.kind, f"{what}: {value}", sentence, why=_independence(f, ctx), quotes=quotes, basis=_basis(f, what),
                    short=f"{what.lower()}, {value} ({_count(outlets, 'outlet')})")
    # an outlet on two sides is one article giving two sources' figures ("police said no injuries (the
    # Post says three)"): named once, then "the same article"
    said_by = [outlets for _, outlets, _ in groups]
    parts = [f"{'the same article' if k and outlets == said_by[0] and len(outlets) == 1 else _join(outlets)} "
             f"{'says' if len(outlets) == 1 else 'say'} {value}" + (f", citing {_join(cites)}" if cites else "")
             for k, (value, outlets, cites) in enumerate(groups)]
    if f.aspect == "moment":
        cue = next((r["moment"] for r in f.compared if r.get("moment")), "at one moment")
        sentence = f"{what}: " + "; ".join(f"{part} ({cue})" if not k else part for k, part in enumerate(parts)) + "."
        why = f"One report says its figure held “{cue}”, the other gives no moment: both may be right at their time. Say when each held."
        title = f"{what}: one figure held only {cue}"
        short = f"{what}: {_brief(groups[0])} {cue}; {_brief(groups[-1])}"
    elif f.kind == Verdict.STATUS_CHANGE and not all(ctx.articles[ctx.claims[c].source].published for c in f.claims):
        # a count that only grows, told higher by one report, when the reports' dates are not known:
        # most likely an update, but "later" would claim an order no date shows
        sentence = f"{what}: " + "; ".join(parts) + "."
        why = ("A count of this kind only grows, so the higher one is most likely the later report; the articles "
               "carry no dates to show it. Check when each was published, then use the latest figure from the best source.")
        title = f"{what}: counts differ, most likely an update"
        short = f"{what}: {_brief(groups[0])}, most likely updated to {_brief(groups[-1])}; dates unknown"
    elif f.kind == Verdict.STATUS_CHANGE:
        # "later" between sides; the values of one side ("no damage" / "300 buildings", "40 houses") stand together
        sentence = f"{what}: " + "".join(("; later, " if side_of[k] != side_of[k - 1] else "; ") + part if k else part
                                         for k, part in enumerate(parts)) + "."
        why = "A later report gives a higher count: most likely an update. Use the latest figure from the best source."
        title = f"{what}: count updated"
        first, last = groups[0], groups[-1]
        short = f"{what}: first {_brief(first)}, later {_brief(last)}"
    elif f.aspect == "part":
        sentence = f"{what}: " + "; ".join(parts) + "."
        why = ("One report's count for a part of the area is higher than another's count for the whole event: the "
               "total is too low or the part's count is wrong, unless one of them was revised. Check which is current.")
        part = next((r["part"] for r in f.compared if r.get("part")), "one district")
        title = f"{what}: the count for {part} alone is above the total"
        short = f"{what}: " + " against ".join(_brief(g) for g in groups[:2])
    elif f.aspect == "direction":
        sentence = f"{what}: " + "; ".join(parts) + "."
        why = "The same distance from the same place is given in directions that share no compass point."
        title = f"{what}: directions differ"
        firsts = [groups[side_of.index(k)] for k in sorted(set(side_of))[:2]]  # one value of each of two directions
        short = f"{what}: " + " against ".join(_brief(g) for g in firsts)
    else:
        sentence = f"{what}: " + "; ".join(parts) + "."
        why = ("The reports give different figures for the same fact of the same event: find which source is right, "
               "or attribute each figure.")
        title = f"{what}: figures differ"
        top = _clashing(groups, f) or sorted(groups, key=lambda g: -len(g[1]))[:2]
        short = f"{what}: " + " against ".join(_brief(g) for g in top)
        if len(groups) > 2:
            short += f", and {_count(range(len(groups) - 2), 'other figure')}"
    return Item(n, f.kind, title, sentence, why=why, quotes=quotes, basis=_basis(f, what), short=short + ".", slot=f.slot)


def _clashing(groups: list, f: Finding) -> list:
    """The two values the finding sets against each other with the most outlets behind them: of
    "tens of thousands", "as many as 20,000", "roughly 30,000" and "200,000", not the first two,
    which fit together, however many outlets say them."""
    def key(text: str) -> str:
        return " ".join(text.split()).lower()
    clash = {frozenset((key(c["a"]["text"]), key(c["b"]["text"]))) for c in f.compared
             if isinstance(c.get("a"), dict) and isinstance(c.get("b"), dict) and "text" in c["a"] and "text" in c["b"]}
    pairs = [[g, h] for n, g in enumerate(groups) for h in groups[n + 1:] if frozenset((key(g[0]), key(h[0]))) in clash]
    return max(pairs, key=lambda p: len(p[0][1]) + len(p[1][1]), default=[])


def _brief(group) -> str:
    """"249 people (2 outlets, citing Nugroho)": a value with who says it, in a few words."""
    value, outlets, cites = group
    said = outlets[0] if len(outlets) == 1 else _count(outlets, "outlet")
    return f"{value} ({said}{', citing ' + cites[0] if cites else ''})"


def _excerpt(text: str, most: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[:most].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _basis(f: Finding, what: str = "") -> str:
    """On what the finding rests; ``what``: the fact as the item names it ("Distance from Aden")."""
    if f.slot and f.fuzzy is None and f.cosine is None:
        return f"both figures are of one fact of this event ({what or label(f.slot)}), so they are compared however the sentences are worded"
    if f.cosine is not None:
        return f"sentences matched (similarity {f.score:.2f}: embeddings {f.cosine:.2f}, wording {f.fuzzy:.2f})"
    if f.fuzzy is not None:
        return f"sentences matched by wording ({f.fuzzy:.2f})"
    if f.subject.startswith(("the time", "time zone")):
        return "the same clock time given in two articles on this event, compared however the sentences are worded"
    if f.aspect == "manner":
        return "both give the event's death toll, the same number, and say how those dead died"
    if f.aspect == "fate":
        return "both give the same number of people of one nationality, each with what was done to them"
    if f.subject.startswith(("date of 'the killing of ", "date of 'the arrest of ")):
        return "both name the person and the day it was done to them, compared however the sentences are worded"
    if f.aspect == "named":
        return "one report says who they are is not given, another names people by the same title or as its holder"
    if any(c.get("cause") for c in f.compared):
        return "both name the same cause of the same harm on this event, compared however the sentences are worded"
    if any(c.get("question") for c in f.compared):
        return "one says a question is open, the other gives what it asks for, compared however the sentences are worded"
    if f.aspect == "nationality":
        return "both give the same number of people, with the nationalities they belong to"
    if any(c.get("a", {}).get("country") for c in f.compared):
        return "one article puts a country inside another, which no country is; another article places it elsewhere"
    if f.subject.startswith("where the "):
        return "the opening lines of two articles on this event, compared however the sentences are worded"
    return "the same day or role named in two articles"


def _independence(f: Finding, ctx: "_Context") -> str:
    outlets = len({ctx.claims[c].source for c in f.claims})
    if f.independent_sources and f.independent_sources < outlets:
        return (f"{f.independent_sources} independent source{'s' if f.independent_sources != 1 else ''}: "
                "some outlets rest on the same wire or spokesperson.")
    return ""


def _how_sure(side: dict, ctx: _Context) -> str:
    return CERTAINTY_WORDS.get(side.get("certainty"), "states it") + _cue(side) + _citing(side, ctx)


def _cue(side: dict) -> str:
    cue = side.get("cue")
    return f" (‘{cue}’)" if cue else ""


def _citing(side: dict, ctx: _Context) -> str:
    who = side.get("attribution")
    if not who or who == "article":
        return ""
    claim = ctx.claims.get(side.get("claim"))
    return f", citing {as_written(who, claim.text) if claim else who}"


def _what(subject: str) -> str:
    m = re.match(r"(?:date|time) of '(.+)'", subject or "")
    return m.group(1) if m else ""


def _names_of(claim_ids, ctx: _Context) -> list[str]:
    return list(dict.fromkeys(ctx.names[ctx.claims[c].source] for c in sorted(claim_ids, key=claim_order)))


def _join(items: list[str], most: int = 3) -> str:
    items = list(items)
    if len(items) > most:
        items = items[:most] + [f"{len(items) - most} more"]
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _count(items, word: str) -> str:
    return f"{len(items)} {word}{'s' if len(items) != 1 else ''}"


# --- summary and timeline -----------------------------------------------------------------------

def _odd_one_out(findings: list[Finding], number: dict, ctx: _Context, main) -> str:
    """One outlet that alone gives another figure, against two outlets or more, on
    ODD_ONE_OUT facts or more ("12 magazines" / "31", "six AK-47s" / "14", "300 rounds" / "923"): its
    figures may be another count (a running total), and an editor checks that outlet first. ""
    when none does."""
    alone: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.kind != Verdict.CONTRADICTION or not f.slot or len(f.sides) < 2:
            continue
        for side in f.sides:
            mine = {ctx.claims[c].source for c in side}
            others = {ctx.claims[c].source for s in f.sides if s is not side for c in s}
            if len(mine) == 1 and len(others) >= 2 and not mine & others:
                alone[next(iter(mine))].append(f)
    if not alone:
        return ""
    article, odd = max(alone.items(), key=lambda kv: len({f.slot for f in kv[1]}))
    facts = list(dict.fromkeys(_lower(plural(label(f.slot))) for f in odd))
    if len(facts) < ODD_ONE_OUT:
        return ""
    numbers = ", ".join(f"#{number[id(f)]}" for f in odd)
    where = "" if article in main else " (an article of the other event)"
    return (f"{ctx.names[article]}{where} alone differs from the other outlets on {_join(facts, 4)} ({numbers}): "
            f"check its figures first; they may count something else.")


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _summary(grid: list[Row], flags: list[Item], agreements: list[Item], events, main, odd: str = "") -> list[str]:
    """Three to six sentences: the contested facts of the main event (from the ranked flags), one
    outlet that alone differs on several of them, what outlets agree on, how many other flags there
    are, and whether other events were left out."""
    shown = {n for r in grid for n in r.findings}
    mine = [f for f in flags if f.number in shown or not f.slot and all(q.article in main for q in f.quotes)]  # the main event's contested facts, in rank order
    seen: set[str] = set()
    mine = [f for f in mine if not f.slot or f.slot not in seen and not seen.add(f.slot)]  # one sentence a fact
    out = [f.short for f in mine[:3]] + ([odd] if odd else [])
    settled = [a.short for a in agreements if a.short and a.number in shown][:4]
    if settled:
        out.append("Agreed: " + "; ".join(settled) + ".")
    elsewhere = [f for f in flags if not any(q.article in main for q in f.quotes)]
    rest = [f for f in flags if f not in mine[:3] and f not in elsewhere]
    figures = sum(1 for f in rest if f.slot)
    gaps = sum(1 for f in rest if f.kind == Verdict.CERTAINTY_GAP)
    plans = sum(1 for f in rest if f.kind == Verdict.STATUS_CHANGE and not f.slot)
    other = len(rest) - figures - gaps - plans
    also = [x for x in (_count(range(figures), "contested figure") if figures else "",
                        _count(range(other), "other contradiction") if other else "",
                        _count(range(gaps), "certainty gap") if gaps else "",
                        f"{plans} planned-or-done difference{'s' if plans != 1 else ''}" if plans else "") if x]
    if also:
        out.append(("Also to check: " if mine else "To check: ") + _join(also, 4) + " (listed below).")
    if not flags:
        out.insert(0, "No outlet contradicts another on the facts compared.")
    if len(events) > 1:
        n_other = sum(len(e) for e in events if e != main)
        flagged = f"; {_count(elsewhere, 'flag')} about {'it' if len(events) == 2 else 'them'} come after this event's" \
            if elsewhere else ""
        out.append(f"{_count(range(n_other), 'article')} seem{'s' if n_other == 1 else ''} to report another event "
                   f"and were not compared with the rest (see Other events){flagged}.")
    if len(out) > SUMMARY_SENTENCES and odd and settled:
        out.remove("Agreed: " + "; ".join(settled) + ".")  # an outlet to check first comes before what is settled
    return out[:SUMMARY_SENTENCES]


def _timeline(grid: list[Row], articles: dict[str, Article]) -> list[Step]:
    """How each contested or updated number moved, per outlet, in the order of publication."""
    out = []
    for r in grid:
        if r.state not in ("contested", "updated"):
            continue
        said = [s for _, saids in r.values for s in saids if s.published]
        if len({s.published for s in said}) < 2:
            continue
        out.append(Step(r.label, tuple(sorted(said, key=lambda s: (s.published, s.outlet)))))
    return out


def _title(report: Report, main, claims: dict[str, Claim]) -> str:
    """The story's name: the headline that shares the most words with the other headlines."""
    heads = [c for c in report.claims if c.headline and c.source in set(main)]
    if not heads:
        return "Source comparison"
    words = Counter(w for c in heads for w in set(re.findall(r"[a-z]{4,}", c.text.lower())))
    best = max(heads, key=lambda c: sum(words[w] - 1 for w in set(re.findall(r"[a-z]{4,}", c.text.lower()))))
    return " ".join(best.text.split())
