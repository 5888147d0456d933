"""Events: which articles report one happening, and which facts belong to a background one.

``split_events(alignment, claims, facts, articles) -> (events, splits)``: articles grouped by the
event they report, and why two were kept apart. Every later stage compares facts only within
one event: two similar but different events (two fires a week apart, two quakes years apart)
must never be set against each other."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from . import lexicon as lx
from .facts import MONTHS, WEEKDAYS, names_calendar_day
from .models import Alignment, Article, Claim, ClaimGroup, DateRef, Facts, Quantity
from .table import MANY_OCCASIONS, Slot, same_person
from .thresholds import (EVENT_CLASHES, EVENT_DAYS, EVENT_JOIN_FACTS, EVENT_JOIN_SIMILARITY,
                         EVENT_SIMILARITY, LEDE, MIN_WORDS)
from .rules import (comparable, compatible, date_issue, event_date, later_report, occasions, places, shared_values,
                    telling_values, what_counted)


@dataclass(frozen=True)
class EventSplit:
    """Why two articles were taken to report different events."""

    a: str
    b: str
    clashes: int
    matches: int
    example: str  # one clash, in words
    earlier: bool = False  # a: an undated article whose opening figure is b's background happening's


def split_events(alignment: Alignment, claims: dict[str, Claim], facts: dict[str, Facts],
                 articles: dict[str, Article]) -> tuple[list[tuple[str, ...]], list[EventSplit]]:
    """Group the articles by the event they report: same event first.

    Every aligned sentence pair between two articles votes: its facts match (the same count or
    day), clash (a different count, day, time or place, not explained as a later update), or
    say nothing. Two articles report different events (two fires a week apart in one town) when
    their opening lines put the same happening on different days or at different clock times,
    and the rest agrees: their pairs clash at least EVENT_CLASHES times and more often than they
    match, or nothing matches at all. A clash elsewhere in the text is not enough: honest
    reports of one event differ on numbers and on secondary dates (on ECB+ real news, number
    clashes split same-event articles as often as different-event ones). Opening lines that put
    one happening on calendar days more than EVENT_DAYS apart weigh EVENT_CLASHES on their own;
    two different happenings that far apart (a barn fire in January, a bridge collapse in March)
    clash once per article pair, so they are apart unless something else in them matches.
    Articles with no such evidence are taken to report one event, as the user put them in one
    folder.
    """
    votes: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # [matches, clashes]
    telling: Counter = Counter()  # article pair -> aligned pairs that share a telling value
    lede_clash: dict[tuple[str, str], str] = {}  # the opening-line clash, in words
    for pair in alignment.edges:
        ca, cb = claims[pair.a], claims[pair.b]
        if ca.source == cb.source:
            continue
        key = tuple(sorted((ca.source, cb.source)))
        match, clash, _ = fact_votes(ca, cb, facts[pair.a], facts[pair.b], articles)
        if clash:
            votes[key][1] += 1
        elif match:
            votes[key][0] += 1
            telling[key] += bool(telling_values(facts[pair.a], facts[pair.b]))
    # The opening lines say what happened and when: two ledes that put one happening on
    # different days vote too, aligned or not (the alignment's context penalty may have kept
    # them apart for that very reason).
    opening = opening_lines(claims)
    ledes = {source: [c for c in cids if facts[c].dates or facts[c].times] for source, cids in opening.items()}
    voted = {frozenset((p.a, p.b)) for p in alignment.edges}
    day = {c: _lede_day(claims[c], facts[c]) for cids in ledes.values() for c in cids}
    by_predicate: dict[str, list[str]] = defaultdict(list)
    for source in sorted(ledes):
        for c in ledes[source]:
            by_predicate[facts[c].predicate].append(c)
    counted: set[frozenset] = set()
    for cids in by_predicate.values():  # one happening, told on different days
        for n, a in enumerate(cids):
            for b in cids[n + 1:]:
                if claims[a].source == claims[b].source:
                    continue
                clash, when = day_clash(claims[a], claims[b], facts[a], facts[b]) or ("", False)
                weekdays = "" if when else _weekdays_apart(facts[a], facts[b])
                if weekdays:
                    clash, when = weekdays, True
                if clash and when:
                    counted.add(frozenset((a, b)))
                    far = day[a] and day[b] and abs((day[a].start - day[b].start).days) > EVENT_DAYS
                    key = (claims[a].source, claims[b].source)
                    votes[key][1] += (EVENT_CLASHES if far else 1) - (frozenset((a, b)) in voted)
                    lede_clash[key] = clash + " (opening lines)"
    # Two different happenings weeks apart: every dated opening line of one article more than
    # EVENT_DAYS from every one of the other's, and no opening lines of the two compared above or
    # aligned: one clash per article pair (a match elsewhere outweighs it).
    span: dict[str, tuple] = {}  # article -> (its first dated opening line, earliest day, latest day)
    for c, d in day.items():
        if d is not None:
            o = d.start.toordinal()
            first, lo, hi = span.get(claims[c].source, (c, o, o))
            span[claims[c].source] = (first, min(lo, o), max(hi, o))
    aligned = {tuple(sorted((claims[p.a].source, claims[p.b].source))) for p in alignment.edges if p.a in day and p.b in day}
    names = sorted(span)
    lows = np.array([span[s][1] for s in names])
    highs = np.array([span[s][2] for s in names])
    for n, sa in enumerate(names):
        for m in np.flatnonzero((lows[n + 1:] - highs[n] > EVENT_DAYS) | (lows[n] - highs[n + 1:] > EVENT_DAYS)):
            sb = names[n + 1 + m]
            if (sa, sb) in lede_clash or (sa, sb) in aligned:
                continue
            votes[(sa, sb)][1] += 1
            x, y = span[sa][0], span[sb][0]
            lede_clash[(sa, sb)] = (f"'{facts[x].predicate}' on {day[x].text} vs '{facts[y].predicate}' on {day[y].text}"
                                    " (opening lines)")
    splits = [EventSplit(a, b, clashes, matches, said) for (a, b), said in sorted(lede_clash.items())
              for matches, clashes in [votes[(a, b)]] if clashes >= EVENT_CLASHES and clashes > matches or not matches]
    apart = {frozenset((s.a, s.b)) for s in splits}
    sim = profile_similarity(claims, facts, list(articles))
    events, blocked = _cluster(list(articles), sim, apart)
    events = _join_on_facts(events, list(articles), sim, telling, votes, apart)
    # report the splits that refused a merge, not every pair of articles that never met
    return events, [x for x in splits if frozenset((x.a, x.b)) in blocked]


def opening_lines(claims: dict[str, Claim]) -> dict[str, list[str]]:
    """Each article's first LEDE claims (headline and lede), in order: they say what happened and when."""
    opening: dict[str, list[str]] = defaultdict(list)
    for cid, claim in claims.items():
        if len(opening[claim.source]) < LEDE:
            opening[claim.source].append(cid)
    return opening


