"""Judge: ``ClaimGroup`` -> ``list[Finding]``, each with a kind, a reason and the facts compared.

Owns the rules that turn two claims' facts into a verdict. Precision comes first: a
contradiction is only reported when the two claims are about the same fact *and* the
same event (similar but different events must never be set against each other), so
every rule checks both. Reading the facts is left to ``facts``; ranking for the editor
to ``report``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from . import lexicon as lx
from .facts import MONTHS, WEEKDAYS, names_calendar_day, polarity
from .models import Alignment, Article, Claim, ClaimGroup, DateRef, Facts, Finding, Quantity, Verdict

# Two exact numbers within 2% are one number rounded differently ("40,000" and "39,500" is not).
ROUNDING = 0.02
# Times of day within this many minutes are the same moment reported by two clocks.
TIME_SLACK = 10
# Counts that only grow as a story develops: a higher figure in a later report is an update.
CUMULATIVE = {"death", "injury", "rescue", "evacuation", "arrest", "return"}
# Strong same-event evidence needed before naming a different person a contradiction:
# different people doing the same thing is usually a different event. One anchor less when
# both name the same specific title of three words or more ("election commission chair").
ENTITY_ANCHORS = 2
# Two claims are said to agree only when their alignment score reaches this (the alignment
# threshold lets in looser pairs, which help group a story's claims but are not "the same").
AGREEMENT_SCORE = 0.35
# Certainty levels that dispute a proposition rather than state it.
DISPUTED = {"cautioned", "denied"}
# Lemmas in more than this share of the run's claims are the story's common vocabulary: two
# claims sharing only those share a topic, not a proposition.
COMMON_SHARE = 0.25
# Two articles report different events when at least this many of the sentence pairs alignment
# found between them clash on a number, day, time or place, and clashes outnumber matches: one
# clash between two reports of one event is news, a pattern of them is another event.
EVENT_CLASHES = 2
# Opening lines that put one happening on calendar days more than this many days apart clash with
# the weight of EVENT_CLASHES: that is another occurrence (the same kind of happening weeks later),
# not a slip. Two different happenings that far apart clash once.
EVENT_DAYS = 7
# An article's first lines (headline and lede): their dates and times are those of the
# happening the article reports.
LEDE = 3
# Articles whose context (align.article_similarity) reaches this are merged into one event
# unless a split keeps them apart; on ECB+ 95% of same-event pairs score above 0.52 and the
# median different-event pair 0.45 (different events still need a split to stay apart when
# they are more alike than that).
EVENT_CONTEXT = 0.5


@dataclass
class _Issue:
    kind: Verdict
    aspect: str
    subject: str
    reason: str
    compared: dict = field(default_factory=dict)


@dataclass(frozen=True)
class EventSplit:
    """Why two articles were taken to report different events."""

    a: str
    b: str
    clashes: int
    matches: int
    example: str  # one clash, in words


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
    lede_clash: dict[tuple[str, str], str] = {}  # the opening-line clash, in words
    context: dict[tuple[str, str], float] = {}
    for pair in alignment.edges:
        ca, cb = claims[pair.a], claims[pair.b]
        if ca.source == cb.source:
            continue
        key = tuple(sorted((ca.source, cb.source)))
        context[key] = pair.context
        match, clash, _ = fact_votes(ca, cb, facts[pair.a], facts[pair.b], articles)
        if clash:
            votes[key][1] += 1
        elif match:
            votes[key][0] += 1
    # The opening lines say what happened and when: two ledes that put one happening on
    # different days vote too, aligned or not (the alignment's context penalty may have kept
    # them apart for that very reason).
    opening: dict[str, list[str]] = defaultdict(list)
    for cid, claim in claims.items():
        if len(opening[claim.source]) < LEDE:
            opening[claim.source].append(cid)
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
                _, clash, when = fact_votes(claims[a], claims[b], facts[a], facts[b], articles)
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
    splits = [EventSplit(a, b, clashes, matches, lede_clash[(a, b)])
              for (a, b), (matches, clashes) in sorted(votes.items())
              if (a, b) in lede_clash and (clashes >= EVENT_CLASHES and clashes > matches or not matches)]
    apart = {frozenset((s.a, s.b)) for s in splits}
    # Merge the most alike articles first (single linkage on the article context), pairs whose
    # facts match more often than they clash before the others, never across a split.
    events: dict[str, list[str]] = {s: [s] for s in articles}
    home = {s: s for s in articles}

    blocked: set[frozenset] = set()  # the splits that refused a merge

    def merge(a: str, b: str) -> None:
        ea, eb = home[a], home[b]
        if ea == eb:
            return
        why = next((frozenset((x, y)) for x in events[ea] for y in events[eb] if frozenset((x, y)) in apart), None)
        if why is not None:
            blocked.add(why)
            return
        keep, drop = sorted((ea, eb), key=list(articles).index)
        events[keep] += events.pop(drop)
        for x in events[keep]:
            home[x] = keep

    def order(item):
        (a, b), strength = item
        matches, clashes = votes[(a, b)]
        return matches <= clashes, -strength, a, b

    for (a, b), strength in sorted(context.items(), key=order):
        if strength >= EVENT_CONTEXT:
            merge(a, b)
    # report the splits that refused a merge, not every pair of articles that never met
    return ([tuple(sorted(e, key=list(articles).index)) for e in events.values()],
            [x for x in splits if frozenset((x.a, x.b)) in blocked])


def fact_votes(ca: Claim, cb: Claim, fa: Facts, fb: Facts, articles: dict[str, Article]) -> tuple[bool, str, bool]:
    """(the pair shares a specific count or day, the first fact it clashes on in words or "", that clash
    is the day or time of one happening told in full sentences)."""
    da, db = articles[ca.source].published, articles[cb.source].published
    date = _dates(ca, cb, fa, fb)
    if date is not None:
        said = (date.compared["a"].get("text"), date.compared["b"].get("text"))
        when = _happening(fa.predicate) and all(
            len(c.text.split()) - len(str(t).split()) >= MIN_WORDS for c, t in zip((ca, cb), said)) and (
            _clock(date.compared) or _calendar(date.compared))
        return False, f"{date.subject}: {said[0]} vs {said[1]}", when
    for qa in fa.quantities:
        for qb in fb.quantities:
            if _comparable(qa, qb) and not _compatible(qa, qb) and _later(ca, cb, qa, qb, da, db) is None:
                return False, f"{_what(qa)}: {qa.text} vs {qb.text}", False
    places_a, places_b = _places(fa), _places(fb)
    if places_a and places_b and fa.predicate and fa.predicate == fb.predicate and not places_a & places_b:
        return False, f"place: {', '.join(sorted(places_a))} vs {', '.join(sorted(places_b))}", False
    # a shared place is no evidence of one event (two fires in one town): only counts and days
    return bool(shared_values(fa, fb)), "", False


def _lede_day(claim: Claim, f: Facts) -> DateRef | None:
    """The calendar day (month and day written out, year known) on which an opening line puts a
    happening that is done, told in a full sentence; None otherwise."""
    d = _event_date(f)
    if d is None or not d.year_known or f.status == "planned" or not _happening(f.predicate):
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


def _happening(predicate: str) -> bool:
    """A verb of something that happens, not a page's metadata or a misparsed date word."""
    return predicate.isalpha() and predicate not in lx.METADATA_VERBS and predicate not in MONTHS + WEEKDAYS


