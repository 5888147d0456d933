"""Fact table: per event, one slot per fact stated, one cell per source that states it.

``fill(events, claims, facts, articles) -> list[Slot]`` puts every number of every claim in the
slot of what it counts or measures ("deaths", "magnitude", "people in town", "distance from
aden"), within the event its article reports; a background happening's figure goes to a slot of
its own ("deaths (2004)"), so it is never set against the main event's. ``judge_slots`` compares
the cells of each slot, whatever their sentences' similarity: incompatible values from two
sources are a contradiction, a growing count in a later report is an update, the same value from
independent sources an agreement. Each finding names its slot and carries ``sides`` (the claims
that stand together).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from . import lexicon as lx
from .facts import WEEKDAYS, YEARS_BACK, names_calendar_day
from .gazetteer import place_key
from .quantities import VAGUE, joined_spans_of_time, parse_number, singular_people, vague
from .models import Article, Claim, Facts, Finding, Quantity, Verdict
from .rules import (CUMULATIVE, claim_order, comparable, compatible, corroboration, counted_thing, date_issue, days_of,
                    describe, different_participants, later_report, lower_bound, movement, occasions, places,
                    quantity_record, telling, verb_forms, what_counted)
from .thresholds import (BACKGROUND_DAYS, COMMON_SLOT, EVENT_JOIN_COUNT, FLOORS_APART, LEDE, MANNER_REACH,
                         NARRATIVE_REACH, ROUNDING, SLOT_SOURCES)


@dataclass(frozen=True)
class Cell:
    """One source's value for a slot: the claim that states it, who states it, how certainly."""

    claim: str
    article: str
    source: str  # who states the number: its clause's source, else the sentence's, else the article
    quantity: Quantity
    certainty: str
    place: str = ""  # where its own clause puts a crowd ("in Salonika where 50,000 marched") or a share ("82 percent in India")


@dataclass(frozen=True)
class Slot:
    event: int  # index of the event (``events.split_events``) whose fact this is
    name: str  # what is counted or measured: "deaths", "magnitude", "distance from aden (2004)"
    unit: str
    cells: tuple[Cell, ...]
    # values one source gives together, in the order written ("two quakes, measuring 7.6 and 7.4"):
    # each is another thing's, so they are compared only with another list of as many values
    lists: tuple[tuple[Cell, ...], ...] = ()


# Words that name no particular thing counted: such counts go to the event's slot ("deaths").
GENERIC_COUNTED = frozenset({"", "people", "toll", "thing"})  # ("one thing is clear": no fact)


def slot_name(q: Quantity) -> str | None:
    """The slot a number fills, or None when it is no fact of its own (a change, a former value,
    a part of a whole, a count of plain people, an unknown currency)."""
    if movement(q):
        return f"{counted_thing(q)} change"  # "stocks plunged 5.4%": how far the stocks moved
    if q.counted == "time" and not q.event:
        return None  # "three times the battery life", "five times faster": a ratio, not a count
    if q.increment and not q.event and not q.earlier and q.counted not in GENERIC_COUNTED and OTHER.search(q.text):
        return f"other {counted_thing(q)}"  # "seven AK-47s and three other rifles": the rifles besides
    if q.increment or q.earlier or q.part_of is not None and q.event:
        return None
    if q.dimension == "money" and q.unit == "money":
        return None
    if q.holder and not q.event and (q.counted not in GENERIC_COUNTED or stated_noun(q)):
        # what a named person has ("Oler has at least three wives", "Smith, who has three children"):
        # that person's count, a slot of its own, not another's
        name = f"{stated_noun(q) if q.counted in GENERIC_COUNTED else counted_thing(q)} of {q.holder}"
    elif q.event:
        name = what_counted(q)
        noun = stated_noun(q)
        if noun and noun not in name and not (noun.endswith("s") and noun[:-1] in name.split()):
            name = f"{noun} {name}"  # "six children were killed": a part of the deaths, not the toll
    elif q.counted and q.counted not in GENERIC_COUNTED:
        name = counted_thing(q)  # "three cables in the Mediterranean": cables; where is a scope check's

    else:
        return None
    return f"{name} ({q.background})" if q.background else name


PAID_IN = re.compile(r"(?i)\s+in\s+(cash|stock|shares|equity|debt)\b")
# "three other rifles": the rest of a kind, besides those named before it (a count of its own, not
# an addition to an earlier figure as "three more" is)
OTHER = re.compile(r"(?i)^\S+\s+other\b")


def stated_noun(q: Quantity) -> str:
    """The noun written after a count of people when it names which people ("six children", "two
    policemen"), not people in general ("five people", "24 dead", "dozens of victims")."""
    words = q.text.lower().replace("-", " ").split()
    noun = words[-1] if len(words) > 1 and words[-1].isalpha() and q.value else ""  # "no injuries": none
    if not noun or noun in PEOPLE_IN_GENERAL or noun in VAGUE or q.stated_unit:  # "tens of thousands"
        return ""
    if noun in SHOTS:
        return ""  # "shot 11 times", "seven bullets hit him": the count's unit, not who was hit
    return noun


SHOTS = frozenset({"times", *(f"{n}s" for n in lx.ROUND_NOUNS)})
# Words for people counted as a whole: a toll of "five people" and one of "five victims" are one slot.
PEOPLE_IN_GENERAL = frozenset("people persons person dead victims victim casualties others other residents "
                              "lives civilians individuals bodies injured wounded missing total toll "
                              "protesters protestors demonstrators marchers participants".split())


def fill(events: list[tuple[str, ...]], claims: dict[str, Claim], facts: dict[str, Facts],
         articles: dict[str, Article] | None = None, days: list | None = None) -> list[Slot]:
    """The fact table: every slotted number of every claim, by event and slot, in claim order.

    A number is a background happening's when its sentence dates itself far from the event's day
    (``event_day``: "the 2004 tsunami killed 170,000", "in May 2012 an 8.6 quake...") even where the
    article's own date was unknown to the facts stage. ``days``: each event's ``event_day``, when the
    caller has them."""
    event_of = {s: n for n, e in enumerate(events) for s in e}
    if days is None:
        days = [event_day(e, claims, facts, articles or {}) for e in events]
    cells: dict[tuple[int, str, str], list[Cell]] = defaultdict(list)
    lists: dict[tuple[int, str, str], list[tuple[Cell, ...]]] = defaultdict(list)
    years = _lede_years(events, claims, facts)
    months = _event_months(events, claims, facts)
    whens = {cid: elsewhen(facts[cid], days[event_of.get(c.source, 0)], years[event_of.get(c.source, 0)], c.text,
                           months[event_of.get(c.source, 0)])
             if days else "" for cid, c in claims.items()}
    whens.update(_between_background(claims, facts, whens))
    for cid, claim in claims.items():
        f = facts[cid]
        event = event_of.get(claim.source, 0)
        when = whens[cid]
        mine: dict[tuple[str, str], list[Cell]] = defaultdict(list)
        undated = not days or days[event] is None
        wholes = {p.part_of for p in f.quantities if p.part_of is not None}
        verbs_wholes = {p.part_of for p in f.quantities if p.part_of is not None and _verb_before(claim.text, p)}
        for q in joined_spans_of_time(claim.text, f.quantities):
            if q.event == "death" and q.counted in AFFECTED and (lx.EVENT_OF.get(f.predicate) != "death" or q.value in wholes) \
                    or q.event and q.part_of is None and q.value in verbs_wholes:
                # "the two victims no longer wanted to pursue the charges": alive; "two of the three
                # victims died", "missing 10 of the team's 16 games": the verb is the part's, the whole
                # is only what there were (not "hit by three of the seven bullets fired": the whole's own)
                q = replace(q, event="")
            if when and not q.background:
                q = replace(q, background=when)
            elif undated and q.years and not q.background and not set(q.years) & years[event]:
                q = replace(q, background=str(q.years[0]))  # "... on Oct. 10, 2002, killing three people"
            # where its own clause puts a crowd ("in Salonika where 50,000 marched"): its gathering's place
            # and a share's ("82 percent in India"), and a district's count ("In neighbouring Central Aceh
            # district, ... 1,500 houses"): shown beside the value
            place = own_place(claim.text, q, own_clause=True) if q.event in MANY_OCCASIONS or q.dimension == "percent" \
                or q.dimension == "count" and of_a_district(claim.text, q) else ""
            if q.increment and place and not q.changed and q.event in MANY_OCCASIONS:
                q = replace(q, increment=False)  # "Thessaloniki, where another 20,000 marched": that city's crowd
            name = slot_name(q)
            if name is None or in_sequence(claim.text, q) or PART_OF_TOTAL.search(claim.text[:q.start]):
                continue
            paid = PAID_IN.match(claim.text, q.end) if q.dimension == "money" else None
            if paid:  # "$281 million in cash" of a "$334 million" deal: one part of the price, a slot of its own
                name = f"{name} in {paid.group(1).lower()}"
            if q.increment and name.startswith("other "):
                q = replace(q, increment=False)  # "three other rifles": a count of its own, in its own slot
            how = SEVERITY.match(claim.text, q.end) if q.dimension == "count" else None
            if how:  # "30 people seriously injured", "22 houses badly damaged": a part, not the number
                name = f"{'light' if how.group(1).lower() in LIGHT else 'serious'} {name}"
            source = q.source or (f.attribution.name if f.attribution.kind != "article" else "")
            mine[(name, q.unit)].append(Cell(cid, claim.source, source, q, q.certainty or f.certainty, place))
        for (name, unit), found in mine.items():
            found = _outside_asides(claim.text, found)
            sources = {c.source for c in found}
            if len(sources) == len(found) > 1 and "" not in sources:
                kept = found  # "the observatory put it at 4.9, but the USGS said 5.2": one value per source
            elif all(compatible(c.quantity, found[0].quantity) for c in found):
                kept = found[:1]  # the same value said twice
            elif _each_its_place([own_place(claim.text, c.quantity) for c in found]):
                kept = found  # "55 percent in Saudi Arabia, 52 percent in Egypt and 82 percent in India"
            else:  # a list ("55 percent in Saudi Arabia, 52 in Egypt, 82 in India"): each value is another thing's
                lists[(event, name, unit)].append(tuple(sorted(found, key=lambda c: c.quantity.start)))
                continue
            cells[(event, name, unit)].extend(kept)
    return [Slot(e, name, unit, tuple(cells.get((e, name, unit), ())), tuple(lists.get((e, name, unit), ())))
            for (e, name, unit) in sorted(set(cells) | set(lists))]


def _verb_before(text: str, q: Quantity) -> bool:
    """A verb of a happening stands just before the number ("missing 10 of the team's 16 games",
    "killing two of the five"): the number is that verb's."""
    m = re.search(r"([a-z]+)\s+$", text[:q.start])
    return bool(m) and any(w in lx.EVENT_OF for w in (m.group(1), m.group(1)[:-1], m.group(1)[:-2], m.group(1)[:-3]))


