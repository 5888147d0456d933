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
from functools import lru_cache

from . import lexicon as lx
from .models import Article, Attribution, Claim, DateRef, Entity, Facts, Quantity
from .nlp import pipeline

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
    from dataclasses import replace

    return replace(facts, subject=subject)


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
    subject = _subject(main)
    quantities = tuple(q for q in read_quantities(doc) if q.dimension != "time-of-day")
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
        keywords=keywords(doc, attribution),
    )


def keywords(doc, attribution: Attribution) -> tuple[str, ...]:
    """Nouns, names, numbers and event verbs the proposition is about: not the words naming who
    said it, nor reporting and auxiliary verbs."""
    said_by = set()
    if attribution.kind != "article" and attribution.text:
        start = doc.text.find(attribution.text.split(" (told ")[0])
        if start >= 0:
            said_by = {t.i for t in doc if start <= t.idx < start + len(attribution.text)}
    return tuple(sorted({t.lemma_.lower() for t in doc if (t.pos_ in ("NOUN", "PROPN", "NUM") or t.pos_ == "VERB"
                         and t.lemma_.lower() not in lx.REPORTING_VERBS) and not t.is_stop
                         and t.i not in said_by and any(ch.isalnum() for ch in t.text)}))


# --- the main event ---------------------------------------------------------------------------

