"""Judge: the findings of a comparison, assembled from events, the fact table and the rules.

``judge(alignment, claims, facts, articles) -> Judgement``: splits the articles into events
(``events``), fills and compares the fact table (``table``: numbers slot by slot, whatever their
sentences' similarity), and runs the pairwise rules (``rules``) over aligned sentences for what
has no value (certainty, planned vs done, negation, names, days). Ranking for the editor is
left to ``report``."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from . import lexicon as lx
from .events import EventSplit, split_events, told_earlier, within_events
from .facts import WEEKDAYS
from .gazetteer import country
from .models import Alignment, Article, Claim, ClaimGroup, DateRef, Facts, Finding, Quantity, Verdict
from .rules import (DOUBTFUL, HEDGED, PLACE_LABELS, answered, answered_later, claim_order, clash_issues,
                    common_words, comparable, compatible, corroboration, date_json, describe, issues_of, judge_pair,
                    names_what_is_doubted, not_yet, one_holder, same_zone, shared_values, shared_words)
from .table import Slot, by_article, elsewhen, event_day, fill, judge_slots
from .thresholds import AGREEMENT_ALONE, AGREEMENT_ONE_WORD, AGREEMENT_SCORE, LEDE, TIME_SLACK


@dataclass(frozen=True)
class Judgement:
    """What the judging stages hand to the report."""

    findings: tuple[Finding, ...]
    events: tuple[tuple[str, ...], ...]  # article ids grouped by the event they report
    splits: tuple[EventSplit, ...]  # why two articles were kept apart
    table: tuple[Slot, ...]  # the fact table: every slotted number, by event and slot


def judge(alignment: Alignment, claims: dict[str, Claim], facts: dict[str, Facts],
          articles: dict[str, Article]) -> Judgement:
    """Events first, then the fact table, then the findings."""
    events, splits = split_events(alignment, claims, facts, articles)
    days = [event_day(e, claims, facts, articles) for e in events]
    slots = fill(events, claims, facts, articles, days)
    earlier = told_earlier(events, slots, claims, facts, articles)
    if earlier:  # undated reports of a happening the others tell as background: events of their own
        moved = {x.a for x in earlier}
        events = [kept for e in events if (kept := tuple(a for a in e if a not in moved))] + [(a,) for a in sorted(moved)]
        splits = earlier + splits
        days = [event_day(e, claims, facts, articles) for e in events]
        slots = fill(events, claims, facts, articles, days)
    findings = judge_alignment(alignment, claims, facts, articles, events, slots, days)
    return Judgement(tuple(findings), tuple(events), tuple(splits), tuple(slots))


def judge_alignment(
    alignment: Alignment, claims: dict[str, Claim], facts: dict[str, Facts], articles: dict[str, Article],
    events: list[tuple[str, ...]] | None = None, slots: list[Slot] | None = None,
    days: list | None = None,
) -> list[Finding]:
    """Findings for an alignment: numbers from the fact table (``slots``, filled here when not
    given), other flags from its direct edges, agreements from its groups, date anchors, and a
    ``unique`` finding for each claim left alone. ``events`` (from ``split_events``) keeps
    articles on different events from being compared at all."""
    events = events or [tuple(articles)]
    event_of = {s: n for n, e in enumerate(events) for s in e}
    alignment = within_events(alignment, claims, event_of)
    if days is None:
        days = [event_day(e, claims, facts, articles) for e in events]
    if slots is None:
        slots = fill(events, claims, facts, articles, days)
    common = common_words(facts.values())
    group_of = {c: g.id for g in alignment.groups for c in g.claims}
    flagged: dict[tuple, list] = defaultdict(list)
    flagged_pairs: set[frozenset] = set()
    correcting = {claims[c].source for c in claims if facts[c].corrected}  # articles that tell a correction
    for pair in alignment.edges:
        ca, cb = claims[pair.a], claims[pair.b]
        clashes = clash_issues(ca, cb, facts[pair.a], facts[pair.b], articles)
        issues = issues_of(ca, cb, facts[pair.a], facts[pair.b], articles, common, clashes)
        day = days[event_of.get(ca.source, 0)] if days else None
        for issue in issues:
            if issue.aspect in ("number", "count"):
                continue  # numbers are compared slot by slot in the fact table
            issue = answered_later(not_yet(issue, claims, articles), claims, articles)
            if issue.aspect == "identity" and claims[issue.compared["a"]["claim"]].source in correcting:
                continue  # the article tells the claim and its correction: no rival to another telling it
            # (a thing said to have been another is that thing whenever it was: "Last month, Tabar had sunk
            # a mother ship" / "the vessel was actually a Thai fishing trawler")
            if issue.aspect != "identity" and any(
                    _framed_elsewhen(claims[c], facts[c], day, issue.aspect == "date") for c in (pair.a, pair.b)):
                continue  # "On April 6, an earlier quake struck ...": a background happening, not this event
            # (a name refused, "did not constitute a riot", is one dispute wherever the name is given)
            where = f"name {issue.compared['label']}" if issue.compared.get("label") else group_of.get(pair.a, pair.a)
            flagged[(issue.kind.value, issue.aspect, issue.subject, where)].append((issue, pair.a, pair.b, pair))
        if issues or clashes[3]:
            flagged_pairs.add(frozenset((pair.a, pair.b)))  # two happenings: neither said to agree
    # an open question is set against every answer to it on its event, aligned or not: "it was unclear
    # when he would appear in court" and "he made a brief appearance in court Monday" seldom read alike
    voted = {frozenset((p.a, p.b)) for p in alignment.edges}
    for asking, giving in question_pairs(claims, facts, event_of):
        if frozenset((asking, giving)) in voted:
            continue
        issue = answered(claims[asking], claims[giving], facts[asking], facts[giving])
        if issue is None or _framed_elsewhen(claims[giving], facts[giving], days[event_of.get(claims[giving].source, 0)], False):
            continue
        issue = answered_later(issue, claims, articles)
        flagged[(issue.kind.value, issue.aspect, issue.subject, group_of.get(asking, asking))].append((issue, asking, giving, None))
        flagged_pairs.add(frozenset((asking, giving)))
    for group in alignment.groups:
        # within one article, only two authorities disagreeing on one proposition is worth a flag
        for n, a in enumerate(group.claims):
            for b in group.claims[n + 1:]:
                if claims[a].source != claims[b].source:
                    continue
                for issue in judge_pair(claims[a], claims[b], facts[a], facts[b], articles, common):
                    if issue.kind == Verdict.CERTAINTY_GAP and names_what_is_doubted(
                            facts[issue.compared["a"]["claim"]], facts[issue.compared["b"]["claim"]].doubted):
                        flagged[(issue.kind.value, issue.aspect, issue.subject, group.id)].append((issue, a, b, None))
    findings = [_flag_finding(part, group) for (_, _, _, group), items in sorted(flagged.items())
                for part in _connected(items)]
    aligned = {frozenset((p.a, p.b)) for p in alignment.edges}
    findings.extend(judge_slots(slots, claims, facts, articles, aligned))
    best = _best_matches([*alignment.edges, *(p for g in alignment.groups for p in g.pairs)], claims)
    for group in alignment.groups:
        findings.extend(_agreements(group, flagged_pairs, claims, facts, articles, common, best))
    named = {frozenset(f.claims) for f in findings if f.aspect == "entity"}
    findings.extend(f for f in role_conflicts(claims, facts, event_of) if frozenset(f.claims) not in named)
    findings.extend(rank_conflicts(claims, facts, event_of))
    findings.extend(names_given(claims, facts, event_of, common))
    findings.extend(killing_days(claims, facts, event_of))
    findings.extend(cause_gaps(claims, facts, event_of))
    findings.extend(zone_clashes(claims, facts, event_of))
    findings.extend(setting_clashes(claims, facts, event_of))
    findings.extend(misplaced(claims, facts, event_of))
    grouped = {c for f in findings if f.kind == Verdict.AGREEMENT for c in f.claims}
    agreed = [set(f.claims) for f in findings if f.kind == Verdict.AGREEMENT]
    anchors = date_anchors(alignment.groups, claims, facts, event_of) + time_anchors(claims, facts, event_of, common, agreed) \
        + street_anchors(claims, event_of, agreed)
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


def question_pairs(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int]) -> list[tuple[str, str]]:
    """(asking claim, candidate answer): each claim that says a question is open (``Facts.asked``) with
    every claim of another article on its event whose words hold the question's verb and one of its
    nouns (the first five letters: "appear" meets "appearance"). ``rules.answered`` judges each."""
    asking = sorted((c for c in claims if facts[c].asked), key=claim_order)
    if not asking:
        return []  # (no index of every claim's words for a run that asks nothing)
    index: dict[tuple[int, str], set[str]] = defaultdict(set)
    for cid, claim in claims.items():
        for w in {w[:5] for w in re.findall(r"[a-z]+", claim.text.lower())} | {w[:5] for w in facts[cid].keywords}:
            index[(event_of.get(claim.source, 0), w)].add(cid)
    out = []
    for cid in asking:
        event = event_of.get(claims[cid].source, 0)
        found: set[str] = set()
        for asked in facts[cid].asked:
            if asked[0] == "or" or len(asked) < 3:
                continue
            verb = index.get((event, asked[1][:5]), set())
            found |= {c for n in asked[2:] for c in verb & index.get((event, n[:5]), set())}
        out.extend((cid, c) for c in sorted(found, key=claim_order) if claims[c].source != claims[cid].source)
    return out


def _framed_elsewhen(claim: Claim, f: Facts, day, any_place: bool) -> bool:
    """The claim is dated far from its event's day: anywhere in it when its date is what is compared,
    else only where the sentence opens on that date ("In January, services were cut..."): "a crack
    reported last year" dates the report of the crack, not the breach."""
    when = elsewhen(f, day)
    if not when:
        return False
    return any_place or claim.text.lower().lstrip("\"' ").removeprefix("in ").removeprefix("on ").startswith(when.lower())


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
    return sorted(parts.values(), key=lambda p: min(claim_order(c) for it in p for c in it[1:3]))


