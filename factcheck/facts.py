"""Facts: ``Claim`` -> ``Facts``: what each claim says, read from spaCy's entities and parse.

Owns the readers: quantities (with approximation, unit and the thing counted), dates
and times (resolved against the article's own date), named entities and roles,
negation and polarity, attribution, certainty and event status. Judging whether two
claims' facts clash is left to ``judge``; the word lists live in ``lexicon``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from . import lexicon as lx
from .models import Article, Attribution, Claim, DateRef, Entity, Facts, Quantity
from .nlp import pipeline
from .quantities import elided_noun, of_objects, parse_number, read_quantities  # noqa: F401 (parse_number: part of the API)

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
QUANTITY_LABELS = ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
STOP_POS = {"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE", "SYM", "INTJ"}


def read_facts(claims: list[Claim], articles: Iterable[Article], tick=None) -> dict[str, Facts]:
    """Read every claim; relative dates resolve against each article's date (stated or inferred).

    ``tick(n)`` (optional) is called as claims are parsed, for a progress bar.
    """
    articles = {a.id: a for a in articles}
    refs = article_dates(articles.values(), claims)
    out: dict[str, Facts] = {}
    previous: dict[str, Attribution] = {}
    topic: dict[str, str] = {}  # each article's last subject that was not a pronoun
    parsed = pipeline("full").pipe((c.text for c in claims), batch_size=128)
    for claim, doc in zip(claims, parsed):  # streamed: a parse is dropped once read
        if tick is not None:
            tick(1)
        facts = facts_of(doc, claim.id, refs.get(claim.source), previous.get(claim.source))
        if facts.attribution.kind == "named":
            previous[claim.source] = facts.attribution
        if facts.subject in PRONOUNS and claim.source in topic:
            facts = _with_subject(facts, topic[claim.source])  # "It left port at 7:10": the ferry did
        elif facts.subject and facts.subject not in PRONOUNS:
            topic[claim.source] = facts.subject
        out[claim.id] = facts
    return out


PRONOUNS = frozenset("it he she they its".split())


def _with_subject(facts: Facts, subject: str) -> Facts:
    return replace(facts, subject=subject, subject_named=False)


def facts_of(doc, claim_id: str = "", ref: dt.date | None = None, previous: Attribution | None = None) -> Facts:
    """Read one parsed sentence.

    >>> f = facts_of(pipeline("full")("At least 30 passengers were killed, police said."))
    >>> (f.quantities[0].low, f.quantities[0].event, f.attribution.name, f.certainty)
    (30.0, 'death', 'police', 'reported')
    """
    main = main_event(doc)
    attribution = read_attribution(doc, previous)
    certainty, certainty_cue = read_certainty(doc, main, attribution)
    status, status_cue = read_status(doc, main)
    future = status == "planned" or any(t.lower_ in ("will", "would", "shall", "'ll") and t.dep_ in ("aux", "auxpass")
                                        for t in doc)
    negated, negation_cue = read_negation(doc, main)
    predicate = _predicate(main)
    subject_token = _subject(main)
    named = subject_token is not None and _named(subject_token)
    subject = (subject_token.lower_ if named else subject_token.lemma_.lower()) if subject_token is not None else ""
    subject = lx.HAPPENING_OF.get(subject, subject)
    if subject in lx.HAPPENINGS and predicate in lx.HAPPEN_VERBS:
        predicate = "happen"  # "the temblor occurred at 9:27" / "the quake struck at 2:09": one proposition
    quantities = tuple(_in_clause(doc, q, attribution, previous, ref) for q in read_quantities(doc))
    times = tuple(read_times(doc))
    return Facts(
        claim_id=claim_id,
        quantities=quantities,
        dates=tuple(read_dates(doc, ref, future)),
        times=times,
        entities=tuple(read_entities(doc)),
        negated=negated,
        negation_cue=negation_cue,
        attribution=attribution,
        certainty=certainty,
        certainty_cue=certainty_cue,
        status=status,
        status_cue=status_cue,
        predicate=predicate,
        subject=subject,
        subject_named=named,
        keywords=keywords(doc, attribution),
        doubted=read_doubted(doc) if certainty in ("cautioned", "denied") else (),
        asked=read_asked(doc) if certainty == "cautioned" else (),
        disowned=read_disowned(doc),
        withheld=read_withheld(doc),
        corrected=read_corrected(doc),
        killed_on=read_killed_on(doc),
        arrested_on=read_arrested_on(doc),
        caused=read_caused(doc),
    )


# --- clause-level facts ----------------------------------------------------------------------



def _in_clause(doc, q, sentence: Attribution, previous: Attribution | None, ref: dt.date | None = None):
    """The quantity with the source, certainty and happening of its own clause: "the national
    observatory put it at 4.9, but the USGS said 5.2" gives 4.9 per the observatory and 5.2 per
    the USGS; in "since a 9.1 temblor in 2004 left 220,000 dead" both numbers are the 2004 quake's."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return q
    path = []
    tok = span.root
    while True:
        path.append(tok)
        if tok.head == tok or len(path) > 12:
            break
        tok = tok.head
    source = ""
    for tok in path:
        lemma = tok.lemma_.lower()
        according = [g for c in tok.children if c.lower_ == "according" for t in c.children if t.lower_ == "to"
                     for g in t.children if g.dep_ == "pobj"]
        if according:
            source = _source(doc, according[0], "according to", previous).name
            break
        if tok.pos_ == "VERB" and (reports(tok) or lemma in lx.MEASURE_VERBS):
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if subj and (reports(tok) or _agent(subj[0])):
                source = _source(doc, subj[0], tok.text, previous).name
                path = path + [c for c in subj[0].children if c.dep_ == "amod"]  # "unconfirmed reports put it at..."
                break
            agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agent:
                source = _source(doc, agent[0], f"{tok.text} by", previous).name
                break
    certainty = _clause_certainty(path)
    scope = _scope(doc, path)
    if certainty == "asserted" and source:
        certainty = "reported"
    return replace(q, source=source or (sentence.name if sentence.kind != "article" else ""), certainty=certainty,
                   background=_background(doc, scope, ref), years=_clause_years(doc, scope),
                   day_elsewhere=_day_elsewhere(doc, span.root),
                   holder=_holder(span.root) if q.dimension == "count" else "")


def _holder(root) -> str:
    """The named person who has what a number counts, by surname: "Oler has at least three wives",
    "Blackmore, alleged to have 19 wives", "Smith, who has three children" -> "Oler", "Blackmore",
    "Smith". Not what someone is accused of having ("Oler, accused of having two wives": what the
    charge counts), nor has had over the years ("who has had 26 wives": a total of a life, not a
    count of now), nor what a body or a place has ("the company has 500 employees"); "" otherwise."""
    noun = root.head if root.dep_ == "nummod" else root
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "have" or verb.pos_ != "VERB" or verb.tag_ == "VBD" \
            or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return ""  # (what someone had then, "had 10 points in the first 7 minutes", is that moment's)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    counted = elided_noun(noun) or noun  # "... and Oler has two": two wives
    if subject is None and counted is not noun and verb.doc[verb.i - 1].pos_ == "PROPN":
        subject = verb.doc[verb.i - 1]  # the parser may hang the second clause's name on the first's object
    # a name the tagger took for a place or a body is a person's where only a person can be it: the
    # subject of "who", or the one who has wives or children ("Blackmore has 20 wives")
    personal = counted.lemma_.lower() in lx.KIN_NOUNS
    if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        subject, personal = verb.head, True  # "Smith, who has three children"
    tok = verb
    while subject is None and tok.dep_ in ("xcomp", "pcomp", "prep", "acl") and tok.head.i != tok.i:
        tok = tok.head  # "Blackmore, alleged to have 19 wives": up to the name the clause describes
        if tok.pos_ in ("PROPN", "NOUN"):
            subject = tok
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lx.ACCUSING_VERBS:
            return ""  # "Oler, accused of having two wives": what the charge counts
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lx.ALLEGING_VERBS:
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN" and (
            not subject.ent_type_ or personal)):
        return ""
    return subject.text


