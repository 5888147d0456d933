"""Rules: one per aspect (number, date, entity, negation, certainty, status), over two claims' facts.

Each rule takes the two claims and their facts and returns an ``Issue`` (what differs, in words
and as the facts compared) or None. Precision comes first: a rule speaks only when the two
claims are about the same fact of the same happening."""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from . import lexicon as lx
from .facts import MONTHS, QUESTION_OPENERS, WEEKDAYS, names_calendar_day, polarity
from .gazetteer import place_key
from .models import Article, Claim, DateRef, Facts, Quantity, Verdict
from .quantities import vague
from .thresholds import COMMON_SHARE, ENTITY_ANCHORS, EVENT_JOIN_COUNT, NOT_YET_DAYS, ROUNDING, TIME_SLACK


# Counts that only grow as a story develops: a higher figure in a later report is an update.
CUMULATIVE = {"death", "injury", "rescue", "evacuation", "arrest", "return"}


# Certainty levels that dispute a proposition rather than state it.
DISPUTED = {"cautioned", "denied"}


@dataclass
class Issue:
    kind: Verdict
    aspect: str
    subject: str
    reason: str
    compared: dict = field(default_factory=dict)


def common_words(all_facts) -> frozenset[str]:
    """Content lemmas found in more than COMMON_SHARE of the claims (at least three)."""
    all_facts = list(all_facts)
    df: dict[str, int] = defaultdict(int)
    for f in all_facts:
        for w in f.keywords:
            df[w] += 1
    limit = max(2, COMMON_SHARE * len(all_facts))
    return frozenset(w for w, n in df.items() if n > limit)


def judge_pair(ca: Claim, cb: Claim, fa: Facts, fb: Facts, articles: dict[str, Article],
               common: frozenset[str] = frozenset()) -> list[Issue]:
    """Every issue between two aligned claims; an empty list means they agree (or are two happenings)."""
    return issues_of(ca, cb, fa, fb, articles, common, clash_issues(ca, cb, fa, fb, articles))


def issues_of(ca, cb, fa, fb, articles, common, clashed) -> list[Issue]:
    """``judge_pair`` with the number, date and entity comparisons (``clashes``) already made."""
    number, date, entity, apart = clashed
    if apart:
        return []
    da, db = articles[ca.source].published, articles[cb.source].published
    clashes = [i for i in (number, date, entity) if i is not None and i.kind == Verdict.CONTRADICTION]
    issues = [i for i in (number, date, entity) if i is not None]
    if former(ca.text) or former(cb.text):
        return issues  # "Previously, agencies were required to consult": a state that is over, no rival to today's
    negation = _negation(ca, cb, fa, fb)
    if negation and not clashes:
        issues.append(negation)
    # A certainty gap or a status change needs the same proposition, not just the same story: one
    # happening (the same verb, or what one is about named in the other) and a word besides it,
    # not the story's common vocabulary nor the words that cast the doubt ("under investigation").
    cue_words = set(f"{fa.certainty_cue} {fb.certainty_cue} {fa.status_cue} {fb.status_cue}".lower().split())
    shared = shared_words(fa, fb, common) - cue_words - {fa.predicate, fb.predicate}
    one = _one_proposition(fa, fb) and len(shared) >= (2 if fa.predicate in LIGHT_VERBS else 1)
    gap = _certainty(ca, cb, fa, fb) if one or _disputed_topic(ca, cb, fa, fb, shared) else None
    gap = gap or _answered(ca, cb, fa, fb) or _disowned(ca, cb, fa, fb)  # (one verb: "how many shots were fired")
    if gap:
        gap.reason += f" [shared: {', '.join(sorted(shared)[:4])}]"
        issues.append(gap)
    # planned and done: one verb said of one subject ("LaSalle is expected to be charged" / "LaSalle
    # was charged"), or the happening one holds, begins or ends (the recount / "the recount began")
    one_deed = one and fa.predicate == fb.predicate and (
        one_subject(ca, cb, fa, fb) or _undergoes(ca, fa, fb) or _undergoes(cb, fb, fa))
    (planned, _), (done, done_claim) = ((fa, ca), (fb, cb)) if fa.status == "planned" else ((fb, cb), (fa, ca))
    # ... or one subject on one calendar day ("shareholders will vote on April 10" / "shareholders
    # approved the deal on April 10"), not where the deed's sentence plans too ("was admitted ... and
    # was set to be released on 2 December": the day is the plan's)
    one_day = bool(fa.subject) and fa.subject == fb.subject and bool(_named_days(fa) & _named_days(fb)) \
        and not PLANNING.search(done_claim.text)
    status = _status(ca, cb, fa, fb, da, db) if one_deed or shared and (one_day or _begun(done_claim, done, planned)) else None
    if status and not clashes:
        status.reason += f" [shared: {', '.join(sorted(shared)[:4])}]"
        issues.append(status)
    identity = _corrected(ca, cb, fa, fb, shared)
    if identity and not clashes:
        issues.append(identity)
    return issues


def _corrected(ca, cb, fa, fb, shared: set[str]) -> Issue | None:
    """One source states as fact a thing ("had sunk a mother ship of the pirates") that another says
    was in fact something else ("the vessel was actually a Thai fishing trawler", ``Facts.corrected``):
    a contradiction on what the thing was. The first must name a thing of that kind, none of the
    words of what it was said to be, and share a word with the correction besides the thing (an
    article that tells the correction itself is left out by ``judge``)."""
    if bool(fa.corrected) == bool(fb.corrected):
        return None
    (c1, f1), (c2, f2) = ((ca, fa), (cb, fb)) if fb.corrected else ((cb, fb), (ca, fa))
    thing, label = f2.corrected
    kinds = set(lx.THINGS.get(thing, [thing]))
    if f1.certainty != "asserted" or f1.negated or HEDGED.search(c1.text) or asks(c1.text):
        return None  # ("the navy said it had sunk a pirate mother vessel" reports the claim the correction answers)
    words = {w.lower() for w in re.findall(r"[\w-]+", c1.text)}
    if set(label.split()) - kinds & words or not shared - kinds or f1.predicate not in {f2.predicate, *f2.keywords}:
        return None  # (one deed done to it: "had sunk a mother ship" / "it had sunk ... the vessel was actually")
    named = re.search(rf"(?i)\b(?:a|an|the)\s+((?:[\w“”\"'-]+\s+){{1,3}}?)[“\"']?(?:{'|'.join(sorted(kinds))})s?\b[”\"']?"
                      rf"(?:\s+of\s+the\s+\w+)?", c1.text)
    if named is None:
        return None  # what it is called must be given: "a pirate mother ship", not "two small boats"
    said = re.search(r"(?i)\b(?:(?:was|were|is)\s+(?:actually|really|in\s+fact)|turned\s+out\s+to\s+be)\s+[^,;.]*", c2.text)
    text_a, text_b = named.group(0), said.group(0) if said else label
    return Issue(Verdict.CONTRADICTION, "identity", f"what the {thing} was",
                 f"{describe(c1, f1)} says '{text_a}'; {describe(c2, f2)} says it {text_b}",
                 {"aspect": "identity", "a": {"claim": c1.id, "text": text_a}, "b": {"claim": c2.id, "text": text_b}})


def two_happenings(ca: Claim, cb: Claim, fa: Facts, fb: Facts, articles: dict[str, Article]) -> bool:
    """The two claims tell two happenings (see ``clashes``): neither a contradiction nor an agreement."""
    return clash_issues(ca, cb, fa, fb, articles)[3]