def _flag_finding(items, group: str) -> Finding:
    """One finding for all pairs with the same issue in one group; the strongest pair explains it."""
    members = tuple(sorted({c for _, a, b, _ in items for c in (a, b)}, key=claim_order))
    issue, _, _, pair = max(items, key=lambda it: it[3].combined if it[3] else 0)
    reason = issue.reason + (f" (and {len(items) - 1} more pair(s))" if len(items) > 1 else "")
    return Finding(
        kind=issue.kind, aspect=issue.aspect, subject=issue.subject, claims=members, reason=reason,
        score=pair.combined if pair else 0.0, compared=tuple(it[0].compared for it in items),
        group=group if group.startswith("g") else "", fuzzy=pair.fuzzy if pair else None,
        cosine=pair.cosine if pair else None, sides=_sides(items, members),
    )


def _sides(items, members) -> tuple[tuple[str, ...], ...]:
    """Which claims stand together: for a certainty gap the firm against the disputing, for a status
    change the planned against the done (``compared`` names each pair's sides as a and b); for
    other flags, only a single pair's two claims."""
    a = {it[0].compared.get("a", {}).get("claim") for it in items} - {None}
    b = {it[0].compared.get("b", {}).get("claim") for it in items} - {None}
    if items[0][0].compared.get("aspect") == "negation":
        a = {it[0].compared["positive"] for it in items}
        b = {it[0].compared["negative"] for it in items}
    if a and b and not a & b and a | b == set(members):
        return tuple(tuple(sorted(side, key=claim_order)) for side in (a, b))
    return tuple((c,) for c in members) if len(members) == 2 else ()