# Nouns of people a happening befell, dead or not: a count of them is a toll only where its verb
# says they died ("one victim died"; not "the three victims were taken to the hospital").
AFFECTED = frozenset({"victim", "casualty"})


def _outside_asides(text: str, found: list[Cell]) -> list[Cell]:
    """A sentence's values of one slot without those in an aside after another of them: "attended by
    an approximate 200,000 (20,000 which is the foreign broadcast number referring to the PAME march
    alone)" states 200,000; the bracket says what another figure would count, not a second crowd. An
    aside with a source of its own stays ("no injuries (the Post says three people were injured)")."""
    def aside(c: Cell) -> bool:
        before = text[:c.quantity.start]
        opened = before.rfind("(")
        return opened > before.rfind(")") and any(o.quantity.end <= opened and o.source == c.source
                                                  for o in found if o is not c)
    kept = [c for c in found if not aside(c)]
    return kept or found


def _each_its_place(named: list[str]) -> bool:
    """Every value of a list names a place of its own, none the same: each is that place's figure,
    compared with another article's figure of that place."""
    return all(named) and len(set(named)) == len(named)


def in_sequence(text: str, q: Quantity) -> bool:
    """A count of the first, last or next few of a series ("completed his first 17 passes", "one
    final chance", "the next two games", "five of the team's first eight points"): a part of it, no
    fact of its own."""
    return q.dimension in ("count", "points") and bool(
        SEQUENCE.search(text[max(0, q.start - 20):q.start]) or SEQUENCE.search(q.text.split(maxsplit=1)[-1]))


# "AMD will pay $334 million for SeaMicro, including $281 million in cash": a part of the total
# before it, no figure of its own
PART_OF_TOTAL = re.compile(r"(?i)\b(?:including|of which|among them|among whom)\s+(?:(?:some|about|around|nearly|almost|"
                           r"roughly|approximately|at least|more than|over|up to)\s+)?(?:US|A|C)?[$€£¥]?\s*$")


SEQUENCE = re.compile(r"(?i)\b(?:first|last|final|next|previous|opening|closing|initial)\b\s*$|"
                      r"^(?:first|last|final|next|previous|opening|closing|initial)\b")


# A count qualified by how bad the harm is counts a part ("eight seriously injured" of "dozens
# injured", "22 houses badly damaged" of "40 houses damaged"): its own slot. The adverbs are
# WordNet's degree adverbs of harm.
SEVERITY = re.compile(r"\s+(?:(?:were|are|was|is|have|has|had|been|being|people|persons|of|others|other|"
                      r"suffered|sustained|received|got|from|with)\s+){0,4}"
                      r"(seriously|critically|severely|badly|gravely|grievously|heavily|slightly|lightly|mildly|"
                      r"moderately|partially|partly|serious|critical|severe|grave|minor|light|slight)\b", re.I)
LIGHT = frozenset({"slightly", "lightly", "mildly", "moderately", "partially", "partly", "minor", "light", "slight"})


def by_article(claims: dict[str, Claim]) -> dict[str, list[str]]:
    """Each article's claim ids in the order they stand in it."""
    out: dict[str, list[str]] = defaultdict(list)
    for cid in sorted(claims, key=lambda c: (claims[c].source, claims[c].start)):
        out[claims[cid].source].append(cid)
    return out


def _between_background(claims: dict[str, Claim], facts: dict[str, Facts], whens: dict[str, str]) -> dict[str, str]:
    """A sentence with no date of its own between two sentences about background happenings is about
    one of them too ("In April last year an 8.6 quake struck ... / Five people died and seven were
    injured in the quake. / In September 2009 a quake killed 1,000."): it takes the earlier one's."""
    out = {}
    for ids in by_article(claims).values():
        ids = [c for c in ids if not claims[c].headline]  # a headline stands apart from the story told below it
        for before, cid, after in zip(ids, ids[1:], ids[2:]):
            if not whens[cid] and not facts[cid].dates and whens[before] and whens[after]:
                out[cid] = whens[before]
    return out


def event_day(event: tuple[str, ...], claims: dict[str, Claim], facts: dict[str, Facts],
              articles: dict[str, Article]) -> dt.date | None:
    """The day the event's articles put it on: the most common publication date, else the most
    common calendar day their opening lines name; None when neither is known."""
    published = Counter(articles[s].published for s in event if s in articles and articles[s].published)
    if published:
        return published.most_common(1)[0][0]
    members = set(event)
    opening: Counter = Counter()
    seen: Counter = Counter()
    for cid, claim in claims.items():
        if claim.source in members and seen[claim.source] < LEDE:
            seen[claim.source] += 1
            opening.update(d.start for d in facts[cid].dates if d.start and d.granularity == "day" and d.year_known)
    return opening.most_common(1)[0][0] if opening else None


def _lede_years(events: list[tuple[str, ...]], claims: dict[str, Claim], facts: dict[str, Facts]) -> list[set[int]]:
    """Per event, the years the opening lines of half its articles or more state (one lede's "a
    country still recovering from the 2004 disaster" does not date the event)."""
    stated = {source: {d.start.year for c in ids[:LEDE] for d in facts[c].dates if d.start and d.year_known}
              for source, ids in by_article(claims).items()}
    years: list[set[int]] = []
    for event in events:
        counts = Counter(y for s in event for y in stated.get(s, ()))
        years.append({y for y, n in counts.items() if 2 * n >= len(event)})
    return years


def _event_months(events: list[tuple[str, ...]], claims: dict[str, Claim], facts: dict[str, Facts]) -> list[int | None]:
    """Per event, the month its articles' calendar days fall in ("Dec. 25", "31 December", "December
    19"), when two articles or more name days of one month and no other month is named as often."""
    named: dict[str, set[int]] = defaultdict(set)
    for cid, claim in claims.items():
        named[claim.source].update(d.start.month for d in facts[cid].dates if d.start and d.granularity == "day"
                                   and names_calendar_day(d.text))
    out = []
    for event in events:
        top = Counter(m for s in event for m in named.get(s, ())).most_common(2)
        out.append(top[0][0] if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]) else None)
    return out


def elsewhen(f: Facts, day: dt.date | None, lede_years: set[int] | None = None, text: str = "",
             month: int | None = None) -> str:
    """The stated date that puts a sentence far from the event's day ("2004", "May 2012", "in April
    last year" or "earlier this year" even where the article's own date is unknown), when no date of
    it is near that day; "" otherwise. With the day unknown, a sentence that opens on a year the
    event's opening lines never state tells another happening ("In December 2004 a tsunami killed
    230,000"): reports put their own event on "Sunday" or "today", not in a year. (A year further
    in the sentence dates only its own clause: ``Quantity.years``.)"""
    back = [d for d in f.dates if YEARS_BACK.search(d.text)]
    if day is None:
        if back and not any(d.start for d in f.dates if d not in back):
            return back[0].text
        # a month of no year, not the one the event's own days fall in ("In January, five cables ... were
        # cut" in reports of a December cut, dated "Friday" and "until December 31")
        other = [d for d in f.dates if d.start and d.granularity == "month" and not d.year_known]
        if month and other and all(d.start.month != month for d in f.dates if d.start):
            return other[0].text
        if lede_years is None or not f.dates:
            return ""
        first = f.dates[0]
        opening = re.sub(r"^[\"'“‘\s]*(?:(?:in|on|since|by)\s+)?", "", text, flags=re.I).lower()
        if first.start and first.year_known and first.start.year not in lede_years \
                and opening.startswith(first.text.lower().removeprefix("in ").removeprefix("on ")):
            return first.text
        return ""
    stated = [d for d in f.dates if d.start and d.end and (d.year_known or d.granularity == "day") and d not in back]
    near = [d for d in stated if d.start - BACKGROUND_DAYS <= day <= d.end + BACKGROUND_DAYS]
    far = [d for d in stated if d not in near] + back
    return far[0].text if far and not near else ""


def judge_slots(slots: list[Slot], claims: dict[str, Claim], facts: dict[str, Facts],
                articles: dict[str, Article], aligned: set[frozenset]) -> list[Finding]:
    """Contradictions, count updates and agreements, one finding per slot and kind. ``aligned``:
    the claim pairs alignment found alike, which is what ties two numbers of a minor slot."""
    out = []
    days = named_days(slots, claims, facts)
    when = narrative_days(claims, days, facts)
    wide = event_places(slots, claims, facts)
    products = headline_models(claims)
    for slot in slots:
        out.extend(_judge_slot(slot, claims, facts, articles, aligned, (days, when), wide.get(slot.event, {}), products))
    return out + damage_reported(slots, claims, facts, articles, wide) + death_manners(slots, claims, facts) \
        + fates(slots, claims, facts) + nationalities(slots, claims, facts)


def damage_reported(slots: list[Slot], claims: dict[str, Claim], facts: dict[str, Facts],
                    articles: dict[str, Article], wide: dict[int, dict[str, int]]) -> list[Finding]:
    """An early report of no damage ("there were no immediate reports of damage") against another
    article's count of buildings damaged ("more than 300 buildings have been damaged in the quake"):
    a count update, or a contradiction where the report of none is not the earlier one. Only of the
    event itself (no background slot), and not where the report of none names a place the count's
    clause does not. ``wide``: the event's places (``event_places``); where the event has a count of
    its whole area, a town's, a district's or a village's ("10 houses were damaged in Takengon",
    "22 houses were badly damaged in the district") is a part of it, not a step of the update."""
    out = []
    for event in sorted({s.event for s in slots}):
        cells = [c for s in slots if s.event == event for c in s.cells if not c.quantity.background]
        none = [c for c in cells if c.quantity.event == "damage" and c.quantity.value == 0
                and not PLACED_BEFORE.search(claims[c.claim].text, 0, c.quantity.start)]
        damaged = [c for c in cells if c.quantity.counted in lx.BUILDINGS and c.quantity.value > 0
                   and DAMAGED.search(claims[c.claim].text)]
        places = set(wide.get(event, {}))
        whole = [c for c in damaged if not (_local_figure(claims[c.claim], c.quantity, places)
                                            or of_a_district(claims[c.claim].text, c.quantity)
                                            or LOCAL_AREA.match(claims[c.claim].text, c.quantity.end))]
        damaged = whole or damaged
        # an article that reports no damage and counts damaged buildings tells of two happenings or
        # two places ("a 6.1 quake today; no immediate reports of damage" / "800 homes destroyed by
        # the weekend's quakes"): which of its figures another article's answers is not known
        both = {c.article for c in none} & {c.article for c in damaged}
        pairs: dict[Verdict, list[tuple[Cell, Cell]]] = defaultdict(list)
        for x in none:
            there = own_place(claims[x.claim].text, x.quantity, own_clause=True)
            for y in damaged:
                if x.article == y.article or {x.article, y.article} & both \
                        or there and not _one_place(there, own_place(claims[y.claim].text, y.quantity)):
                    continue
                da, db = articles[x.article].published, articles[y.article].published
                early = EARLY.search(x.quantity.text) or da and db and da < db
                pairs[Verdict.STATUS_CHANGE if early else Verdict.CONTRADICTION].append((x, y))
        for kind, found in pairs.items():
            slot = Slot(event, "damage", "", tuple({c.claim: c for pair in found for c in pair}.values()))
            finding = _finding(kind, slot, found, claims, facts)
            # two sides, none and some: the counts of different buildings are not set against each other
            sides = tuple(tuple(sorted({c.claim for c in side}, key=claim_order)) for side in (
                [x for x, _ in found], [y for _, y in found]))
            out.append(replace(finding, sides=sides))
    return out