def clash_issues(ca, cb, fa, fb, articles):
    """(number issue, date issue, entity issue, two happenings?) for two claims.

    Same event first: two independent clashes (a different day *and* a different count, or a
    different person) mean two happenings were aligned, not one misreported."""
    da, db = articles[ca.source].published, articles[cb.source].published
    number = _numbers(ca, cb, fa, fb, da, db)
    date = date_issue(ca, cb, fa, fb)
    entity = _entities(ca, cb, fa, fb)
    clashes = [i for i in (number, date, entity) if i is not None and i.kind == Verdict.CONTRADICTION]
    return number, date, entity, len(clashes) > 1


def _one_proposition(fa: Facts, fb: Facts) -> bool:
    """The same verb, or one's verb named as a noun in the other ("the breach was caused by a crack" /
    "the cause of the breach remains unclear")."""
    if not fa.predicate or not fb.predicate:
        return False
    if fa.predicate == fb.predicate:
        return True
    # the verb is the subject of a copula in the other: "the cause ... remains unclear" (not a word
    # anywhere in it: "the causes of the cut remain unclear" says nothing of whether cables were cut)
    return (fa.predicate not in LIGHT_VERBS and fa.predicate == fb.subject and _copular(fb)) or (
        fb.predicate not in LIGHT_VERBS and fb.predicate == fa.subject and _copular(fa))


def _disputed_topic(ca: Claim, cb: Claim, fa: Facts, fb: Facts, shared: set[str]) -> bool:
    """What the disputing claim is about is what the other states: "the cause of the derailment
    remains unconfirmed" (its subject, the cause, with the derailment) / "rain caused the
    derailment"; "the commission rejected claims of irregularities" (a denial: its object) /
    "observers reported irregularities". The disputing claim's subject and another word, or for a
    denial two words, shared besides the story's common ones; one word when the disputing claim quotes
    the statement it doubts ("claims that ...", "rumours of ...", "reports that ...")."""
    (text, disputed), (firm_text, firm) = (((ca.text, fa), (cb.text, fb)) if fa.certainty in DISPUTED
                                           else ((cb.text, fb), (ca.text, fa)))
    if disputed.certainty not in DISPUTED or firm.certainty in DISPUTED:
        return False
    if disputed.predicate in lx.DENIAL_VERBS:  # "rejected claims of irregularities", not "rejected calls to resign"
        return len(shared) >= 2 and bool(CLAIM_NOUNS & set(disputed.keywords))
    if CLAIM_CLAUSE.search(text):  # "claims that Turkey will establish two bases should be approached with caution"
        return any(_named_thing(w, firm_text) for w in shared)
    if disputed.certainty == "denied" and re.search(rf"(?i)\b{re.escape(disputed.certainty_cue)}\s+that\b", text):
        # "denied that there were irregularities": the clause denied ("denied an offer" refuses, "no signs" observes)
        return len(shared | ({disputed.predicate} & set(firm.keywords))) >= 2
    return _copular(disputed) and bool(disputed.subject) and disputed.subject in firm.keywords \
        and len(shared | {disputed.subject}) >= 2


def _named_thing(word: str, text: str) -> bool:
    """The word stands in the text as a thing, not only as a verb form ("bases", not "establishing")."""
    forms = re.findall(rf"(?i)\b{re.escape(word[:4])}\w*", text)
    return any(not f.lower().endswith(("ing", "ed")) for f in forms) if forms else True


def _copular(f: Facts) -> bool:
    """Said of a subject, not done by it: "the cause remains unclear" (the verb is a copula, or
    spaCy took the cue adjective, "unconfirmed", for the head)."""
    return f.predicate in COPULAS or f.predicate in f.certainty_cue.lower().split()


def _named_days(f: Facts) -> set:
    """The calendar days a claim writes out ("April 10"), not a bare number a parse took for one
    ("Robert Pitman, 24, ...")."""
    return {d.start for d in f.dates if d.granularity == "day" and d.start and names_calendar_day(d.text)}


def days_of(f: Facts) -> set:
    """The calendar days a claim states."""
    return {d.start for d in f.dates if d.granularity == "day" and d.start}


def occasions(f: Facts) -> set[str]:
    """The days a claim puts its facts on, as weekdays ("Wednesday night", "Dec. 6" -> saturday):
    named the same way whether or not the article's own date let them be resolved. A calendar day
    of no known year is named by its month and day ("Jan. 4" -> "january 4"): the weekday of an
    assumed year would be a guess, which set "Jan. 4" quakes against "Sunday" quakes."""
    out = set()
    for d in f.dates:
        if d.start and d.granularity == "day" and not d.year_known:
            out.add(f"{MONTHS[d.start.month - 1]} {d.start.day}")
        elif d.start and d.granularity == "day":
            out.add(WEEKDAYS[d.start.weekday()])
        elif not d.start:
            out.update(w for w in WEEKDAYS if w in d.text.lower())
    return out


def places(f: Facts) -> set[str]:
    """The places a claim names, each by its city's name where it has other spellings ("Salonika" is
    Thessaloniki: ``gazetteer.place_key``); not one within the name of its source ("NBC New York
    estimated the crowd at 70": an outlet, not where the crowd was)."""
    named = f.attribution.text if f.attribution.kind == "named" else ""
    return {place_key(e.norm) for e in f.entities if e.label in PLACE_LABELS
            and not (e.text in named and re.search(rf"[A-Z][\w.&'-]*\s+{re.escape(e.text)}", named))}


PLACE_LABELS = ("GPE", "LOC", "FAC")


def claim_order(cid: str):
    return int(cid[1:]) if cid[1:].isdigit() else cid


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


# Verbs that say little of which proposition a sentence makes: sharing one needs more in common.
LIGHT_VERBS = frozenset("be have do get make say".split())
# Verbs that link a subject to what is said of it: "the cause remains unclear".
COPULAS = frozenset("be remain seem appear stay".split())
# What a denial denies when it denies a statement, not a request ("rejected calls to resign").
CLAIM_NOUNS = frozenset("claim report allegation accusation rumour rumor suggestion assertion charge story "
                        "speculation".split())
# A statement quoted as such, which the cue then doubts: "claims that ...", "rumours of ...".
CLAIM_CLAUSE = re.compile(r"(?i)\b(?:(?:claims?|rumou?rs?|allegations?|suggestions?|speculation)\s+(?:that|of)"
                          r"|(?:reports?|news)\s+that)\b")
# Verbs whose object is the happening itself: "hold a recount", "begin the trial", "complete the repair".
ASPECT_VERBS = frozenset("begin start end finish complete hold conduct open close launch stage".split())


def shared_words(fa: Facts, fb: Facts, common: frozenset[str]) -> set[str]:
    return (set(fa.keywords) & set(fb.keywords)) - common - GENERIC_WORDS


# Words that say nothing about which proposition a sentence makes.
GENERIC_WORDS = frozenset("say tell report state add note new year day week month time people official source "
                          "accord include make take give continue also".split())


def describe(claim: Claim, facts: Facts, source: str = "") -> str:
    """'coast_news (reported, police)': the article with the claim's certainty and attribution
    (``source``: who states the fact in its own clause, when the sentence has several)."""
    who = source or (facts.attribution.name if facts.attribution.kind != "article" else "the article itself")
    return f"{claim.source} ({facts.certainty}, {who})"