def _best_matches(pairs, claims) -> dict[tuple[str, str], float]:
    """(claim, article) -> the claim's best score with any claim of that article, over every scored
    pair of the run: whether a pair is a claim's best match does not hang on how groups were cut."""
    best: dict[tuple[str, str], float] = {}
    for p in pairs:
        for x, y in ((p.a, p.b), (p.b, p.a)):
            key = (x, claims[y].source)
            best[key] = max(best.get(key, float("-inf")), p.combined)
    return best


def _agreements(group: ClaimGroup, flagged_pairs, claims, facts, articles, common, best) -> list[Finding]:
    """The claims of a group that say the same thing: pairs nobody flagged in which each claim
    is the other's best match in its article (so a group's loose members are not said to
    agree), joined into one finding per connected set. A set that chains two claims of one
    article is rebuilt from the pairs that share a fact (``_shared_fact``): resemblance alone
    chained dozens of claims into one "agreement" on real news."""
    mutual = [p for p in group.pairs if frozenset((p.a, p.b)) not in flagged_pairs and p.combined >= AGREEMENT_SCORE
              and p.combined >= best[(p.a, claims[p.b].source)] and p.combined >= best[(p.b, claims[p.a].source)]]
    backed = [(None, p.a, p.b, p) for p in mutual
              if p.combined >= AGREEMENT_ALONE or _shared_fact(facts[p.a], facts[p.b], common, p.combined)]
    parts = _one_claim_per_article(backed, claims)
    out = []
    for part in parts:
        pairs = [it[3] for it in part]
        members = tuple(sorted({c for p in pairs for c in (p.a, p.b)}, key=claim_order))
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


def _one_claim_per_article(items: list, claims: dict[str, Claim]) -> list[list]:
    """Sets of pairs, strongest first, joined only while no set holds two claims of one article: an
    agreement is one statement in several articles, and a chain of resemblances that reaches two
    sentences of one article (56 quotes of a march, a fire and a bailout "saying the same") is not."""
    parent: dict[str, str] = {}
    sources: dict[str, set[str]] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    kept = []
    for it in sorted(items, key=lambda it: -it[3].combined):
        ra, rb = find(it[1]), find(it[2])
        sa = sources.setdefault(ra, {claims[ra].source})
        sb = sources.setdefault(rb, {claims[rb].source})
        if ra == rb:
            kept.append(it)
        elif not sa & sb:
            parent[ra] = rb
            sources[rb] = sa | sb
            kept.append(it)
    return _connected(kept)


def _shared_fact(fa: Facts, fb: Facts, common: frozenset[str], score: float = 1.0) -> bool:
    """Something both state, so that an agreement is on a fact, not resembling sentences: a day, a
    name, a number of one thing with compatible values ("turnout was 61.2%" / "about 61 percent"),
    or words beyond the story's common ones ("traced the fire to an electrical fault"). One such
    word is enough only with the same verb or a close match (AGREEMENT_ONE_WORD): on real news,
    loosely matched sentences sharing one word ("kids") were set together as "the same"."""
    if shared_values(fa, fb) or _named(fa) & _named(fb):
        return True
    if any(comparable(qa, qb) and compatible(qa, qb) for qa in fa.quantities for qb in fb.quantities):
        return True
    if any(qa.dimension == qb.dimension == "percent" and abs(qa.value - qb.value) <= 1 for qa in fa.quantities
           for qb in fb.quantities):
        return True  # "turnout reached 61.2%" / "about 61 percent of eligible voters took part": one share
    words = shared_words(fa, fb, common) - _place_words(fa) - _place_words(fb)
    return len(words) >= 2 or bool(words) and (score >= AGREEMENT_ONE_WORD or bool(fa.predicate) and fa.predicate == fb.predicate)


def _named(f: Facts) -> set[str]:
    """The people and bodies a claim names: a name both claims give ties them to one statement; a
    place does not ("Indonesia is one of the most seismically active regions on earth" / "a 6.1 quake
    strikes Indonesia's Aceh province": the story's country, named in half its sentences)."""
    return {e.norm for e in f.entities if e.label not in PLACE_LABELS}


def _place_words(f: Facts) -> set[str]:
    return {w for e in f.entities if e.label in PLACE_LABELS for w in e.norm.split()}


def rank_conflicts(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int]) -> list[Finding]:
    """One person, named in full, given two different ranks in two articles on one event
    ("navy spokesman Commander Nirad Sinha" / "Commodore Nirad Sinha, a navy spokesman"). The rank is
    the last rank word of the title the person is named with; "Lieutenant General" and "General"
    end alike and agree."""
    first: dict[tuple[int, str], dict[str, tuple[str, str]]] = defaultdict(dict)  # (event, person) -> rank -> (claim, title)
    for cid in sorted(claims, key=claim_order):
        for e in facts[cid].entities:
            ranks = [w for w in e.role.split() if w in lx.RANKS]
            if e.label == "PERSON" and ranks and len(e.norm.split()) >= 2:
                first[(event_of.get(claims[cid].source, 0), e.norm)].setdefault(ranks[-1], (cid, e.role))
    out = []
    for (_, person), by_rank in sorted(first.items()):
        (rank_a, (ca, role_a)), *rest = by_rank.items()
        for rank_b, (cb, role_b) in rest:
            if claims[ca].source == claims[cb].source:
                continue
            out.append(Finding(
                kind=Verdict.CONTRADICTION, aspect="entity", subject=f"rank of {person.title()}", claims=(ca, cb),
                score=0.0, sides=((ca,), (cb,)),
                reason=f"rank of {person.title()}: {describe(claims[ca], facts[ca])} says {rank_a} ('{role_a}'); "
                       f"{describe(claims[cb], facts[cb])} says {rank_b} ('{role_b}')",
                compared=({"aspect": "entity", "role": "rank", "a": {"claim": ca, "text": rank_a},
                           "b": {"claim": cb, "text": rank_b}},),
            ))
            break
    return out