def told_earlier(events: list[tuple[str, ...]], slots: list[Slot], claims: dict[str, Claim],
                 facts: dict[str, Facts], articles: dict[str, Article]) -> list[EventSplit]:
    """Articles that seem to report an earlier happening which the event's other articles tell only as
    background: each as a split from the article that tells it.

    An article that gives no date (no publication date, no day named) cannot be placed in time, so
    nothing in ``split_events`` keeps it apart: a report of January's cable cut sits with December's
    reports of the next one. It is set apart when one of its opening figures (``opening_lines``)
    differs from every figure the event's other articles give for that fact and equals one another
    article gives for a background happening: "two sub-sea cables went down", where the others say
    three were cut and one adds that "only two lines were snapped then", earlier this year. A dated
    article is placed by its date, and a figure outside the opening lines may be a side detail, so
    neither sets an article apart (on ECB+'s 42 topics the rule sets one article apart, a report of
    the earlier cut; without the date test it would set seven more apart, all of them sound)."""
    opening = {c for cids in opening_lines(claims).values() for c in cids}
    placed = {a for a, article in articles.items() if article.published} | {
        claim.source for cid, claim in claims.items() if occasions(facts[cid])}
    of_event: dict[int, list[Slot]] = defaultdict(list)
    for slot in slots:
        of_event[slot.event].append(slot)
    found: dict[str, EventSplit] = {}
    for n, event in enumerate(events):
        here = of_event[n]
        told = {(slot.unit, c.quantity.value): c for slot in here for c in slot.cells if c.quantity.background}
        if not told or len(event) < 3:
            continue  # (two articles: which of them is the odd one out?)
        for slot in here:
            main = [c for c in slot.cells if not c.quantity.background]
            for mine in main:
                before = told.get((slot.unit, mine.quantity.value))
                if before is None or mine.claim not in opening or mine.article in placed or mine.article in found \
                        or before.article == mine.article:
                    continue
                others = [c for c in main if c.article != mine.article]
                if not others or any(compatible(mine.quantity, o.quantity) for o in others):
                    continue
                common = Counter(o.quantity.value for o in others).most_common(1)[0][0]
                theirs = max((o.quantity.text for o in others if o.quantity.value == common), key=len)
                found[mine.article] = EventSplit(mine.article, before.article, 0, 0, (
                    f"its opening figure, '{mine.quantity.text}', differs from the others' ('{theirs}') and is "
                    f"the one given for {before.quantity.background} ('{before.quantity.text}')"), earlier=True)
    return list(found.values())