def _day_elsewhere(doc, root) -> bool:
    """The sentence names a day, but in a clause the number's is only joined to, and it moves to
    another time before the number ("The city was calm on Sunday but broken windows bore witness to the
    riots overnight, when youths attacked ... two banks"): a day counts for the number when the verb
    it dates is on the number's way up to the sentence's root, short of a conjunct's link to its head
    (the first verb of "X was calm on Sunday but Y bore witness" dates only X)."""
    days = [e for e in doc.ents if e.label_ in ("DATE", "TIME") and (WEEKDAY_NAMES.search(e.text) or names_calendar_day(e.text))]
    if not days:
        return False
    mine, tok = set(), root
    for _ in range(16):
        mine.add(tok.i)
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    for ent in days:
        dated = ent.root
        while dated.pos_ not in ("VERB", "AUX") and dated.head.i != dated.i:
            dated = dated.head
        if dated.i in mine or dated.pos_ not in ("VERB", "AUX"):
            return False
    # no day dates the number's own clause, and every one comes after it, in a clause of its own
    # ("43 people were killed ..., pushing the death toll above 680 since the conflict began on
    # December 27"): the number is of no day the sentence names
    if all(e.start > root.i for e in days):
        return True
    # ... and the sentence moves to another time between the day and the number ("calm on Sunday but
    # ... riots overnight, when youths attacked two banks"); with none, the number is told of that day
    between = doc[max(e.end for e in days):root.i]
    return any(t.lower_ in OWN_TIME_WORDS or t.ent_type_ in ("DATE", "TIME") for t in between)


# words that date a clause by themselves, without naming a day
OWN_TIME_WORDS = frozenset("overnight earlier later tonight yesterday meanwhile".split())


WEEKDAY_NAMES = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")


# A happening named as another than the article's: "an earlier quake", "the previous attack".
EARLIER_WORDS = frozenset("previous earlier former prior last".split())
# "In a separate incident, seven UN staff were injured": another happening than the article's, whenever it
# was (one happening set apart: not "two separate bombings killed 12", which may be the story's own)
SEPARATE_WORDS = frozenset("separate unrelated".split())
BACKGROUND_DAYS = 45  # a happening dated this long before the article is not the one it reports
# A date that puts a happening before the article's own whatever that date is: "last year", "five
# years ago", "earlier this year" (another happening: "earlier this year five cables were cut").
YEARS_BACK = re.compile(r"(?i)\b(?:years?|decades?|months?)\s+(?:ago|earlier|before)\b|\b(?:last|previous)\s+year\b"
                        r"|\bearlier\s+this\s+year\b")


def _clause_years(doc, scope: set[int]) -> tuple[int, ...]:
    """The years the dates of the number's own clause (``scope``, from ``_scope``) state: what the
    fact table needs when the article's date is unknown ("killing three people" in "the latest
    quakes here were on Oct. 10, 2002, killing three people")."""
    years = set()
    for ent in doc.ents:
        if ent.label_ == "DATE" and any(t.i in scope for t in ent) and not clock_figure(doc, ent):
            years.update(int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", ent.text))
    return tuple(sorted(years))


def _scope(doc, path) -> set[int]:
    """Token indices of the clauses on the number's way up ``path``, not the clauses beside it."""
    scope: set[int] = set()
    on_path = {t.i for t in path}
    for n, tok in enumerate(path):
        if tok.pos_ not in ("VERB", "AUX") and n < len(path) - 1:
            continue
        scope |= _clause(tok, on_path)
        if tok.dep_ == "relcl" and tok.head.ent_type_ == "DATE":
            scope |= {tok.head.i}  # "since 1999, when 17,000 died": the relative clause is the year's
        # a participle takes its time from the clause it hangs on ("a temblor in 2004 caused a
        # tsunami, leaving 220,000 dead"); a finite verb is a clause of its own
        if not (tok.tag_ in ("VBG", "VBN") and tok.dep_ in ("advcl", "acl", "xcomp", "conj")):
            break
    return scope


def _background(doc, scope: set[int], ref: dt.date | None) -> str:
    """What sets a number's clause in another happening: a date well before the article's own
    ("in 2004", "last year", "five years ago"), or an event noun marked as earlier or apart ("the
    previous attack", "in a separate incident"); "" for the article's own happening. Only the
    clauses on the number's way up count, not clauses beside it ("There have been hundreds of
    quakes since a 2004 temblor ...": the hundreds are not the 2004 quake's). ``scope``: the
    number's clauses (``_scope``)."""
    for ent in doc.ents:
        if ent.label_ != "DATE" or not any(t.i in scope for t in ent) or clock_figure(doc, ent):
            continue
        if ref is not None:
            when = resolve_date(ent.text, ref)
            if when.start is not None and when.end is not None and (ref - when.end).days > BACKGROUND_DAYS:
                return str(when.start.year) if when.granularity == "year" or re.search(r"\b(1[89]|20)\d\d\b", ent.text) \
                    else ent.text.lower()
        if YEARS_BACK.search(ent.text):
            return ent.text.lower()
    for i in sorted(scope):
        tok = doc[i]
        if tok.lower_ in EARLIER_WORDS and tok.dep_ == "amod" and tok.head.pos_ == "NOUN" \
                and not (tok.lower_ == "last" and tok.head.lemma_.lower() in TIME_NOUNS) \
                or tok.lower_ in SEPARATE_WORDS and tok.dep_ == "amod" and tok.head.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.head.children):
            return f"{tok.lower_} {tok.head.lemma_.lower()}"
    return ""


TIME_NOUNS = frozenset("week weekend month night day time year hour minute season".split())
# Parts of a clause that are clauses or asides of their own: a date in them dates something else.
ASIDES = frozenset("advcl ccomp conj relcl parataxis acl xcomp appos npadvmod".split())


def _clause(verb, on_path: set[int]) -> set[int]:
    """Token indices of ``verb``'s own clause: its subtree without the clauses and asides beside it
    ("killed 14 people, the deadliest since 1999")."""
    scope = {t.i for t in verb.subtree}
    for child in verb.children:
        if child.dep_ in ASIDES and child.i not in on_path and child.ent_type_ != "DATE":
            scope -= {t.i for t in child.subtree}
    for tok in list(verb.subtree):
        # a clause that describes the noun of a phrase off the number's way ("injuring dozens in a
        # region devastated by the tsunami of 2004") dates that noun, not the number
        if tok.dep_ in ("acl", "relcl") and tok.i not in on_path and tok.head.i not in on_path \
                and tok.head.dep_ == "pobj" and tok.ent_type_ != "DATE":
            scope -= {t.i for t in tok.subtree}
        # what someone is accused, charged or arrested for is a deed of its own time ("Sixty-year-old
        # Smith is now accused of murdering two women ... in 1967": her age is not 1967's)
        if tok.dep_ == "pcomp" and tok.pos_ == "VERB" and tok.head.lower_ in ("of", "with", "for") \
                and tok.i not in on_path:
            scope -= {t.i for t in tok.subtree}
    return scope


# Nouns that speak for someone: "the agency put the magnitude at 4.9" (not "the quake measured 4.7").
AGENT_NOUNS = frozenset("agency observatory institute survey service ministry police authority authorities government "
                        "centre center office department television radio media broadcaster network newspaper "
                        "paper committee commission council spokesman spokeswoman spokesperson official expert "
                        "team researcher scientist analyst estimate report".split())


def _agent(tok) -> bool:
    return tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or tok.lemma_.lower() in AGENT_NOUNS | lx.ANONYMOUS_HEADS


def _clause_certainty(path) -> str:
    """Certainty of the proposition a number belongs to, from the cues on its way up the parse."""
    for tok in path:
        lemma = tok.lemma_.lower()
        kids = list(tok.children)
        negated = any(c.dep_ == "neg" for c in kids)
        if lemma in lx.DENIAL_VERBS and tok.pos_ == "VERB":
            return "hedged" if negated else "denied"
        if lemma in lx.UNCONFIRMED_VERBS and negated:
            return "cautioned"
        if lemma in lx.CAUTION_WORDS or any(c.lemma_.lower() in lx.CAUTION_WORDS and c.dep_ in ("amod", "acomp") for c in kids):
            return "cautioned"
        if any(hedging_modal(c) for c in kids) or supposed(tok) or \
                any(c.lemma_.lower() in lx.HEDGE_WORDS and c.dep_ in ("advmod", "amod") for c in kids):
            return "hedged"
    for tok in path:
        if tok.lower_ == "reportedly" or any(c.lower_ in ("reportedly", "purportedly") for c in tok.children) or \
                tok.pos_ == "VERB" and reports(tok):
            return "reported"
    return "asserted"