def _numbers(ca, cb, fa, fb, da, db) -> Issue | None:
    if different_participants(fa, fb):
        return None
    for qa in fa.quantities:
        alike = [qb for qb in fb.quantities if comparable(qa, qb)]
        if not alike or any(compatible(qa, qb) for qb in alike):
            continue
        qb = alike[0]
        what = what_counted(qa)
        compared = {"aspect": "number", "what": what, "a": quantity_record(ca, qa), "b": quantity_record(cb, qb)}
        later = later_report(ca, cb, qa, qb, da, db)
        if later is not None:
            (c1, q1), (c2, q2) = later
            return Issue(Verdict.STATUS_CHANGE, "count", what,
                          f"{what}: {c1.source} reports {q1.text}; the later {c2.source} reports {q2.text} (count updated)",
                          compared)
        return Issue(Verdict.CONTRADICTION, "number", what,
                      f"{what}: {describe(ca, fa)} says {qa.text}; {describe(cb, fb)} says {qb.text}", compared)
    return None


def comparable(qa: Quantity, qb: Quantity) -> bool:
    """Like with like: same kind of unit and the same thing counted (or the same event)."""
    if qa.dimension != qb.dimension or qa.unit != qb.unit:
        return False
    if qa.background != qb.background:
        return False  # an earlier, other happening's figure is never set against this one's
    if qa.earlier or qb.earlier or (qa.increment or qb.increment) and not (movement(qa) and movement(qb)):
        return False  # "three more", "down from 19": a change or a former value, not the total
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
    return bool(qa.counted) and counted_thing(qa) == counted_thing(qb) and qa.counted != "people"


def counted_thing(q: Quantity) -> str:
    """What is counted, without where ("three cables in the Mediterranean": cables; whether the
    two places are one is a scope question). "people in town" (a town's people) and "distance from
    aden" keep theirs: those are other things."""
    name = q.counted
    if " in " in name and not name.startswith(("people in ", "distance")):
        return name.split(" in ")[0]
    return name


def movement(q: Quantity) -> bool:
    """A named thing's move in percent or points ("Greek stocks plunged 5.4%", "the index closed down
    3.9%"): a fact of its own, compared only with another move of the same thing."""
    return q.increment and q.dimension in ("percent", "points") and bool(q.counted) and not q.event


def compatible(qa: Quantity, qb: Quantity) -> bool:
    """Intervals that overlap, allowing for rounding of exact figures (and a rise is never a fall)."""
    if qa.increment and qb.increment and {qa.change, qb.change} == {"up", "down"}:
        return False
    lo_a, hi_a = qa.low * (1 - ROUNDING), qa.high * (1 + ROUNDING)
    lo_b, hi_b = qb.low * (1 - ROUNDING), qb.high * (1 + ROUNDING)
    if qa.approx == "exact" and qb.approx == "exact" and qa.value != qb.value:
        if _cut_short(qa, qb) or _cut_short(qb, qa):
            return True
        # exact figures: within rounding only when one is a round number
        round_a, round_b = _is_round(qa.value), _is_round(qb.value)
        if not (round_a or round_b):
            return False
    return lo_a <= hi_b and lo_b <= hi_a


def _cut_short(whole: Quantity, precise: Quantity) -> bool:
    """A whole number of millions or billions written for a figure with a fraction at that scale,
    rounded or cut short ("the $13 billion acquisition" / "the $13.9 billion acquisition"): the round
    figure claims no more precision than its last digit, and the two do not disagree."""
    scale = _whole_scale(whole.text)
    if not scale or whole.low != whole.high or precise.low != precise.high:
        return False
    n, x = whole.value / scale, precise.value / scale
    return x != int(x) and n in (math.floor(x), round(x))


def _whole_scale(text: str) -> float:
    m = SCALED.search(text)
    return SCALES[m.group(2).lower()] if m and "." not in m.group(1) else 0.0


# the reader's scale words from a million up ("$13b", "$2.5 million")
SCALES = {word: value for word, value in lx.SCALES.items() if value >= 1_000_000}
SCALED = re.compile(rf"(?i)(\d[\d,.]*)\s*({'|'.join(sorted(SCALES, key=len, reverse=True))})\b")


def _is_round(value: float) -> bool:
    return value >= 100 and value % 10 ** (len(str(int(value))) - 2) == 0


def later_report(ca, cb, qa, qb, da, db):
    """((earlier claim, qty), (later claim, qty)) when the second report updates a growing count."""
    if qb.changed and not qa.changed:
        return (ca, qa), (cb, qb)
    if qa.changed and not qb.changed:
        return (cb, qb), (ca, qa)
    if da and db and da != db and qa.event in CUMULATIVE:
        first, second = ((ca, qa), (cb, qb)) if da < db else ((cb, qb), (ca, qa))
        # a lower bound is the count confirmed then: "at least three dead", a day later "at least 24"
        confirmed = first[1].value if lower_bound(first[1]) else first[1].high
        if second[1].low > confirmed:
            return first, second
    return None


def lower_bound(q: Quantity) -> bool:
    """"at least 30", "more than 200": a count open above, the least its source could confirm."""
    return q.change == ">" and q.high == float("inf")


def what_counted(q: Quantity) -> str:
    thing = {"death": "deaths", "injury": "injuries", "hospitalization": "hospitalised", "evacuation": "evacuations",
             "arrest": "arrests",
             "acquisition": "price", "return": "returns", "rescue": "rescues", "missing": "missing",
             "crowd": "crowd", "hit": "times hit", "gunfire": "shots fired"}.get(q.event, "")
    if q.counted and q.counted not in ("people", "toll") and q.counted not in thing:
        thing = f"{q.counted} {thing}".strip()
    return thing or q.dimension


def quantity_record(claim: Claim, q: Quantity) -> dict:
    return {"claim": claim.id, "text": q.text, "value": q.value, "low": q.low,
            "high": None if q.high == float("inf") else q.high, "unit": q.unit, "approx": q.approx}


def different_participants(fa: Facts, fb: Facts) -> bool:
    people_a = {w for e in fa.entities if e.label == "PERSON" for w in e.norm.split()}
    people_b = {w for e in fb.entities if e.label == "PERSON" for w in e.norm.split()}
    return bool(people_a) and bool(people_b) and not people_a & people_b


def date_issue(ca, cb, fa, fb) -> Issue | None:
    """The main event's day, for the same predicate: both reported as done, or both as planned
    (a plan and a later report of the deed may differ in date: that is a status change)."""
    if fa.predicate != fb.predicate or not fa.predicate or (fa.status == "planned") != (fb.status == "planned"):
        return None
    if not one_subject(ca, cb, fa, fb):
        return None  # a cutter and a ferry both left port: two happenings
    (many_a, ra), (many_b, rb) = _day_reading(ca, fa), _day_reading(cb, fb)
    if many_a or many_b:
        return None  # "recovered on Sunday after attempts on Saturday failed": which day is whose
    if ra is not None and rb is not None and _a_day(ra) and _a_day(rb) and not _dates_overlap(ra, rb) \
            and not _anchored_apart(ra, rb):
        return Issue(Verdict.CONTRADICTION, "date", f"date of '{fa.predicate}'",
                      f"when '{fa.predicate}' happened: {describe(ca, fa)} says {ra.text}; {describe(cb, fb)} says {rb.text}",
                      {"aspect": "date", "a": date_json(ca, ra), "b": date_json(cb, rb)})
    pair = one_clock_pair(fa.times, fb.times)
    if pair is not None and all(t.high - t.low <= 60 for t in pair):
        # clock times only: "early Friday morning" and "around 1:30 a.m." are one night told two ways
        a, b = pair
        if a.low - TIME_SLACK > b.high or b.low - TIME_SLACK > a.high:
            return Issue(Verdict.CONTRADICTION, "date", f"time of '{fa.predicate}'",
                          f"time of '{fa.predicate}': {describe(ca, fa)} says {a.text}; {describe(cb, fb)} says {b.text}",
                          {"aspect": "time", "a": {"claim": ca.id, "text": a.text, "minutes": [a.low, a.high]},
                           "b": {"claim": cb.id, "text": b.text, "minutes": [b.low, b.high]}})
    return None