def main_event(doc):
    """The verb the claim is about: the root, or the clause under a reporting verb."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    root = roots[0]
    seen = 0
    while root.lemma_.lower() in lx.REPORTING_VERBS and seen < 3:
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


def _subject(main) -> str:
    if main is None:
        return ""
    for child in main.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.lemma_.lower()
    return ""


# --- quantities ------------------------------------------------------------------------------

def parse_number(words: list[str]) -> float | None:
    """Value of a number written in digits and/or words.

    >>> parse_number(["3.4", "million"]), parse_number(["half", "a", "million"]), parse_number(["Thirty"])
    (3400000.0, 500000.0, 30.0)
    """
    total, current, seen = 0.0, None, False
    for raw in words:
        w = raw.lower().replace(",", "").strip()
        if not w or w in ("and", "-"):
            continue
        m = re.fullmatch(r"(\d+(?:\.\d+)?)(k|m|bn|mn)?", w)
        if m:
            current = (current or 0) + float(m.group(1)) if current and current < 1 else float(m.group(1))
            if m.group(2):
                current *= lx.SCALES[m.group(2)]
            seen = True
        elif w in lx.WORD_NUMBERS:
            value = lx.WORD_NUMBERS[w]
            if w in ("a", "an") and current is not None:
                continue  # "half a million": the article adds nothing
            current = value if current is None or value < 1 else current + value
            seen = seen or w not in ("a", "an")
        elif "-" in w and all(p in lx.WORD_NUMBERS for p in w.split("-")):
            current = (current or 0) + sum(lx.WORD_NUMBERS[p] for p in w.split("-"))
            seen = True
        elif w in lx.SCALES and w not in ("k", "m"):
            current = (current if current is not None else 1) * lx.SCALES[w]
            if lx.SCALES[w] >= 1000:
                total, current = total + current, None
            seen = True
        else:
            continue
    if not seen:
        return None
    return total + (current or 0)


def read_quantities(doc) -> list[Quantity]:
    """Numbers with their approximation, unit and the thing counted."""
    out = []
    used: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in QUANTITY_LABELS:
            continue
        q = _quantity(doc, ent.start, ent.end, ent.label_)
        if q:
            out.append(q)
            used.update(range(ent.start, ent.end))
    for ent in doc.ents:
        if ent.label_ == "DATE":
            q = _duration(doc, ent)
            if q:
                out.append(q)
                used.update(range(ent.start, ent.end))
    # Numbers the recogniser missed ("30 of them", "killing eight"), outside dates and times.
    skip = {i for e in doc.ents if e.label_ in ("DATE", "TIME", "ORDINAL") for i in range(e.start, e.end)}
    for tok in doc:
        if tok.i in used or tok.i in skip or not tok.like_num or tok.dep_ == "compound" and tok.head.like_num:
            continue
        if tok.ent_type_ in ("PERSON", "ORG", "GPE", "FAC", "LOC") or re.fullmatch(r"\d{4}", tok.text):
            continue  # "M4 highway", "Route 66", bare years
        q = _quantity(doc, tok.i, tok.i + 1, "CARDINAL")
        if q:
            out.append(q)
    return out


DURATION = re.compile(r"(?i)^(?:an?\s+|the\s+)?(?P<n>[\w.,-]+?)[\s-](?P<unit>year|month|week|day|hour)s?(?P<old>[\s-]old)?$")


def _parse_duration(text: str):
    """(match, number) for "ten-year", "three months", "45-year-old"; None otherwise."""
    m = DURATION.match(text.strip())
    value = parse_number(m.group("n").replace("-", " ").split()) if m else None
    return None if value is None else (m, value)


def _is_duration(text: str) -> bool:
    return _parse_duration(text) is not None


def _duration(doc, ent) -> Quantity | None:
    """A length of time ("a ten-year contract", "three months") or an age ("a 45-year-old man")."""
    parsed = _parse_duration(ent.text)
    if parsed is None:
        return None
    m, value = parsed
    approx, low_f, high_f = _approximator(doc, ent.start, ent.end)
    head = ent.root
    noun = head.head if head.dep_ in ("amod", "compound", "nummod", "npadvmod") and head.head.pos_ in ("NOUN", "PROPN") else None
    if m.group("old"):
        counted = "age"
        value_in = value
        unit, dimension = "year", "age"
    else:
        value_in, unit, dimension = _physical(value, m.group("unit"))
        counted = noun.lemma_.lower() if noun is not None else ""
    if not counted:
        return None  # "for three months": a span of time with nothing to compare it with
    return Quantity(text=ent.text, value=value_in, low=value_in * low_f, high=value_in * high_f, unit=unit,
                    dimension=dimension, approx=approx, counted=counted)


SCALE_LETTER = re.compile(r"(?i)(?:m|mn|bn|k)\.?")  # "$334M", "€40m.", "$1.2bn"
CURRENCY_SIGNS = ("$", "€", "£", "¥")


def _scale_letter(doc, i: int) -> bool:
    """doc[i] is a scale letter written onto the figure before it ("334" "M")."""
    return (i > 0 and bool(SCALE_LETTER.fullmatch(doc[i].text)) and not doc[i - 1].whitespace_
            and bool(re.search(r"\d$", doc[i - 1].text)))


def _quantity(doc, start: int, end: int, label: str) -> Quantity | None:
    # Money as spaCy splits it: the currency sign before the span, the scale letter after it.
    if start > 0 and doc[start - 1].text in CURRENCY_SIGNS and not doc[start - 1].whitespace_:
        start -= 1
    if end < len(doc) and any(t.text in CURRENCY_SIGNS for t in doc[start:end]) and _scale_letter(doc, end):
        end += 1
    span = doc[start:end]
    text = span.text
    signed = any(sign in text for sign in CURRENCY_SIGNS)  # also "US$": a scale letter is a scale only for money
    # "$3.4 billion", "7.25%", "12 km", "3.4bn": split symbols from numbers; "334" "M" is one figure.
    tokens = []
    for t in span:
        if tokens and signed and _scale_letter(doc, t.i):
            tokens[-1] += t.text.rstrip(".")
        else:
            tokens.extend(p for p in re.split(r"([$€£¥%])", t.text) if p)
    value = parse_number(tokens)
    if value is None:
        return None
    approx, low_f, high_f = _approximator(doc, start, end)
    lower = [t.lower() for t in tokens]
    unit, dimension = "", "count"
    if label == "PERCENT" or "%" in lower or "percent" in lower or "per" in lower and "cent" in lower:
        unit, dimension = "percent", "percent"
    elif label == "MONEY" or any(t in lx.CURRENCIES for t in lower):
        cur = next((lx.CURRENCIES[t] for t in lower if t in lx.CURRENCIES), "")
        if not cur and end < len(doc) and doc[end].lower_ in lx.CURRENCIES:
            cur = lx.CURRENCIES[doc[end].lower_]
        unit, dimension = cur or "money", "money"
    else:
        nxt = [t for t in tokens if not re.fullmatch(r"[\d.,]+", t) and t.lower() not in lx.WORD_NUMBERS
               and t.lower() not in lx.SCALES and t.lower() not in lx.APPROXIMATORS]
        candidate = nxt[-1] if nxt else (doc[end].text if end < len(doc) else "")
        converted = _physical(value, candidate)
        if converted:
            value, unit, dimension = converted
            measured = _measured(doc, start, end)
            return Quantity(text=text, value=value, low=value * low_f, high=value * high_f, unit=unit,
                            dimension=dimension, approx=approx, counted=measured) if measured else None
    if approx == "exact" and dimension == "count" and re.search(r"\b(?:dozens|hundreds|thousands|millions)\b", text.lower()):
        approx, low_f, high_f = "about", 0.5, 5.0  # "hundreds of people": an order of magnitude
    counted, event, changed = _counted(doc, start, end)
    if dimension == "count" and not counted and not event:
        return None  # a bare number with nothing counted cannot be compared with anything
    return Quantity(
        text=text, value=value, low=value * low_f, high=value * high_f, unit=unit, dimension=dimension,
        approx=approx, counted=counted, event=event, changed=changed,
    )


def _measured(doc, start: int, end: int) -> str:
    """What a measurement measures: "12 cm of rain" -> rain, "a 40 km stretch" -> stretch,
    "rose 4 metres" -> the verb's subject (river); "" when the sentence does not say."""
    unit = doc[end - 1] if doc[end - 1].lower_ in PHYSICAL_UNITS else (doc[end] if end < len(doc) else doc[end - 1])
    of = [g for c in unit.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if of:
        return of[0].lemma_.lower()
    if unit.dep_ in ("compound", "amod", "nmod") and unit.head.pos_ == "NOUN":
        return unit.head.lemma_.lower()
    verb, offset = unit.head, False
    if unit.dep_ == "npadvmod" and verb.pos_ in ("ADP", "ADV"):
        verb, offset = verb.head, True  # "4 metres above its normal level", "5 miles offshore"
    if unit.dep_ in ("dobj", "npadvmod", "attr") and verb.pos_ == "VERB":
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].pos_ in ("NOUN", "PROPN"):
            return f"{subj[0].lemma_.lower()} {'offset' if offset else verb.lemma_.lower()}"
    return ""