def profile_similarity(claims: dict[str, Claim], facts: dict[str, Facts], sources: list[str]) -> np.ndarray:
    """sources x sources: cosine of the articles' profiles, what each names (people, places,
    organisations), its content words and the years it states, weighted by tf-idf within the
    run. Only what two or more articles state counts: an article's own details say nothing of
    which other article reports its event."""
    index = {s: n for n, s in enumerate(sources)}
    counts: list[Counter] = [Counter() for _ in sources]
    for cid, claim in claims.items():
        f = facts[cid]
        bag = counts[index[claim.source]]
        bag.update(f"e:{e.norm}" for e in f.entities if e.label in NAME_LABELS)
        bag.update(f"k:{w}" for w in f.keywords)
        bag.update(f"y:{d.start.year}" for d in f.dates if d.start and d.year_known)
    df = Counter(k for bag in counts for k in bag)
    vocab = {k: n for n, k in enumerate(k for k, v in df.items() if v > 1)}
    vectors = np.zeros((len(sources), len(vocab)))
    for n, bag in enumerate(counts):
        for k, tf in bag.items():
            if k in vocab:
                vectors[n, vocab[k]] = (1 + math.log(tf)) * math.log(1 + len(sources) / df[k])
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms == 0, 1, norms)
    return vectors @ vectors.T


NAME_LABELS = ("PERSON", "ORG", "GPE", "FAC", "LOC", "NORP", "EVENT")


def _cluster(sources: list[str], sim: np.ndarray, apart: set[frozenset]) -> tuple[list[tuple[str, ...]], set[frozenset]]:
    """Average-linkage clustering at EVENT_SIMILARITY, never joining two clusters that hold a split
    pair. Average, not single linkage: a chain of pairwise resemblances (a quake in 2009 like one in
    2013 like another in 2013) does not make one event. Returns the events (in article order) and
    the splits that refused a merge."""
    n = len(sources)
    members = [[i] for i in range(n)]
    total = sim.astype(np.float64).copy()  # sums of similarities between clusters
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    banned = np.zeros((n, n), dtype=bool)
    where = {s: i for i, s in enumerate(sources)}
    for pair in apart:
        a, b = tuple(pair)
        banned[where[a], where[b]] = banned[where[b], where[a]] = True
    blocked: set[frozenset] = set()
    while alive.sum() > 1:
        mean = total / np.outer(size, size)
        mean[~alive, :] = mean[:, ~alive] = -np.inf
        np.fill_diagonal(mean, -np.inf)
        free = np.where(banned, -np.inf, mean)
        i, j = np.unravel_index(np.argmax(free), free.shape)
        best_banned = np.unravel_index(np.argmax(np.where(banned, mean, -np.inf)), mean.shape)
        if mean[best_banned] >= EVENT_SIMILARITY and mean[best_banned] >= free[i, j]:
            x, y = best_banned
            blocked.update(frozenset((sources[p], sources[q])) for p in members[x] for q in members[y]
                           if frozenset((sources[p], sources[q])) in apart)
        if free[i, j] < EVENT_SIMILARITY:
            break
        i, j = min(i, j), max(i, j)
        members[i] += members[j]
        total[i, :] += total[j, :]
        total[:, i] += total[:, j]
        size[i] += size[j]
        banned[i, :] |= banned[j, :]
        banned[:, i] |= banned[:, j]
        alive[j] = False
    events = [tuple(sources[k] for k in sorted(members[i])) for i in range(n) if alive[i]]
    return sorted(events, key=lambda e: where[e[0]]), blocked