# A line that is little more than a date ("Published May 3, 2013") is metadata, not a report
# of when something happened.
MIN_WORDS = 3


def _places(f: Facts) -> set[str]:
    return {e.norm for e in f.entities if e.label in ("GPE", "LOC", "FAC")}


def judge_alignment(
    alignment: Alignment, claims: dict[str, Claim], facts: dict[str, Facts], articles: dict[str, Article],
    events: list[tuple[str, ...]] | None = None,
) -> list[Finding]:
    """Findings for an alignment: flags from its direct edges, agreements from its groups, date
    anchors, and a ``unique`` finding for each claim left alone. ``events`` (from
    ``split_events``) keeps articles on different events from being compared at all."""
    event_of = {s: n for n, e in enumerate(events or [tuple(articles)]) for s in e}
    alignment = _within_events(alignment, claims, event_of)
    common = common_words(facts.values())
    group_of = {c: g.id for g in alignment.groups for c in g.claims}
    flagged: dict[tuple, list] = defaultdict(list)
    flagged_pairs: set[frozenset] = set()
    for pair in alignment.edges:
        ca, cb = claims[pair.a], claims[pair.b]
        clashes = _clashes(ca, cb, facts[pair.a], facts[pair.b], articles)
        issues = _issues(ca, cb, facts[pair.a], facts[pair.b], articles, common, clashes)
        for issue in issues:
            flagged[(issue.kind.value, issue.aspect, issue.subject, group_of.get(pair.a, pair.a))].append(
                (issue, pair.a, pair.b, pair))
        if issues or clashes[3]:
            flagged_pairs.add(frozenset((pair.a, pair.b)))  # two happenings: neither said to agree
    for group in alignment.groups:
        # within one article, only two authorities disagreeing on one proposition is worth a flag
        for n, a in enumerate(group.claims):
            for b in group.claims[n + 1:]:
                if claims[a].source != claims[b].source:
                    continue
                for issue in judge_pair(claims[a], claims[b], facts[a], facts[b], articles, common):
                    if issue.kind == Verdict.CERTAINTY_GAP:
                        flagged[(issue.kind.value, issue.aspect, issue.subject, group.id)].append((issue, a, b, None))
    findings = [_flag_finding(part, group) for (_, _, _, group), items in sorted(flagged.items())
                for part in _connected(items)]
    for group in alignment.groups:
        findings.extend(_agreements(group, flagged_pairs, claims, facts, articles))
    named = {frozenset(f.claims) for f in findings if f.aspect == "entity"}
    findings.extend(f for f in role_conflicts(claims, facts, event_of) if frozenset(f.claims) not in named)
    grouped = {c for f in findings if f.kind == Verdict.AGREEMENT for c in f.claims}
    anchors = date_anchors(alignment.groups, claims, facts, event_of)
    findings.extend(anchors)
    grouped.update(c for f in anchors for c in f.claims)
    grouped.update(c for f in findings for c in f.claims)
    for cid, claim in claims.items():
        if cid not in grouped:
            findings.append(Finding(
                kind=Verdict.UNIQUE, claims=(cid,), score=0.0,
                reason=f"only {claim.source} carries this; no claim in another article matched it",
            ))
    return findings