def _approximator(doc, start: int, end: int) -> tuple[str, float, float]:
    """The hedge on a number, inside the entity or just before it ("at least 30")."""
    window = " ".join(t.lower_ for t in doc[max(0, start - 3):min(end, start + 3)])
    best = None
    for phrase in lx.APPROXIMATORS:
        if re.search(rf"\b{re.escape(phrase)}\b", window):
            if best is None or len(phrase) > len(best):
                best = phrase
    if best is None:
        return "exact", 1.0, 1.0
    low, high = lx.APPROXIMATORS[best]
    return best, low, high


@lru_cache(maxsize=None)
def _units():
    import pint

    return pint.UnitRegistry()


# Only units a news story states (not pint's full catalogue, where "a" is a year and "m" may be a minute).
PHYSICAL_UNITS = {
    "km": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer", "kilometer": "kilometer",
    "kilometers": "kilometer", "cm": "centimeter", "centimetre": "centimeter", "centimetres": "centimeter",
    "centimeter": "centimeter", "centimeters": "centimeter", "mm": "millimeter", "millimetres": "millimeter",
    "millimeters": "millimeter", "inch": "inch", "inches": "inch", "mile": "mile", "miles": "mile", "m": "meter", "metre": "meter",
    "metres": "meter", "meter": "meter", "meters": "meter", "feet": "foot", "foot": "foot", "ft": "foot",
    "yard": "yard", "yards": "yard", "kg": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram",
    "tonne": "metric_ton", "tonnes": "metric_ton", "ton": "metric_ton", "tons": "metric_ton",
    "pound": "pound", "lb": "pound", "lbs": "pound", "litre": "liter", "litres": "liter",
    "liter": "liter", "liters": "liter", "gallon": "gallon", "gallons": "gallon", "hectare": "hectare",
    "hectares": "hectare", "acre": "acre", "acres": "acre", "knot": "knot", "knots": "knot",
    "mph": "mile/hour", "km/h": "kilometer/hour", "kph": "kilometer/hour",
    "year": "year", "years": "year", "month": "month", "months": "month", "week": "week", "weeks": "week",
    "day": "day", "days": "day", "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
    "°c": "degC", "celsius": "degC", "°f": "degF", "fahrenheit": "degF", "magnitude": "",
}