def keywords(doc, attribution: Attribution) -> tuple[str, ...]:
    """Nouns, names, numbers and event verbs the proposition is about: not the words naming who
    said it, nor reporting and auxiliary verbs."""
    said_by = set()
    if attribution.kind != "article" and attribution.text:
        start = doc.text.find(attribution.text.split(" (told ")[0])
        if start >= 0:
            said_by = {t.i for t in doc if start <= t.idx < start + len(attribution.text)}
    return tuple(sorted({t.lemma_.lower() for t in doc if (t.pos_ in ("NOUN", "PROPN", "NUM") or t.pos_ == "VERB"
                         and not reports(t)) and not t.is_stop
                         and t.i not in said_by and any(ch.isalnum() for ch in t.text)}))


# --- the main event ---------------------------------------------------------------------------

def main_event(doc):
    """The verb the claim is about: the root, or the clause under a reporting verb."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    root = roots[0]
    seen = 0
    while reports(root) and seen < 3:
        clause = [c for c in root.children if c.dep_ in ("ccomp", "xcomp", "parataxis")]
        if not clause:
            break
        root, seen = clause[0], seen + 1
    return root


def _predicate(main) -> str:
    """Lemma of the event; for "remained open"/"was closed" the adjective carries it."""
    if main is None:
        return ""
    # "plans to assign", "is scheduled to go", "was about to send": the event is the infinitive.
    for head in [main] + [c for c in main.children if c.dep_ == "acomp" and c.lower_ in ("about", "due", "set")]:
        if head.lemma_.lower() in lx.PLAN_WORDS | lx.DONE_VERBS | {"be", "about", "due", "set"}:
            for child in head.children:
                if child.dep_ == "xcomp" and child.pos_ == "VERB":
                    return child.lemma_.lower()
    if main.lemma_.lower() in ("be", "remain", "stay", "become", "keep"):
        for child in main.children:
            if child.dep_ in ("acomp", "attr", "oprd"):
                return child.lemma_.lower()
    return main.lemma_.lower()


def _subject(main):
    """The main event's subject (its head token); for a cue adjective taken as the head ("the cause
    ... remains unclear"), the subject of the verb it completes. None when it has none."""
    if main is None:
        return None
    for head in (main, main.head) if main.dep_ in ("acomp", "attr") else (main,):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # the one nearest the verb: a dateline the parser took for a subject ("New Delhi / Mumbai:
            # An Indian warship foiled ...") comes first
            return min(subjects, key=lambda c: abs(c.i - head.i))
    # "Garrard, who rushed for a score, finished with ...": the small parser may hang an opening name
    # with its own relative clause on the verb as a modifier; it is the subject
    first = main.doc[0] if len(main.doc) else None
    if first is not None and first.head == main and first.pos_ == "PROPN" and first.dep_ in ("advmod", "npadvmod", "dep") \
            and first.ent_type_ not in ("DATE", "TIME") and any(c.dep_ == "relcl" for c in first.children):
        return first
    return None


def _named(token) -> bool:
    """The subject is a name: a proper noun, or a capitalised word the parser took for a verb
    ("Manning threw for 364 yards": no verb is a subject)."""
    return token.pos_ == "PROPN" or token.pos_ == "VERB" and token.dep_ in ("nsubj", "nsubjpass") and token.is_title


# --- quantities ------------------------------------------------------------------------------

TIME_PATTERN = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)|(?P<h24>[01]?\d|2[0-3])[:.h]?(?P<m24>[0-5]\d)\b"
)
# A clock time with its half of the day, as newswire and its copies write it: "2:09 a.m.", "2:09
# a. m." (a tokeniser's space), "9.30pm", "11 AM". Read from the text, not from entity labels: the
# small spaCy model tags "2:09 a. m. Thursday" a DATE and "2:09 a. m. about 14 miles" a QUANTITY.
CLOCK = re.compile(r"(?i)(?<![\w.:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap])\.?\s?m\b\.?")


def read_times(doc) -> list[Quantity]:
    """Times of day as minute-of-day intervals: "14:05", "2:05 p.m.", "1405 local time"."""
    out = []
    text = doc.text
    for m in CLOCK.finditer(text):
        hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
        out.append(_time(m.group(0).strip(), hour * 60 + int(m.group("m") or 0), not m.group("m"),
                         text[max(0, m.start() - 24):m.start()].lower(), time_zone(text[m.end():])))
    for m in ZONED_FIGURE.finditer(text):  # "0737 GMT", "(0730 GMT)" after a local time
        out.append(_time(m.group(0)[:4], int(m.group("h")) * 60 + int(m.group("m")), False,
                         text[max(0, m.start() - 24):m.start()].lower(), time_zone(text[m.start() + 4:])))
    for ent in doc.ents:
        low = ent.text.lower()
        if ent.label_ not in ("TIME", "DATE", "CARDINAL") or CLOCK.search(ent.text) or ZONED_FIGURE.search(ent.text) \
                or ZONED_FIGURE.match(doc.text, ent.start_char):
            continue
        if ent.label_ != "TIME" and not clock_figure(doc, ent):
            continue
        m = TIME_PATTERN.search(low)
        if m and m.group("h24"):
            minute = int(m.group("h24")) * 60 + int(m.group("m24"))
        elif low.strip() in ("noon", "midday", "midnight"):
            minute = 720 if low.strip() != "midnight" else 1440
        else:
            part = next((p for p in lx.DAY_PARTS if re.search(rf"\b{p}\b", low)), None)  # "afternoon" is not "noon"
            if part:
                lo, hi = lx.DAY_PARTS[part]
                out.append(Quantity(ent.text, (lo + hi) / 2, lo, hi, "minute", "time-of-day", "about"))
            continue
        window = " ".join(t.lower_ for t in doc[max(0, ent.start - 3):ent.start])
        out.append(_time(ent.text, minute, False, window, time_zone(doc.text[ent.end_char:])))
    return out


def time_zone(after: str) -> str:
    """The zone the words after a clock time give it in: "local" ("7:37 AM local time"), "utc"
    ("0737 GMT", "07:37 a.m. UTC"), another zone's abbreviation ("3:37 a.m. EDT"); "" when unsaid."""
    m = ZONE.match(after)
    if not m:
        return ""
    word = m.group(1).lower()
    return "local" if word == "local" else "utc" if word in ("gmt", "utc", "zulu") else word


# Four digits of a 24-hour clock with the zone they are in: "0737 GMT", "1405 local time", "2248 UTC".
ZONED_FIGURE = re.compile(r"(?<![\w,.:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?=(?i:gmt|utc|local time)\b)")
# A zone written right after a clock time: "local time", "GMT", "UTC", or a zone abbreviation of the
# IANA tz database's common ones (capitalised, as wire copy writes them).
ZONE = re.compile(r"[\s(]{0,3}\b((?i:local)|(?i:gmt|utc|zulu)|(?:[ECMP][SD]T|[ECMP]T|BST|IST|CET|CEST|EET|EEST|JST|AEST|AEDT|WIB|MSK|HKT|SGT))\b")


def _time(text: str, minute: int, whole_hour: bool, before: str, zone: str = "") -> Quantity:
    """One time of day; ``before`` is the text just before it ("shortly after", "about")."""
    lo, hi, approx = minute, minute, "exact"
    if "shortly before" in before or "just before" in before:
        lo, approx = minute - 20, "shortly before"
    elif "shortly after" in before or "just after" in before:
        hi, approx = minute + 20, "shortly after"
    elif re.search(r"\b(about|around|approximately|roughly|some)\s*$", before):
        lo, hi, approx = minute - 15, minute + 15, "about"
    elif whole_hour:
        hi = minute + 59  # "8 a.m." names an hour, not a minute
    return Quantity(text, float(minute), float(lo), float(hi), "minute", "time-of-day", approx, zone=zone)


# --- dates -----------------------------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
VAGUE_DATES = re.compile(r"\b(coming|near future|recent|soon|past few|lately|years? of|decades?|ages?|old|-year|annual|daily)\b")


def clock_figure(doc, ent) -> bool:
    """"1405 local time", "0737 GMT": four digits that tell a time of day, not a year."""
    return bool(re.fullmatch(r"\d{4}", ent.text)) and doc.text[ent.end_char:ent.end_char + 12].lower().strip().startswith(
        ("local time", "gmt", "utc", "hours", "hrs", "h "))