def _day_reading(c: Claim, f: Facts) -> tuple[bool, DateRef | None]:
    """(the sentence names more than one day, its one resolved date): read once per claim and
    run, as the event split asks it of each opening line against every other (hundreds of
    thousands of pairs on a thousand articles). Kept by the identity of the claim and its facts:
    the entry holds both, so neither id can be reused while it stands."""
    hit = _DAY_READINGS.get((id(c), id(f)))
    if hit is not None and hit[0] is c and hit[1] is f:
        return hit[2]
    reading = (len(occasions(f) | set(WEEKDAY_WORD.findall(c.text.lower()))) > 1, event_date(f))
    if len(_DAY_READINGS) >= DAY_READINGS_KEPT:
        _DAY_READINGS.clear()
    _DAY_READINGS[(id(c), id(f))] = (c, f, reading)
    return reading


_DAY_READINGS: dict[tuple[int, int], tuple] = {}
DAY_READINGS_KEPT = 200_000  # claims: more than a thousand articles hold


def same_zone(a: Quantity, b: Quantity) -> bool:
    """Two clock times read on one clock: the same zone, or a local time and one whose zone is unsaid
    (as reports give the time where it happened). "7:37 a.m. local time" and "0737 GMT" are two
    clocks, compared only by ``zone_clashes``."""
    return a.zone == b.zone or {a.zone, b.zone} == {"", "local"}


def one_clock_pair(ta: tuple[Quantity, ...], tb: tuple[Quantity, ...]) -> tuple[Quantity, Quantity] | None:
    """The one pair of the two sentences' clock times read on one clock: each sentence gives one time,
    or one per zone ("2:30 p.m. local time (0730 GMT)"); None when there is no such single pair."""
    if not ta or not tb or any(len(t) > 1 and len({q.zone for q in t}) < len(t) for t in (ta, tb)):
        return None
    pairs = [(a, b) for a in ta for b in tb if same_zone(a, b)]
    return pairs[0] if len(pairs) == 1 else None


def one_subject(ca: Claim, cb: Claim, fa: Facts, fb: Facts) -> bool:
    """The two sentences' subjects can be one: the same word, one unsaid, or a name and the common
    noun the named one's sentence puts before the name ("Warship INS Sukanya foiled ..." / "An Indian
    warship foiled ..."). Two names, or two common nouns ("a cutter" / "a ferry"), are two subjects."""
    if not (fa.subject and fb.subject) or fa.subject == fb.subject or {fa.subject, fb.subject} & PRONOUNS:
        return True  # unsaid, or a pronoun whose referent the sentence does not give
    names_a, names_b = ([e.text for e in f.entities if f.subject in e.norm.split()] for f in (fa, fb))
    if bool(names_a) == bool(names_b):
        return False
    noun, names, text = (fb.subject, names_a, ca.text) if names_a else (fa.subject, names_b, cb.text)
    return any(re.search(rf"(?i)\b{re.escape(noun)}\w*\s+(?:[\w.-]+\s+){{0,2}}{re.escape(name)}", text)
               or re.search(rf"(?i)\b{re.escape(noun)}\b", name) for name in names)


WEEKDAY_WORD = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def event_date(f: Facts) -> DateRef | None:
    resolved = [d for d in f.dates if d.start is not None]
    return resolved[0] if len(resolved) == 1 else None


def _a_day(d: DateRef) -> bool:
    """A day named as a day ("March 3", "on Tuesday", "late Thursday"); not "a day", "a week" (spans
    of time) nor "May 2012" (a month: a day within it is no contradiction)."""
    return d.granularity == "day" and (names_calendar_day(d.text) or bool(DAY_WORDS.search(d.text)))