def role_conflicts(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int]) -> list[Finding]:
    """One specific post held by two different people in two articles on one event ("Norrland
    chief executive Anna Berg" / "Norrland chief executive Lars Holm"), wherever the articles
    say it: titles of three words or more only, as "defense minister" alone may be two
    countries' ministers."""
    holders: dict[tuple[int, str], dict[str, tuple[str, str]]] = defaultdict(dict)
    for cid in sorted(claims, key=claim_order):
        for e in facts[cid].entities:
            if e.label == "PERSON" and len(e.role.split()) >= 3 and one_holder(e.role):
                holders[(event_of.get(claims[cid].source, 0), e.role)].setdefault(e.norm, (cid, e.text))
    together = {frozenset((a.norm, b.norm)) for f in facts.values() for a in f.entities for b in f.entities
                if a.label == b.label == "PERSON" and a.norm != b.norm}
    out = []
    for (_, role), people in sorted(holders.items()):
        names = list(people.items())
        for n, (name_a, (ca, text_a)) in enumerate(names):
            for name_b, (cb, text_b) in names[n + 1:]:
                if claims[ca].source == claims[cb].source or set(name_a.split()) & set(name_b.split()):
                    continue
                if frozenset((name_a, name_b)) in together:
                    continue  # named together ("Carl Bernstein and Bob Woodward", "Mark Felt, known as Deep Throat")
                out.append(Finding(
                    kind=Verdict.CONTRADICTION, aspect="entity", subject=role, claims=(ca, cb), score=0.0,
                    reason=f"{role}: {describe(claims[ca], facts[ca])} names {text_a}; "
                           f"{describe(claims[cb], facts[cb])} names {text_b}",
                    compared=({"aspect": "entity", "role": role, "a": {"claim": ca, "text": text_a},
                               "b": {"claim": cb, "text": text_b}},),
                ))
    return out


def names_given(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int],
                common: frozenset[str]) -> list[Finding]:
    """One report says who did something is not named ("The NYPD has not released the names of the
    sergeant and cop who fired 11 shots", ``Facts.withheld``), another on the event names them ("he
    pointed a gun at Sgt. Mourad Mourad and Officer Jovaniel Cordova before they opened fire"): a
    status change, most likely a name released later. The naming claim gives a person by the title
    withheld (``ROLE_TITLES``), and shares a word with the withholding one besides the title."""
    out = []
    withheld = sorted((c for c in claims if facts[c].withheld), key=claim_order)
    # each claim's people named by a title, read once: claim -> [(name, title)]
    # each claim's people named as a role's holder ("identified the victim as ..."), read once
    identified = {cid: _identified(claims[cid].text, facts[cid]) for cid in (claims if withheld else ())}
    titled = {cid: people for cid in (sorted(claims, key=claim_order) if withheld else ())
              if not facts[cid].withheld and not facts[cid].negated
              for people in [[(e.text, _title_of(claims[cid].text, e)) for e in facts[cid].entities
                              if e.label == "PERSON"] + identified[cid]]
              if any(title for _, title in people)}
    for w_id in withheld:
        fw, event = facts[w_id], event_of.get(claims[w_id].source, 0)
        roles = {ROLE_TITLES.get(r, r) for r in fw.withheld}
        keys = set(fw.keywords) - common - set(fw.withheld) - roles
        named: dict[str, list[str]] = defaultdict(list)  # naming claim -> the names it gives
        for cid, people in titled.items():
            if claims[cid].source == claims[w_id].source or event_of.get(claims[cid].source, 0) != event \
                    or not keys & set(facts[cid].keywords) and not identified[cid]:
                continue  # (a name given as the role's, "identified the victim as ...", needs no other word)
            named[cid].extend(name for name, title in people if title in roles)
        named = {c: n for c, n in named.items() if n}
        if named:
            ids = sorted(named, key=claim_order)
            names = list(dict.fromkeys(n for c in ids for n in named[c]))
            cue = " and ".join(fw.withheld)
            out.append(Finding(
                kind=Verdict.STATUS_CHANGE, aspect="named", subject=f"name of the {cue}",
                claims=tuple(sorted({w_id, *ids}, key=claim_order)), score=0.0, sides=((w_id,), tuple(ids)),
                reason=f"{describe(claims[w_id], fw)} says the {cue} {'is' if len(fw.withheld) == 1 else 'are'} not named; "
                       f"{describe(claims[ids[0]], facts[ids[0]])} names {', '.join(names)}",
                compared=({"aspect": "named", "a": {"claim": w_id, "text": cue},
                           "b": {"claim": ids[0], "text": ", ".join(names)}},),
            ))
    return out