def _within_events(alignment: Alignment, claims: dict[str, Claim], event_of: dict[str, int]) -> Alignment:
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


def _connected(items: list) -> list[list]:
    """Split flagged pairs into connected components: one finding per cluster of linked claims."""
    parent: dict[str, str] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for _, a, b, _ in items:
        parent[find(a)] = find(b)
    parts: dict[str, list] = defaultdict(list)
    for item in items:
        parts[find(item[1])].append(item)
    return sorted(parts.values(), key=lambda p: min(_claim_order(c) for it in p for c in it[1:3]))


def _flag_finding(items, group: str) -> Finding:
    """One finding for all pairs with the same issue in one group; the strongest pair explains it."""
    members = tuple(sorted({c for _, a, b, _ in items for c in (a, b)}, key=_claim_order))
    issue, _, _, pair = max(items, key=lambda it: it[3].combined if it[3] else 0)
    reason = issue.reason + (f" (and {len(items) - 1} more pair(s))" if len(items) > 1 else "")
    return Finding(
        kind=issue.kind, aspect=issue.aspect, subject=issue.subject, claims=members, reason=reason,
        score=pair.combined if pair else 0.0, compared=tuple(it[0].compared for it in items),
        group=group if group.startswith("g") else "", fuzzy=pair.fuzzy if pair else None,
        cosine=pair.cosine if pair else None,
    )


def _agreements(group: ClaimGroup, flagged_pairs, claims, facts, articles) -> list[Finding]:
    """The claims of a group that say the same thing: pairs nobody flagged in which each claim
    is the other's best match in its article (so a group's loose members are not said to
    agree), joined into one finding per connected set."""
    best: dict[tuple[str, str], float] = {}
    for p in group.pairs:
        for x, y in ((p.a, p.b), (p.b, p.a)):
            key = (x, claims[y].source)
            best[key] = max(best.get(key, float("-inf")), p.combined)
    mutual = [p for p in group.pairs if frozenset((p.a, p.b)) not in flagged_pairs and p.combined >= AGREEMENT_SCORE
              and p.combined >= best[(p.a, claims[p.b].source)] and p.combined >= best[(p.b, claims[p.a].source)]]
    out = []
    for part in _connected([(None, p.a, p.b, p) for p in mutual]):
        pairs = [it[3] for it in part]
        members = tuple(sorted({c for p in pairs for c in (p.a, p.b)}, key=_claim_order))
        strongest = max(pairs, key=lambda p: p.combined)
        independent, note = corroboration(members, claims, facts, articles)
        sources = sorted({claims[c].source for c in members})
        what = _agreed_on(members, facts)
        reason = f"{len(sources)} articles say the same{what}: {', '.join(sources)}"
        if note:
            reason += f"; {note}"
        out.append(Finding(
            kind=Verdict.AGREEMENT, claims=members, reason=reason, score=strongest.combined, group=group.id,
            independent_sources=independent, fuzzy=strongest.fuzzy, cosine=strongest.cosine,
            subject=what.removeprefix(" on "),
        ))
    return out