DAMAGED = re.compile(rf"(?i)\b(?:{'|'.join(verb_forms(v) for v in sorted(lx.DAMAGE_VERBS))})")
# a count put in an area not named, in its own clause: "22 houses were badly damaged in the district"
# (not "two houses were flattened, she said, adding that ... a blackout in the village": another clause's)
LOCAL_AREA = re.compile(r"(?i)[^,;.]*?\bin\s+the\s+(?:village|district|town|hamlet|neighbou?rhood)\b")
# a place named before the report of none: "felt 1,300 kilometers away in northern Australia, but no
# damage was reported" (none there, not none at all)
PLACED_BEFORE = re.compile(r"\b(?:in|at|near|across)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][a-z]")
EARLY = re.compile(r"(?i)\b(?:immediate|initial|early|yet)\b")


def death_manners(slots: list[Slot], claims: dict[str, Claim], facts: dict[str, Facts]) -> list[Finding]:
    """How the dead died, told two ways for the event's toll ("the 3 bank employees were burnt to
    death" / "Three people have suffocated to death"): a contradiction. Only for a toll of two or more
    that is the event's own (the value most of its death counts give), each way in the count's own
    clause, from two articles that give one way each: "two were shot dead" beside "two were stabbed"
    in one report are two pairs of victims."""
    out = []
    for event in sorted({s.event for s in slots}):
        deaths = [c for s in slots if s.event == event for c in s.cells
                  if c.quantity.event == "death" and not c.quantity.background and not vague(c.quantity)]
        if not deaths:
            continue
        toll, _ = Counter(c.quantity.value for c in deaths).most_common(1)[0]
        told: dict[str, list[tuple[Cell, str]]] = defaultdict(list)  # way of dying -> (cell, words)
        for c in deaths:
            if c.quantity.value == toll >= 2:
                way = manner_of_death(claims[c.claim].text, c.quantity)
                if way:
                    told[way[0]].append((c, way[1]))
        finding = _two_ways(told, "manner", f"how the {toll:g} dead died", "how the dead died", claims, facts)
        if finding is not None:
            out.append(finding)
    return out


def _two_ways(told: dict[str, list[tuple[Cell, str]]], aspect: str, subject: str, what: str, claims, facts,
              odd_first: bool = False) -> Finding | None:
    """One fact told two ways (``told``: each way -> the cells that tell it, with their words) by
    articles that tell one way each: a contradiction between the two ways most articles give (the
    one fewest give first, with ``odd_first``), each with all the claims that tell it."""
    ways_of = defaultdict(set)
    for way, cells in told.items():
        for c, _ in cells:
            ways_of[c.article].add(way)
    told = {w: [(c, t) for c, t in cells if len(ways_of[c.article]) == 1] for w, cells in told.items()}
    ways = sorted((w for w in told if told[w]), key=lambda w: (-len({c.article for c, _ in told[w]}), w))
    if len(ways) < 2:
        return None
    ways = ways[:2][::-1] if odd_first else ways[:2]
    (x, said_x), (y, said_y) = told[ways[0]][0], told[ways[1]][0]
    sides = tuple(tuple(sorted({c.claim for c, _ in told[w]}, key=claim_order)) for w in ways)
    return Finding(
        kind=Verdict.CONTRADICTION, aspect=aspect, subject=subject,
        claims=tuple(sorted({*sides[0], *sides[1]}, key=claim_order)), score=0.0, sides=sides,
        reason=f"{what}: {describe(claims[x.claim], facts[x.claim], x.source)} says '{said_x}'; "
               f"{describe(claims[y.claim], facts[y.claim], y.source)} says '{said_y}'",
        compared=({"aspect": aspect, "a": {"claim": x.claim, "text": said_x, aspect: ways[0]},
                   "b": {"claim": y.claim, "text": said_y, aspect: ways[1]}},),
    )


def fates(slots: list[Slot], claims: dict[str, Claim], facts: dict[str, Facts]) -> list[Finding]:
    """The same people rescued in one report and captured in another ("rescued 26 Somali crewmembers"
    / "apprehending 26 Somali pirates"): a contradiction on what happened to them. The same number of
    one people (the nationality word after it), a figure that tells (five or more), each told with its
    verb just before it, by articles that tell one fate each."""
    out = []
    for event in sorted({s.event for s in slots}):
        told: dict[tuple[float, str], dict[str, list[tuple[Cell, str]]]] = defaultdict(lambda: defaultdict(list))
        for c in (c for s in slots if s.event == event for c in s.cells):
            q = c.quantity
            if q.background or q.approx != "exact" or q.value < EVENT_JOIN_COUNT:
                continue
            text = claims[c.claim].text
            verb = FATE_VERB.search(text[max(0, q.start - 40):q.start])
            after = re.match(r"[\w.,-]+\s+([A-Z]\w+)(?:\s+[a-z]+)?", text[q.start:])  # "26 Somali pirates"
            norp = {e.text.lower() for e in facts[c.claim].entities if e.label == "NORP"}
            if verb and after and after.group(1).lower() in norp:
                fate = "rescued" if verb.group(1).lower().startswith(("rescu", "sav", "free")) else "captured"
                said = f"{verb.group(1)} {text[q.start:q.start + after.end()]}"
                told[(q.value, singular_people(after.group(1).lower()))][fate].append((c, said))
        for (value, people), by_fate in sorted(told.items()):
            finding = _two_ways(by_fate, "fate", f"what happened to the {value:g} {_plural_people(people)}",
                                "what happened to them", claims, facts, odd_first=True)
            if finding is not None:
                out.append(finding)
    return out