def cause_gaps(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int]) -> list[Finding]:
    """One report gives a harm's cause as fact ("Alexandros Grigoropoulos died from a bullet
    ricochet"), another on the event only supposes it ("the shooting may have been caused by a
    ricochet bullet", ``Facts.caused``): a certainty gap on the cause, whatever the sentences'
    likeness. The cause must be the same thing (every noun the supposing claim names for it, a
    "problem" or "reason" naming nothing), and the fact must be given without a doubt word."""
    told: dict[tuple[int, str], list[tuple[str, frozenset[str], bool]]] = defaultdict(list)
    for cid in sorted((c for c in claims if facts[c].caused), key=claim_order):
        for harm, nouns, supposed in facts[cid].caused:
            told[(event_of.get(claims[cid].source, 0), harm)].append((cid, frozenset(nouns) - VAGUE_CAUSES, supposed))
    out = []
    for (_, harm), said in sorted(told.items()):
        for cid, nouns, supposed in said:
            if not supposed or not nouns or facts[cid].certainty == "denied":
                continue
            firm = [c for c, n, s in said if not s and nouns <= n and claims[c].source != claims[cid].source
                    and _held_as_fact(claims[c], facts[c])]
            firm = list(dict.fromkeys(firm))
            if not firm:
                continue
            cause = _cause_words(claims[cid].text, nouns)
            f1, f2 = facts[firm[0]], facts[cid]
            out.append(Finding(
                kind=Verdict.CERTAINTY_GAP, aspect="", subject=f"cause of the {harm}: {cause}",
                claims=tuple(sorted({*firm, cid}, key=claim_order)), score=0.0, sides=(tuple(firm), (cid,)),
                reason=f"the cause of the {harm} ({cause}): {describe(claims[firm[0]], f1)} gives it as fact; "
                       f"{describe(claims[cid], f2)} only supposes it",
                compared=({"aspect": "certainty", "harm": harm, "cause": cause,
                           "a": {"claim": firm[0], "certainty": f1.certainty, "cue": f1.certainty_cue,
                                 "attribution": f1.attribution.name},
                           "b": {"claim": cid, "certainty": "hedged", "cue": _supposing_cue(claims[cid].text),
                                 "attribution": f2.attribution.name}},),
            ))
    return out


def _cause_words(text: str, nouns: frozenset[str]) -> str:
    """The cause as the supposing claim writes it ("ricochet bullet"), else its nouns."""
    words = re.findall(r"[\w-]+", text)
    for n in range(len(words)):
        for k in (3, 2, 1):
            span = words[n:n + k]
            if len(span) == k and {w.lower().rstrip("s") for w in span} >= {x.rstrip("s") for x in nouns} \
                    and all(w.lower().rstrip("s") in {x.rstrip("s") for x in nouns} for w in span):
                return " ".join(span)
    return " ".join(sorted(nouns))


# Nouns that name no cause of their own: "caused by a problem on the cable" says only where
VAGUE_CAUSES = frozenset("problem reason factor issue cause thing".split())


def _held_as_fact(claim: Claim, f: Facts) -> bool:
    """The claim gives its proposition as fact: stated or reported, not negated, no doubt or hedge in it."""
    return f.certainty in ("asserted", "reported") and not f.negated and not HEDGED.search(claim.text) \
        and not DOUBTFUL.search(claim.text)  # (DOUBTFUL holds the modals "may", "might", "could")


def _supposing_cue(text: str) -> str:
    """The words that make a cause only supposed ("may have been", "most likely", "believed")."""
    m = re.search(r"(?i)\b(?:may|might|could)\s+have\s+been\b|\b(?:most\s+)?(?:likely|probably|possibly|apparently)\b|"
                  r"\b(?:believed|thought|presumed|assumed)\b", text)
    return m.group(0) if m else "supposed"


def killing_days(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int]) -> list[Finding]:
    """One named person killed, or arrested, on two different days by two articles on one event
    ("Korkoneas killed Grigoropoulos on Sunday" / "The fatal shooting of Alexis Grigoropoulos, 15, on
    Saturday", ``Facts.killed_on``; "Blackmore ... were arrested by RCMP on Tuesday" / "Blackmore and
    Oler were arrested Wednesday", ``Facts.arrested_on``): a contradiction on the day. Weekdays are
    compared with weekdays (a dated article's calendar day gives its weekday), days of the month with
    days of the month."""
    return [f for deed, done, field in (("killing", "killed", "killed_on"), ("arrest", "arrested", "arrested_on"))
            for f in _deed_days(claims, facts, event_of, deed, done, field)]