def role_conflicts(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int]) -> list[Finding]:
    """One specific post held by two different people in two articles on one event ("Norrland
    chief executive Anna Berg" / "Norrland chief executive Lars Holm"), wherever the articles
    say it: titles of three words or more only, as "defense minister" alone may be two
    countries' ministers."""
    holders: dict[tuple[int, str], dict[str, tuple[str, str]]] = defaultdict(dict)
    for cid in sorted(claims, key=_claim_order):
        for e in facts[cid].entities:
            if e.label == "PERSON" and len(e.role.split()) >= 3:
                holders[(event_of.get(claims[cid].source, 0), e.role)].setdefault(e.norm, (cid, e.text))
    out = []
    for (_, role), people in sorted(holders.items()):
        names = list(people.items())
        for n, (name_a, (ca, text_a)) in enumerate(names):
            for name_b, (cb, text_b) in names[n + 1:]:
                if claims[ca].source == claims[cb].source or set(name_a.split()) & set(name_b.split()):
                    continue
                out.append(Finding(
                    kind=Verdict.CONTRADICTION, aspect="entity", subject=role, claims=(ca, cb), score=0.0,
                    reason=f"{role}: {describe(claims[ca], facts[ca])} names {text_a}; "
                           f"{describe(claims[cb], facts[cb])} names {text_b}",
                    compared=({"aspect": "entity", "role": role, "a": {"claim": ca, "text": text_a},
                               "b": {"claim": cb, "text": text_b}},),
                ))
    return out


def date_anchors(groups, claims: dict[str, Claim], facts: dict[str, Facts],
                 event_of: dict[str, int] | None = None) -> list[Finding]:
    """Agreements on a calendar day that two articles on one event both state with its year
    ("December 8, 2024"), between claims that alignment left apart: a dated fact corroborated
    across sources."""
    event_of = event_of or {}
    together = {frozenset((a, b)) for g in groups for a in g.claims for b in g.claims}
    by_day: dict[tuple, list[tuple[str, DateRef]]] = defaultdict(list)
    for cid, f in facts.items():
        for d in f.dates:
            if d.granularity == "day" and d.start and _states_year(d.text):
                by_day[(d.start, event_of.get(claims[cid].source, 0))].append((cid, d))
    out = []
    for (day, _), items in sorted(by_day.items()):
        first_per_source: dict[str, tuple[str, DateRef]] = {}
        for cid, d in sorted(items, key=lambda it: _claim_order(it[0])):
            first_per_source.setdefault(claims[cid].source, (cid, d))
        if len(first_per_source) < 2:
            continue
        members = tuple(sorted((cid for cid, _ in first_per_source.values()), key=_claim_order))
        if all(frozenset((a, b)) in together for a in members for b in members if a != b):
            continue
        quotes = "; ".join(f"{claims[cid].source}: '{d.text}'" for cid, d in first_per_source.values())
        out.append(Finding(
            kind=Verdict.AGREEMENT, claims=members, score=0.0, subject=f"the date {day.isoformat()}",
            reason=f"{len(first_per_source)} articles give the same day, {day.isoformat()} ({quotes})",
            independent_sources=len(first_per_source),
            compared=tuple(_date_json(claims[cid], d) for cid, d in first_per_source.values()),
        ))
    return out