def nationalities(slots: list[Slot], claims: dict[str, Claim], facts: dict[str, Facts]) -> list[Finding]:
    """The same group given one nationality in one report and two in another ("captured 23 Somalian
    pirates" / "12 Somalis and 11 Yemenis", "23 Somali and Yemeni pirates"): a contradiction on who
    they are. The same number (five or more; the parts summed), the one people among the others."""
    out = []
    for event in sorted({s.event for s in slots}):
        told: dict[float, dict[str, list[tuple[Cell, str]]]] = defaultdict(lambda: defaultdict(list))
        peoples: dict[float, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        noun: dict[float, str] = {}  # what the group is ("pirates"), as the one-people report says
        for c in (c for s in slots if s.event == event for c in s.cells):
            q = c.quantity
            if q.background or q.approx != "exact":
                continue
            text, norp = claims[c.claim].text, {e.text.lower() for e in facts[c.claim].entities if e.label == "NORP"}
            one, two, parts = ONE_PEOPLE.match(text, q.start), TWO_PEOPLES.match(text, q.start), PEOPLE_PARTS.match(text, q.start)
            if parts and {parts.group(2).lower(), parts.group(4).lower()} <= norp:
                x, y = parse_number(parts.group(1).split()), parse_number(parts.group(3).split())
                value, way, said = None if x is None or y is None else x + y, "several", parts.group(0)
                named = {parts.group(2), parts.group(4)}
            elif two and {two.group(1).lower(), two.group(2).lower()} <= norp:
                value, way, said, named = q.value, "several", two.group(0), {two.group(1), two.group(2)}
            elif one and one.group(1).lower() in norp and one.group(2) not in ("and", "or"):
                value, way, said, named = q.value, "one", one.group(0), {one.group(1)}
                noun.setdefault(value, one.group(2))
            else:
                continue
            if value is None or value < EVENT_JOIN_COUNT:
                continue
            told[value][way].append((c, said))
            peoples[value][way].update(singular_people(p.lower())[:5] for p in named)
        for value, by_way in sorted(told.items()):
            if not peoples[value]["one"] <= peoples[value]["several"]:
                continue  # "23 Indian sailors" / "12 Somalis and 11 Yemenis": two groups
            finding = _two_ways(by_way, "nationality", f"nationality of the {value:g} {noun.get(value, 'people')}",
                                "their nationality",
                                claims, facts, odd_first=True)
            if finding is not None:
                out.append(finding)
    return out


# "23 Somalian pirates" (one people), "23 Somali and Yemeni pirates", "12 Somalis and 11 Yemenis"
ONE_PEOPLE = re.compile(r"[\w.,-]+\s+([A-Z][a-z]+)\s+([a-z]+)")
TWO_PEOPLES = re.compile(r"[\w.,-]+\s+([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\b")
PEOPLE_PARTS = re.compile(r"(\d+|[a-z]+)\s+([A-Z][a-z]+)\s+and\s+(\d+|[a-z]+)\s+([A-Z][a-z]+)\b")


# "rescued 26 ...", "saved", "freed" / "apprehending 26 ...", "captured", "arrested", "nabbed", "detained"
# (words in the few before the number, none a clause break)
FATE_VERB = re.compile(r"(?i)\b(rescu\w*|saved|saving|freed|freeing|captur\w*|apprehend\w*|arrest\w*|nabb\w*|detain\w*)"
                       r"(?:\s+(?:a\s+total\s+of|some|all|the))?\s*$")


def _plural_people(word: str) -> str:
    """"somali" -> "Somalis", "chinese" -> "Chinese"."""
    return word.title() + ("" if word.endswith(("ese", "ss", "sh", "ch")) else "s")


def manner_of_death(text: str, q: Quantity) -> tuple[str, str] | None:
    """(way of dying, the words) a count of the dead is given in its own clause: "were burnt to
    death" -> fire, "suffocated to death", "died of smoke inhalation" -> asphyxia; None otherwise."""
    m = MANNER.search(text, q.end, min(len(text), q.end + MANNER_REACH))
    if m is None or re.search(r"[;:]|\d", text[q.end:m.start()]):
        return None
    words = m.group(0)
    return next((way for way, cue in MANNERS.items() if cue.search(words)), ""), words


# Ways of dying (WordNet's troponyms of kill.v.01 and die.v.01 that name the cause: burn, suffocate,
# asphyxiate, choke, drown, crush, shoot, stab, beat, strangle, electrocute), by what killed.
MANNERS = {
    "fire": re.compile(r"(?i)\bburn(?:t|ed|s)\b"),
    "asphyxia": re.compile(r"(?i)\b(?:suffocat|asphyxi|chok|smother|smoke\s+inhal)"),
    "drowning": re.compile(r"(?i)\bdrown"),
    "crushing": re.compile(r"(?i)\b(?:crush|trampl)"),
    "gunshot": re.compile(r"(?i)\b(?:shot|gunshot)"),
    "stabbing": re.compile(r"(?i)\b(?:stab|hacked)"),
    "beating": re.compile(r"(?i)\b(?:beaten|bludgeon)"),
    "strangling": re.compile(r"(?i)\bstrangl"),
    "electrocution": re.compile(r"(?i)\belectrocut"),
}
MANNER = re.compile(r"(?i)\b(?:(?:burnt|burned|suffocated|asphyxiated|choked|smothered|drowned|crushed|trampled|stabbed|"
                    r"beaten|bludgeoned|strangled|electrocuted|shot|hacked)\s+to\s+death|shot\s+dead|drowned|"
                    r"died\s+(?:of|from)\s+(?:smoke\s+inhalation|burns|asphyxia\w*|suffocation|gunshot\s+wounds?|"
                    r"stab\s+wounds?|drowning))\b")


def headline_models(claims: dict[str, Claim]) -> dict[str, set[tuple[str, str]]]:
    """Per article, the named models its headline gives as two capitalised words ("New MacBook Air
    models unveiled": ("macbook", "air"); "Apple launches new MacBook Pros": ("macbook", "pro")).
    Two articles whose headlines name one line with different models report on two products."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for claim in claims.values():
        if claim.headline:
            for m in MODEL_NAME.finditer(claim.text):
                line, model = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                out[claim.source].add((line.lower(), re.sub(r"(?<=[a-z])s$", "", model.lower())))
    return out


def _two_products(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    """The headlines name one line with different models, none of that line's in common ("MacBook
    Air" / "MacBook Pro", whatever else both name: "Ivy Bridge")."""
    for line in {la for la, _ in a} & {lb for lb, _ in b}:
        ma, mb = ({m for l, m in side if l == line} for side in (a, b))
        if not ma & mb:
            return True
    return False


# a product line written as one word with a capital inside ("MacBook", "iPhone", "PlayStation") and
# its model ("Air", "Pro", "5"), or any capitalised name with a model number ("Galaxy S3", "Model 3");
# not two words of a place or a person ("South Sudan", "Barack Obama")
MODEL_NAME = re.compile(r"\b([a-z]?[A-Z][a-z]+[A-Z][a-z]+|i[A-Z][a-z]+)\s+([A-Z][a-z]+|[A-Z]?\d+[A-Za-z]*)\b"
                        r"|\b([A-Z][a-z]+)\s+([A-Z]?\d+[A-Za-z]*)\b")


def event_places(slots: list[Slot], claims: dict[str, Claim], facts: dict[str, Facts]) -> dict[int, dict[str, int]]:
    """Per event, the places at least half of its articles name (two at least), with how many name
    each: where it happened ("Aceh", "Indonesia"). A figure of another place named after it ("10
    killed in Takengon", "In neighbouring Central Aceh district, 140 were injured") is a local part
    of the event."""
    members: dict[int, set[str]] = defaultdict(set)
    for slot in slots:
        members[slot.event].update(c.article for c in slot.cells)
    named: dict[str, set[str]] = defaultdict(set)
    for cid, claim in claims.items():
        named[claim.source].update(places(facts[cid]))
    out = {}
    for event, arts in members.items():
        counts = Counter(p for a in arts for p in named[a])
        out[event] = {p: n for p, n in counts.items() if n >= max(2, len(arts) / 2)}
    return out


def _main_place(wide: dict[str, int]) -> str:
    """The place most of the event's articles name, when one does: where its own gathering was."""
    top = sorted(wide.values(), reverse=True)[:2]
    return next(p for p, n in wide.items() if n == top[0]) if top and (len(top) == 1 or top[0] > top[1]) else ""


def named_days(slots: list[Slot], claims: dict[str, Claim], facts: dict[str, Facts]) -> dict[str, set[str]]:
    """The days each claim puts its facts on (``occasions``), a calendar day of no known year named
    by its weekday where the event's articles tell one happening on both: "two quakes, measuring 7.6
    and 7.4, struck west of Manokwari Jan. 4" and "the 7.6 and 7.5 magnitude quakes that struck off
    Manokwari on Sunday" share a telling figure (``rules.telling``), so that event's "Jan. 4" is its
    Sunday. A day told as two weekdays keeps its month and day."""
    event_of = {c.article: s.event for s in slots for c in s.cells}
    own = {cid: occasions(facts[cid]) for cid in claims}
    single: dict[int, list[str]] = defaultdict(list)
    for cid, claim in claims.items():
        if claim.source in event_of and len(own[cid]) == 1:
            single[event_of[claim.source]].append(cid)
    alias: dict[tuple[int, str], set[str]] = defaultdict(set)
    for event, cids in single.items():
        weekday_of: dict = defaultdict(set)  # a telling value -> the weekdays of the claims stating it
        for c in cids:
            if next(iter(own[c])) in WEEKDAYS:
                for v in telling(facts[c]):
                    weekday_of[v].add(next(iter(own[c])))
        for a in cids:
            day = next(iter(own[a]))
            if day not in WEEKDAYS:  # "january 4": a day of no known year
                for v in telling(facts[a]):
                    alias[(event, day)].update(weekday_of.get(v, ()))
    for cid, claim in claims.items():
        event = event_of.get(claim.source)
        own[cid] = {next(iter(alias[(event, d)])) if len(alias.get((event, d), ())) == 1 else d for d in own[cid]}
    return own


def narrative_days(claims: dict[str, Claim], days: dict[str, set[str]],
                   facts: dict[str, Facts]) -> dict[str, set[str]]:
    """The day each claim tells of: its own (``named_days``), else the last one its article named
    within NARRATIVE_REACH sentences before it ("On Wednesday part of the crowd became unruly. ... By
    the end 46 people had been arrested": Wednesday's arrests). Narrative time carries over until a
    sentence names another day. A day named in a clause of "since" ("the toll rose above 680 since
    the conflict began on December 27", ``DateRef.since``) or in a publication stamp ("Published
    time: March 12, 2013") is no day of the narrative: it carries nothing over."""
    out: dict[str, set[str]] = {}
    for ids in by_article(claims).values():
        last, since = set(), NARRATIVE_REACH + 1
        for cid in ids:
            own = days[cid]
            carried = own - _not_told(claims[cid].text, facts[cid]) if own else own
            if carried:
                last, since = carried, 0
            else:
                since += 1
            out[cid] = own or (last if since <= NARRATIVE_REACH else set())
    return out


def _not_told(text: str, f: Facts) -> set[str]:
    """The days a claim names that are not the day it tells of (``narrative_days``)."""
    if STAMP.match(text):
        return occasions(f)
    return occasions(replace(f, dates=tuple(d for d in f.dates if d.since)))


# a line of when the article was published or edited, not of what happened
STAMP = re.compile(r"(?i)\s*(?:first\s+)?(?:published|updated|posted|edited|last\s+updated)\b")


def key_slot(q: Quantity) -> bool:
    """A fact every report of a happening states and sets the story's scale: a toll (deaths,
    injured, missing, arrests...), a magnitude, a depth or a distance and bearing from a named place
    ("55 km south of Bireun"; "26 miles from Santa Rosa" says not which way, nor often of what). Such
    numbers are compared wherever the event's articles state them; any other thing counted
    ("three boats", "four shops") only between sentences alignment found alike, as one article's
    "two boats" may be another's boats of a different moment."""
    return bool(q.event) and q.event not in MANY_OCCASIONS or q.counted in KEY_MEASURES \
        or q.counted.startswith("distance from") and bool(q.bearing) or q.counted in HAPPENING_DURATIONS \
        or damage_cost(q)


def damage_cost(q: Quantity) -> bool:
    """What the happening's damage is put at ("Property damage is an estimated $2 million",
    "200 million euros of damage"): one sum of the event, however far apart two estimates are."""
    return q.dimension == "money" and q.counted in lx.DAMAGE_NOUNS


KEY_MEASURES = frozenset({"magnitude", "aftershock magnitude", "depth"})
# How long the happening itself lasted ("the quake shook houses for around one minute").
HAPPENING_DURATIONS = frozenset(f"{name} duration" for name in lx.HAPPENINGS)
# Counts a story has many of, one per gathering: "10,000 gathered in Constitution Square" and
# "hundreds of school children gathered outside parliament" are two crowds of one day.
MANY_OCCASIONS = frozenset({"crowd"})


def _judge_slot(slot: Slot, claims, facts, articles, aligned, days_when, wide: dict[str, int],
                products: dict[str, set[tuple[str, str]]] | None = None) -> list[Finding]:
    """``days_when``: each claim's own days (``named_days``) and its narrative's (``narrative_days``)."""
    days, when = days_when
    clash, update, agree, exceeds, moments = [], [], [], [], []
    cells = slot.cells
    several = _several(cells, facts)
    # (not crowds: "20,000" in many reports may be two cities' marches, and a third figure is another's)
    common = _common_fact(cells) and not any(c.quantity.event in MANY_OCCASIONS for c in cells)
    # an article that says the count rose to a value ("Missing rise to 15") reports that value as an
    # update wherever it repeats it ("15 people are missing, the coastguard said")
    risen = {(c.article, c.quantity.low, c.quantity.high) for c in cells if c.quantity.changed}
    # a slot whose values are put on two or more days is counted per occasion ("12 arrests on Monday
    # night", "46 arrested Wednesday night"): a value with a day is then compared only with values of
    # that day, and one without only with others without. A count said to have risen ("rose to 15 on
    # Tuesday") is dated by its report, not by an occasion of its own.
    # A fact of the one shooting ("fired 11 shots", "hit by seven bullets") is dated only by its own
    # sentence: a day carried over from the sentences before is the report's narrative, not another shooting.
    once = all(_once(c.quantity) for c in cells)
    on = {c.claim: set() if c.quantity.changed else days[c.claim] if once else when[c.claim]
          for c in cells}
    per_occasion = len({day for days in on.values() if len(days) == 1 for day in days}) > 1
    # (a count whose sentence dates only another clause, "calm on Sunday but ... overnight, when youths
    # attacked two banks", is of no known day)
    on.update({c.claim: set() for c in cells if c.quantity.day_elsewhere})
    # a product line's models, told apart by their size ("the 11-inch model ... 5 hours of battery
    # life" / "the 13- and 15-inch options ... seven hours"): where the slot's sentences name two or
    # more, a figure is compared only with one of a model its sentence names too
    sizes = {c.claim: model_sizes(claims[c.claim].text) for c in cells}
    models = len(set().union(*sizes.values())) > 1
    # per cell, as one sentence may give several places' figures ("52 percent in Egypt and 82 in India")
    local = {_at(c): _local_figure(claims[c.claim], c.quantity, wide) for c in cells}
    # a crowd is the count of one gathering, at one place: compared with another crowd of that place
    # (the event's own place's crowds with its own, "another 20,000 marched in Thessaloniki" with
    # Thessaloniki's "50,000"), named by that place when it is not the event's own
    main = _main_place(wide)
    gathered = {_at(c): _gathering_place(claims[c.claim], facts[c.claim], c, main) for c in cells}
    local.update({at: "" if _one_place(place, main) else place for at, place in gathered.items() if place})
    which = {_at(c): which_one(claims[c.claim].text, c.quantity) for c in cells}
    # the person each age is written beside, read once per cell ("" for none, and outside the age slot)
    aged_as = {_at(c): aged_name(claims[c.claim], facts[c.claim], c.quantity) if slot.name == "age" else "" for c in cells}
    share_of = {_at(c): c.place if c.quantity.dimension == "percent" else "" for c in cells}
    # a share of one place is that place's ("82 percent in India"): compared with that place's, named by it
    local.update({at: place for at, place in share_of.items() if place})
    district = {_at(c): c.quantity.dimension == "count" and of_a_district(claims[c.claim].text, c.quantity)
                for c in cells}
    for n, x in enumerate(cells):
        for y in cells[n + 1:]:
            if not _two_sources(x, y) or not comparable(x.quantity, y.quantity):
                continue
            alike = _same_value(x.quantity, y.quantity)
            if models and not sizes[x.claim] & sizes[y.claim]:
                continue  # two models' specifications, or one whose model is not said
            # (two crowds of one place are one gathering's only on one day: "Earlier Saturday, a crowd of
            # about 1,000" and "where 10,000 gathered" in a week of protests are two)
            key = key_slot(x.quantity) and key_slot(y.quantity) or bool(gathered[_at(x)]) and _one_place(
                gathered[_at(x)], gathered[_at(y)]) and days[x.claim] == days[y.claim]
            # one named person's age ("61-year-old Sharron Diane Crawford Smith" / "Smith, 60,") is one
            # fact wherever it is told, whoever else the sentence names
            # ... and so is what one named person has ("Blackmore has 20 wives" / "Blackmore, alleged to have 19")
            of_one_person = bool(aged_as[_at(x)]) and aged_as[_at(x)] == aged_as[_at(y)] or bool(
                x.quantity.holder) and x.quantity.holder.lower() == y.quantity.holder.lower()
            key = key or of_one_person
            if not key and products and _two_products(products.get(x.article, set()), products.get(y.article, set())):
                continue  # "New MacBook Air models ..." / "Apple launches new MacBook Pros": two products' storage
            if per_occasion and (on[x.claim] or on[y.claim]) and not on[x.claim] & on[y.claim] and not (
                    alike and not (days[x.claim] and days[y.claim])):
                continue  # (one figure, a day only carried over from the sentences before: one count, agreed)
            if district[_at(x)] != district[_at(y)]:
                part, whole = (x, y) if district[_at(x)] else (y, x)
                if (key_slot(part.quantity) or _buildings_damaged(part, whole, claims)) \
                        and _part_exceeds(part, whole, claims, wide):
                    exceeds.append((part, whole))
                continue  # "In neighbouring Central Aceh district, 10 people were killed" / "24 dead" in all
            if (not key or x.quantity.dimension == "money" and not damage_cost(x.quantity)) \
                    and _orders_apart(x.quantity, y.quantity):
                continue  # "a one-year price target of $21" / "the $5.4-billion deal": two things priced
            if common and not key and _two_people(claims[x.claim], claims[y.claim], facts[x.claim], facts[y.claim]):
                continue  # "Manning threw for three touchdowns" / "He has five touchdowns"
            # a share of one thing in one named place ("up to 70 per cent of web services in Egypt" / "Up
            # to 80 percent of Internet services ... in Egypt"): one fact, named by its place, however
            # the sentences are worded
            placed = x.quantity.dimension == y.quantity.dimension == "percent" and bool(share_of[_at(x)]) \
                and _one_place(share_of[_at(x)], share_of[_at(y)])
            key = key or common or placed
            # an article with several values of the slot says which one another's is only by its words:
            # "the first quake, magnitude 7.6" and "the first 7.6-magnitude quake" are one quake
            identified = bool(which[_at(x)]) and which[_at(x)] == which[_at(y)] != "one of" or placed or of_one_person
            loose = not key or (x.article in several or y.article in several) and not identified
            loose = loose or bool(x.quantity.background or y.quantity.background)
            if loose and not _one_statement(x, y, facts, aligned):
                continue  # a background happening's figures too: where they stand, their scope varies
            if slot.name == "age" and not of_one_person and not (same_person(facts[x.claim], facts[y.claim])
                                                       and _aged(claims[x.claim], x.quantity) and _aged(claims[y.claim], y.quantity)):
                continue  # "his 14-year-old 'spiritual wife'" in a sentence naming Jeffs is not Jeffs's age
            if not of_one_person and not _same_scope(claims[x.claim], claims[y.claim], facts[x.claim], facts[y.claim],
                                                     x.quantity, y.quantity, wide, alike, main):
                continue  # (what one named person has or is is one fact whatever places, days or spans its sentences
                # name: "noting that Blackmore has 20 wives and Oler has two", with "Blackmore" taken for a place,
                # does not make Oler's two wives a place's)
            if not _one_place(local[_at(x)], local[_at(y)]):
                continue  # "140 injured in Central Aceh district" is a part of the province's 249
            if "one of" in (which[_at(x)], which[_at(y)]) or which[_at(x)] and which[_at(y)] and \
                    which[_at(x)] != which[_at(y)]:
                continue  # "one 7.3-magnitude tremor" of a series / "the first quake, magnitude 7.6"
            if one_value(x.quantity, y.quantity):
                agree.append((x, y))
                continue
            peak_x, peak_y = (at_one_moment(claims[c.claim].text, c.quantity) for c in (x, y))
            if bool(peak_x) != bool(peak_y):  # "at one point as much as 82 percent ... was out" / "65% ... was down"
                moments.append((x, y, peak_x) if peak_x else (y, x, peak_y))
                continue
            da, db = articles[x.article].published, articles[y.article].published
            later = later_report(claims[x.claim], claims[y.claim], _as_risen(x, risen), _as_risen(y, risen), da, db)
            if later is not None:
                update.append((x, y) if later[0][0].id == x.claim else (y, x))
            elif _confirmed_then_more(x, y, articles):
                update.append((x, y) if x.quantity.value < y.quantity.value else (y, x))
            else:
                clash.append((x, y))
    if update and all(c.quantity.event in CUMULATIVE for pair in clash for c in pair):
        # a count seen growing from report to report ("1 dead", later "24 dead"): its other differing
        # values from reports not dated apart (undated, or of one day) are steps of that growth, lower
        # first, not rival counts (two reports of different days that do not grow in order still clash)
        undated = [(x, y) for x, y in clash if not _dated_apart(x, y, articles)]
        update += [(x, y) if x.quantity.value < y.quantity.value else (y, x) for x, y in undated]
        clash = [pair for pair in clash if pair not in undated]
    findings = [_finding(Verdict.CONTRADICTION, replace(slot, name=f"{slot.name}, {ORDINALS[n]} of {LISTED[k]}"), pairs, claims, facts)
                for (n, k), pairs in _parallel_lists(slot, claims).items()]
    # one finding per place a figure is local to: "another 20,000 marched in Thessaloniki" is set
    # against Thessaloniki's "50,000", and agrees with no Athens figure
    for place, pairs in _by_place(clash, local):
        findings.append(_finding(Verdict.CONTRADICTION, _of_place(slot, place), pairs, claims, facts))
    for place, pairs in _by_place(update, local):
        findings.append(_finding(Verdict.STATUS_CHANGE, _of_place(slot, place), pairs, claims, facts))
    for place, told in _by_place([(x, y) for x, y, _ in moments], local):  # a figure of one moment, then another
        cue = next(said for x, y, said in moments if (x, y) in told)
        findings.append(_ordered(Verdict.STATUS_CHANGE, _of_place(slot, place), told, claims, facts,
                                 "moment", cue, f"one figure is '{cue}'"))
    if exceeds:  # a part's count above the whole's: one finding, the part's side first
        part = exceeds[0][0]
        place = (own_place(claims[part.claim].text, part.quantity, own_clause=True) or "a district").title()
        findings.append(_ordered(Verdict.CONTRADICTION, slot, exceeds, claims, facts,
                                 "part", place, f"the count for {place} alone is above the total"))
    # one agreement per place and per value: "at least 70" and "at least two" overlap as intervals,
    # yet no two articles "give the same" of them; beside a contradiction, it shows where most stand
    for place, here in _by_place(agree, local):
        slot_here = _of_place(slot, place)
        sides = _sides(here, same=_same_value)
        side_of = {c.claim: n for n, side in enumerate(sides) for c in side}
        within: dict[int, list] = defaultdict(list)
        for x, y in here:
            if side_of[x.claim] == side_of[y.claim]:
                within[side_of[x.claim]].append((x, y))
        for n, pairs in sorted(within.items()):
            if len({c.article for c in sides[n]}) >= SLOT_SOURCES:
                findings.append(_agreement(slot_here, pairs, claims, facts, articles))
    return findings


def _ordered(kind: Verdict, slot: Slot, pairs: list[tuple[Cell, Cell]], claims, facts, aspect: str, mark: str,
             why: str) -> Finding:
    """The slot's finding for pairs whose order tells each one's side (the figure of one moment, a
    district's count, first), of ``aspect``, with ``mark`` on each record and ``why`` in its reason."""
    finding = _finding(kind, slot, pairs, claims, facts, why)
    sides = tuple(tuple(sorted({c.claim for c in side}, key=claim_order)) for side in zip(*pairs))
    return replace(finding, aspect=aspect, sides=sides,
                   compared=tuple({**record, aspect: mark} for record in finding.compared))


def at_one_moment(text: str, q: Quantity) -> str:
    """The figure is said to have held at one moment, not to stand ("at one point as much as 82
    percent of traffic was out", "at its peak 300 flights were grounded"): set against another
    report's figure it is a moment of the story, not a rival."""
    clause = re.split(r"[;:]|,?\s+(?:while|but|whereas|although)\b", text[:q.start])[-1]  # (a list's ", and" is no break)
    m = MOMENT.search(clause)
    return m.group(0) if m else ""


MOMENT = re.compile(r"(?i)\bat\s+(?:one|some|one\s+stage|its|their|the)\s*(?:point|stage|peak|height|worst)\b|\bbriefly\b")


def _buildings_damaged(x: Cell, y: Cell, claims: dict[str, Claim]) -> bool:
    """Both count buildings damaged ("about 1,500 houses ... were damaged", "damaged more than 300
    houses"): a toll of the happening on things."""
    return all(counted_thing(c.quantity) in lx.BUILDINGS and DAMAGED.search(claims[c.claim].text) for c in (x, y))


def _part_exceeds(part: Cell, whole: Cell, claims: dict[str, Claim], wide: dict[str, int]) -> bool:
    """A district's count above a count its clause gives for the whole stricken area ("In neighbouring
    Central Aceh district, ... about 1,500 houses and buildings were damaged" / "damaged more than 300
    houses in Aceh"): both cannot stand, unless the total was revised. Only a whole that names the
    event's own place: a count with no place may be another village's."""
    p, w = part.quantity, whole.quantity
    there = own_place(claims[whole.claim].text, w, own_clause=True)
    return bool(there) and any(_one_place(there, place) for place in wide) and p.dimension == w.dimension == "count" \
        and not vague(p) and not vague(w) and not p.background and not w.background \
        and p.low > w.value * (1 + ROUNDING)


def _by_place(pairs: list[tuple[Cell, Cell]], local: dict) -> list[tuple[str, list[tuple[Cell, Cell]]]]:
    """The pairs by the place their figures are local to ("" for the event's own), in that order."""
    out: dict[str, list] = defaultdict(list)
    for x, y in pairs:
        out[local[_at(x)]].append((x, y))
    return sorted(out.items())


def _of_place(slot: Slot, place: str) -> Slot:
    """The slot named with the place its figures are local to: "crowd in Thessaloniki"."""
    return replace(slot, name=f"{slot.name} in {place.title()}") if place else slot


def model_sizes(text: str) -> set[str]:
    """The sizes a sentence names models by ("the 17-inch MacBook Pro", "13- and 15-inch options",
    "a 55in TV"), as numbers: {"13", "15"}."""
    out = set()
    for m in MODEL_SIZE.finditer(text):
        out.update(re.findall(r"\d+(?:\.\d+)?", m.group(0)))
    return out


# "17-inch", "13- and 15-inch", "55in", "6.1-inch": a size that names a model of a product line
MODEL_SIZE = re.compile(r"(?i)\b\d+(?:\.\d+)?(?:-?\s*(?:and|or|,)\s*\d+(?:\.\d+)?)*(?:in|[- ]?inch)\b(?!\s+(?:of|from)\b)")


def _aged(claim: Claim, q: Quantity) -> bool:
    """The age is a named person's: "Epaminondas Korkoneas, 37," or "37-year-old Korkoneas" (a
    capitalised name beside it), not "his 14-year-old wife"."""
    before, after = claim.text[max(0, q.start - 40):q.start], claim.text[q.end:q.end + 30]
    return bool(re.search(r"[A-Z][\w'-]+,\s*(?:aged\s+)?$", before) or re.match(r"(?:-?(?:years?-)?old)?,?\s+[A-Z][a-z]", after))


def aged_name(claim: Claim, f: Facts, q: Quantity) -> str:
    """The first name and surname of the person an age is written beside ("Epaminondas Korkoneas, 37,"
    -> "epaminondas korkoneas"; "61-year-old Sharron Diane Crawford Smith" -> "sharron smith"); "" when
    it is not beside a person's full name ("his 14-year-old wife", "a 36-year-old Australian climber",
    "Gomes, 35")."""
    before, after = claim.text[max(0, q.start - 60):q.start], claim.text[q.end:q.end + 60]
    m = re.search(r"((?:[A-Z][\w'.-]*\s+)*[A-Z][\w'-]+),\s*(?:aged\s+)?$", before) or re.match(
        r"(?:-?(?:years?-)?old)?,?\s+((?:[A-Z][\w'.-]*\s+)*[A-Z][\w'-]+)", after)
    words = [w.lower() for w in m.group(1).split()] if m else []
    people = {w for e in f.entities if e.label == "PERSON" for w in e.norm.split()}
    # a first name and a surname, both of a person the sentence names: "Gomes, 35" alone may be
    # any of a family ("Gary Gomes, 35" / "Catherine Gomes, 61")
    return f"{words[0]} {words[-1]}" if len(words) > 1 and words[0] in people and words[-1] in people else ""


def _once(q: Quantity) -> bool:
    """A fact a shooting has once: how often its victim was hit, how many shots were fired (not a
    toll that grows, nor arrests made night after night). (A magnitude is not: a day carried over
    keeps "a 4.2 quake" of one week from "a 4.6 quake" of another where the events were not split.)"""
    return q.event in ONCE


ONCE = frozenset({"hit", "gunfire"})


def _at(c: Cell) -> tuple[str, int]:
    """A cell's key: its claim and where in it the value stands."""
    return c.claim, c.quantity.start


def _parallel_lists(slot: Slot, claims: dict[str, Claim]) -> dict[tuple[int, int], list[tuple[Cell, Cell]]]:
    """Two articles that list as many values of a key fact in one sentence each, alike but for one
    ("two quakes, measuring 7.6 and 7.4" / "the 7.6 and 7.5 magnitude quakes"): the odd pair is a
    contradiction about the n-th of the k things listed. Keyed by (n, k). Lists that name a place
    for a value ("55 percent in Saudi Arabia, 52 in Egypt") or disagree on more than one value
    (listed in another order) say nothing."""
    out: dict[tuple[int, int], list[tuple[Cell, Cell]]] = defaultdict(list)
    plain = [cs for cs in slot.lists if len(cs) <= len(ORDINALS)
             and all(key_slot(c.quantity) and not c.quantity.background
                     and not own_place(claims[c.claim].text, c.quantity) for c in cs)]
    for n, xs in enumerate(plain):
        for ys in plain[n + 1:]:
            if xs[0].article == ys[0].article or len(xs) != len(ys):
                continue
            odd = [i for i, (x, y) in enumerate(zip(xs, ys)) if not compatible(x.quantity, y.quantity)]
            if len(odd) == 1:
                out[(odd[0], len(xs))].append((xs[odd[0]], ys[odd[0]]))
    return out


ORDINALS = ("the first", "the second", "the third", "the fourth")
LISTED = {2: "two listed", 3: "three listed", 4: "four listed"}  # "magnitude, the second of two listed"


def which_one(text: str, q: Quantity) -> str:
    """Which of several happenings a measure is of, as its own words say: "first" ("the first quake,
    magnitude 7.6", "the first 7.6-magnitude quake"), "second", or "one of" ("one of the tremors,
    a 7.3", "another 6.1 quake"); "" when they do not. Measures only: a count's "one of" is a part."""
    if q.counted not in KEY_MEASURES:
        return ""
    before = text[max(0, q.start - 40):q.start].lower()
    before = re.split(r"[;:(.]|\b(?:and|but|while|after|before|as|when|since)\b", before)[-1]
    m = ORDINAL.search(before)
    if m:
        return m.group(1)
    return "one of" if ONE_OF.search(before) else ""


ORDINAL = re.compile(r"\b(first|second|third)\b(?:[\s,]+\S+){0,3}[\s,]*$")
ONE_OF = re.compile(r"(?:^|\s)(?:one|another)(?:\s+of\s+(?:the|its|several|two|three|many)?)?(?:\s+\S+){0,3}\s*$")


def _confirmed_then_more(x: Cell, y: Cell, articles) -> bool:
    """A growing toll whose lower figure is a lower bound ("at least 70 injured" / "about 100 people
    have been injured") from reports not dated apart (undated, or of one day): the bound is the
    count confirmed when it was written, the higher figure a later one, not a rival."""
    low, high = sorted((x, y), key=lambda c: c.quantity.value)
    return (not _dated_apart(x, y, articles) and low.quantity.event in CUMULATIVE
            and high.quantity.event in CUMULATIVE and lower_bound(low.quantity))


def _dated_apart(x: Cell, y: Cell, articles) -> bool:
    """The two reports carry publication dates, and not the same one."""
    da, db = articles[x.article].published, articles[y.article].published
    return bool(da and db and da != db)


def _common_fact(cells) -> bool:
    """What most of the event's reports count, most of them alike, is one of its key facts whatever it
    is ("three undersea cables were cut" in six reports of cut cables, "two cables" in one). A count
    many articles give with scattered values ("54 games" in a season, "four games" in a series) is
    many things counted, not one fact."""
    articles = {c.article for c in cells}
    if len(articles) < COMMON_SLOT:
        return False
    largest = max(len({o.article for o in cells if compatible(c.quantity, o.quantity)}) for c in cells)
    return 2 * largest > len(articles)


def one_value(qa: Quantity, qb: Quantity) -> bool:
    """Two values that can stand for one: compatible as intervals, and not two confirmed counts, two
    ceilings or two bearings apart."""
    return bool(compatible(qa, qb)) and not floors_apart(qa, qb) and not ceilings_apart(qa, qb) \
        and not bearings_apart(qa, qb)


def floors_apart(qa: Quantity, qb: Quantity) -> bool:
    """A count given as a lower bound and another count of a different value ("at least one" / "at
    least five dead", "more than 200" / "more than 400 detained", "at least 70" / "about 100
    injured"): as intervals they overlap, but a lower bound is the count its source could confirm,
    and two confirmed counts differ. Not beyond FLOORS_APART times: "injuring at least two people"
    in an attack on a crew's truck is a part of "at least 70 injured", not a rival count."""
    if not (key_slot(qa) and key_slot(qb)) or qa.dimension != "count" or qb.dimension != "count" \
            or not (lower_bound(qa) or lower_bound(qb)) or vague(qa) or vague(qb):
        return False  # a toll's confirmed count; "at least 22 houses", "dozens injured" are no counts of record
    if not all(lower_bound(q) or q.change in ("=", "~") for q in (qa, qb)):
        return False  # "up to 20" bounds from above: the intervals say it all
    low, high = sorted((qa.value, qb.value))
    if lower_bound(qa) and lower_bound(qb) and high <= BOUNDS_CLOSE * low:
        return False  # "more than 600 killed" / "more than 640": both floors hold, neither is revised
    return high - low > ROUNDING * high and high <= FLOORS_APART * low


BOUNDS_CLOSE = 1.25  # two lower bounds this close are one count told twice, not two confirmed counts


def ceilings_apart(qa: Quantity, qb: Quantity) -> bool:
    """Two upper bounds of different values ("up to 80 percent of services" / "up to 70 per cent"):
    as intervals they overlap, but each is its source's estimate of the most, and the estimates differ.
    Tolls and shares only: "up to 8GB" of memory is a model's specification, and two models may differ."""
    if qa.change != "<" or qb.change != "<" or not (
            qa.dimension == qb.dimension == "percent" or key_slot(qa) and key_slot(qb) and qa.dimension == "count"):
        return False
    low, high = sorted((qa.high, qb.high))  # "as many as 35 to 40" and "as many as 40": one ceiling
    return high - low > ROUNDING * high


def _orders_apart(qa: Quantity, qb: Quantity) -> bool:
    """Two values more than FLOORS_APART times apart: counts of two populations, not two counts of one."""
    low, high = sorted((qa.value, qb.value))
    return high > FLOORS_APART * max(low, 1)


def bearings_apart(qa: Quantity, qb: Quantity) -> bool:
    """Two distances from one place in directions that share no compass point ("150 nautical miles
    west of Aden" / "east of Aden"; "55 km west" / "55 km south of Bireun"); "west" and "north-west"
    are one direction told more or less precisely."""
    points = [{p for p in ("north", "south", "east", "west") if p in q.bearing} for q in (qa, qb)]
    return bool(points[0] and points[1]) and not points[0] & points[1]


def as_said(q: Quantity) -> str:
    """The value as an editor needs it to see the clash: with its direction when it has one."""
    return f"{q.text} {q.bearing}" if q.bearing else q.text


def _as_risen(c: Cell, risen: set) -> Quantity:
    q = c.quantity
    return replace(q, changed=True) if not q.changed and (c.article, q.low, q.high) in risen else q


def _one_statement(x: Cell, y: Cell, facts, aligned: set[frozenset]) -> bool:
    """Two sentences alignment found alike that state their number with the same verb ("seized
    seven rifles" / "seized 12 rifles"; not "five boats were seen" / "three boats were intercepted")."""
    fx, fy = facts[x.claim], facts[y.claim]
    if _two_subjects(fx, fy):
        return False
    return frozenset((x.claim, y.claim)) in aligned and bool(fx.predicate) and fx.predicate == fy.predicate


def _two_subjects(fx: Facts, fy: Facts) -> bool:
    """Two sentences whose counts are of two subjects' doings ("Manning threw for three touchdowns" /
    "He [the receiver] has five touchdowns"): a toll has no such owner, a tally of things may."""
    return bool(fx.subject and fy.subject and fx.subject != fy.subject)


def _two_people(ca: Claim, cb: Claim, fa: Facts, fb: Facts) -> bool:
    """Two subjects, one of them a person: a person's own tally ("Manning threw for three
    touchdowns" / "He has five touchdowns") is no other's; so are two named subjects' ("Manning
    threw for three touchdowns" / "Garrard finished with one touchdown", names the entity tagger
    may miss). ("The navy seized 14 rifles" / "six rifles were found" are one haul told two ways.)"""
    def person(c: Claim, f: Facts) -> bool:
        return PERSONAL.match(c.text) is not None or any(
            e.label == "PERSON" and f.subject in e.norm.split() for e in f.entities)
    return _two_subjects(fa, fb) and (person(ca, fa) or person(cb, fb) or fa.subject_named and fb.subject_named)


PERSONAL = re.compile(r"\s*(?:He|She)\b")


def _several(cells, facts) -> set[str]:
    """Articles that give a slot two values of their own, neither sourced apart nor one a local
    part of the other ("two quakes, measuring 7.6 and 7.4"): the slot holds several things there,
    and only sentence alignment can tell which of them another article's value is about."""
    by_article: dict[str, list[Cell]] = defaultdict(list)
    for c in cells:
        by_article[c.article].append(c)

    def local(x: Cell, y: Cell) -> bool:
        px, py = places(facts[x.claim]), places(facts[y.claim])
        return _local(x.quantity, y.quantity, px, py) or _local(y.quantity, x.quantity, py, px)

    return {a for a, cs in by_article.items()
            if any(not compatible(x.quantity, y.quantity) and not _two_sources(x, y) and not local(x, y)
                   for n, x in enumerate(cs) for y in cs[n + 1:])}


def _two_sources(x: Cell, y: Cell) -> bool:
    """Two articles, or two named sources in one article ("the observatory said 4.9, the USGS 5.2")."""
    if x.article != y.article:
        return True
    return bool(x.source and y.source and not same_source(x.source, y.source))


def same_source(a: str, b: str) -> bool:
    """One source named twice: "the USGS" and "the U.S. Geological Survey" (an acronym of the other)."""
    def letters(name: str) -> str:
        return re.sub(r"[^a-z]", "", name.lower())

    def initials(name: str) -> str:
        words = [w for w in re.split(r"[\s.\-]+", name.lower()) if w and w not in ("of", "the", "and", "for")]
        return "".join(w[0] for w in words) if len(words) > 1 else ""

    return letters(a) == letters(b) or letters(a) == initials(b) or letters(b) == initials(a)


def _same_scope(ca: Claim, cb: Claim, fa: Facts, fb: Facts, qa: Quantity, qb: Quantity,
                wide: dict[str, int] | set[str] = frozenset(), alike: bool = False, main: str = "") -> bool:
    """The two numbers can be of one fact: not of two days ("46 arrested Wednesday" / "86 arrested
    on Saturday"), two places ("20,000 in Athens" / "50,000 in Thessaloniki") or two different
    named people. ``wide``: where the event happened, as most of its articles name it; ``alike``: the
    two give the same figure; ``main``: the place most of them name."""
    if different_participants(fa, fb) or _two_things_placed(qa, qb):
        return False
    pa, pb = _within(places(fa), wide), _within(places(fb), wide)
    # "Police put the march ... at roughly 30,000": the gathering the story is about, at its place
    pa, pb = ({main} if main and not p and _the_gathering(c.text, q) else p for p, c, q in ((pa, ca, qa), (pb, cb, qb)))
    shared = _share_place(pa, pb)
    if pa and pb and not shared and not (qa.dimension != "count" and _share_place(pa, wide) and _share_place(pb, wide)):
        return False  # a magnitude "near Manokwari" and one "in Papua": both of the event's scene, one quake
    # where the two share a place, another of the event's own places ("Manokwari, West Papua" /
    # "Papua, Indonesia") makes neither count local; "20,000 in Athens" is a part of a count named nowhere
    own = set(wide) if shared else set()
    if _local(qa, qb, _placing(ca.text, pa - own), pb) or _local(qb, qa, _placing(cb.text, pb - own), pa):
        return False
    if qa.dimension in ("count", "percent"):  # a magnitude or a distance has no place of its own
        oa, ob = own_place(ca.text, qa), own_place(cb.text, qb)
        if oa and ob and oa not in ob and ob not in oa:
            return False  # "55 percent of voice traffic in Saudi Arabia" / "65 per cent of traffic to India"
    days_a, days_b = days_of(fa), days_of(fb)
    if days_a and days_b and not days_a & days_b:
        return False
    if not alike and over_a_span(ca.text, qa) != over_a_span(cb.text, qb):
        # "over 50 arrests over four nights" / "46 arrested on Wednesday night": a total and one night;
        # "640 killed since the assault began" / "the attack on a school killed 40": a total and a part
        # (the same figure, "at least 70 injured over the past eight days" / "left at least 70 injured", agrees)
        return False
    return date_issue(ca, cb, fa, fb) is None


def _gathering_place(claim: Claim, f: Facts, cell: Cell, main: str) -> str:
    """Where a crowd gathered: the place its own clause puts it in (``Cell.place``: "in Salonika where
    approximately 50,000 people marched"), else the one place its sentence names ("20,000 people took
    to the streets of Athens"), else, for the gathering itself ("Police put the march at roughly
    30,000"), the event's own place; "" for no crowd or none said ("100,000 took part in nationwide
    strikes")."""
    if cell.quantity.event not in MANY_OCCASIONS:
        return ""
    if cell.place:
        return cell.place
    named = places(f)
    if len(named) == 1:
        return next(iter(named))
    return main if not named and _the_gathering(claim.text, cell.quantity) else ""


def _the_gathering(text: str, q: Quantity) -> bool:
    """A crowd counted as the gathering, one and definite, where its sentence names no place ("Police
    put the march at roughly 30,000", "the rally drew 5,000"): the story's own, where the event is."""
    return q.event in MANY_OCCASIONS and bool(THE_GATHERING.search(text))


THE_GATHERING = re.compile(rf"(?i)\bthe\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(lx.CROWD_NOUNS))})\b(?!s)")


def _two_things_placed(qa: Quantity, qb: Quantity) -> bool:
    """Two distances from one place of two things their sentences name ("the building, about 15
    miles north of Detroit" / "a motorist 50 miles north of Detroit"). The happening and its
    epicentre are one thing placed ("the quake, 40 km from ..." / "the epicentre, 45 km from ...")."""
    a, b = ("" if q.located in lx.HAPPENING_OF or q.located in EPICENTRE else q.located for q in (qa, qb))
    return bool(a and b) and a != b


EPICENTRE = frozenset("epicentre epicenter centre center hypocentre hypocenter focus".split())


# The place a number is of: "in/to/at/across <Place>" after it, before the next number, else a
# sentence opening on "In <Place>,". Months and weekdays are times, not places.
_AFTER = re.compile(r"[^\d.;:]*?\b(?:in|to|at|across|near)\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby)\s+)?"
                    r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")
_OPENING = re.compile(r"\s*(?:In|At)\s+(?:the\s+)?(?:[a-z]+\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")  # "In the coastal Marsh district"
POSSESSIVE = re.compile(r"['’]s$")  # "in Greece's second largest city": a place within it, named elsewhere
_TIMES = frozenset("january february march april may june july august september october november december "
                   "monday tuesday wednesday thursday friday saturday sunday".split())


def own_place(text: str, q: Quantity, own_clause: bool = False) -> str:
    """Where the number's own clause puts it ("10 houses were damaged in Takengon" -> "takengon";
    "In neighbouring Central Aceh district, ... 1,500 houses" -> "central aceh"), "" when it says not.
    ``own_clause``: a place after a comma or a subordinating word is another clause's ("24 were
    killed when the ferry rolled over near Brannock Head")."""
    after = _AFTER.match(text, q.end)
    if after and own_clause and CLAUSE_BREAK.search(text[q.end:after.start(1)]):
        after = None
    opening = _OPENING.match(text)
    settled = [m for pattern in (_SETTLEMENT, _WHERE) for m in pattern.finditer(text, 0, q.start)
               if not CLAUSE_BREAK.search(text, m.end(), q.start)]
    settled.sort(key=lambda m: m.end())
    for m in (after, opening if opening and opening.end() <= q.start else None, settled[-1] if settled else None):
        if m and m.group(1).split()[0].lower() not in _TIMES and not POSSESSIVE.search(m.group(1)):
            return place_key(m.group(1).lower())
    return ""


# A named settlement before the number in its clause: "Shelling of houses in the Bureij refugee camp
# left 16 injured" (its own figure, not the offensive's). Only with the noun of a settlement: "a fire
# at Marfin Bank killed three" is the event's own toll.
_SETTLEMENT = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)\s+"
                         r"(?:refugee\s+camp|camp|village|town|district|city|province|county|neighbou?rhood|suburb)\b")