def _physical(value: float, word: str) -> tuple[float, str, str] | None:
    """Convert a value in a known unit to SI base units: (value, unit, dimension)."""
    name = PHYSICAL_UNITS.get(word.lower().rstrip("."))
    if not name:
        return None
    ureg = _units()
    q = ureg.Quantity(value, ureg.parse_units(name)).to_base_units()
    dimension = str(q.dimensionality).strip("[]") or "dimensionless"
    return float(q.magnitude), str(q.units), dimension


def _counted(doc, start: int, end: int) -> tuple[str, str, bool]:
    """(thing counted, event class, is-an-update) for the number at doc[start:end]."""
    head = doc[end - 1]
    # the head of the number phrase: climb while the number modifies another number token
    while head.dep_ in ("compound", "quantmod", "nummod", "nmod") and head.head.like_num and head.head.i != head.i:
        head = head.head
    noun = None
    if head.dep_ in ("nummod", "quantmod", "amod", "compound") and head.head.pos_ in ("NOUN", "PROPN"):
        noun = head.head
    elif head.pos_ in ("NOUN",) and not head.like_num:
        noun = head
    else:
        of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [g for c in of for g in c.children if g.dep_ == "pobj"]
        noun = objs[0] if objs else None
    verb = noun if noun is not None else head
    changed = False
    # "rose to 33", "stands at 30": the number hangs off a preposition; the subject is counted.
    anchor = noun if noun is not None else head
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.head.pos_ == "VERB":
        v = anchor.head.head
        changed = v.lemma_.lower() in lx.CHANGE_VERBS
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if noun is None and subj:
            noun = subj[0]
    elif anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in lx.CHANGE_VERBS and noun is None:
        changed = True
    counted = ""
    event = ""
    if noun is not None and noun.lemma_.lower() in TALLY_NOUNS:
        # "the number of people missing rose to 15": the people are counted, missing is the event
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ in ("pobj", "amod", "acomp", "pcomp")]
        if of:
            noun = of[0]
    if noun is not None and (noun.lower_ in ("%", "percent", "per", "cent") or noun.lemma_.lower() in lx.CURRENCIES):
        # "turnout was 54.8%", "shares rose 4%": the verb's subject is what is measured
        verb_ = noun.head
        # up to the root, its own head (spaCy makes a new Token on every access: compare with ==, never `is`)
        while verb_.pos_ not in ("VERB", "AUX") and verb_.head != verb_:
            verb_ = verb_.head
        subj = [c for c in verb_.children if c.dep_ in ("nsubj", "nsubjpass")]
        noun = subj[0] if subj and subj[0].pos_ in ("NOUN", "PROPN") else noun
    if noun is not None:
        lemma = noun.lemma_.lower()
        compounds = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "acl")]
        event = next((lx.EVENT_OF[w] for w in compounds + [lemma] if w in lx.EVENT_OF), "")
        counted = "people" if lemma in lx.PEOPLE_NOUNS or lemma in lx.EVENT_OF and noun.pos_ in ("ADJ", "VERB") else lemma
        # "turnout in Northgate": a count scoped to one place is not the count for all
        scope = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "for")
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC", "ORG")]
        if scope:
            counted = f"{counted} in {scope[0].lower_}"
        verb = noun
    # climb to the governing verb: "30 passengers were killed", "killing 30"
    for _ in range(4):
        if verb.pos_ in ("VERB", "ADJ") and verb.dep_ != "amod" or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ in ("VERB", "ADJ"):
        lemma = verb.lemma_.lower()
        verb_event = lx.EVENT_OF.get(lemma, "")
        # the counted noun's own class wins ("the toll rose"); else the verb's ("were killed")
        if not event:
            event = verb_event
        if lemma in lx.CHANGE_VERBS:
            changed = changed or any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    after = doc[noun.i + 1] if noun is not None and noun.i + 1 < len(doc) else None
    if after is not None and after.lower_ in MARGIN_WORDS or \
            any(t.lower_ in ("margin", "lead") for t in doc[max(0, start - 3):start]):
        counted, event = f"{counted} margin".strip(), ""  # "212 votes ahead", "a margin of 212": a difference
    if counted in lx.EVENT_OF and not event:
        event = lx.EVENT_OF[counted]
    return counted, event, changed