def _join_on_facts(events: list[tuple[str, ...]], sources: list[str], sim: np.ndarray, telling: Counter,
                   votes: dict, apart: set[frozenset]) -> list[tuple[str, ...]]:
    """Join two groups of articles whose profiles are close (EVENT_JOIN_SIMILARITY) when their
    aligned sentences share telling facts (the same calendar day, "23 pirates", a magnitude) at
    least EVENT_JOIN_FACTS times and twice as often as they clash: reports of one event that word it
    differently (one set tells of the capture, another of the trial of the 23) share its particulars;
    two events of one kind share their wording, not their figures."""
    index = {s: n for n, s in enumerate(sources)}
    n = len(sources)
    shared, clashes, banned = np.zeros((n, n)), np.zeros((n, n)), np.zeros((n, n))
    for (a, b), k in telling.items():
        shared[index[a], index[b]] = shared[index[b], index[a]] = k
    for (a, b), (_, k) in votes.items():
        clashes[index[a], index[b]] = clashes[index[b], index[a]] = k
    for pair in apart:
        a, b = tuple(pair)
        banned[index[a], index[b]] = banned[index[b], index[a]] = 1
    groups = [[index[s] for s in e] for e in events]
    while len(groups) > 1:
        member = np.zeros((len(groups), n))
        for g, ids in enumerate(groups):
            member[g, ids] = 1
        size = member.sum(axis=1)
        mean = member @ sim @ member.T / np.outer(size, size)
        ok = (mean >= EVENT_JOIN_SIMILARITY) & (member @ banned @ member.T == 0)
        facts = member @ shared @ member.T
        ok &= (facts >= EVENT_JOIN_FACTS) & (facts >= 2 * (member @ clashes @ member.T))
        np.fill_diagonal(ok, False)
        if not ok.any():
            break
        i, j = sorted(np.unravel_index(np.argmax(np.where(ok, mean, -np.inf)), mean.shape))
        groups[i] += groups.pop(j)
    return sorted((tuple(sources[k] for k in sorted(g)) for g in groups), key=lambda e: index[e[0]])


def fact_votes(ca: Claim, cb: Claim, fa: Facts, fb: Facts, articles: dict[str, Article]) -> tuple[bool, str, bool]:
    """(the pair shares a specific count or day, the first fact it clashes on in words or "", that clash
    is the day or time of one happening told in full sentences)."""
    da, db = articles[ca.source].published, articles[cb.source].published
    day = day_clash(ca, cb, fa, fb)
    if day is not None:
        return False, *day
    for qa in fa.quantities:
        for qb in fb.quantities:
            if not (qa.value and qb.value):
                continue  # "no injuries reported" early, "three injured" later: one event's count told twice
            if comparable(qa, qb) and not compatible(qa, qb) and later_report(ca, cb, qa, qb, da, db) is None \
                    and not unfixed(qa, qb, fa, fb):
                return False, f"{what_counted(qa)}: {qa.text} vs {qb.text}", False
    places_a, places_b = places(fa), places(fb)
    if places_a and places_b and fa.predicate and fa.predicate == fb.predicate and not places_a & places_b:
        return False, f"place: {', '.join(sorted(places_a))} vs {', '.join(sorted(places_b))}", False
    # a shared place is no evidence of one event (two fires in one town): only counts and days
    return bool(shared_values(fa, fb)), "", False


def unfixed(qa: Quantity, qb: Quantity, fa: Facts, fb: Facts) -> bool:
    """Two differing figures that say nothing of which event two reports tell, as the fact table
    does not compare them either: how long something has gone on by each report's day ("four days
    of riots" / "8 days of riots"), two gatherings' crowds, two people's ages, or one day's count
    against a count with no day ("86 arrests over the course of Saturday's protests" / "more than
    200 people have been arrested")."""
    if qa.dimension == "time" and qa.unit == "second" and max(qa.value, qb.value) >= DAY:
        return True
    if qa.event in MANY_OCCASIONS or qb.event in MANY_OCCASIONS:
        return True
    if what_counted(qa) == "age" and not same_person(fa, fb):
        return True
    return bool(occasions(fa)) != bool(occasions(fb))