def read_dates(doc, ref: dt.date | None, future: bool = False) -> list[DateRef]:
    """Dates of the sentence; ``future``: a weekday or month alone is the next one, not the last
    ("the inquiry will begin on Monday")."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        if clock_figure(doc, ent):
            continue
        text = _date_words(ent)
        if CLOCK.search(text):  # "2:09 a. m. Thursday": the clock is a time (read_times), the rest a day
            text = re.sub(r"(?i)^(?:and|at|on|,|\s)+|(?:\s|,|and|local time)+$", "", CLOCK.sub(" ", text)).strip()
            if not re.search(r"[a-z]{3}|\d", text, re.I):
                continue
        date = resolve_date(text, ref, future)
        out.append(replace(date, since=True) if _in_since(ent.root) else date)
    return out


def _in_since(tok) -> bool:
    """The word stands in a phrase or clause of "since" ("since the start of the attacks, which Israel
    launched on 27 December", "since the conflict began on December 27", "held since Monday")."""
    while tok.head.i != tok.i:
        if tok.lower_ == "since" and tok.dep_ in ("prep", "mark") or tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "since" for c in tok.children):
            return True
        tok = tok.head
    return False


def _date_words(ent) -> str:
    """The entity's text from its first word that can be part of a date: the small model folds a
    noun before a weekday into the DATE ("sparked landslides Tuesday" -> "landslides Tuesday")."""
    toks = list(ent)
    while len(toks) > 1 and toks[0].pos_ in ("NOUN", "VERB") and toks[0].lower_ not in DATE_NOUNS \
            and not toks[0].like_num:
        toks = toks[1:]
    return ent.doc[toks[0].i:ent.end].text


# Nouns that are part of a date ("weekend", "the morning of March 3"), not words before one.
DATE_NOUNS = frozenset("today yesterday tomorrow tonight morning afternoon evening night noon midnight dawn week "
                       "weekend weeks month months year years day days decade decades century spring summer "
                       "autumn fall winter season hours quarter".split()) | frozenset(MONTHS) | frozenset(WEEKDAYS)


DURATION = re.compile(r"(?i)^(?:an?\s+|the\s+)?(?P<n>[\w.,-]+?)[\s-](?:year|month|week|day|hour)s?(?:[\s-]old)?$")


def _is_duration(text: str) -> bool:
    """"ten-year", "three months", "45-year-old": a length of time, not a day."""
    m = DURATION.match(text.strip())
    return bool(m) and parse_number(m.group("n").replace("-", " ").split()) is not None


@lru_cache(maxsize=4096)
def names_calendar_day(text: str) -> bool:
    """A date written with its month and day ("March 3", "3 March 2025"), not one that hangs on the
    article's own date ("on Tuesday", "yesterday").

    >>> names_calendar_day("on March 3"), names_calendar_day("yesterday")
    (True, False)
    """
    low = text.lower()
    return any(m[:3] in low for m in MONTHS) and any(ch.isdigit() for ch in text)


def resolve_date(text: str, ref: dt.date | None, future: bool = False) -> DateRef:
    """Resolve a date expression to a range of days, against the article's date where known.

    >>> r = resolve_date("last month", dt.date(2025, 3, 5)); (r.start, r.end, r.granularity)
    (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28), 'month')
    >>> resolve_date("December 8, 2024", None).start
    datetime.date(2024, 12, 8)
    """
    if ref is not None and re.match(r"(?i)^(today|this morning|this afternoon|this evening|tonight)\b", text.strip()):
        return DateRef(text, ref, ref, "day")  # "today, Wednesday, March 5" is the article's day
    clean = re.sub(r"^(on|in|since|by|from|until|during|early|late|mid|the)\s+", "", text.strip(), flags=re.I)
    clean = re.sub(r"^(on|in|since|by|the)\s+", "", clean, flags=re.I)
    lower = clean.lower()
    if not clean or VAGUE_DATES.search(lower) or re.fullmatch(r"[\d\s-]+years?", lower) or _is_duration(clean):
        return DateRef(text, None, None)
    has_year = bool(re.search(r"\b(1[89]\d\d|20\d\d)\b", clean))
    relative = bool(re.search(r"\b(today|yesterday|tomorrow|ago|last|next|this|previous|weekend|tonight)\b", lower)) or lower in WEEKDAYS
    if relative and ref is None:
        return DateRef(text, None, None)
    if re.fullmatch(r"(1[89]\d\d|20\d\d)", clean):
        y = int(clean)
        return DateRef(text, dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    if re.fullmatch(r"(?:the\s+)?past\s+(week|month|year)|the\s+last\s+(week|month|year)", lower) and ref is not None:
        days = {"week": 7, "month": 31, "year": 365}[lower.split()[-1]]
        return DateRef(text, ref - dt.timedelta(days=days), ref, lower.split()[-1])
    if re.fullmatch(r"last (month|year|week)", lower) and ref is not None:
        unit = lower.split()[-1]
        if unit == "month":
            end = ref.replace(day=1) - dt.timedelta(days=1)
            return DateRef(text, end.replace(day=1), end, "month")
        if unit == "year":
            return DateRef(text, dt.date(ref.year - 1, 1, 1), dt.date(ref.year - 1, 12, 31), "year")
    if re.fullmatch(r"next year", lower) and ref is not None:
        return DateRef(text, dt.date(ref.year + 1, 1, 1), dt.date(ref.year + 1, 12, 31), "year")
    past = relative or lower.rstrip(",") in WEEKDAYS
    if future and not re.search(r"\b(ago|last|yesterday|previous)\b", lower):
        past = None  # planned: the next such day
    if past and ref is not None and lower.rstrip(",") in WEEKDAYS and WEEKDAYS.index(lower.rstrip(",")) == ref.weekday():
        return DateRef(text, ref, ref, "day")  # "visited on Tuesday" in Tuesday's paper: that day, not a week before
    parsed = _dateparse(clean, ref, prefer_past=past)
    if parsed is None:
        return DateRef(text, None, None)
    day, period = parsed
    if period == "month":
        start = day.replace(day=1)
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    elif period == "year":
        start, end = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    elif period == "week":
        start, end = day - dt.timedelta(days=day.weekday()), day + dt.timedelta(days=6 - day.weekday())
    else:
        start = end = day
    return DateRef(text, start, end, period, year_known=has_year or ref is not None)


def _dateparse(text: str, ref: dt.date | None, prefer_past: bool):
    import dateparser

    prefer = {True: "past", False: "current_period", None: "future"}[prefer_past]
    settings = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    base = ref or dt.date(2000, 7, 1)  # a fixed base keeps year-less dates deterministic
    settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day, 12, 0)
    text = re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+(?=\w+\s+\d)", "", text, flags=re.I)
    data = _date_parser().get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    try:
        found = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if found is None:
        return None
    return found.date(), data.period or "day"


@lru_cache(maxsize=1)
def _date_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


def article_dates(articles: Iterable[Article], claims: list[Claim]) -> dict[str, dt.date | None]:
    """Each article's date: its front matter, else a "today, Wednesday, March 5" in its text."""
    out = {}
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    for article in articles:
        out[article.id] = article.published or infer_date(c.text for c in by_source.get(article.id, []))
    return out


TODAY = re.compile(
    r"\btoday,?\s+(?:(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<mon>[a-z]+)\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?",
    re.I,
)


def infer_date(texts: Iterable[str]) -> dt.date | None:
    """The article's date from a sentence that states it ("began ... today, Wednesday, March 5").

    Without a year, the weekday picks the year, nearest after the latest year the article mentions.
    >>> infer_date(["It happened in 2024.", "He arrived today, Wednesday, March 5."])
    datetime.date(2025, 3, 5)
    """
    texts = list(texts)
    years = [int(y) for t in texts for y in re.findall(r"\b(19\d\d|20\d\d)\b", t)]
    for text in texts:
        m = TODAY.search(text)
        if not m or m.group("mon").lower() not in MONTHS:
            continue
        month, day = MONTHS.index(m.group("mon").lower()) + 1, int(m.group("day"))
        if m.group("year"):
            return _safe_date(int(m.group("year")), month, day)
        if not m.group("wd"):
            continue
        weekday = [w[:3] for w in WEEKDAYS].index(m.group("wd").lower()[:3])
        floor = max(years) if years else dt.date.today().year - 1
        for year in range(floor, floor + 12):
            d = _safe_date(year, month, day)
            if d and d.weekday() == weekday:
                return d
    return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# --- entities --------------------------------------------------------------------------------

def read_entities(doc) -> list[Entity]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        role = _role(doc, ent) if ent.label_ == "PERSON" else ""
        out.append(Entity(ent.text, ent.label_, normalise_name(ent.text), role))
    return out


HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady rev".split())


def _role(doc, ent) -> str:
    """The title a person is named with: "Defense Minister Lena Varga", "Dana Morrow, the
    election commission chair", "the county's chief medical officer, Dr. Amir Haddad"."""
    words = []
    i = ent.start - 1
    # title words before the name, each modifying a word to its right within the phrase
    while i >= 0 and doc[i].dep_ in ("compound", "amod", "nmod") and i < doc[i].head.i < ent.end \
            and doc[i].ent_type_ != "PERSON":
        words.insert(0, doc[i])
        i -= 1
    words = [w for w in words if (w.is_alpha or w.lower_.rstrip(".") in lx.RANK_ABBREVIATIONS)
             and w.lower_.rstrip(".") not in HONORIFICS]
    if not words:
        root = ent.root
        title = None
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            title = root.head  # "the chief medical officer, Dr. Amir Haddad"
        else:
            title = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)  # "Haddad, the chief"
        if title is not None:
            words = [t for t in title.subtree if t.i < title.i and t.dep_ in ("compound", "amod")
                     and t.head.i <= title.i and t.head.dep_ != "poss"] + [title]
            of = [g for c in title.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            if of:  # "chair of the regional election commission" -> regional election commission chair
                words = [t for t in of[0].subtree if t.i < of[0].i and t.dep_ in ("compound", "amod")] + [of[0]] + words
    return " ".join(lx.RANK_ABBREVIATIONS.get(w.lower_.rstrip("."), w.lower_) for w in words
                    if w.is_alpha or w.lower_.rstrip(".") in lx.RANK_ABBREVIATIONS)


def normalise_name(text: str) -> str:
    """Lower case, no leading article, no possessive, single spaces.

    >>> normalise_name("the Turkish Anadolu Agency's")
    'turkish anadolu agency'
    """
    text = re.sub(r"[’']s$", "", text.strip())
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    return " ".join(re.sub(r"[“”\"«»]", "", text).lower().split())


# --- negation --------------------------------------------------------------------------------

def read_negation(doc, main) -> tuple[bool, str]:
    """Whether the main event is negated ("did not", "no ... were hurt", "never")."""
    if main is None:
        return False, ""
    for child in main.children:
        if child.dep_ == "neg":
            return True, f"{child.text} {main.text}"
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            for det in child.children:
                if det.dep_ == "det" and det.lower_ in ("no", "neither"):
                    return True, f"{det.text} {child.text}"
            if child.lower_ in ("nobody", "nothing", "none", "no-one"):
                return True, child.text
            if child.lower_ == "no" and doc[child.i + 1:child.i + 3].text.replace(" ", "") == "-one":
                return True, "No-one"  # split by the tokenizer as "No", "-", "one"; not "No. 5 seed"
    return False, ""


def polarity(facts: Facts) -> tuple[str, bool]:
    """(canonical predicate, positive?) with antonyms folded: "closed" -> ("open", False)."""
    canonical, positive = lx.ANTONYMS.get(facts.predicate, (facts.predicate, True))
    return canonical, positive != facts.negated


# --- attribution -----------------------------------------------------------------------------

def reports(tok) -> bool:
    """The verb reports what someone said: a reporting verb, and for "maintain" or "contend" one
    that introduces a clause."""
    lemma = tok.lemma_.lower()
    return lemma in lx.REPORTING_VERBS and (lemma not in lx.CLAUSE_REPORTING_VERBS
                                             or any(c.dep_ == "ccomp" for c in tok.children))


def read_attribution(doc, previous: Attribution | None = None) -> Attribution:
    """Who the claim rests on: "according to X", "X said/told/reported", else the article."""
    for tok in doc:
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == "to")
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                return _source(doc, objs[0], "according to", previous)
    for tok in doc:
        if tok.pos_ != "VERB" or not reports(tok):
            continue
        if tok.dep_ not in ("ROOT", "ccomp", "parataxis", "conj", "advcl") or tok.lemma_.lower() in ("deny", "reject", "dismiss") and tok.dep_ != "ROOT":
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj",)]
        if subjects:
            via = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in ("that",)]
            attribution = _source(doc, subjects[0], tok.text, previous)
            if via and tok.lemma_.lower() == "tell":
                # "told the TRT Haber channel": the outlet it was told to, head and left modifiers only
                phrase = doc[via[0].left_edge.i:via[0].i + 1].text
                return Attribution(f"{attribution.text} (told {phrase})", attribution.name, attribution.kind, attribution.cue)
            return attribution
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return _source(doc, agents[0], f"{tok.text} by", previous)
    for tok in doc:
        if tok.lemma_.lower() in ("cite", "quote") and tok.dep_ in ("advcl", "xcomp", "acl"):
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if objs:
                return _source(doc, objs[0], tok.text, previous)
    return Attribution("", "article", "article", "")


def _subtree_text(tok) -> str:
    words = list(tok.subtree)
    return tok.doc[words[0].i:words[-1].i + 1].text


def _source(doc, head, cue: str, previous: Attribution | None) -> Attribution:
    text = _subtree_text(head)
    span = doc[min(t.i for t in head.subtree):max(t.i for t in head.subtree) + 1]
    ents = [e for e in doc.ents if e.start >= span.start and e.end <= span.end and e.label_ in ("ORG", "PERSON", "GPE", "NORP")]
    if head.pos_ == "PRON" or (head.lower_ in ("agency", "ministry", "company", "spokesperson", "spokesman", "spokeswoman", "official")
                               and not ents and any(c.lower_ == "the" for c in head.children)):
        if previous is not None:
            return Attribution(text, previous.name, previous.kind, cue)
    # prefer the organisation a person speaks for; else the person; else the head noun
    org = next((e for e in ents if e.label_ == "ORG"), None)
    person = next((e for e in ents if e.label_ == "PERSON"), None)
    lemma = head.lemma_.lower()
    if org is not None and not (person is not None and head.ent_type_ == "PERSON"):
        name = normalise_name(org.text)
        kind = "anonymous" if lemma in lx.ANONYMOUS_HEADS else "named"
    elif person is not None:
        name, kind = normalise_name(person.text), "named"
    elif ents and not (all(e.label_ == "NORP" for e in ents) and head.pos_ == "NOUN"):
        name = normalise_name(ents[0].text)
        kind = "anonymous" if lemma in lx.ANONYMOUS_HEADS else "named"
    else:
        name = normalise_name(text)
        kind = "anonymous" if lemma in lx.ANONYMOUS_HEADS or head.pos_ == "PRON" else "named"
    if kind == "anonymous" and not ents:
        name = normalise_name(text)
    return Attribution(text, name, kind, cue)


# --- certainty and status --------------------------------------------------------------------