# A place and a clause of what happened there: "clashes broke out in Salonika where approximately
# 50,000 people marched", "the northern city of Thessaloniki, where another 20,000 people marched".
_WHERE = re.compile(r"\b(?:in|at|of)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*),?\s+where\b")


def of_a_district(text: str, q: Quantity) -> bool:
    """The number's own clause puts it in a district, town or village ("In neighbouring Central Aceh
    district, 10 people were killed, 140 were injured"; "12 died in Bener Meriah district"): a part
    of the event's toll, not a step of it, nor a rival."""
    def sub_unit(m) -> bool:  # "Central Aceh district", "Bener Meriah District"
        return bool(_SUBUNIT.match(" " + m.group(1).split()[-1]) or _SUBUNIT.match(text, m.end(1)))
    opening = _OPENING.match(text)
    if opening and opening.end() <= q.start and sub_unit(opening):
        return True
    after = _AFTER.match(text, q.end)
    return bool(after and not CLAUSE_BREAK.search(text[q.end:after.start(1)]) and sub_unit(after))


_SUBUNIT = re.compile(r"\s+(?i:district|regency|sub-?district|village|town|county|municipality)\b")



def _local_figure(claim: Claim, q: Quantity, wide: set[str]) -> str:
    """The place a count is of when that place is not where the event happened as most of its
    articles name it (a district, a town within the stricken province); "" otherwise."""
    if q.dimension not in ("count", "percent") or not wide:
        return ""
    own = own_place(claim.text, q, own_clause=True)
    if not own or any(_one_place(own, w) for w in wide):
        return ""  # "Aceh province" is Aceh; "Central Aceh" is a district of it
    return own