def _deed_days(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int], deed: str,
               done: str, field: str) -> list[Finding]:
    """``killing_days`` for one deed, read from the facts' ``field`` as (surname, day phrase)."""
    told: dict[tuple[int, str], dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for cid in sorted((c for c in claims if getattr(facts[c], field)), key=claim_order):
        person, phrase = getattr(facts[cid], field)
        for key in _day_keys(phrase, facts[cid]):
            told[(event_of.get(claims[cid].source, 0), person)][key].append((cid, phrase))
    out = []
    for (_, person), by_day in sorted(told.items()):
        for kind in ("weekday", "month day"):
            days = {k: v for k, v in by_day.items() if k.startswith(kind + ":")}
            if len(days) < 2:
                continue
            ranked = sorted(days, key=lambda k: (-len({claims[c].source for c, _ in days[k]}), k))[:2][::-1]
            (x, said_x), (y, said_y) = days[ranked[0]][0], days[ranked[1]][0]
            if claims[x].source == claims[y].source:
                continue
            name = person.title()
            sides = tuple(tuple(sorted({c for c, _ in days[k]}, key=claim_order)) for k in ranked)
            out.append(Finding(
                kind=Verdict.CONTRADICTION, aspect="date", subject=f"date of 'the {deed} of {name}'",
                claims=tuple(sorted({*sides[0], *sides[1]}, key=claim_order)), score=0.0, sides=sides,
                reason=f"the day {name} was {done}: {describe(claims[x], facts[x])} says {said_x}; "
                       f"{describe(claims[y], facts[y])} says {said_y}",
                compared=({"aspect": "date", "a": {"claim": x, "text": said_x}, "b": {"claim": y, "text": said_y}},),
            ))
            break
    return out


def _day_keys(phrase: str, f: Facts) -> list[str]:
    """How a day can be compared: "weekday:saturday" for "Saturday night" or a calendar day of a
    known year, "month day:12-6" for "6 December"."""
    words = phrase.lower().split()
    if words and words[0] in WEEKDAYS:
        return [f"weekday:{words[0]}"]
    said = next((d for d in f.dates if d.start and d.granularity == "day" and d.start == d.end
                 and (phrase.lower() in d.text.lower() or d.text.lower() in phrase.lower())), None)
    if said is None:
        return []
    keys = [f"month day:{said.start.month}-{said.start.day}"]
    if said.year_known:
        keys.append(f"weekday:{WEEKDAYS[said.start.weekday()]}")
    return keys


def _identified(text: str, f: Facts) -> list[tuple[str, str]]:
    """The people a sentence names as who held a role: "Police have identified the victim as Benjamin
    David Banky" -> [("Benjamin David Banky", "victim")]; "the dead man was named as ..." -> man."""
    out = []
    for m in IDENTIFIED.finditer(text):
        rest = text[m.end():]
        person = next((e for e in f.entities if e.label == "PERSON" and rest.startswith(e.text)), None)
        if person is not None:
            role = (m.group(1) or m.group(2)).lower()
            out.append((person.text, role[:-1] if role.endswith("s") and not role.endswith("ss") else role))
    return out


# "identified the victim as", "named the dead man as", "the victim has been identified as"
IDENTIFIED = re.compile(r"(?i)\b(?:identified|named)\s+(?:the|a|one|both)\s+(?:[a-z-]+\s+)?([a-z]+)\s+as\s+"
                        r"|\bthe\s+(?:[a-z-]+\s+)?([a-z]+)\s+(?:was|has\s+been|had\s+been|were|have\s+been)\s+"
                        r"(?:identified|named)\s+as\s+")


def _title_of(text: str, e) -> str:
    """The title written just before a person's name ("Sgt. Mourad Mourad" -> "sergeant", "Officer
    Jovaniel Cordova" -> "officer"); "" for none ("Ryan Boyette, a former aid worker")."""
    at = text.find(e.text)
    before = re.search(r"\b([A-Z][a-z]+)\.?\s+$", text[max(0, at - 16):at]) if at > 0 else None
    word = before.group(1).lower() if before else ""
    return ROLE_TITLES.get(word, word)


# Police and military titles by their written forms ("Sgt.", "cop"), each mapped to one name
ROLE_TITLES = {"sgt": "sergeant", "cop": "officer", "policeman": "officer", "patrolman": "officer", "ofc": "officer",
               "det": "detective", "lt": "lieutenant", "capt": "captain", "cpl": "corporal", "pvt": "private"}


def date_anchors(groups, claims: dict[str, Claim], facts: dict[str, Facts],
                 event_of: dict[str, int] | None = None) -> list[Finding]:
    """Agreements on a calendar day that two articles on one event both state with its year
    ("December 8, 2024"), between claims that alignment left apart: a dated fact corroborated
    across sources."""
    event_of = event_of or {}
    group_of = {c: g.id for g in groups for c in g.claims}
    by_day: dict[tuple, list[tuple[str, DateRef]]] = defaultdict(list)
    for cid, f in facts.items():
        for d in f.dates:
            if d.granularity == "day" and d.start and _states_year(d.text):
                by_day[(d.start, event_of.get(claims[cid].source, 0))].append((cid, d))
    out = []
    for (day, _), items in sorted(by_day.items()):
        first_per_source: dict[str, tuple[str, DateRef]] = {}
        for cid, d in sorted(items, key=lambda it: claim_order(it[0])):
            first_per_source.setdefault(claims[cid].source, (cid, d))
        if len(first_per_source) < 2:
            continue
        members = tuple(sorted((cid for cid, _ in first_per_source.values()), key=claim_order))
        if None not in (ids := {group_of.get(m) for m in members}) and len(ids) == 1:
            continue  # one alignment group holds them all already
        quotes = "; ".join(f"{claims[cid].source}: '{d.text}'" for cid, d in first_per_source.values())
        out.append(Finding(
            kind=Verdict.AGREEMENT, claims=members, score=0.0, subject=f"the date {day.isoformat()}",
            reason=f"{len(first_per_source)} articles give the same day, {day.isoformat()} ({quotes})",
            independent_sources=len(first_per_source),
            compared=tuple(date_json(claims[cid], d) for cid, d in first_per_source.values()),
        ))
    return out


def street_anchors(claims: dict[str, Claim], event_of: dict[str, int], agreed: list[set[str]]) -> list[Finding]:
    """Agreements on a street or square two or more articles on one event name after a word of place
    ("MARFIN EGNATIA BANK, on Stadiou Street" / "on central Stadiou Avenue"): where it happened,
    corroborated across sources, named by the street's own word whatever its kind; not where one
    agreement holds them all already. ("Marfin Bank's Stadiou street branch" names no place of it.)"""
    by_street: dict[tuple[str, int], dict[str, tuple[str, str]]] = defaultdict(dict)  # -> source -> (claim, as written)
    for cid in sorted(claims, key=claim_order):
        for m in STREET.finditer(claims[cid].text):
            key = (m.group(2).lower(), event_of.get(claims[cid].source, 0))
            by_street[key].setdefault(claims[cid].source, (cid, m.group(1)))
    out = []
    for (_, _), named in sorted(by_street.items()):
        if len(named) < 2:
            continue
        members = tuple(sorted((cid for cid, _ in named.values()), key=claim_order))
        if any(set(members) <= held for held in agreed):
            continue
        written = Counter(text for _, text in named.values()).most_common(1)[0][0]
        quotes = "; ".join(f"{claims[cid].source}: '{text}'" for cid, text in named.values())
        out.append(Finding(
            kind=Verdict.AGREEMENT, claims=members, score=0.0, subject=written,
            reason=f"{len(named)} articles name the same street, {written} ({quotes})",
            independent_sources=len(named),
            compared=tuple({"aspect": "place", "claim": cid, "text": text} for cid, text in named.values()),
        ))
    return out


# a street or square where something is: "on Stadiou Street", "on central Stadiou Avenue", "in Syntagma
# Square" (after a word of place, so "Wall Street analysts" is no place)
STREET = re.compile(r"\b(?:on|in|at|off|near|along|outside)\s+(?:(?:the|central|busy|nearby)\s+)?"
                    r"(([A-Z][a-z]{3,})\s+(?:[Ss]treet|[Aa]venue|[Ss]quare|[Bb]oulevard|[Rr]oad))\b")


def time_anchors(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int],
                 common: frozenset[str], agreed: list[set[str]]) -> list[Finding]:
    """Agreements on a clock time two or more articles on one event give for one thing ("just before
    5:30 p.m." / "around 5:30 p.m."; "at 1100 hours" / "around 11 am"): the same time within
    TIME_SLACK minutes ("around 9pm" / "about 8.40pm" is compatible, not the same), in claims that
    tell one thing (the same verb, or a word beyond the story's common ones), when no agreement holds
    them already. Parts of a day ("in the afternoon") are not clock times."""
    timed = [(cid, f.times[0]) for cid, f in facts.items() if len(f.times) == 1
             and f.times[0].high - f.times[0].low <= CLOCK_SPAN]
    timed.sort(key=lambda it: claim_order(it[0]))
    time_of = dict(timed)
    edges = []
    for n, (a, ta) in enumerate(timed):
        for b, tb in timed[n + 1:]:
            if claims[a].source == claims[b].source or event_of.get(claims[a].source) != event_of.get(claims[b].source):
                continue
            if abs(ta.value - tb.value) > TIME_SLACK or not same_zone(ta, tb):
                continue  # "around 9pm" / "about 8.40pm": compatible, not the same time
            fa, fb = facts[a], facts[b]
            if fa.predicate and fa.predicate == fb.predicate or shared_words(fa, fb, common):
                edges.append((None, a, b, None))
    out = []
    for part in _connected(edges):
        first = _first_per_article([(cid, time_of[cid]) for cid in sorted({c for it in part for c in it[1:3]}, key=claim_order)],
                                   claims)
        if len(first) < 2:
            continue
        members = tuple(sorted((cid for cid, _ in first.values()), key=claim_order))
        if any(set(members) <= held for held in agreed):
            continue
        quotes = "; ".join(f"{claims[cid].source}: '{t.text}'" for cid, t in first.values())
        said = next(iter(first.values()))[1].text
        out.append(Finding(
            kind=Verdict.AGREEMENT, claims=members, score=0.0, subject=f"the time {said}",
            reason=f"{len(first)} articles give the same time ({quotes})", independent_sources=len(first),
            compared=tuple({"claim": cid, "text": t.text, "minutes": [t.low, t.high]} for cid, t in first.values()),
        ))
    return out