def read_certainty(doc, main, attribution: Attribution) -> tuple[str, str]:
    """Certainty on the five-level scale in ``lexicon.CERTAINTY_LEVELS``, with the cue word."""
    found: dict[str, str] = {}
    for tok in doc:
        lemma = tok.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "neg" for c in tok.head.children) and tok.dep_ in ("aux", "auxpass")
        if lemma in lx.DENIAL_VERBS and tok.pos_ == "VERB":
            if not _beside(tok, main):
                found.setdefault("hedged" if negated else "denied", tok.text)
        elif lemma in lx.CHALLENGE_VERBS and tok.pos_ == "VERB" and not negated and any(
                c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_HEADS | lx.ACCOUNT_NOUNS for c in tok.children):
            # "many in the community contest police allegations that ...": the allegation is denied
            found.setdefault("cautioned" if lemma in lx.DOUBT_VERBS else "denied", tok.text)
        elif lemma in lx.CHALLENGE_VERBS and tok.tag_ == "NN" and tok.dep_ == "compound" \
                and tok.head.lemma_.lower() in CLAIM_HEADS | lx.ACCOUNT_NOUNS and tok.head.tag_ == "NNS" \
                and tok.head.i + 1 < len(doc) and doc[tok.head.i + 1].lower_ == "that":
            # the parser's noun of a verb: "Many in the community contest police allegations that Gray pointed
            # a gun" read as the compound "community contest police allegations"
            found.setdefault("cautioned" if lemma in lx.DOUBT_VERBS else "denied", tok.text)
        elif no_answer(tok):
            found.setdefault("cautioned", doc[tok.left_edge.i:tok.i + 1].text)  # "no word on when ..."
        elif (modal := cannot_say(tok)) is not None:
            found.setdefault("cautioned", doc[modal.i:tok.i + 1].text)  # "couldn't say if anyone else was inside"
        elif lemma in lx.DENIAL_NOUNS and any(c.lower_ == "no" for c in tok.children):
            found.setdefault("denied", f"no {tok.text}")
        elif lemma in lx.DENIAL_ADJECTIVES and tok.pos_ == "ADJ":
            found.setdefault("denied", tok.text)
        elif lemma in lx.CAUTION_WORDS:
            found.setdefault("cautioned", tok.text)
        elif lemma in lx.NOT_KNOWN_ADJECTIVES and tok.dep_ == "acomp" and (
                neg := next((c for c in tok.head.children if c.dep_ == "neg"), None)) is not None and neg.i < tok.i:
            found.setdefault("cautioned", doc[neg.i:tok.i + 1].text)  # "it was not immediately clear what ..."
        elif lemma in lx.OPEN_QUESTION_NOUNS and tok.head.lower_ == "under" and tok.dep_ == "pobj":
            found.setdefault("cautioned", f"under {tok.text}")  # "the cause is under investigation"
        elif lemma in lx.UNCONFIRMED_VERBS and negated:
            found.setdefault("cautioned", f"not {tok.text}")
        elif lemma in ("exclude", "rule") and negated:
            found.setdefault("hedged", f"did not {tok.text}")
        elif lemma == "confirm" and tok.lower_ == "confirmed" and any(c.lower_ == "if" for c in tok.children):
            found.setdefault("hedged", "if confirmed")
        elif hedging_modal(tok):
            found.setdefault("hedged", tok.text)
        elif tok.dep_ != "acl" and (said := supposed(tok)):
            found.setdefault("hedged", said)  # (not "tribute to a doctor feared dead": the tribute is paid)
        elif lemma in lx.HEDGE_WORDS:
            found.setdefault("hedged", tok.text)
        elif lemma in lx.REPORT_WORDS and tok.pos_ in ("ADV", "ADJ") or tok.lower_ == "reportedly":
            found.setdefault("reported", tok.text)
        elif lemma == "confirm" and tok.pos_ == "VERB" and not negated:
            found.setdefault("asserted", tok.text)
    for level in ("denied", "cautioned", "hedged", "reported"):
        if level in found:
            return level, found[level]
    if attribution.kind != "article":
        return "reported", attribution.cue or attribution.text
    return "asserted", found.get("asserted", "")


def supposed(tok) -> str:
    """A verb of supposition in the passive said of what it supposes, as its cue ("is presumed dead",
    "a doctor feared dead", "20 people are feared killed", "is believed to have acted alone"); "" for
    any other word ("the much-feared storm", "police believe")."""
    if tok.lemma_.lower() not in lx.SUPPOSITION_VERBS or tok.tag_ not in ("VBN", "VBD") or tok.dep_ == "amod":
        return ""
    if tok.tag_ == "VBD" and tok.dep_ != "acl" or tok.tag_ == "VBN" and tok.dep_ != "acl" and not any(
            c.dep_ == "auxpass" for c in tok.children):
        return ""  # "police feared the worst": the supposer's own verb, not a thing supposed
    what = next((c for c in tok.children if c.dep_ in ("oprd", "xcomp", "acomp") and c.i > tok.i), None)
    if what is None:
        return ""  # "is believed" with nothing said of it
    return f"{tok.text} {what.text}" if what.i == tok.i + 1 else tok.text  # "presumed dead"; "believed (to have ...)"


def hedging_modal(tok) -> bool:
    """A modal of possibility ("may", "might", "could"), or "would" in a condition ("would have been
    spared", "if it spreads, it would ..."); not the "would" of a past report's future."""
    if tok.tag_ != "MD":
        return False
    lemma = tok.lemma_.lower()
    if lemma == "would":
        after = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
        return after == "have" or any(t.lower_ in lx.CONDITION_WORDS for t in tok.sent)
    return lemma in lx.HEDGE_MODALS


def read_doubted(doc) -> tuple[str, ...]:
    """The proposition a doubt or denial quotes, as its verb's lemma and the lemmas of its subject
    and object (and of what it was done at or by): "claims that Turkey will establish two bases in
    Syria" -> ("establish", "turkey", "basis"); "denied that he was Deep Throat" -> ("be", "he",
    "throat"); "denied shooting at the officers" -> ("shoot", "officer"); "denied that it plans to cut
    jobs" -> ("cut", "it", "job"); "rejected claims of ballot irregularities", "denied that there were
    irregularities" -> ("", "irregularity");
    "the cause of the derailment remains unconfirmed" -> ("cause", "derailment"). () when the
    sentence quotes none ("the cause remains unclear", "showed no signs of life")."""
    for tok in doc:
        lemma = tok.lemma_.lower()
        clause = None
        if lemma in CLAIM_HEADS and tok.pos_ == "NOUN":
            clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                           and any(m.dep_ == "mark" and m.lower_ == "that" or m.dep_ in ("nsubj", "nsubjpass")
                                   and m.lower_ not in ("that", "which", "who") for m in c.children)), None)
            if clause is None:  # "claims of ballot irregularities": the thing claimed, a noun
                of = _named_of(tok)
                if of:
                    return ("", *of)
                continue
        elif lemma in lx.DENIAL_VERBS and tok.pos_ == "VERB":
            clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "pcomp")
                           or c.dep_ == "dobj" and c.tag_ == "VBG"), None)
        elif lemma in UNPROVEN and tok.dep_ in ("acomp", "oprd", "attr"):
            # "the cause of the derailment remains unconfirmed": what caused it is doubted
            topic = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
            of = _named_of(topic) if topic is not None else []
            if of:
                return (topic.lemma_.lower(), *of)
            continue
        if clause is None:
            continue
        if clause.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in clause.children):
            # "denied that there were irregularities": that the thing was there at all
            return ("", *(c.lemma_.lower() for c in clause.children if c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "PROPN")))
        # "denied that it plans to cut jobs": the plan's deed is what is denied
        deed = next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        head = deed if deed is not None and clause.lemma_.lower() in lx.PLAN_WORDS else clause
        nouns = [c.lemma_.lower() for c in (*clause.children, *(head.children if head is not clause else ()))
                 if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd") and c.pos_ in ("NOUN", "PROPN", "PRON")]
        nouns += [g.lemma_.lower() for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in ("at", "by")
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]  # "shooting at the officers"
        return (head.lemma_.lower(), *nouns)
    return ()


def read_disowned(doc) -> str:
    """The name a sentence refuses a happening: "the violence ... did not constitute a riot" ->
    "riot"; "it was not a terrorist attack" -> "terrorist attack"; "the fire was no accident" -> "accident".
    "" when it refuses none ("the riot was not planned", "he was not a suspect")."""
    for tok in doc:
        if tok.lemma_.lower() not in ("be", "constitute", "amount", "represent"):
            continue
        named = [c for c in tok.children if c.dep_ in ("attr", "dobj")] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        for noun in named:
            det = next((d.lower_ for d in noun.children if d.dep_ == "det"), "a")
            if det not in ("a", "an", "no") or any(c.tag_ == "JJS" or c.dep_ == "amod" and c.ent_type_ == "ORDINAL"
                                                    for c in noun.children):
                continue  # "it was not the first attack on the bank": that one, not what it was
            if noun.lemma_.lower() in lx.EVENT_LABELS and (det == "no" or any(c.dep_ == "neg" for c in tok.children)):
                # with its modifiers: "not a terrorist attack" refuses "terrorist attack", not "attack"
                return " ".join(t.lemma_.lower() for t in noun.subtree
                                if t.i <= noun.i and (t.i == noun.i or t.dep_ in ("amod", "compound")))
    return ""


def read_withheld(doc) -> tuple[str, ...]:
    """The people a sentence says are not named (yet): "The NYPD has not released the names of the
    sergeant and cop who fired" -> ("sergeant", "cop"); "has not released the victim's name" ->
    ("victim",); "police have not yet identified the driver" -> ("driver",); "the unidentified
    officers" -> ("officer",). Not a refusal or a promise ("could not be named for security
    reasons", "will not reveal the source's name until he dies"). () when it withholds none."""
    out: list[str] = []
    # held back only until a step of the case ("until next of kin are notified", "until charges are laid"):
    # the name comes later, unlike a refusal
    pending = PENDING.search(doc.text) is not None
    for tok in doc:
        if tok.lower_ == "unidentified" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
            out.append(tok.head.lemma_.lower())
        if tok.lemma_.lower() not in NAMING_VERBS or tok.pos_ != "VERB" or not any(c.dep_ == "neg" for c in tok.children):
            continue
        if not pending and (any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children) or any(
                t.lower_ == "until" for t in tok.subtree)):
            continue  # "could not be named for security reasons", "will not reveal it until he dies": a refusal, a promise
        for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"):
            if obj.lemma_.lower() in ("name", "identity"):
                whose = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"] + [c for c in obj.children if c.dep_ in ("poss", "conj")]
            elif tok.lemma_.lower() in ("identify", "name"):
                whose = [obj]
            else:
                continue
            whose += [c for w in whose for c in w.children if c.dep_ == "conj"]
            out += [w.lemma_.lower() for w in whose if (w.pos_ == "NOUN" or w.dep_ == "pobj" and w.pos_ == "ADJ")
                    and w.lemma_.lower() not in ("name", "identity")]
    return tuple(dict.fromkeys(out))