def _within(named: set[str], wide: set[str]) -> set[str]:
    """The places named, with the event's own place each lies in by its name ("West Papua" is in
    Papua where the event's articles name Papua): "Manokwari, West Papua" and "Papua, Indonesia" are
    one scene. A place the count's own clause names apart ("in Central Aceh district") is kept apart
    by ``_local_figure``."""
    return named | {w for w in wide for p in named if p.endswith(f" {w}")}


def _share_place(pa: set[str], pb: set[str]) -> bool:
    return any(_one_place(a, b) for a in pa for b in pb)


def _one_place(a: str, b: str) -> bool:
    """One place named more or less fully ("Aceh" / "Aceh province", "the Mediterranean" / "the
    Mediterranean Sea"); "Central Aceh" is another place than "Aceh"."""
    return a == b or f"{a} ".startswith(f"{b} ") or f"{b} ".startswith(f"{a} ")


# Between a number and a place, a comma or a subordinating word starts another clause: the place is
# that clause's ("24 were killed when the ferry rolled over near Brannock Head").
CLAUSE_BREAK = re.compile(r"[,;]|\b(?:when|after|as|while|where|because|before|since|until|following|which|who)\b", re.I)


def same_person(fa: Facts, fb: Facts) -> bool:
    """Both sentences name one person, the same (an age is a person's, not the story's)."""
    people_a = {e.norm.split()[-1] for e in fa.entities if e.label == "PERSON"}
    people_b = {e.norm.split()[-1] for e in fb.entities if e.label == "PERSON"}
    return len(people_a) == 1 and people_a == people_b