def zone_clashes(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int]) -> list[Finding]:
    """One minute of the clock given in two zones by two articles on one event ("It took place at
    7:37 AM local time" / "The quake struck inland at 0737 GMT"): unless the place keeps GMT, at most
    one is right. Only an exact minute off the quarter hours ("7:37", not "8 a.m." or "7:30"), which
    two reports share only when they copy one figure, so that the two are one moment misread."""
    zoned: dict[tuple[int, float], dict[str, list[tuple[str, Quantity]]]] = defaultdict(lambda: defaultdict(list))
    for cid in sorted(claims, key=claim_order):
        for t in facts[cid].times:
            if t.zone in ("local", "utc") and t.approx == "exact" and t.low == t.high and t.value % 15:
                zoned[(event_of.get(claims[cid].source, 0), t.value)][t.zone].append((cid, t))
    out = []
    for (_, _), by_zone in sorted(zoned.items()):
        if len(by_zone) < 2:
            continue
        local, utc = (_first_per_article(by_zone[z], claims) for z in ("local", "utc"))
        both = set(local) & set(utc)  # an article giving both: which it means, it does not say
        local, utc = ([v for a, v in side.items() if a not in both] for side in (local, utc))
        if not local or not utc:
            continue
        sides = tuple(tuple(c for c, _ in side) for side in (local, utc))
        (la, lt), (ua, ut) = local[0], utc[0]
        out.append(Finding(
            kind=Verdict.CONTRADICTION, aspect="date", subject=f"time zone of {lt.text}",
            claims=tuple(sorted({*sides[0], *sides[1]}, key=claim_order)), score=0.0, sides=sides,
            reason=f"the same clock time in two zones: {describe(claims[la], facts[la])} says {lt.text} local time; "
                   f"{describe(claims[ua], facts[ua])} says {ut.text} GMT/UTC: at most one is right unless the place keeps GMT",
            compared=({"aspect": "time", "a": {"claim": la, "text": lt.text, "zone": "local", "minutes": [lt.low, lt.high]},
                       "b": {"claim": ua, "text": ut.text, "zone": "utc", "minutes": [ut.low, ut.high]}},),
        ))
    return out


def setting_clashes(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int]) -> list[Finding]:
    """Where the happening struck, at sea or on land, told both ways by the opening lines of two
    articles on one event ("A strong earthquake struck off Indonesia's Aceh province" / "The quake
    struck inland"): one of them is wrong. Only sentences whose subject is the happening itself."""
    told: dict[int, dict[str, dict[str, str]]] = defaultdict(lambda: {"offshore": {}, "inland": {}})
    for source, ids in by_article(claims).items():
        for cid in ids[:LEDE + 1]:  # the headline and the lede
            f = facts[cid]
            if f.subject not in lx.HAPPENINGS:
                continue
            text = claims[cid].text
            sides = [side for side, cue in (("offshore", OFFSHORE), ("inland", INLAND)) if cue.search(text)]
            if len(sides) == 1:
                told[event_of.get(source, 0)][sides[0]].setdefault(source, cid)
    out = []
    for _, by_side in sorted(told.items()):
        at_sea, on_land = (tuple(sorted(by_side[s].values(), key=claim_order)) for s in ("offshore", "inland"))
        if not at_sea or not on_land:
            continue
        a, b = at_sea[0], on_land[0]
        said = {c: (OFFSHORE if c in at_sea else INLAND).search(claims[c].text).group(0).rstrip(".") for c in (a, b)}
        out.append(Finding(
            kind=Verdict.CONTRADICTION, aspect="place", subject=f"where the {facts[a].subject} struck",
            claims=tuple(sorted({*at_sea, *on_land}, key=claim_order)), score=0.0, sides=(at_sea, on_land),
            reason=f"where the {facts[a].subject} struck: {describe(claims[a], facts[a])} says '{said[a]}' (at sea); "
                   f"{describe(claims[b], facts[b])} says '{said[b]}' (on land)",
            compared=({"aspect": "place", "a": {"claim": a, "text": said[a], "setting": "offshore"},
                       "b": {"claim": b, "text": said[b], "setting": "inland"}},),
        ))
    return out