DAY_WORDS = re.compile(r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight)\b")
RELATIVE_DAY = re.compile(r"(?i)^(?:on\s+|last\s+|this\s+|next\s+)?(?:early\s+|late\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|"
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


def date_json(claim: Claim, d: DateRef) -> dict:
    return {"claim": claim.id, "text": d.text, "start": d.start.isoformat() if d.start else None,
            "end": d.end.isoformat() if d.end else None, "granularity": d.granularity}


def _entities(ca, cb, fa, fb) -> Issue | None:
    """A different person named for the same role, with strong evidence that the event is the same."""
    for ea in fa.entities:
        if ea.label != "PERSON" or not one_holder(ea.role):
            continue
        for eb in fb.entities:
            if eb.label == "PERSON" and same_role(ea.role, eb.role) and not set(ea.norm.split()) & set(eb.norm.split()):
                needed = ENTITY_ANCHORS - (ea.role == eb.role and len(ea.role.split()) >= 3)
                if _anchors(fa, fb, exclude={ea.norm, eb.norm}) >= needed:
                    return Issue(Verdict.CONTRADICTION, "entity", ea.role,
                                  f"{ea.role}: {describe(ca, fa)} names {ea.text}; {describe(cb, fb)} names {eb.text}",
                                  {"aspect": "entity", "role": ea.role, "a": {"claim": ca.id, "text": ea.text},
                                   "b": {"claim": cb.id, "text": eb.text}})
    return None


def one_holder(role: str) -> bool:
    """A title one person holds at a time ("the chargers general manager", "the mother"), not one of
    many ("a California Highway Patrol officer", "Washington Post reporters", "deputy district
    attorney") nor an age read as a title ("61-year-old Kathryn Gomes")."""
    words = set(role.split())
    return bool(words) and not words & MANY_HOLDERS and not words <= AGE_WORDS


MANY_HOLDERS = frozenset("officer officers reporter reporters agent agents deputy trooper detective spokesman spokeswoman "
                         "spokesperson correspondent member members official officials analyst assistant lawyer lawyers "
                         "staff worker employee source sources witness resident".split())
AGE_WORDS = frozenset("old year years aged".split())


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


def _anchors(fa: Facts, fb: Facts, exclude: set[str]) -> int:
    """Facts both claims share: names (other than the disputed ones), days and numbers."""
    names = ({e.norm for e in fa.entities} & {e.norm for e in fb.entities}) - exclude
    return len(names) + len(shared_values(fa, fb))


def shared_values(fa: Facts, fb: Facts) -> set:
    """The calendar days and the numbers (with their units) that both claims state."""
    return stated_values(fa) & stated_values(fb)


def stated_values(f: Facts) -> set:
    """The calendar days and the numbers (with their units) a claim states of its own event."""
    return {d.start for d in f.dates if d.start and d.granularity == "day"} | {
        (q.value, q.unit) for q in f.quantities if (q.counted or q.event) and not q.background and not vague(q)}


def telling_values(fa: Facts, fb: Facts) -> set:
    """The values two claims share that tell one event from another of its kind (``telling``)."""
    return telling(fa) & telling(fb)


def telling(f: Facts) -> set:
    """The values a claim states that tell one event from another of its kind: calendar days and
    numbers, but not durations, ages or small counts ("two people", "five days", "15-year-old"),
    which any two such events may share."""
    return {v for v in stated_values(f)
            if not (isinstance(v, tuple) and (v[1] in ("second", "year") or v[1] == "" and v[0] < EVENT_JOIN_COUNT))}


def _negation(ca, cb, fa, fb) -> Issue | None:
    if not fa.predicate or not fb.predicate:
        return None
    pa, pb = polarity(fa), polarity(fb)
    if pa[0] != pb[0] or pa[1] == pb[1] or pa[0] in LIGHT_VERBS:
        return None  # "we had 565 damaged shops" / "we wouldn't have 355": 'have' names no proposition
    if not (fa.subject and fb.subject) or fa.subject != fb.subject or fa.subject in PRONOUNS:
        return None  # one named subject, not "I" in two people's quotes
    said_not = sorted(NEGATIVE.findall(ca.text.lower()))
    if said_not and said_not == sorted(NEGATIVE.findall(cb.text.lower())):
        return None  # both say "were not related": one reading misparsed, not two statements
    if QUOTE.search(ca.text) or QUOTE.search(cb.text):
        return None  # a quoted opinion ("I'm not disappointed" / "I am extremely disappointed"): a voice, not a fact
    if "planned" in (fa.status, fb.status) or fa.certainty == "hedged" or fb.certainty == "hedged":
        return None  # "will coach the team" / "has never been a coach": two times, or a guess
    if fa.certainty in DISPUTED or fb.certainty in DISPUTED:
        return None  # a denial or caution is a certainty gap, judged there
    if (fa.predicate != fb.predicate) and (_phrasal(ca.text, fa.predicate) or _phrasal(cb.text, fb.predicate)):
        return None  # antonyms folded, but "closed in on the boat" is no "opened": a phrasal verb means another thing
    xa, xb = _complement(ca.text, fa.predicate), _complement(cb.text, fb.predicate)
    if xa and xb and _stem(xa) != _stem(xb):
        return None  # "allow agencies to bypass scientists" / "prohibit agencies from evaluating": two acts
    yes, no = (ca, fa), (cb, fb)
    if not pa[1]:
        yes, no = no, yes
    cue = no[1].negation_cue or no[1].predicate
    return Issue(Verdict.CONTRADICTION, "negation", pa[0],
                  f"{describe(*yes)} says it is {pa[0]}; {describe(*no)} says the opposite ('{cue}')",
                  {"aspect": "negation", "predicate": pa[0], "positive": yes[0].id, "negative": no[0].id, "cue": cue})


def not_yet(issue: Issue, claims: dict[str, Claim], articles: dict[str, Article]) -> Issue:
    """A negation clash between a report that says a thing has not happened yet ("results of the
    test have not been released") and one published days later that says it has ("the results were
    released Wednesday") is an update, not a contradiction: both were true when written."""
    if issue.aspect != "negation":
        return issue
    no, yes = claims[issue.compared["negative"]], claims[issue.compared["positive"]]
    dn, dy = articles[no.source].published, articles[yes.source].published
    if not (dn and dy and (dy - dn).days >= NOT_YET_DAYS and NOT_YET.search(no.text)):
        return issue
    cue = issue.compared.get("cue", "")
    return Issue(Verdict.STATUS_CHANGE, "status", issue.subject,
                 f"{no.source} says it has not happened yet ('{cue}'); {yes.source}, published later, says it has",
                 {"aspect": "status", "a": {"claim": no.id, "status": "not yet done", "cue": cue},
                  "b": {"claim": yes.id, "status": "done", "cue": issue.subject}})


# "has not been released", "have not yet been", "is yet to be", "not yet": a state of the day it was written
NOT_YET = re.compile(r"(?i)\b(?:has|have|had)\s+(?:not|n't)\s+(?:yet\s+)?been\b|\bnot\s+yet\b|\byet\s+to\b|"
                     r"\b(?:hasn't|haven't|hadn't)\s+(?:yet\s+)?been\b")


def _begun(claim: Claim, done: Facts, planned: Facts) -> bool:
    """The deed begins, ends or holds what the plan names: its verb is one of ASPECT_VERBS and its
    subject is named in the plan ("the attaché began his duties" / "Turkey plans to assign a
    military attaché") or the plan's subject is what it holds ("students held a vigil" / "a vigil is
    planned"), not a named actor."""
    names = {w for e in (*done.entities, *planned.entities) for w in e.norm.split()}
    if done.predicate not in ASPECT_VERBS or _passive(claim.text, done):
        return False  # "the changes were completed": done to them, by someone the plan does not name
    begins = bool(done.subject) and done.subject in planned.keywords and done.subject not in names
    # what it holds is its object: "students held a silent vigil", not "held discussions with ATI"
    holds = bool(planned.subject) and planned.subject not in names and re.search(
        rf"(?i)\b{_said(done)}\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:\w+\s+)?{re.escape(planned.subject[:5])}", claim.text) is not None
    return begins or holds


def _passive(text: str, f: Facts) -> bool:
    """The claim tells its verb in the passive ("the changes were completed")."""
    return re.search(rf"(?i)\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?{_said(f)}\b", text) is not None


def _said(f: Facts) -> str:
    """A pattern for the verb as the sentence writes it: its status cue when one word ("sent"), else
    its lemma's regular forms."""
    return re.escape(f.status_cue) if f.status_cue and " " not in f.status_cue else verb_forms(f.predicate)


def _undergoes(c: Claim, f: Facts, other: Facts) -> bool:
    """The claim tells its verb in the passive, of what the other claim names ("a ship has been sent"
    / "France Telecom plans to send a boat"; "Weitz has been hired" / "is about to hire Chris Weitz")."""
    kind = lx.THING_OF.get(f.subject, f.subject)
    return bool(f.subject) and kind in {lx.THING_OF.get(k, k) for k in other.keywords} and _passive(c.text, f)


def _years(f: Facts) -> set[int]:
    """The years a claim states."""
    return {d.start.year for d in f.dates if d.start and d.year_known and re.search(r"\b\d{4}\b", d.text)}


# "also directed", "last year's film", "first hosted": a deed of another time than the one planned
ALSO = re.compile(r"(?i)\b(?:also|previously|earlier|once|first)\s+\w+ed\b")
LAST_TIME = re.compile(r"(?i)\b(?:last|previous|past)\s+(?:year|season|month|week)\b|\bin\s+(?:19|20)\d\d\b"
                       r"|\bin recent (?:years|months)\b|\bmidway through\b")
PERFECT = re.compile(r"(?i)(?:['’]s|\bhas|\bhave|\bhad)\s+(?:already\s+)?been\s+(?:\w+ed|\w+en|set|put|held|made)\b")


PLANNING = re.compile(r"(?i)\b(?:will|would|set to|scheduled to|due to|expected to|plans? to|planned to)\b")
PRONOUNS = frozenset("i we you he she it they me us him her them this that these those who what".split())
QUOTE = re.compile(r"[\"“”]")
SAME_WORDS = 95  # rapidfuzz ratio, punctuation aside: one sentence copied, its quotes or apostrophes changed


@lru_cache(maxsize=65536)
def former(text: str) -> bool:
    """The sentence tells a state that is over: "Previously, ...", "used to", "formerly"."""
    return bool(FORMER.search(text))


FORMER = re.compile(r"(?i)^\s*(?:previously|formerly|in the past|until (?:now|recently|then))\b|\b(?:used to|formerly)\b")


def _complement(text: str, lemma: str) -> str:
    """The act a verb of permission governs: "allow federal agencies to bypass" -> "bypass",
    "prohibit agencies from evaluating" -> "evaluating"; "" when none follows it closely."""
    if lemma not in PERMISSION_VERBS:
        return ""
    m = re.search(rf"(?i)\b{verb_forms(lemma)}\s+(?:\S+\s+){{0,4}}?(?:to|from)\s+(\w+)", text)
    return m.group(1).lower() if m else ""


def _stem(word: str) -> str:
    """"skipping", "skips", "skip" -> "skip"; "evaluating", "evaluate" -> "evaluat"."""
    w = re.sub(r"(?:ing|ed|es|s)$", "", word.lower())
    w = w[:-1] if w.endswith("e") else w
    return w[:-1] if len(w) > 3 and w[-1] == w[-2] else w


PERMISSION_VERBS = frozenset("allow permit ban forbid prohibit require let enable prevent bar authorize authorise".split())


def _phrasal(text: str, lemma: str) -> bool:
    """The verb stands in a phrasal verb or an idiom ("closed in", "opened fire", "shut down")."""
    return bool(re.search(rf"(?i)\b{verb_forms(lemma)}\s+(?:in|up|down|off|out|on|over|back|fire|ranks)\b", text))


def verb_forms(lemma: str) -> str:
    """A pattern for the verb's written forms: "close" -> "clos\\w*" (close, closed, closing)."""
    return re.escape(lemma[:-1] if lemma.endswith("e") else lemma) + r"\w*"


def open_question(text: str, cue: str) -> bool:
    """The cue says something is not known ("did not know why the officers took the bomb inside",
    "it is unclear what she is being treated for", "have not determined whether he fired"), not
    that a statement is doubtful ("the report is unconfirmed", "police have not confirmed it"): an
    unknown disputes nothing another source states."""
    words = cue.lower().split()
    if words[:1] == ["not"] and words[1:2] and words[1][:6] in IGNORANCE_STEMS:
        return True
    at = text.lower().find(cue.lower())
    after = re.findall(r"[a-z']+", text[at + len(cue):].lower())[:4] if at >= 0 and cue else []
    return bool(set(after) & QUESTION_OPENERS)  # "unclear (to police) whether", "not sure what"


def unsure(text: str) -> bool:
    """The sentence itself leaves its point open ("France Telecom isn't sure what caused the cut",
    "the cause is as yet unknown"), whatever certainty its cue words gave it."""
    return bool(UNSURE.search(text))


UNSURE = re.compile(r"(?i)(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?(?:sure|clear|certain|known?|determined|established)\b"
                    r"|\b(?:unknown|unclear|uncertain|undetermined)\b")


# Negated verbs of knowing that leave a question open rather than doubt a statement (the first six
# letters: "know", "knew", "determ", "establ"...); "not confirmed", "not verified" do doubt one.
IGNORANCE_STEMS = frozenset("know knew known determ establ specif say said disclo reveal explai aware".split())
HEDGED = re.compile(r"(?i)\b(?:believed|thought|suspected|likely|probably|possibly|perhaps|apparently|may have|"
                    r"might have|could have)\b")


def _certainty(ca, cb, fa, fb) -> Issue | None:
    """One side states or reports the proposition, the other disputes it (cautions or denies)."""
    if (fa.certainty in DISPUTED) == (fb.certainty in DISPUTED):
        return None
    firm, disputed = ((ca, fa), (cb, fb)) if fb.certainty in DISPUTED else ((cb, fb), (ca, fa))
    (c1, f1), (c2, f2) = firm, disputed
    if open_question(c2.text, f2.certainty_cue) or unsure(c1.text):
        return None  # nothing disputed, or nothing held
    if not states(c1, f1, f2.doubted):
        return None  # the doubt quotes no proposition the other claim states (53 such flags on real news: 1 right)
    quoted = f1.certainty == "hedged" and CLAIM_CLAUSE.search(c2.text)
    if HEDGED.search(c1.text) or f1.certainty not in ("asserted", "reported") and not quoted:
        return None  # "it is believed to have been caused by...": a belief against a doubt is no gap, unless
        # the doubt is about the very claims the hedged report repeats ("potential bases" / "claims that ... bases")
    cue1 = f" '{f1.certainty_cue}'" if f1.certainty_cue else ""
    reason = (f"{describe(c1, f1)}{cue1} holds it; {describe(c2, f2)} disputes it: '{f2.certainty_cue}' "
              f"({f1.certainty} vs {f2.certainty})")
    return Issue(Verdict.CERTAINTY_GAP, "", f"{f1.certainty} vs {f2.certainty}", reason, {
        "aspect": "certainty",
        "a": _certainty_side(c1, f1),
        "b": _certainty_side(c2, f2),
    })


def _certainty_side(c: Claim, f: Facts) -> dict:
    """One side of a certainty gap as ``compared`` records it: the claim, how sure it is, its cue, who says it."""
    return {"claim": c.id, "certainty": f.certainty, "cue": f.certainty_cue, "attribution": f.attribution.name}


def _answered(ca, cb, fa, fb) -> Issue | None:
    """One source says a question is open, another states its answer as fact: "It was not immediately
    clear ... where they would be taken" / "The pirates were taken onboard and would be handed over to
    authorities in Djibouti"; "it is unclear when the cables will be fixed" / "the cables will be
    fixed by December 31". The answering claim states the question's verb (and one of its nouns,
    where it names any) and gives what the question word asks for: a place for "where", a day or
    time for "when", a number for "how many", a cause for "why" or "how", the proposition itself
    for "whether" and "if". "What" and "which" questions ("what would happen") name no answer the
    tool can see."""
    if bool(fa.asked) == bool(fb.asked):
        return None
    (c1, f1), (c2, f2) = ((ca, fa), (cb, fb)) if fb.asked else ((cb, fb), (ca, fa))
    until = bool(NOT_UNTIL.search(c1.text))  # "will not reopen until Monday": negated, yet a day given
    if f1.certainty not in ("asserted", "reported") or f1.negated and not until or unsure(c1.text) \
            or HEDGED.search(c1.text) or MODAL.search(c1.text) or asks(c1.text):
        return None  # an answer must be given as fact, not a guess or another doubt
    # a doubt word elsewhere in it ("his accused killer made a brief appearance in court Monday") leaves a
    # day, place or name given as fact; only a yes-or-no question needs the whole proposition undoubted
    doubtful = bool(DOUBTFUL.search(c1.text))
    if YOU.search(c2.text):
        return None  # "even if you don't know who hit you, there are ways to ...": advice, not this event's question
    stems = _stems(f1) | {w[:5] for w in re.findall(r"[a-z]+", c1.text.lower())}
    for asked in f2.asked:
        if asked[0] in ("or", "whether", "if") and doubtful:
            continue
        if asked[0] == "or":
            if _chosen(asked, f1, stems):
                return _open_answered(c1, f1, c2, f2, "whether" if re.search(r"(?i)\bwhether\b", c2.text) else "if")
            continue
        word, verb, nouns = asked[0], asked[1], [n for n in asked[2:] if n not in PRONOUNS]
        if f1.negated and word != "when" or word == "when" and EARLIEST.search(c1.text):
            continue  # a negated answer gives only a day, with "until"; "will not be fully restored before
            # 31 December" gives the earliest day: no answer
        if verb in LIGHT_VERBS | {"happen"} or verb[:5] not in stems:
            continue
        named = sum(n[:5] in stems for n in nouns)
        if nouns and not named or word in ("whether", "if") and named < len(nouns):
            continue  # (a yes-or-no question is answered only by its whole proposition: "whether the
            # teenager fired his weapon" is not "the officers ... responded by opening fire")
        if _gives(word, c1, f1, f2, nouns):
            return _open_answered(c1, f1, c2, f2, "how" if word == "how many" else word)
    return None


# "won't reopen until Monday": a negated verb that still gives its day; "not before 31 December" gives
# only the earliest day: no answer to "when", and compatible with "no timeframe"
NOT_UNTIL = re.compile(r"(?i)(?:\bnot|n't)\s+(?:[\w-]+\s+){0,4}?(?:until|till)\b")
EARLIEST = re.compile(r"(?i)(?:\bnot|n't)\s+(?:[\w-]+\s+){0,4}?before\b")


def answered(ca: Claim, cb: Claim, fa: Facts, fb: Facts) -> Issue | None:
    """``_answered`` for a pair the facts propose, not the alignment: one of them asks a question that
    names what it is about ("when he would appear in court": court), the other answers it."""
    asking, other = (fa, fb) if fa.asked else (fb, fa)
    asked = tuple(q for q in asking.asked if q[0] in FACT_ANSWERS and any(n not in PRONOUNS for n in q[2:]))
    if not asked:
        return None  # "when they will be fixed": which "they" only the sentences' likeness can tell
    narrowed = replace(asking, asked=asked)
    return _answered(ca, cb, narrowed, other) if asking is fa else _answered(ca, cb, other, narrowed)


# Questions a fact answers on its own: a day, a place, a name, a number. Not a yes-or-no question ("whether
# the teenager fired his weapon" / "the officers fired their weapons") nor a cause ("how the cables were
# damaged" / "problems due to the cable damage"): those need the same proposition, which only aligned
# sentences show.
FACT_ANSWERS = frozenset(("when", "where", "who", "whom", "how many"))


def answered_later(issue: Issue, claims: dict[str, Claim], articles: dict[str, Article]) -> Issue:
    """An open question answered in a report published days later ("it was unclear when he would
    appear in court" / "he made a brief appearance in court Monday") is an update, not a gap in
    certainty: both were true when written."""
    if issue.compared.get("question") is None:
        return issue
    firm, open_ = claims[issue.compared["a"]["claim"]], claims[issue.compared["b"]["claim"]]
    da, dq = articles[firm.source].published, articles[open_.source].published
    if not (da and dq and (da - dq).days >= NOT_YET_DAYS):
        return issue
    question = issue.compared["question"]
    return Issue(Verdict.STATUS_CHANGE, "status", issue.subject,
                 f"{open_.source} says it is not known yet {question} ('{issue.compared['b']['cue']}'); "
                 f"{firm.source}, published later, tells it",
                 {"aspect": "status", "question": question,
                  "a": {"claim": open_.id, "status": "not yet known", "cue": issue.compared["b"]["cue"]},
                  "b": {"claim": firm.id, "status": "done", "cue": issue.compared["a"]["cue"]}})


def _disowned(ca, cb, fa, fb) -> Issue | None:
    """One source names the happening by a word another refuses it: "a peaceful vigil that devolved
    into a riot" / "the violence ... did not constitute a riot, as some had termed it" (``Facts.disowned``).
    The name must be given as what the happening was or became ("turned into a riot", "it was a
    coup", "sparked a riot"), not as a word of another thing ("riot police")."""
    if bool(fa.disowned) == bool(fb.disowned):
        return None
    (c1, f1), (c2, f2) = ((ca, fa), (cb, fb)) if fb.disowned else ((cb, fb), (ca, fa))
    if f1.certainty not in ("asserted", "reported") or f1.negated or HEDGED.search(c1.text) or asks(c1.text):
        return None
    words = r"[\s-]+".join(re.escape(w) for w in f2.disowned.split())
    if not re.search(rf"(?i)\b(?:into|was|is|became|becomes|fuell?ed|sparked|triggered|(?:called|termed|"
                     rf"described)\s+it(?:\s+as)?)\s+(?:a|an)\s+(?:[\w-]+\s+)?{words}s?\b{NOT_A_COMPOUND}", c1.text):
        return None
    cue = re.search(rf"(?i)\b[\w']+\s+(?:not|no|never)\s+(?:[\w-]+\s+){{0,3}}?{words}\b|\b(?:was|is)\s+no\s+(?:[\w-]+\s+)?{words}\b",
                    c2.text)
    cue_text = cue.group(0) if cue else f"not a {f2.disowned}"
    reason = f"{describe(c1, f1)} calls it a {f2.disowned}; {describe(c2, f2)} says it was not ('{cue_text}')"
    return Issue(Verdict.CERTAINTY_GAP, "", f"called a {f2.disowned}", reason, {
        "aspect": "certainty", "label": f2.disowned,
        "a": _certainty_side(c1, f1),
        "b": {"claim": c2.id, "certainty": "denied", "cue": cue_text, "attribution": f2.attribution.name},
    })


# a name followed by a noun is that noun's ("riot police", "riot gear", "a murder charge")
NOT_A_COMPOUND = r"(?![\s-]+(?:police|gear|squad|shields?|act|control|officers?|units?|vans?|charges?|trial|suspects?|cases?|inquiry|investigation)\b)"


def _chosen(asked: tuple[str, ...], f: Facts, stems: set[str]) -> bool:
    """The claim names what an either-or question asks about and gives one of its alternatives, not
    another: ("or", "dead", "customer", "bank employee") is answered by "the 3 bank employees were
    burnt to death" (the dead: a count of deaths), not by "customers and employees fled"."""
    about, options = asked[1], asked[2:]
    event = lx.EVENT_OF.get(about, "")
    if about[:5] not in stems and not (event and any(q.event == event for q in f.quantities)):
        return False
    given = [all(w[:5] in stems for w in option.split()) for option in options]
    named = [option.split()[-1][:5] in stems for option in options]
    return sum(given) == 1 and sum(named) == 1


def _open_answered(c1: Claim, f1: Facts, c2: Claim, f2: Facts, opener: str) -> Issue:
    """The certainty gap of a claim (c1) that states what another (c2) says is not known."""
    said = re.search(rf"(?i)\b{opener}\b[^,;.:]*", c2.text)
    question = said.group(0).strip() if said else opener
    reason = f"{describe(c1, f1)} states it; {describe(c2, f2)} says it is not known {question}: '{f2.certainty_cue}'"
    return Issue(Verdict.CERTAINTY_GAP, "", f"{f1.certainty} vs open question", reason, {
        "aspect": "certainty", "question": question,
        "a": _certainty_side(c1, f1),
        "b": _certainty_side(c2, f2),
    })


def _gives(word: str, claim: Claim, f: Facts, asking: Facts, nouns: list[str]) -> bool:
    """The claim gives what the question word asks for, beyond what the asking sentence names: for
    "how many" a count of what the question counts, where it names it ("how many shots were fired"
    is not answered by "shot one person")."""
    if word == "where":
        return bool(places(f) - places(asking))
    if word == "when":
        said = {d.text.lower() for d in asking.dates} | {t.text.lower() for t in asking.times}
        return any(d.text.lower() not in said for d in (*f.dates, *f.times))
    if word == "how many":
        asked = {n.rstrip("s")[:5] for n in nouns}
        return any(q.dimension == "count" and (not asked or any(
            w.rstrip("s")[:5] in asked for w in re.findall(r"[a-z]+", f"{q.counted} {q.text}".lower())))
                   for q in f.quantities)
    if word in ("why", "how"):
        return bool(CAUSE.search(claim.text))
    if word in ("who", "whom"):
        named = {e.norm for e in asking.entities}
        return any(e.label == "PERSON" and e.norm not in named for e in f.entities)
    return word in ("whether", "if")


YOU = re.compile(r"(?i)\byou\b")
CAUSE = re.compile(r"(?i)\b(?:because|due to|caused by|blamed on|the result of|as a result of|after being)\b")


def states(claim: Claim, f: Facts, doubted: tuple[str, ...]) -> bool:
    """The claim states, plainly, the proposition a doubt or denial quotes (``Facts.doubted``): its
    verb (or a word of that stem: "establish" / "the establishment of") unless the verb is light, and
    one of its nouns ("bases"), with no negation and no doubt of its own ("some speculated that Felt
    was the source" is no firm statement of it)."""
    if not doubted:
        return False
    verb, nouns = doubted[0], _doubted_nouns(doubted)
    stems = _stems(f)
    named = sum(n[:5] in stems for n in nouns)
    # a light verb says little: "he was Deep Throat" needs more than a mention of Deep Throat
    if named < (2 if verb in LIGHT_VERBS else 1) or verb and verb not in LIGHT_VERBS and verb[:5] not in stems:
        return False  # (no verb: "claims of ballot irregularities" doubt a thing, named in the other)
    return not (f.negated or NEGATIVE.search(claim.text) or DOUBTFUL.search(claim.text) or asks(claim.text))


def asks(text: str) -> bool:
    """The sentence is a question ("What is he pointing a gun at over six police?"): it states nothing."""
    return text.rstrip(" \"'”’").endswith("?")


def names_what_is_doubted(f: Facts, doubted: tuple[str, ...]) -> bool:
    """The claim names what a doubt is about beyond its subject (the object: "claims that Turkey
    will establish two bases" -> the bases). Within one article it tells a statement of the doubted
    proposition from a report of another matter that shares the subject and the verb's stem ("the UN
    has disputed claims that militants fired mortars from the school" / "its return fire landed
    outside the school ... suggested militants had rigged the building": no mortars)."""
    nouns = _doubted_nouns(doubted)
    objects = nouns[1:] if len(nouns) >= 2 else nouns
    stems = _stems(f)
    return all(n[:5] in stems for n in objects)


def _doubted_nouns(doubted: tuple[str, ...]) -> list[str]:
    """The nouns of a doubted proposition (``Facts.doubted``), its subject first, pronouns left out."""
    return [n for n in doubted[1:] if n not in PRONOUNS]


def _stems(f: Facts) -> set[str]:
    """The first five letters of each word a claim is about: "establish" meets "establishment"."""
    return {w[:5] for w in (*f.keywords, f.predicate) if w}


NEGATIVE = re.compile(r"(?i)\b(?:not|never|no|none|nothing)\b|n't\b")
# ("charges of sexual exploitation were recommended" accuses; it does not state the exploitation)
_MODALS = r"\b(?:may|might|could)\b"
MODAL = re.compile(rf"(?i){_MODALS}")
DOUBTFUL = re.compile(r"(?i)\b(?:rumou?r|specul|alleg|claim|suspect|possibl|perhaps|unconfirm|unverif|den(?:y|ie)|accus|assertion)\w*"
                      rf"|{_MODALS}|\bcharge[sd]?\s+(?:of|with)\b")


def _another(text: str, subject: str) -> bool:
    """The sentence's subject is marked as another one of its kind: "a new candlelit vigil", "a
    second inquiry", "another strike", "further talks"."""
    if not subject:
        return False
    stem = re.escape(subject[:-1] if subject.endswith("e") else subject)
    return bool(re.search(rf"(?i)\b(?:new|another|second|third|fresh|further|next|separate)\s+(?:[\w-]+\s+){{0,2}}{stem}\w*",
                          text))


def _dated(claim: Claim, f: Facts) -> bool:
    """The sentence puts its deed at a point in time: a day, a month, a clock time, "two weeks ago",
    "last week", "in November-end"; not a span ("his third season", "the year")."""
    return bool(f.times) or any(POINT_IN_TIME.search(d.text) for d in f.dates) or bool(AGO.search(claim.text))


POINT_IN_TIME = re.compile(r"(?i)\d|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|last|earlier|"
                           r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
AGO = re.compile(r"(?i)\b(?:\w+\s+){1,3}ago\b")


def _status(ca, cb, fa, fb, da, db) -> Issue | None:
    statuses = {fa.status, fb.status}
    if statuses != {"planned", "done"}:
        return None  # "will continue" / "continues": the same state, said two ways
    if fuzz.ratio(*(re.sub(r"[^\w\s]", "", c.text.lower()) for c in (ca, cb))) >= SAME_WORDS:
        return None  # one quote copied with its apostrophes changed: nothing changed
    (c1, f1), (c2, f2) = ((ca, fa), (cb, fb)) if fa.status == "planned" else ((cb, fb), (ca, fa))
    if f1.negated or f2.negated or PERFECT.search(c1.text):
        return None  # "no terms were disclosed": nothing done; "a trial date's been set": done already
    if _another(c1.text, f1.subject) or _another(c2.text, f2.subject) or ALSO.search(c2.text):
        return None  # "a new vigil is planned for Sunday" is not the vigil already held
    if _years(f1) != _years(f2) or LAST_TIME.search(c2.text):
        return None  # "will host the Oscars next year" / "first hosted the Oscars in 2007": another time
    plan_day, deed_day = (da, db) if f1 is fa else (db, da)
    if plan_day and deed_day and deed_day < plan_day:
        return None  # the deed reported before the plan: not a plan carried out
    if not (plan_day and deed_day and plan_day < deed_day) and not _dated(c2, f2):
        # "AMD will acquire SeaMicro" / "AMD has acquired SeaMicro", "Cheeks will be replaced by DiLeo" /
        # "Cheeks was replaced by DiLeo": one announcement in two tenses, unless the deed is put on a day
        # or the reports are dated apart
        return None
    when = ""
    d2 = event_date(f2)
    if d2 is not None and re.search(rf"(?i)\b(?:till|until|by|before)\s+{re.escape(d2.text)}", c2.text):
        d2 = None  # "sent, but service may not be restored till 31 December": a deadline, not the deed's day
    if d2 is not None:
        when = f" ({d2.text})"
    reason = (f"{describe(c1, f1)} has it {f1.status} ('{f1.status_cue}'); "
              f"{describe(c2, f2)} has it {f2.status} ('{f2.status_cue}'){when}")
    return Issue(Verdict.STATUS_CHANGE, "", f"{f1.status} -> {f2.status}", reason, {
        "aspect": "status",
        "a": {"claim": c1.id, "status": f1.status, "cue": f1.status_cue},
        "b": {"claim": c2.id, "status": f2.status, "cue": f2.status_cue, "date": date_json(c2, d2) if d2 else None},
    })