# A figure summed over a span or over occasions: "so far", "in total", "over four nights", "in their
# five operations", "since the shooting", "over the course of Saturday's protests". Such a total is
# not the figure of one occasion, nor of another span.
SPAN = re.compile(r"(?i)\b(?:so far|to date|in total|in all|altogether|a total of|cumulative|since (?:the|then|last)"
                  r"|over the course of"
                  r"|(?:over|in|during) (?:the |their |its |his |her )?(?:past |last |first )?(?:\w+ )?"
                  r"(?:nights|days|weeks|months|years|operations|missions|raids|rounds|games|seasons)\b)")


CLAUSE_END = re.compile(r"[,;]")


def over_a_span(text: str, q: Quantity) -> bool:
    """The number is a total over a span of time ("640 killed since the assault began", "so far in
    the 12 days of the offensive ..., and around 3,000 have been wounded"): a span word in its own
    clause or before it. Not one in a later clause, which is another number's ("43 killed and 55
    wounded in the school, ..., pushing the death toll above 680 since the conflict began")."""
    if SPAN.search(text, 0, q.start):
        return True
    ends = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, q.start)]
    after = CLAUSE_END.search(text, q.end)  # ("above 680 since the conflict began": a "since" ends no clause here)
    return bool(SPAN.search(text[ends[-1] if ends else 0:after.start() if after else len(text)]))