# Nouns that stand for a count of something else: "the number of people missing".
TALLY_NOUNS = frozenset("number count total tally figure".split())
# Words that make a count a difference between two others: "212 votes ahead", "15 seats short".
MARGIN_WORDS = frozenset("ahead behind apart short clear more fewer less".split())

TIME_PATTERN = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)|(?P<h24>[01]?\d|2[0-3])[:.h]?(?P<m24>[0-5]\d)\b"
)


def read_times(doc) -> list[Quantity]:
    """Times of day as minute-of-day intervals: "14:05", "2:05 p.m.", "1405 local time"."""
    out = []
    for ent in doc.ents:
        text = ent.text.lower()
        if ent.label_ not in ("TIME", "DATE", "CARDINAL"):
            continue
        if ent.label_ != "TIME" and not (re.fullmatch(r"\d{4}", ent.text) and "local time" in ent.sent.text[ent.end_char - ent.sent.start_char:][:16].lower()):
            continue
        m = TIME_PATTERN.search(text)
        if m and m.group("ap"):
            hour = int(m.group("h")) % 12 + (12 if m.group("ap").startswith("p") else 0)
            minute = hour * 60 + int(m.group("m") or 0)
        elif m and m.group("h24"):
            minute = int(m.group("h24")) * 60 + int(m.group("m24"))
        elif text.strip() in ("noon", "midday", "midnight"):
            minute = 720 if text.strip() != "midnight" else 1440
        else:
            part = next((p for p in lx.DAY_PARTS if p in text), None)
            if part:
                lo, hi = lx.DAY_PARTS[part]
                out.append(Quantity(ent.text, (lo + hi) / 2, lo, hi, "minute", "time-of-day", "about"))
            continue
        window = " ".join(t.lower_ for t in doc[max(0, ent.start - 3):ent.end])
        lo, hi, approx = minute, minute, "exact"
        if "shortly before" in window or "just before" in window:
            lo, approx = minute - 20, "shortly before"
        elif "shortly after" in window or "just after" in window:
            hi, approx = minute + 20, "shortly after"
        elif re.search(r"\b(about|around|approximately|roughly|some)\b", window):
            lo, hi, approx = minute - 15, minute + 15, "about"
        elif m and not m.group("m") and not m.group("m24"):
            hi = minute + 59  # "8 a.m." names an hour, not a minute
            lo = minute
        out.append(Quantity(ent.text, float(minute), float(lo), float(hi), "minute", "time-of-day", approx))
    return out