PENDING = re.compile(r"(?i)\buntil\b[^.;]{0,40}?\b(?:kin|famil(?:y|ies)|relatives|notif\w*|charg\w*)\b")


MODALS = frozenset("will would could can may might should must shall wo ca".split())
# Verbs that give a person's name: "released the names", "identified the driver", "would not name her"
NAMING_VERBS = frozenset("release name identify disclose reveal publish give".split())


def read_corrected(doc) -> tuple[str, ...]:
    """A thing the sentence says was in fact another, and what it was: "the vessel was actually a
    Thai fishing trawler" -> ("ship", "thai fishing trawler"); "the 'mother ship' turned out to be a
    trawler" -> ("ship", "trawler"). The thing by its kind (``lexicon.THINGS``). () otherwise."""
    for tok in doc:
        if tok.lemma_.lower() != "be":
            continue
        said_so = any(c.lower_ in ("actually", "really") and c.dep_ == "advmod" for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "fact" for g in c.children) for c in tok.children)
        turned = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "turn" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in tok.head.children) else None
        if not said_so and turned is None:
            continue
        holder = turned if turned is not None else tok
        thing = next((c for c in holder.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                      and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)), None)
        what = next((c for c in tok.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if thing is None or what is None:
            continue
        label = " ".join(t.lemma_.lower() for t in what.subtree
                         if t.i <= what.i and (t.i == what.i or t.dep_ in ("amod", "compound")))
        return (lx.THING_OF.get(thing.lemma_.lower(), thing.lemma_.lower()), label)
    return ()


def read_killed_on(doc) -> tuple[str, ...]:
    """A named person killed or shot, by surname, and the day the sentence puts that on: "Mr
    Korkoneas killed Grigoropoulos on Sunday" -> ("grigoropoulos", "Sunday"); "The fatal shooting of
    Alexis Grigoropoulos, 15, on Saturday sparked riots" -> ("grigoropoulos", "Saturday"); "Kimani
    Gray was shot and killed on Saturday night" -> ("gray", "Saturday night"). () otherwise."""
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in ("kill", "shoot") and tok.pos_ == "VERB":
            holder = tok.head if tok.dep_ == "conj" and tok.head.lemma_.lower() in ("kill", "shoot") else tok
            victim = next((c for c in (*tok.children, *holder.children) if c.dep_ in ("dobj", "nsubjpass")
                           and _a_name(c)), None)
            after = None
        elif lemma in ("killing", "shooting", "murder") and tok.pos_ == "NOUN":
            victim = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                           if g.dep_ == "pobj" and _a_name(g)), None)
            # "the shooting of Alexis Grigoropoulos, 15, on Saturday": the day just after the name
            after = victim.right_edge.i + 1 if victim is not None else None
        else:
            continue
        if victim is None:
            continue
        on = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"]
        if after is not None and after < len(doc) and doc[after].lower_ == "on":
            on.append(doc[after])
        day = _day_of(tok, on)
        if day is not None:
            return (victim.lower_, " ".join(t.text for t in day.subtree))
    return ()


def read_arrested_on(doc) -> tuple[str, ...]:
    """A named person arrested or detained, by surname, and the day the sentence puts that on:
    "Winston Blackmore, 52, and James Oler, 44, were arrested by RCMP on Tuesday" -> ("blackmore",
    "Tuesday"); "both Oler and Blackmore were arrested Wednesday morning" -> ("oler", "Wednesday
    morning"). () otherwise."""
    for tok in doc:
        if tok.lemma_.lower() not in ("arrest", "detain") or tok.pos_ != "VERB":
            continue
        person = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and _a_name(c)), None)
        day = _day_of(tok, [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"])
        if person is not None and day is not None:
            return (person.lower_, " ".join(t.text for t in day.subtree))
    return ()


def read_caused(doc) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """What the sentence says caused a harm, as (the harm, the nouns naming its cause, whether the
    cause is only supposed): "the shooting may have been caused by a ricochet bullet" -> ("death",
    ("bullet", "ricochet"), True); "Alexandros Grigoropoulos died from a bullet ricochet" -> ("death",
    ("bullet", "ricochet"), False); "the downtime was most likely caused by a problem on SEA-ME-WE 4"
    -> ("outage", ("problem",), True). A harm is a death (die, kill, shoot) or a happening of
    ``lexicon.HAPPENINGS``; a cause is a common noun, not a name ("killed by Korkoneas" names who)."""
    out = []
    for tok in doc:
        lemma, kids = tok.lemma_.lower(), list(tok.children)
        if tok.pos_ != "VERB":
            continue
        if lemma == "cause":
            # "the blaze is believed to have been caused by ...": the harm is the subject of the verb over it
            harm = next((c for c in (*kids, *(tok.head.children if tok.dep_ == "xcomp" else ()))
                         if c.dep_ in ("nsubjpass", "nsubj") and c.i < tok.i), None)
            cause = next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            what = _harm(harm.lemma_.lower()) if harm is not None else ""
        elif lemma == "die":
            cause = next((g for c in kids if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children
                          if g.dep_ == "pobj"), None)
            what = "death"
        elif lemma == "kill" and any(c.dep_ == "auxpass" for c in kids):
            cause = next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            what = "death"
        else:
            continue
        if not what or cause is None or cause.pos_ != "NOUN" or cause.ent_type_:
            continue
        nouns = tuple(sorted({cause.lemma_.lower(), *(c.lemma_.lower() for c in cause.children
                                                        if c.dep_ == "compound" and c.pos_ == "NOUN")}))
        out.append((what, nouns, _supposed_here(tok)))
    return tuple(out)


def _harm(word: str) -> str:
    """The harm a noun names: "death" for a death or a shooting, else its happening ("downtime" ->
    "outage"); "" for none."""
    if word in ("death", "killing", "shooting", "murder"):
        return "death"
    return lx.HAPPENING_OF.get(word, "")


def _supposed_here(verb) -> bool:
    """The verb is only supposed: a modal of possibility on it ("may have been caused"), a word of
    likelihood ("most likely caused"), or a verb of supposition over it ("is believed to have been
    caused")."""
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lemma_.lower() in lx.HEDGE_MODALS for c in kids):
        return True
    if any(c.dep_ == "advmod" and c.lemma_.lower() in lx.HEDGE_WORDS for c in kids):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lx.SUPPOSITION_VERBS


def _day_of(verb, on: list):
    """The day a verb is put on: the object of its "on" ("on Saturday"), or a day beside it with no
    preposition ("were arrested Wednesday morning"); None for none."""
    said = [g for c in on for g in c.children if g.dep_ == "pobj"]
    said += [c for c in verb.children if c.dep_ == "npadvmod" and WEEKDAY_NAMES.search(" ".join(t.text for t in c.subtree))]
    return next((g for g in said if any(t.ent_type_ in ("DATE", "TIME") for t in g.subtree)), None)


def _a_name(tok) -> bool:
    """A person's name: tagged as one, or a proper noun the tagger left untyped ("Gray") or took for
    a product ("killed Pappas"), not a place, body or people."""
    return tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PRODUCT", "WORK_OF_ART")


def read_asked(doc) -> tuple[tuple[str, ...], ...]:
    """The questions a sentence says are open, each as its question word, its verb's lemma and the
    lemmas of the nouns in it: "It was not immediately clear what would happen to the pirates, or
    where they would be taken" -> (("what", "happen", "pirate"), ("where", "take")); "it is unclear
    how the cables were damaged or when they will be fixed" -> (("how", "damage", "cable"), ("when",
    "fix")). () when the sentence asks none."""
    out = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ccomp", "advcl", "conj", "xcomp", "csubj", "pcomp"):
            continue
        first = doc[tok.left_edge.i]
        word = first.lower_ if first.lower_ in QUESTION_OPENERS else next(
            (c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod", "nsubj", "nsubjpass", "dobj", "attr")
             and c.lower_ in QUESTION_OPENERS and c.i < tok.i), "")
        if not word or not _asked_of(tok):
            continue
        if word == "how" and first.lower_ == "how" and first.i + 1 < len(doc) and doc[first.i + 1].lower_ in ("many", "much"):
            word = "how many"
        choice = _alternatives(tok) if word in ("whether", "if") else None
        if choice is not None:
            out.append(choice)
            continue
        other = {t.i for c in tok.children if c.dep_ == "conj" for t in c.subtree}  # the next question's
        nouns = tuple(t.lemma_.lower() for t in tok.subtree if t.pos_ in ("NOUN", "PROPN") and t.i not in other)
        out.append((word, tok.lemma_.lower(), *nouns))
    return tuple(out)


def _alternatives(clause) -> tuple[str, ...] | None:
    """A question of which of two or more things someone or something was ("if the dead were customers
    or bank employees") as ("or", what it asks about, each alternative's words): ("or", "dead",
    "customer", "bank employee"). None for any other question."""
    if clause.lemma_.lower() != "be":
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "ADJ")), None)
    first = next((c for c in clause.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None or first is None or not any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children):
        return None
    heads = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))]
    named = [" ".join(t.lemma_.lower() for t in (*(c for c in h.children if c.dep_ == "compound"), h)) for h in heads]
    return ("or", subject.lemma_.lower(), *named) if len(named) > 1 else None