def _placing(text: str, named: set[str]) -> set[str]:
    """The places named, but for one the sentence uses only as a modifier after an article, with no
    preposition of place before it ("The Naval commandos seized ... two other rifles": the tagger's
    place is a word of the subject, no place of the count)."""
    def modifier(p: str) -> bool:
        found = list(re.finditer(rf"(?i)(\w+\s+)?\b(?:the|a|an)\s+{re.escape(p)}\s+(?-i:[a-z])", text))
        return bool(found) and len(found) == len(re.findall(rf"(?i)\b{re.escape(p)}\b", text)) \
            and not any(m.group(1) and m.group(1).strip().lower() in PLACE_PREPOSITIONS for m in found)
    return {p for p in named if not modifier(p)}


PLACE_PREPOSITIONS = frozenset("in at near from of across outside inside around to into off on".split())


def _local(qa: Quantity, qb: Quantity, pa: set[str], pb: set[str]) -> bool:
    """The first count is of a place the other's sentence does not name, and smaller: a local
    figure ("one man was killed in a village in Bener Meriah") within a wider one ("five died in Aceh").
    Counts only: a magnitude or a distance measured at a named place is no part of another."""
    return qa.dimension == "count" and bool(pa - pb) and qa.high < qb.low


def _same_value(qa: Quantity, qb: Quantity) -> bool:
    """Two values an editor reads as one: compatible, and a lower bound only with the same figure
    ("at least 70" and "70 people", not "at least 70" and "at least two")."""
    if lower_bound(qa) or lower_bound(qb):
        return abs(qa.value - qb.value) <= ROUNDING * max(qa.value, qb.value) and bool(compatible(qa, qb))
    return bool(compatible(qa, qb))


def _sides(pairs: list[tuple[Cell, Cell]], same=None) -> list[list[Cell]]:
    """The cells of the flagged pairs grouped by the value they give (compatible values together;
    ``same``: a stricter test of one value)."""
    cells = {(c.claim, c.quantity.start): c for pair in pairs for c in pair}  # two sources may share a sentence
    # cells that give the very same value go together: the tests below run once per distinct value
    alike: dict[tuple, list[Cell]] = defaultdict(list)
    for c in sorted(cells.values(), key=lambda c: (c.quantity.low, c.quantity.high)):
        q = c.quantity
        alike[(q.low, q.high, q.value, q.unit, q.approx, q.change, q.bearing, q.event, q.counted, q.dimension)].append(c)
    sides: list[tuple[list[Quantity], list[Cell]]] = []  # (one quantity per distinct value, the cells)
    for group in alike.values():
        q = group[0].quantity
        for values, members in sides:
            if all(one_value(q, o) and (same is None or same(q, o)) for o in values):
                values.append(q)
                members.extend(group)
                break
        else:
            sides.append(([q], list(group)))
    return [members for _, members in sides]


def _finding(kind: Verdict, slot: Slot, pairs, claims, facts, why: str = "") -> Finding:
    # "150 nautical miles west of Aden" / "150 nautical miles east": one distance, two directions,
    # whose sides are the directions ("34 miles west" and "55 kilometers west" stand together)
    direction = kind == Verdict.CONTRADICTION and all(
        compatible(x.quantity, y.quantity) and bearings_apart(x.quantity, y.quantity) for x, y in pairs)
    sides = _by_bearing(pairs) if direction else _sides(pairs, same=_same_value)
    if kind == Verdict.STATUS_CHANGE:  # earliest report first
        first = {x.claim for x, _ in pairs} - {y.claim for _, y in pairs}
        sides.sort(key=lambda side: not any(c.claim in first for c in side))
    values = "; ".join(
        " and ".join(f"{describe(claims[c.claim], facts[c.claim], c.source)} says {as_said(c.quantity)}" for c in side[:2])
        + (f" (and {len(side) - 2} more)" if len(side) > 2 else "")
        for side in sides)
    verb = why or ("count updated" if kind == Verdict.STATUS_CHANGE else "sources differ")
    members = tuple(sorted({c.claim for side in sides for c in side}, key=claim_order))
    x, y = pairs[0]
    return Finding(
        kind=kind, aspect="direction" if direction else "number" if kind == Verdict.CONTRADICTION else "count",
        subject=slot.name, claims=members, reason=f"{slot.name}: {values} ({verb})", score=0.0,
        compared=tuple({"aspect": "number", "what": slot.name, "a": quantity_record(claims[a.claim], a.quantity),
                        "b": quantity_record(claims[b.claim], b.quantity)} for a, b in pairs),
        slot=slot.name, sides=tuple(tuple(sorted((c.claim for c in side), key=claim_order)) for side in sides),
    )


def _by_bearing(pairs: list[tuple[Cell, Cell]]) -> list[list[Cell]]:
    """The cells of the flagged pairs grouped by direction: bearings that share a compass point stand
    together ("west" and "north-west": one direction told more or less finely)."""
    cells = {(c.claim, c.quantity.start): c for pair in pairs for c in pair}
    sides: list[list[Cell]] = []
    for c in sorted(cells.values(), key=lambda c: (len(c.quantity.bearing), claim_order(c.claim))):
        side = next((s for s in sides if not bearings_apart(s[0].quantity, c.quantity)), None)
        if side is None:
            sides.append([c])
        else:
            side.append(c)
    return sides


def _agreement(slot: Slot, pairs, claims, facts, articles) -> Finding:
    members = tuple(sorted({c.claim for pair in pairs for c in pair}, key=claim_order))
    cell = pairs[0][0]
    independent, note = corroboration(members, claims, facts, articles)
    sources = sorted({claims[c].source for c in members})
    reason = f"{len(sources)} articles give the same {slot.name}, {cell.quantity.text}: {', '.join(sources)}"
    return Finding(
        kind=Verdict.AGREEMENT, aspect="number", subject=f"{slot.name}: {cell.quantity.text}", claims=members,
        reason=reason + (f"; {note}" if note else ""), score=0.0, independent_sources=independent, slot=slot.name,
        compared=tuple(quantity_record(claims[c.claim], c.quantity) for pair in pairs[:1] for c in pair),
    )