# --- dates -----------------------------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
VAGUE_DATES = re.compile(r"\b(coming|near future|recent|soon|past few|lately|years? of|decades?|ages?|old|-year|annual|daily)\b")


def read_dates(doc, ref: dt.date | None, future: bool = False) -> list[DateRef]:
    """Dates of the sentence; ``future``: a weekday or month alone is the next one, not the last
    ("the inquiry will begin on Monday")."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        if re.fullmatch(r"\d{4}", ent.text) and doc.text[ent.end_char:ent.end_char + 12].lower().strip().startswith(
                ("local time", "gmt", "utc", "hours", "hrs", "h ")):
            continue  # "1405 local time" is a time of day
        out.append(resolve_date(ent.text, ref, future))
    return out


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
    words = [w for w in words if w.is_alpha and w.lower_.rstrip(".") not in HONORIFICS]
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
    return " ".join(w.lower_ for w in words if w.is_alpha)


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
    return False, ""


def polarity(facts: Facts) -> tuple[str, bool]:
    """(canonical predicate, positive?) with antonyms folded: "closed" -> ("open", False)."""
    canonical, positive = lx.ANTONYMS.get(facts.predicate, (facts.predicate, True))
    return canonical, positive != facts.negated


# --- attribution -----------------------------------------------------------------------------

def read_attribution(doc, previous: Attribution | None = None) -> Attribution:
    """Who the claim rests on: "according to X", "X said/told/reported", else the article."""
    for tok in doc:
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == "to")
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                return _source(doc, objs[0], "according to", previous)
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lx.REPORTING_VERBS:
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
    elif ents:
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
            found.setdefault("hedged" if negated else "denied", tok.text)
        elif lemma in lx.DENIAL_NOUNS and any(c.lower_ == "no" for c in tok.children):
            found.setdefault("denied", f"no {tok.text}")
        elif lemma in lx.DENIAL_ADJECTIVES and tok.pos_ == "ADJ":
            found.setdefault("denied", tok.text)
        elif lemma in lx.CAUTION_WORDS:
            found.setdefault("cautioned", tok.text)
        elif lemma in lx.OPEN_QUESTION_NOUNS and tok.head.lower_ == "under" and tok.dep_ == "pobj":
            found.setdefault("cautioned", f"under {tok.text}")  # "the cause is under investigation"
        elif lemma in lx.UNCONFIRMED_VERBS and negated:
            found.setdefault("cautioned", f"not {tok.text}")
        elif lemma in ("exclude", "rule") and negated:
            found.setdefault("hedged", f"did not {tok.text}")
        elif lemma == "confirm" and tok.lower_ == "confirmed" and any(c.lower_ == "if" for c in tok.children):
            found.setdefault("hedged", "if confirmed")
        elif lemma in lx.HEDGE_MODALS and tok.tag_ == "MD":
            found.setdefault("hedged", tok.text)
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


def read_status(doc, main) -> tuple[str, str]:
    """planned / ongoing / done for the main event, with the cue; "" when it is not an event."""
    if main is None or main.pos_ not in ("VERB", "AUX"):
        return "", ""
    lemma = main.lemma_.lower()
    kids = list(main.children)
    aux = [c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")]
    if any(a in ("will", "shall", "'ll") for a in aux):
        return "planned", "will"
    # "plans to", "is expected to", "set to": a plan verb governs the event as an infinitive
    phrasal = any(c.dep_ == "prt" for c in kids)  # "set up", "set out": not the plan verb
    if lemma in lx.PLAN_WORDS and not phrasal and (any(c.dep_ == "xcomp" for c in kids) or lemma in ("schedule", "due")) \
            or (lemma == "be" and any(c.lower_ in ("about", "due", "set") for c in kids)):
        return "planned", main.text
    if lemma in lx.PLAN_WORDS and any(c.dep_ == "auxpass" for c in kids) and not phrasal:
        # "results are expected in May", "the vote is scheduled for June"; not "a fund was set up"
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