def _asked_of(clause) -> bool:
    """The clause hangs from a word that says its answer is not known ("unclear", "not clear",
    "did not know"), directly or as the second of two questions ("..., or where they would be taken")."""
    tok = clause
    for _ in range(4):
        if tok.dep_ == "conj":
            tok = tok.head
            continue
        head = tok.head
        if head.i == tok.i:
            return False
        if _unknowing(head):
            return True
        if tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX"):
            return False  # a clause of time or place inside a question ("whether he had his back to the
            # police when they opened fire"): the question is the other one
        tok = head
    return False


def _unknowing(head) -> bool:
    """The word, or one of its dependents, says an answer is not known ("unclear", "not clear", "did not
    know", "no word on")."""
    words = [head, *head.children]
    return no_answer(head) or cannot_say(head) is not None or any(w.lemma_.lower() in lx.UNKNOWN_WORDS for w in words) or any(
        w.lemma_.lower() in lx.NOT_KNOWN_ADJECTIVES | lx.UNCONFIRMED_VERBS for w in words) and any(
        w.dep_ == "neg" for w in (*head.children, *(c for w in words for c in w.children)))


def no_answer(tok) -> bool:
    """A noun of an answer given with "no" and followed by a question: "no word on when the airport
    would reopen", "no timeframe for when communications will be restored" (not "no indication that
    the fire was set", a denial)."""
    if tok.lemma_.lower() not in lx.NO_ANSWER_NOUNS or tok.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return False
    return any(c.dep_ == "prep" and any(g.dep_ == "pcomp" and _opens_question(g) for g in c.children)
               for c in tok.children)


def cannot_say(tok):
    """The modal of a speaker who cannot say what a question asks ("Fanning couldn't say if anyone
    else was in the building", "police could not tell how many were inside"): the answer is not
    known to the source. None otherwise, and for one who declines ("would not say whether"), or
    says nothing of a question ("could not say enough about her")."""
    if tok.lemma_.lower() not in lx.CANNOT_SAY_VERBS or tok.pos_ != "VERB" or not any(c.dep_ == "neg" for c in tok.children):
        return None
    if not any(c.dep_ == "ccomp" and _opens_question(c) for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "aux" and c.lemma_.lower() in ("can", "could")), None)


def _opens_question(clause) -> bool:
    """The clause opens on a question word ("when communications will be restored")."""
    return clause.doc[clause.left_edge.i].lower_ in QUESTION_OPENERS


# Words that open an indirect question ("what would happen", "where they would be taken", "if the dead were ...")
QUESTION_OPENERS = frozenset("what why how whether if who whom when where which".split())


def _named_of(tok) -> list[str]:
    """The lemmas of the nouns the word's "of" names ("claims of ballot irregularities" -> irregularity)."""
    return [g.lemma_.lower() for g in of_objects(tok) if g.pos_ in ("NOUN", "PROPN")]


# Nouns that quote a statement: "claims that ...", "rumours that ...", "reports that ...".
CLAIM_HEADS = frozenset("claim report allegation accusation rumour rumor suggestion assertion speculation news".split())
# Said of a thing not established ("the cause of the derailment remains unconfirmed", "... unclear"):
# another report that states it (what caused the derailment) states what this one doubts.
UNPROVEN = frozenset("unconfirmed unverified unsubstantiated unproven unclear unknown uncertain".split())


def _beside(tok, main) -> bool:
    """``tok`` heads a clause of its own coordinated with the main one ("a revolver was recovered at
    the scene, but his family deny that he was carrying one"): its cue governs its own clause's
    proposition, not the sentence's."""
    return main is not None and tok.dep_ in ("conj", "parataxis") and tok.head.i == main.i \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def read_status(doc, main) -> tuple[str, str]:
    """planned / ongoing / done for the main event, with the cue; "" when it is not an event."""
    if main is None or main.pos_ not in ("VERB", "AUX"):
        return "", ""
    lemma = main.lemma_.lower()
    kids = list(main.children)
    aux = [c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")]
    if any(a in ("will", "shall", "'ll") for a in aux):
        if any(c.dep_ == "neg" for c in kids):
            return "", ""  # "we will not let them...": a refusal or a threat, no plan of a deed
        return "planned", "will"
    # "plans to", "is expected to", "set to": a plan verb governs the event as an infinitive
    phrasal = any(c.dep_ == "prt" for c in kids)  # "set up", "set out": not the plan verb
    if lemma in lx.PLAN_WORDS and not phrasal and (any(c.dep_ == "xcomp" for c in kids) or lemma in ("schedule", "due")) \
            or (lemma == "be" and any(c.lower_ in ("about", "due", "set") for c in kids)):
        return "planned", main.text
    if lemma in lx.PLAN_WORDS and any(c.dep_ == "auxpass" for c in kids) and not phrasal \
            and (lemma != "set" or any(c.dep_ == "prep" and c.lower_ == "for" for c in kids)):
        # "results are expected in May", "the vote is scheduled for June", "set for Monday"; not "a fund
        # was set up", nor "cars were set on fire" (done)
        return "planned", main.text
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in lx.PLAN_WORDS for c in kids):
        return "planned", next(c.text for c in kids if c.dep_ == "xcomp")
    if any(c.dep_ == "acomp" and c.lower_ in ("about", "due", "set", "scheduled", "expected") for c in kids):
        return "planned", next(c.text for c in kids if c.dep_ == "acomp")
    if "going" in aux or main.lower_ == "going" and any(c.dep_ == "xcomp" for c in kids):
        return "planned", "going to"
    if any(c.lower_ in ("still", "ongoing", "underway") for c in kids) or lemma in ("continue", "remain") \
            or any(c.dep_ in ("acomp", "attr") and c.lower_ in ("ongoing", "underway") for c in kids) \
            or any(t.lower_ == "progress" and t.head.lower_ == "in" for t in doc):
        return "ongoing", next((c.text for c in kids if c.lower_ in ("still", "ongoing", "underway")), main.text)
    if main.tag_ == "VBG" and any(a in ("is", "are", "am") for a in aux):
        return "ongoing", main.text
    if lemma in ("be", "have", "seem", "appear"):
        return "", ""  # states, not events
    if main.tag_ == "VBN" and not aux and any(c.dep_ == "nsubj" for c in kids):
        return "done", main.text  # "the inquiry opened on Tuesday", tagged as a participle
    if main.tag_ == "VBD" or (main.tag_ == "VBN" and any(a in ("has", "have", "had") for a in aux)) \
            or (main.tag_ == "VBN" and any(a in ("was", "were") for a in aux)):
        if any(a in ("would", "could", "might", "may", "should") for a in aux):
            return "", ""
        return "done", main.text
    return "", ""