# At sea or on land: "struck off Indonesia's Aceh province", "offshore", "at sea" / "struck inland".
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|province|island|islands|coast))*"
OFFSHORE = re.compile(rf"\b(?:[Ss]truck|[Hh]it|[Oo]ccurred|[Cc]ent(?:red|ered)|[Ll]ocated)\s+(?:just\s+|far\s+)?off\s+"
                      rf"(?:the\s+)?(?:(?:(?:north|south|east|west)\w*\s+)?coast(?:\s+of\s+{_NAME})?|shore|{_NAME})|\b[Oo]ff-?shore\b|\bat sea\b")
INLAND = re.compile(r"(?i)\binland\b|\bon land\b|\bonshore\b")


def misplaced(claims: dict[str, Claim], facts: dict[str, Facts], event_of: dict[str, int]) -> list[Finding]:
    """A country put inside another ("handed over ... possibly at Djibouti in Ivory Coast") that
    another article on the event places elsewhere ("may head for Djibouti on the horn of Africa").
    No country lies inside another (GeoNames, ``gazetteer.country``), so the first is wrong. Only a
    country named as where something goes or is ("at", "to", "in", "near" Djibouti; "for" only on the
    other side: "a donors' conference for Syria in Kuwait" is held in Kuwait), not as who acts ("the
    campaign led by Saudi Arabia in Yemen", "the role of Russia in Syria", "refugees from Syria in
    Lebanon"), and only a container the facts read as a place ("in January" places nothing)."""
    # (event, country) -> article -> (claim, the words that place it, what they place it in)
    wrong: dict[tuple[int, str], dict[str, tuple[str, str, str]]] = defaultdict(dict)
    elsewhere: dict[tuple[int, str], dict[str, tuple[str, str, str]]] = defaultdict(dict)
    for cid in sorted(claims, key=claim_order):
        for m in PLACED.finditer(claims[cid].text):
            x, z = m.group("x"), m.group("z")
            home, inside = country(x), country(z)
            places = {e.text.removeprefix("the ") for e in facts[cid].entities if e.label in PLACE_LABELS} if home else set()
            if not home or x not in places or m.group("last") not in places:
                continue
            key, said = (event_of.get(claims[cid].source, 0), x), claims[cid].text[m.start("x"):m.end()]
            if not inside or inside == home:
                elsewhere[key].setdefault(claims[cid].source, (cid, said, z))
            elif m.group("prep") != "for":  # "a donors' conference for Syria in Kuwait": held in Kuwait
                wrong[key].setdefault(claims[cid].source, (cid, said, z))
    out = []
    for key, told in sorted(wrong.items()):
        other = {source: said for source, said in elsewhere.get(key, {}).items() if source not in told}
        if not other:
            continue
        x = key[1]
        bad, right = (tuple(sorted((c for c, *_ in side.values()), key=claim_order)) for side in (told, other))
        (a, said_a, inside), (b, said_b, _) = told[claims[bad[0]].source], other[claims[right[0]].source]
        out.append(Finding(
            kind=Verdict.CONTRADICTION, aspect="place", subject=f"where {x} is",
            claims=tuple(sorted({*bad, *right}, key=claim_order)), score=0.0, sides=(bad, right),
            reason=f"where {x} is: {claims[a].source} says '{said_a}'; {claims[b].source} says '{said_b}'; "
                   f"{x} is a country of its own, not in {inside} (GeoNames)",
            compared=({"aspect": "place", "a": {"claim": a, "text": said_a, "country": x, "inside": inside},
                       "b": {"claim": b, "text": said_b}},),
        ))
    return out


# "at Djibouti in Ivory Coast", "for Djibouti on the horn of Africa": a name where something goes or
# is, then what it lies in (up to three words before the name's last capitalised run)
_CAPS = r"[A-Z][\w'’-]*"
PLACED = re.compile(rf"\b(?P<prep>at|to|in|into|near|for|toward|towards)\s+(?:the\s+)?(?P<x>{_CAPS}(?:\s+{_CAPS}){{0,2}})"
                    rf"\s+(?:in|on)\s+(?P<z>(?:the\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}(?P<last>{_CAPS}(?:\s+{_CAPS})*))")


def _first_per_article(items: list[tuple[str, Quantity]], claims: dict[str, Claim]) -> dict[str, tuple[str, Quantity]]:
    first: dict[str, tuple[str, Quantity]] = {}
    for cid, t in items:
        first.setdefault(claims[cid].source, (cid, t))
    return first


CLOCK_SPAN = 60  # minutes: a clock time ("5:30 p.m.", "11 am"), not a part of the day ("afternoon")


def _states_year(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and any(len(w) == 4 and w.isdigit() for w in text.replace(",", " ").split())


def _agreed_on(members, facts) -> str:
    dates = [d for c in members for d in facts[c].dates if d.granularity == "day" and d.start]
    days = {d.start for d in dates}
    if len(days) == 1 and len({c for c in members if any(d.start in days for d in facts[c].dates)}) == len(members):
        return f" on the date {next(iter(days)).isoformat()}"
    return ""