def _states_year(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and any(len(w) == 4 and w.isdigit() for w in text.replace(",", " ").split())


def _claim_order(cid: str):
    return int(cid[1:]) if cid[1:].isdigit() else cid


def common_words(all_facts) -> frozenset[str]:
    """Content lemmas found in more than COMMON_SHARE of the claims (at least three)."""
    all_facts = list(all_facts)
    df: dict[str, int] = defaultdict(int)
    for f in all_facts:
        for w in f.keywords:
            df[w] += 1
    limit = max(2, COMMON_SHARE * len(all_facts))
    return frozenset(w for w, n in df.items() if n > limit)


def corroboration(members, claims, facts, articles) -> tuple[int, str]:
    """How many independent sources stand behind an agreement: articles citing one wire count once."""
    keys: dict[str, set[str]] = defaultdict(set)
    for c in members:
        f = facts[c]
        source = claims[c].source
        key = f.attribution.name if f.attribution.kind == "named" else (articles[source].outlet or source).lower()
        keys[key].add(source)
    shared = {k: v for k, v in keys.items() if len(v) > 1}
    note = "; ".join(f"{' and '.join(sorted(v))} both rest on {k}: one source, not {len(v)}" for k, v in sorted(shared.items()))
    return len(keys), note


def _agreed_on(members, facts) -> str:
    dates = [d for c in members for d in facts[c].dates if d.granularity == "day" and d.start]
    days = {d.start for d in dates}
    if len(days) == 1 and len({c for c in members if any(d.start in days for d in facts[c].dates)}) == len(members):
        return f" on the date {next(iter(days)).isoformat()}"
    return ""


# --- one pair -------------------------------------------------------------------------------

def judge_pair(ca: Claim, cb: Claim, fa: Facts, fb: Facts, articles: dict[str, Article],
               common: frozenset[str] = frozenset()) -> list[_Issue]:
    """Every issue between two aligned claims; an empty list means they agree (or are two happenings)."""
    return _issues(ca, cb, fa, fb, articles, common, _clashes(ca, cb, fa, fb, articles))


def _issues(ca, cb, fa, fb, articles, common, clashed) -> list[_Issue]:
    """``judge_pair`` with the number, date and entity comparisons (``_clashes``) already made."""
    number, date, entity, apart = clashed
    if apart:
        return []
    da, db = articles[ca.source].published, articles[cb.source].published
    clashes = [i for i in (number, date, entity) if i is not None and i.kind == Verdict.CONTRADICTION]
    issues = [i for i in (number, date, entity) if i is not None]
    negation = _negation(ca, cb, fa, fb)
    if negation and not clashes:
        issues.append(negation)
    # A certainty gap or a status change needs the same proposition, not just the same story:
    # the two claims must share a word that is not the story's common vocabulary.
    shared = shared_words(fa, fb, common)
    # the words that cast the doubt ("under investigation") are not the proposition doubted
    cue_words = set(f"{fa.certainty_cue} {fb.certainty_cue}".lower().split())
    gap = _certainty(ca, cb, fa, fb) if shared - cue_words else None
    if gap:
        gap.reason += f" [shared: {', '.join(sorted(shared)[:4])}]"
        issues.append(gap)
    status = _status(ca, cb, fa, fb, da, db) if shared and _same_happening(fa, fb) else None
    if status and not clashes:
        status.reason += f" [shared: {', '.join(sorted(shared)[:4])}]"
        issues.append(status)
    return issues


def two_happenings(ca: Claim, cb: Claim, fa: Facts, fb: Facts, articles: dict[str, Article]) -> bool:
    """The two claims tell two happenings (see ``_clashes``): neither a contradiction nor an agreement."""
    return _clashes(ca, cb, fa, fb, articles)[3]


def _clashes(ca, cb, fa, fb, articles):
    """(number issue, date issue, entity issue, two happenings?) for two claims.

    Same event first: two independent clashes (a different day *and* a different count, or a
    different person) mean two happenings were aligned, not one misreported."""
    da, db = articles[ca.source].published, articles[cb.source].published
    number = _numbers(ca, cb, fa, fb, da, db)
    date = _dates(ca, cb, fa, fb)
    entity = _entities(ca, cb, fa, fb)
    clashes = [i for i in (number, date, entity) if i is not None and i.kind == Verdict.CONTRADICTION]
    return number, date, entity, len(clashes) > 1


def _same_happening(fa: Facts, fb: Facts) -> bool:
    """One happening told twice: the same verb, or what one is about (its subject) named in the
    other ("officials will hold a recount" / "the recount began")."""
    if fa.predicate and fa.predicate == fb.predicate:
        return True
    return bool(fa.subject and fa.subject in fb.keywords) or bool(fb.subject and fb.subject in fa.keywords)


def shared_words(fa: Facts, fb: Facts, common: frozenset[str]) -> set[str]:
    return (set(fa.keywords) & set(fb.keywords)) - common - GENERIC_WORDS


# Words that say nothing about which proposition a sentence makes.
GENERIC_WORDS = frozenset("say tell report state add note new year day week month time people official source "
                          "accord include make take give continue also".split())


def describe(claim: Claim, facts: Facts) -> str:
    """'coast_news (reported, police)': the article with the claim's certainty and attribution."""
    who = facts.attribution.name if facts.attribution.kind != "article" else "the article itself"
    return f"{claim.source} ({facts.certainty}, {who})"


def _numbers(ca, cb, fa, fb, da, db) -> _Issue | None:
    if _different_participants(fa, fb):
        return None
    for qa in fa.quantities:
        comparable = [qb for qb in fb.quantities if _comparable(qa, qb)]
        if not comparable or any(_compatible(qa, qb) for qb in comparable):
            continue
        qb = comparable[0]
        what = _what(qa)
        compared = {"aspect": "number", "what": what, "a": _quantity_json(ca, qa), "b": _quantity_json(cb, qb)}
        later = _later(ca, cb, qa, qb, da, db)
        if later is not None:
            (c1, q1), (c2, q2) = later
            return _Issue(Verdict.STATUS_CHANGE, "count", what,
                          f"{what}: {c1.source} reports {q1.text}; the later {c2.source} reports {q2.text} (count updated)",
                          compared)
        return _Issue(Verdict.CONTRADICTION, "number", what,
                      f"{what}: {describe(ca, fa)} says {qa.text}; {describe(cb, fb)} says {qb.text}", compared)
    return None


def _comparable(qa: Quantity, qb: Quantity) -> bool:
    """Like with like: same kind of unit and the same thing counted (or the same event)."""
    if qa.dimension != qb.dimension or qa.unit != qb.unit:
        return False
    if qa.background != qb.background:
        return False  # an earlier, other happening's figure is never set against this one's
    if qa.increment or qb.increment or qa.earlier or qb.earlier:
        return False  # "three more", "rose 4%", "down from 19": a change or a former value, not the total
    if qa.part_of is not None or qb.part_of is not None:
        part, other = (qa, qb) if qa.part_of is not None else (qb, qa)
        if part.event or other.part_of is None and other.value == part.part_of:
            # "12 of the 40 wounded were in hospital" is no count of the wounded, and the 40 is
            # its whole, not a rival figure; "won 23 of the 45 seats" and "won 23 seats" compare
            return False
    if qa.dimension == "money" and (qa.unit == "money" or qb.unit == "money"):
        return False  # an unknown currency is never set against a known one
    if qa.event and qb.event:
        return qa.event == qb.event and (qa.counted == qb.counted or "people" in (qa.counted, qb.counted)
                                          or not qa.counted or not qb.counted or qa.counted in ("toll",) or qb.counted in ("toll",))
    if qa.event or qb.event:
        return False
    return bool(qa.counted) and qa.counted == qb.counted and qa.counted != "people"


def _compatible(qa: Quantity, qb: Quantity) -> bool:
    """Intervals that overlap, allowing for rounding of exact figures."""
    lo_a, hi_a = qa.low * (1 - ROUNDING), qa.high * (1 + ROUNDING)
    lo_b, hi_b = qb.low * (1 - ROUNDING), qb.high * (1 + ROUNDING)
    if qa.approx == "exact" and qb.approx == "exact" and qa.value != qb.value:
        # exact figures: within rounding only when one is a round number
        round_a, round_b = _is_round(qa.value), _is_round(qb.value)
        if not (round_a or round_b):
            return False
    return lo_a <= hi_b and lo_b <= hi_a


def _is_round(value: float) -> bool:
    return value >= 100 and value % 10 ** (len(str(int(value))) - 2) == 0


def _later(ca, cb, qa, qb, da, db):
    """((earlier claim, qty), (later claim, qty)) when the second report updates a growing count."""
    if qb.changed and not qa.changed:
        return (ca, qa), (cb, qb)
    if qa.changed and not qb.changed:
        return (cb, qb), (ca, qa)
    if da and db and da != db and qa.event in CUMULATIVE:
        first, second = ((ca, qa), (cb, qb)) if da < db else ((cb, qb), (ca, qa))
        if second[1].low > first[1].high:
            return first, second
    return None


def _what(q: Quantity) -> str:
    thing = {"death": "deaths", "injury": "injuries", "evacuation": "evacuations", "arrest": "arrests",
             "acquisition": "price", "return": "returns", "rescue": "rescues", "missing": "missing"}.get(q.event, "")
    if q.counted and q.counted not in ("people", "toll") and q.counted not in thing:
        thing = f"{q.counted} {thing}".strip()
    return thing or q.dimension


def _quantity_json(claim: Claim, q: Quantity) -> dict:
    return {"claim": claim.id, "text": q.text, "value": q.value, "low": q.low,
            "high": None if q.high == float("inf") else q.high, "unit": q.unit, "approx": q.approx}


def _different_participants(fa: Facts, fb: Facts) -> bool:
    people_a = {w for e in fa.entities if e.label == "PERSON" for w in e.norm.split()}
    people_b = {w for e in fb.entities if e.label == "PERSON" for w in e.norm.split()}
    return bool(people_a) and bool(people_b) and not people_a & people_b


def _dates(ca, cb, fa, fb) -> _Issue | None:
    """The main event's day, for the same predicate: both reported as done, or both as planned
    (a plan and a later report of the deed may differ in date: that is a status change)."""
    if fa.predicate != fb.predicate or not fa.predicate or (fa.status == "planned") != (fb.status == "planned"):
        return None
    if fa.subject and fb.subject and fa.subject != fb.subject:
        return None  # a cutter and a ferry both left port: two happenings
    ra, rb = _event_date(fa), _event_date(fb)
    if ra is not None and rb is not None and not _dates_overlap(ra, rb) and not _anchored_apart(ra, rb):
        return _Issue(Verdict.CONTRADICTION, "date", f"date of '{fa.predicate}'",
                      f"when '{fa.predicate}' happened: {describe(ca, fa)} says {ra.text}; {describe(cb, fb)} says {rb.text}",
                      {"aspect": "date", "a": _date_json(ca, ra), "b": _date_json(cb, rb)})
    ta, tb = fa.times, fb.times
    if len(ta) == 1 and len(tb) == 1:
        a, b = ta[0], tb[0]
        if a.low - TIME_SLACK > b.high or b.low - TIME_SLACK > a.high:
            return _Issue(Verdict.CONTRADICTION, "date", f"time of '{fa.predicate}'",
                          f"time of '{fa.predicate}': {describe(ca, fa)} says {a.text}; {describe(cb, fb)} says {b.text}",
                          {"aspect": "time", "a": {"claim": ca.id, "text": a.text, "minutes": [a.low, a.high]},
                           "b": {"claim": cb.id, "text": b.text, "minutes": [b.low, b.high]}})
    return None


def _event_date(f: Facts) -> DateRef | None:
    resolved = [d for d in f.dates if d.start is not None]
    return resolved[0] if len(resolved) == 1 else None


RELATIVE_DAY = re.compile(r"(?i)^(?:on\s+|last\s+|this\s+|next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|"
                          r"yesterday|tomorrow|tonight)\b(?:\s+(?:morning|afternoon|evening|night))?,?$")


def _anchored_apart(a: DateRef, b: DateRef) -> bool:
    """Two days named only relative to each article's own date ("on Tuesday", "yesterday"): the same
    words, or days more than a week apart, say the articles were written at different times, not
    that they disagree."""
    if not (RELATIVE_DAY.match(a.text.strip()) and RELATIVE_DAY.match(b.text.strip())):
        return False
    same_words = a.text.strip().lower().removeprefix("on ") == b.text.strip().lower().removeprefix("on ")
    return same_words or abs((a.start - b.start).days) > 6


def _dates_overlap(a: DateRef, b: DateRef) -> bool:
    if a.year_known and b.year_known:
        return a.start <= b.end and b.start <= a.end
    # a year assumed on either side: compare within the year only
    def md(d: dt.date) -> tuple[int, int]:
        return d.month, d.day
    return md(a.start) <= md(b.end) and md(b.start) <= md(a.end)


def _date_json(claim: Claim, d: DateRef) -> dict:
    return {"claim": claim.id, "text": d.text, "start": d.start.isoformat() if d.start else None,
            "end": d.end.isoformat() if d.end else None, "granularity": d.granularity}


def _entities(ca, cb, fa, fb) -> _Issue | None:
    """A different person named for the same role, with strong evidence that the event is the same."""
    for ea in fa.entities:
        if ea.label != "PERSON" or not ea.role:
            continue
        for eb in fb.entities:
            if eb.label == "PERSON" and same_role(ea.role, eb.role) and not set(ea.norm.split()) & set(eb.norm.split()):
                needed = ENTITY_ANCHORS - (ea.role == eb.role and len(ea.role.split()) >= 3)
                if _anchors(fa, fb, exclude={ea.norm, eb.norm}) >= needed:
                    return _Issue(Verdict.CONTRADICTION, "entity", ea.role,
                                  f"{ea.role}: {describe(ca, fa)} names {ea.text}; {describe(cb, fb)} names {eb.text}",
                                  {"aspect": "entity", "role": ea.role, "a": {"claim": ca.id, "text": ea.text},
                                   "b": {"claim": cb.id, "text": eb.text}})
    # the same predicate done by two different named people or organisations
    if fa.predicate and fa.predicate == fb.predicate and fa.subject and fb.subject and not fa.negated and not fb.negated:
        sa = _subject_entity(fa)
        sb = _subject_entity(fb)
        if sa and sb and sa.label == sb.label and not set(sa.norm.split()) & set(sb.norm.split()):
            if _anchors(fa, fb, exclude={sa.norm, sb.norm}) >= ENTITY_ANCHORS:
                return _Issue(Verdict.CONTRADICTION, "entity", f"who {fa.predicate}",
                              f"who '{fa.predicate}': {describe(ca, fa)} names {sa.text}; {describe(cb, fb)} names {sb.text}",
                              {"aspect": "entity", "a": {"claim": ca.id, "text": sa.text}, "b": {"claim": cb.id, "text": sb.text}})
    return None


def same_role(a: str, b: str) -> bool:
    """"commission chair" and "election commission chair" name one role; "vice chair" and
    "chair" do not, nor does a bare "minister" name the defense minister (a shorter title of
    two words or more must be the longer one's ending)."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    if min(len(wa), len(wb)) < 2:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return long_[-len(short):] == short and not (len(long_) > len(short) and long_[-len(short) - 1] in RANK_WORDS)


# Words that make a different post of the same title: a vice chair is not the chair.
RANK_WORDS = frozenset("vice deputy assistant acting former interim associate junior co".split())


def _subject_entity(f: Facts):
    for e in f.entities:
        if e.label in ("PERSON", "ORG") and f.subject and f.subject in e.norm.split():
            return e
    return None


def _anchors(fa: Facts, fb: Facts, exclude: set[str]) -> int:
    """Facts both claims share: names (other than the disputed ones), days and numbers."""
    names = ({e.norm for e in fa.entities} & {e.norm for e in fb.entities}) - exclude
    return len(names) + len(shared_values(fa, fb))


def shared_values(fa: Facts, fb: Facts) -> set:
    """The calendar days and the numbers (with their units) that both claims state."""
    def values(f: Facts) -> set:
        return {d.start for d in f.dates if d.start and d.granularity == "day"} | {
            (q.value, q.unit) for q in f.quantities if (q.counted or q.event) and not q.background}
    return values(fa) & values(fb)


def _negation(ca, cb, fa, fb) -> _Issue | None:
    if not fa.predicate or not fb.predicate:
        return None
    pa, pb = polarity(fa), polarity(fb)
    if pa[0] != pb[0] or pa[1] == pb[1]:
        return None
    if fa.subject and fb.subject and fa.subject != fb.subject:
        return None
    if fa.certainty in DISPUTED or fb.certainty in DISPUTED:
        return None  # a denial or caution is a certainty gap, judged there
    yes, no = (ca, fa), (cb, fb)
    if not pa[1]:
        yes, no = no, yes
    cue = no[1].negation_cue or no[1].predicate
    return _Issue(Verdict.CONTRADICTION, "negation", pa[0],
                  f"{describe(*yes)} says it is {pa[0]}; {describe(*no)} says the opposite ('{cue}')",
                  {"aspect": "negation", "predicate": pa[0], "positive": yes[0].id, "negative": no[0].id, "cue": cue})


def _certainty(ca, cb, fa, fb) -> _Issue | None:
    """One side states or reports the proposition, the other disputes it (cautions or denies)."""
    if (fa.certainty in DISPUTED) == (fb.certainty in DISPUTED):
        return None
    firm, disputed = ((ca, fa), (cb, fb)) if fb.certainty in DISPUTED else ((cb, fb), (ca, fa))
    (c1, f1), (c2, f2) = firm, disputed
    cue1 = f" '{f1.certainty_cue}'" if f1.certainty_cue else ""
    reason = (f"{describe(c1, f1)}{cue1} holds it; {describe(c2, f2)} disputes it: '{f2.certainty_cue}' "
              f"({f1.certainty} vs {f2.certainty})")
    return _Issue(Verdict.CERTAINTY_GAP, "", f"{f1.certainty} vs {f2.certainty}", reason, {
        "aspect": "certainty",
        "a": {"claim": c1.id, "certainty": f1.certainty, "cue": f1.certainty_cue, "attribution": f1.attribution.name},
        "b": {"claim": c2.id, "certainty": f2.certainty, "cue": f2.certainty_cue, "attribution": f2.attribution.name},
    })


def _status(ca, cb, fa, fb, da, db) -> _Issue | None:
    statuses = {fa.status, fb.status}
    if statuses != {"planned", "done"} and statuses != {"planned", "ongoing"}:
        return None
    (c1, f1), (c2, f2) = ((ca, fa), (cb, fb)) if fa.status == "planned" else ((cb, fb), (ca, fa))
    when = ""
    d2 = _event_date(f2)
    if d2 is not None:
        when = f" ({d2.text})"
    reason = (f"{describe(c1, f1)} has it {f1.status} ('{f1.status_cue}'); "
              f"{describe(c2, f2)} has it {f2.status} ('{f2.status_cue}'){when}")
    return _Issue(Verdict.STATUS_CHANGE, "", f"{f1.status} -> {f2.status}", reason, {
        "aspect": "status",
        "a": {"claim": c1.id, "status": f1.status, "cue": f1.status_cue},
        "b": {"claim": c2.id, "status": f2.status, "cue": f2.status_cue, "date": _date_json(c2, d2) if d2 else None},
    })