DAY = 86_400  # seconds


def day_clash(ca: Claim, cb: Claim, fa: Facts, fb: Facts) -> tuple[str, bool] | None:
    """The day or time the pair clashes on, in words, and whether it is the day or time of one
    happening told in full sentences; None when they do not clash on one."""
    date = date_issue(ca, cb, fa, fb)
    if date is None:
        return None
    said = (date.compared["a"].get("text"), date.compared["b"].get("text"))
    when = happening(fa.predicate) and (_clock(date.compared) or _calendar(date.compared)) and all(
        len(c.text.split()) - len(str(t).split()) >= MIN_WORDS for c, t in zip((ca, cb), said))
    return f"{date.subject}: {said[0]} vs {said[1]}", when


def _weekdays_apart(fa: Facts, fb: Facts) -> str:
    """Two opening lines that put one happening on two different weekdays ("shook ... on Sunday
    morning" / "rattled ... early Thursday"), whether or not the articles' dates resolve them; ""
    otherwise."""
    if not happening(fa.predicate) or fa.subject and fb.subject and fa.subject != fb.subject:
        return ""
    days_a, days_b = occasions(fa), occasions(fb)
    if len(days_a) == 1 and len(days_b) == 1 and days_a != days_b:
        return f"day of '{fa.predicate}': {days_a.pop()} vs {days_b.pop()}"
    return ""


def _lede_day(claim: Claim, f: Facts) -> DateRef | None:
    """The calendar day (month and day written out, year known) on which an opening line puts a
    happening that is done, told in a full sentence; None otherwise."""
    d = event_date(f)
    if d is None or not d.year_known or f.status == "planned" or not happening(f.predicate):
        return None
    if len(claim.text.split()) - len(d.text.split()) < MIN_WORDS:
        return None
    return d if d.granularity == "day" and names_calendar_day(d.text) else None


def _clock(compared: dict) -> bool:
    """Two times of day read off a clock ("7:48 a.m."), not parts of a day ("night")."""
    return compared["aspect"] == "time" and all(
        compared[k]["minutes"][1] - compared[k]["minutes"][0] <= 60 for k in ("a", "b"))


def _calendar(compared: dict) -> bool:
    """Two days named by their month and day ("March 3", "3 March 2025"): relative ones
    ("yesterday", "on Tuesday") depend on each article's date being known and right."""
    return compared["aspect"] == "date" and all(
        compared[k].get("granularity") == "day" and names_calendar_day(str(compared[k].get("text"))) for k in ("a", "b"))


def happening(predicate: str) -> bool:
    """A verb of something that happens, not a page's metadata or a misparsed date word."""
    return predicate.isalpha() and predicate not in lx.METADATA_VERBS and predicate not in NOT_HAPPENINGS


NOT_HAPPENINGS = frozenset(MONTHS + WEEKDAYS)


def within_events(alignment: Alignment, claims: dict[str, Claim], event_of: dict[str, int]) -> Alignment:
    """The alignment without edges between different events; groups split by event."""
    def same(p) -> bool:
        return event_of.get(claims[p.a].source) == event_of.get(claims[p.b].source)

    if all(same(p) for p in alignment.edges) and all(same(p) for g in alignment.groups for p in g.pairs):
        return alignment
    groups = []
    for g in alignment.groups:
        parts: dict[int, list[str]] = defaultdict(list)
        for c in g.claims:
            parts[event_of.get(claims[c].source, -1)].append(c)
        inside: dict[int, list] = defaultdict(list)  # each event's pairs, in their order
        for p in g.pairs:
            if same(p):
                inside[event_of.get(claims[p.a].source, -1)].append(p)
        for n, (event, members) in enumerate(sorted(parts.items())):
            pairs = tuple(inside[event])
            if pairs:
                groups.append(ClaimGroup(g.id if n == 0 else f"{g.id}.{n}", tuple(members), pairs))
    return Alignment(tuple(groups), tuple(p for p in alignment.edges if same(p)))
