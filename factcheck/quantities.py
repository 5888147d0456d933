"""Quantities: every number a parsed sentence states, with its unit, its hedge and what it counts.

Part of the facts stage (``facts`` calls ``read_quantities``). Finding numbers goes by tokens,
not by spaCy's entity labels alone, because the small model tags "injuring 35" as a date and
misses numbers with no noun after them ("the toll rose to 14"); the parse then says what each
number is: its unit (a dictionary of the units news writes, converted with pint), its hedge
("about", "at least", "up to"), whether it is a change ("rose 4%") or a part ("12 of the 40"),
and the thing counted or measured with the event it belongs to (deaths, injuries...).

Each quantity keeps the value as stated ("87 mph" is 87 mile per hour) for people and scorers,
and the value in base units as an interval (``low``..``high``) for comparison. Deciding which
quantities may be compared is left to ``judge``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import lexicon as lx
from .models import Quantity

# --- numbers ---------------------------------------------------------------------------------

DIGITS = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\+?")
# a figure with a scale letter written onto it: "$334M", "1.2bn", "40k", "€40m."
SCALED = re.compile(r"(?i)(?P<n>\d+(?:\.\d+)?)(?P<s>k|m|mn|bn|b|tn)\.?")
FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
             "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
# "dozens of", "hundreds of", "tens of thousands of": an order of magnitude, not a figure
VAGUE = {"dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
         "billions": 1_000_000_000}


def vague(q) -> bool:
    """An order of magnitude ("dozens", "hundreds of buildings", "tens of thousands", "several
    dozen"), not a figure: no count of record, and no particular that tells one event from another."""
    return any(w.lower() in VAGUE for w in q.text.split()) or q.text.lower().startswith("several ")


# "several dozen", "several hundred": an order of magnitude, as "dozens" and "hundreds" are
SEVERAL = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}


def parse_number(words: list[str]) -> float | None:
    """Value of a number written in digits and/or words.

    >>> parse_number(["3.4", "million"]), parse_number(["half", "a", "million"]), parse_number(["Thirty"])
    (3400000.0, 500000.0, 30.0)
    >>> parse_number(["two-thirds"]), parse_number(["1.2bn"]), parse_number(["10,000+"]), parse_number(["three", "dozen"])
    (0.6666666666666666, 1200000000.0, 10000.0, 36.0)
    >>> parse_number(["two", "and", "a", "half"])
    2.5
    """
    lowered = [w.lower() for w in words]
    for k in range(1, len(words) - 2):
        if lowered[k:k + 3] in (["and", "a", "half"], ["and", "one", "half"]):
            whole = parse_number(words[:k])  # "two and a half hours", "two and a half million"
            scale = parse_number(words[k + 3:]) if words[k + 3:] else 1.0
            return None if whole is None or scale is None else (whole + 0.5) * scale
    total, current, seen = 0.0, None, False
    words = _mixed_fractions(words)
    for raw in words:
        w = raw.lower().replace(",", "").strip().rstrip("+")
        if not w or w in ("and", "-"):
            continue
        m = re.fullmatch(r"(\d+(?:\.\d+)?)(k|m|bn|mn|b|tn)?\.?", w)
        if m:
            current = (current or 0) + float(m.group(1)) if current and current < 1 else float(m.group(1))
            if m.group(2):
                current *= lx.SCALES.get(m.group(2), 1)
            seen = True
        elif w == "dozen" and current is not None and current >= 1:
            current, seen = current * 12, True  # "three dozen", "a dozen"
        elif w in lx.WORD_NUMBERS:
            value = lx.WORD_NUMBERS[w]
            if w in ("a", "an") and current is not None:
                continue  # "half a million": the article adds nothing
            current = value if current is None or value < 1 else current + value
            seen = seen or w not in ("a", "an")
        elif "-" in w and all(p in lx.WORD_NUMBERS or p in FRACTIONS for p in w.split("-")):
            parts = w.split("-")
            if parts[-1] in FRACTIONS:  # "two-thirds"
                current = lx.WORD_NUMBERS.get(parts[0], 1) * FRACTIONS[parts[-1]]
            else:
                current = (current or 0) + sum(lx.WORD_NUMBERS[p] for p in parts)
            seen = True
        elif w in FRACTIONS and current is not None and current >= 1 and w not in ("half",):
            current *= FRACTIONS[w]  # "three quarters", "a third"
            seen = True
        elif w in FRACTIONS:
            current = FRACTIONS[w] if current is None else current * FRACTIONS[w]
            seen = True
        elif w in lx.SCALES and w not in ("k", "m", "b"):
            current = (current if current is not None else 1) * lx.SCALES[w]
            if lx.SCALES[w] >= 1000:
                total, current = total + current, None
            seen = True
    if not seen:
        return None
    return total + (current or 0)


# "1/2", "3/4": a proper fraction written with a slash (denominators of measures, not "24/7" or dates)
SLASH_FRACTION = re.compile(r"([1-9]|1[0-5])/([2-9]|1[0-6])")
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}


def _proper(numerator: str, denominator: str) -> float | None:
    """A proper fraction of a measure's denominators (up to sixteenths): "1/2" -> 0.5; not "3/2", "1/30"."""
    n, d = int(numerator), int(denominator)
    return n / d if n < d <= 16 else None


def _mixed_fractions(words: list[str]) -> list[str]:
    """"4 1/2", "4 1 / 2" (as text extraction spaces it), "4½": one number, 4.5.

    >>> _mixed_fractions(["4", "1", "/", "2"]), _mixed_fractions(["2", "3/4"]), _mixed_fractions(["4½"])
    (['4.5'], ['2.75'], ['4.5'])
    """
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if _fraction_token(w):
            out.append(str(int(w[:-1] or 0) + VULGAR[w[-1]]))
            i += 1
            continue
        whole = out[-1] if out and out[-1].isdigit() else None
        m = SLASH_FRACTION.fullmatch(w)
        frac = _proper(*m.groups()) if m else None
        step = 1
        if frac is None and w.isdigit() and i + 2 < len(words) and words[i + 1] == "/" and words[i + 2].isdigit():
            frac, step = _proper(w, words[i + 2]), 3
        if frac is not None and whole is not None:
            out[-1] = str(int(whole) + frac)
            i += step
            continue
        out.append(w)
        i += 1
    return out


NUMBER_WORDS = (set(lx.WORD_NUMBERS) - {"a", "an", "half", "quarter", "dozens"}) | {
    "hundred", "thousand", "million", "billion", "trillion", "dozen"}
SCALE_WORDS = set(lx.SCALES)
CALENDAR = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|"
                      r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:1[5-9]|20)\d\ds?\b|'\d\ds\b|"
                      r"\b(?:today|yesterday|tomorrow|ago|last|next|this|season|century|era|decade|week(?:end)?)\b")


# A figure written onto its sign, currency or unit in one token: "US113", "A82,615,680", "164p",
# "24pc", "RM79", "15kHz", "5kW", "~1.2", "-1.3", ".500", "sub-300", "2.14degF".
ATTACHED = re.compile(r"(?P<pre>[A-Za-z$€£¥~≈+-]{0,4}?-?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
                      r"(?P<suf>[A-Za-z°µ%]+[23]?(?:/[A-Za-z]+)?)?")
PREFIX_SIGNS = {"~": "about", "≈": "about", "sub-": "under", "+": "plus"}


def figure_parts(text: str) -> tuple[str, str, str] | None:
    """(prefix, number, suffix) of a token that is a figure, or None.

    >>> figure_parts("US113"), figure_parts("15kHz"), figure_parts("-1.3"), figure_parts("Game")
    (('US', '113', ''), ('', '15', 'kHz'), ('-', '1.3', ''), None)
    """
    m = ATTACHED.fullmatch(text)
    if not m:
        return None
    pre, suf = m.group("pre") or "", m.group("suf") or ""
    if pre and pre.lower() not in CURRENCY_SIGNS and pre.lower().rstrip("$") not in CURRENCY_SIGNS \
            and pre not in ("~", "≈", "-", "+", "sub-", "$", "€", "£", "¥", "us$", "US$") and pre.upper() not in ("RM", "HK", "HK$", "A", "NZ", "C", "S"):
        return None
    if len(suf) == 1 and suf not in "mkblgptMKBWV":
        return None  # "4G", "3D": names, not a figure and a unit
    if suf and not (suf.lower() in UNITS or suf.lower() in CURRENCY_WORDS or suf.lower() in ("pc", "deg", "degf", "degc")
                    or SCALED.fullmatch("1" + suf) or suf.lower().split("/")[0] in UNITS):
        return None
    return pre, m.group("num"), suf


def _is_figure(tok) -> bool:
    return figure_parts(tok.text) is not None or _fraction_token(tok.text)


def _fraction_token(text: str) -> bool:
    """"4½", "½": a figure written as a fraction ("1/2" alone is not read: "9/11", "3/4" may be days)."""
    return bool(text) and text[-1] in VULGAR and (text[:-1].isdigit() or not text[:-1])


def _is_word_number(tok) -> bool:
    w = tok.lower_
    if w in NUMBER_WORDS:
        return not (w == "one" and tok.pos_ == "PRON" and not _has_of(tok))  # "each one they lose"
    return "-" in w and all(p in lx.WORD_NUMBERS or p in FRACTIONS for p in w.split("-")) and \
        w.split("-")[0] in lx.WORD_NUMBERS


def _has_of(tok) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def of_objects(tok) -> list:
    """The objects of the word's "of" ("70% of internet traffic" -> traffic)."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _vague_alone(tok) -> bool:
    """"injuring dozens", "hundreds were arrested": an order of magnitude that is itself the people
    a verb did something to (not "in their thousands", "tens" of a score)."""
    return tok.lower_ in BARE_VAGUE and tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head.pos_ == "VERB"


BARE_VAGUE = frozenset({"dozens", "scores", "hundreds", "thousands"})


def _fraction_after(doc, j: int) -> int:
    """How many tokens from ``j`` write a proper fraction ("1/2"; "1 / 2" as text extraction spaces
    it), 0 if none."""
    slashed = SLASH_FRACTION.fullmatch(doc[j].text)
    if slashed and _proper(*slashed.groups()):
        return 1
    if j + 2 < len(doc) and doc[j].text.isdigit() and doc[j + 1].text == "/" and doc[j + 2].text.isdigit() \
            and _proper(doc[j].text, doc[j + 2].text):
        return 3
    return 0


def number_spans(doc) -> list[tuple[int, int]]:
    """Token spans [start, end) of the numbers a sentence states (not dates, clock times,
    ordinals, names with a number in them, or "one" as a pronoun)."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        start = i
        if _one_span_of_time(doc, i):
            spans.append((i, i + 1))  # "around an hour", "for about a minute": one hour, one minute
            i += 1
            continue
        if _is_figure(tok) or _is_word_number(tok) or tok.lower_ in FRACTIONS and _fraction_here(doc, i) \
                or tok.lower_ in VAGUE and (i + 1 < n and doc[i + 1].lower_ == "of" or _vague_alone(tok)):
            j = i + 1
            while j < n:
                w = doc[j].lower_
                if w.rstrip(".") in SCALE_WORDS and (w.rstrip(".") not in ("m", "k", "b") or not doc[j - 1].whitespace_) \
                        or w == "dozen" and _is_word_number(doc[j - 1]) \
                        or _is_word_number(doc[j]) and _compound_number(doc, j) \
                        or w in FRACTIONS and (_is_word_number(doc[j - 1]) or doc[j - 1].text in ("-", "–") and j - 1 > i) \
                        or w == "and" and j + 1 < n and _is_word_number(doc[j + 1]) and doc[j - 1].lower_ in SCALE_WORDS \
                        or w in ("-", "–") and j + 1 < n and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                        and _is_word_number(doc[j - 1]) and (_is_word_number(doc[j + 1]) or doc[j + 1].lower_ in FRACTIONS) \
                        or w == "of" and doc[j - 1].lower_ in VAGUE and j + 1 < n and doc[j + 1].lower_ in VAGUE:
                    j += 2 if w == "of" else 1
                    continue
                if w == "and" and j + 2 < n and doc[j + 1].lower_ in ("a", "one") and doc[j + 2].lower_ == "half" \
                        and (_is_word_number(doc[j - 1]) or doc[j - 1].text.isdigit()):
                    j += 3  # "two and a half hours", "3 and a half years", "two and a half million"
                    continue
                if doc[j - 1].text.isdigit() and j - 1 == i and _fraction_after(doc, j):
                    j += _fraction_after(doc, j)  # "4 1/2 hours", "4 1 / 2 hours"
                    continue
                break
            # "half a million", "a third": the article is part of the number
            if tok.lower_ in ("half",) and j + 1 < n and doc[j].lower_ in ("a", "an") and doc[j + 1].lower_ in SCALE_WORDS:
                j += 2
            if i > 0 and doc[i - 1].lower_ in ("a", "an") and (tok.lower_ in SCALE_WORDS | {"dozen"} | set(FRACTIONS)):
                start = i - 1  # "a million", "a dozen", "a third"
            elif i > 0 and doc[i - 1].lower_ == "several" and tok.lower_ in SEVERAL:
                start = i - 1  # "several dozen": no figure, as "dozens" is none
            spans.append((start, j))
            i = j
            continue
        i += 1
    return [s for s in spans if _is_quantity(doc, *s)]


def _one_span_of_time(doc, i: int) -> bool:
    """"a"/"an" before a unit of time, itself after a word of approximation ("downtime of around an
    hour", "shook for about a minute", "more than a year"): the number one. Without one, "a" is most
    often no amount ("an hour later", "twice a day", "miles an hour")."""
    if doc[i].lower_ not in ("a", "an") or i + 1 >= len(doc) or doc[i + 1].lower_ not in SINGLE_TIME_UNITS:
        return False
    before = " ".join(t.lower_ for t in doc[max(0, i - 3):i])
    return any(before == a or before.endswith(" " + a) for a in lx.APPROXIMATORS)


SINGLE_TIME_UNITS = frozenset("second minute hour day week month year decade century".split())


TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())


def _compound_number(doc, j: int) -> bool:
    """doc[j] continues the number before it: "twenty five", "twenty-five", "hundred and five"; not
    "two three-story hotels" (two numbers side by side)."""
    prev = doc[j - 1]
    if prev.text in ("-", "–") and j > 1:
        return doc[j - 2].lower_ in TENS and not prev.whitespace_
    if prev.lower_ == "and":
        return j > 1 and doc[j - 2].lower_ in SCALE_WORDS
    return prev.lower_ in TENS and lx.WORD_NUMBERS.get(doc[j].lower_, 10) < 10 or prev.lower_ in SCALE_WORDS


def _fraction_here(doc, i: int) -> bool:
    """"half of the staff", "a third of", "half a million": a fraction used as a number."""
    tok = doc[i]
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    prev = doc[i - 1].lower_ if i > 0 else ""
    if tok.lower_ in ("half", "halves") and nxt in ("a", "an") and i + 2 < len(doc) and doc[i + 2].lower_ in SCALE_WORDS:
        return True
    if nxt == "of" or tok.lower_ in ("half",) and prev in ("", "by", "than", "nearly", "almost", "about", "over"):
        return tok.lower_ in ("half", "quarter", "third", "fifth", "tenth") and (prev in ("a", "one", "") or tok.lower_ == "half")
    return False


def _is_quantity(doc, start: int, end: int) -> bool:
    span = doc[start:end]
    if end - start == 1 and _one_span_of_time(doc, start):
        return True
    first = next(t for t in span if t.lower_ not in ("a", "an"))
    ent = first.ent_type_
    if ent == "ORDINAL" and not (span[-1].lower_ in FRACTIONS and len(span) > 1) and figure_parts(first.text) is None:
        return False
    text = span.text
    # a year: four digits in 1500..2099 with no unit or counted plural after it ("in 2018", "the 2003 Iron
    # Bowl", "Euro 2020"); "3000 rpm" and "2000 people" stay
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", text) and not _unit_after(doc, end) and not (
            end < len(doc) and doc[end].tag_ == "NNS"):
        return False
    if first.lower_ == "one" and len(span) == 1 and first.dep_ not in ("nummod", "quantmod") and not _has_of(first):
        return False  # "each one they lose", "get their hands on one"
    if first.lower_ == "one" and len(span) == 1 and start > 0 and doc[start - 1].lower_ == "at" \
            and end < len(doc) and doc[end].lower_ in ("point", "time", "stage", "moment"):
        return False  # "at one point as much as 55 percent ... was out": a moment, not a number
    if first.lower_ == "dozen" and start > 0 and doc[start - 1].tag_ == "POS":
        return False  # "a baker's dozen"
    # a score or a code: "2-1", "89-89", "3888-2"
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].is_digit and not doc[end].whitespace_ \
            and first.is_digit and not _unit_after(doc, end + 2) or \
            start > 1 and doc[start - 1].text in ("-", "–") and doc[start - 2].is_digit and not doc[start - 1].whitespace_ \
            and first.is_digit and not _unit_after(doc, end):
        return False
    prev_word = doc[start - 1].lower_ if start > 0 else ""
    if prev_word in LABEL_NOUNS and first.is_digit:
        return False  # "category 4", "Game 7", "phase 2": a label, not an amount
    if first.is_digit and any(t.text.rstrip(".") in STREET_WORDS for t in doc[end:end + 5]) and end < len(doc) \
            and doc[end].pos_ == "PROPN":
        return False  # "49 Zorro Ranch Road": an address
    if ent in ("DATE", "TIME") and _calendar_or_clock(doc, first):
        return False
    if _clock_here(doc, start, end):
        return False
    # a number inside a name: "Apple Watch 5", "Game 2", "Part 3", "Boeing 737", "COVID-19", "F-16"
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and first.text[:1].isupper() and first.pos_ == "PROPN" and prev.pos_ == "PROPN":
        return False  # "Apple One"
    if prev is not None and first.is_digit and (
            prev.pos_ == "PROPN" and prev.text[:1].isupper() and not _unit_after(doc, end) and prev.lower_ not in CURRENCY_WORDS
            and prev.lower_ not in CURRENCY_SIGNS and not prev.ent_type_ in ("DATE", "PERSON") or prev.text == "-" and start > 1 and doc[start - 2].text[:1].isupper() and not doc[start - 2].whitespace_
            or prev.text in ("#", "No.", "no.")):
        return False
    if re.search(r"\d[-/.]\d+[-/.]\d", text):  # 12/05/2019, 2019-05-12, phone numbers, version 1.2.3
        return False
    if end < len(doc) and doc[end].text[:1].isdigit() and not doc[end - 1].whitespace_:
        return False
    return True


LABEL_NOUNS = frozenset("category game level phase stage grade chapter section article page part round week "
                        "number no. no route highway flight gate terminal platform room unit apartment channel "
                        "version episode season item clause".split())
STREET_WORDS = frozenset("St Street Rd Road Ave Avenue Way Lane Ln Drive Dr Boulevard Blvd Place Pl Court Ct".split())
def _calendar_or_clock(doc, tok) -> bool:
    """The number belongs to a date or a time of day, not a count ("in 2019", "on March 5", "at 11 a.m.");
    "for 18 months" and "injuring 35" (a number the model took for a date) are quantities."""
    ents = [e for e in doc.ents if e.start <= tok.i < e.end]
    if not ents:
        return False
    ent = ents[0]
    if _time_unit_after(doc, tok.i):
        return False  # "18 months", "10 years", "16-year-old": a length of time or an age
    if ent.label_ == "TIME":
        return bool(re.search(r"(?i)\d[:.]\d\d|\b[ap]\.?\s?m\b|\bgmt\b|\butc\b|\bhrs?\b|o'clock|\bnoon\b|\bmidnight\b|local", ent.text)) \
            or not _time_unit_after(doc, tok.i)
    return bool(CALENDAR.search(ent.text))


def _clock_here(doc, start: int, end: int) -> bool:
    nxt = " ".join(t.lower_ for t in doc[end:end + 2])
    military = bool(re.fullmatch(r"\d{3,4}", doc[start:end].text))  # "0730 hrs"; "2 hrs 30 mins" is a span of time
    return bool(re.match(r"(?:[ap]\.?\s?m\b|[ap]\.|gmt|utc|bst|est|edt|ist|o'clock|local time)", nxt)) or \
        military and nxt.startswith("hrs") or \
        bool(re.fullmatch(r"\d{1,2}[:.]\d\d", doc[start:end].text) and "." not in doc[start:end].text)


def _time_unit_after(doc, i: int) -> bool:
    for t in doc[i + 1:i + 4]:
        if t.text in ("-", "–") or t.lower_ in ("and", "a", "half", "to", "or") or t.like_num:
            continue
        return t.lemma_.lower() in TIME_UNITS or t.lower_ in TIME_UNITS
    return False


TIME_UNITS = frozenset("second minute hour day week month year decade century night".split()) | {
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "nights", "yr", "yrs"}


# --- units -----------------------------------------------------------------------------------

# Surface forms of the units news writes -> (stated unit as words, pint unit or "" when not
# physical, dimension). Only units a news story states: pint's own parser would take "a" for a
# year and "in" for an inch. Longer forms are tried first.
UNITS: dict[str, tuple[str, str, str]] = {}


def _units(forms: str, name: str, pint_name: str, dimension: str) -> None:
    for form in forms.split("|"):
        UNITS[form] = (name, pint_name, dimension)


_units("km|kms|kilometre|kilometres|kilometer|kilometers", "kilometre", "kilometer", "length")
_units("m|metre|metres|meter|meters|mtr", "metre", "meter", "length")
_units("cm|centimetre|centimetres|centimeter|centimeters", "centimetre", "centimeter", "length")
_units("mm|millimetre|millimetres|millimeter|millimeters", "millimetre", "millimeter", "length")
_units("micrometre|micrometres|micrometer|micrometers|micron|microns|µm|μm", "micrometre", "micrometer", "length")
_units("nm|nanometre|nanometres|nanometer|nanometers", "nanometre", "nanometer", "length")
_units("mile|miles|mi", "mile", "mile", "length")
_units("nautical mile|nautical miles", "nautical mile", "nautical_mile", "length")
_units("yard|yards|yd|yds", "yard", "yard", "length")
_units("foot|feet|ft", "foot", "foot", "length")
_units("inch|inches", "inch", "inch", "length")
_units("kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes", "kilogram", "kilogram", "mass")
_units("g|gram|grams|gramme|grammes", "gram", "gram", "mass")
_units("mg|milligram|milligrams", "milligram", "milligram", "mass")
_units("tonne|tonnes|ton|tons|metric ton|metric tons|t", "ton", "metric_ton", "mass")
_units("gigaton|gigatons|gigatonne|gigatonnes|gt", "gigaton", "gigametric_ton", "mass")
_units("megaton|megatons|megatonne|megatonnes", "megaton", "megametric_ton", "mass")
_units("pound|pounds|lb|lbs", "pound", "pound", "mass")
_units("ounce|ounces|oz", "ounce", "ounce", "mass")
_units("litre|litres|liter|liters|l", "litre", "liter", "volume")
_units("millilitre|millilitres|milliliter|milliliters|ml", "millilitre", "milliliter", "volume")
_units("gallon|gallons", "gallon", "gallon", "volume")
_units("cubic metre|cubic metres|cubic meter|cubic meters|m3", "cubic metre", "meter**3", "volume")
_units("barrel|barrels|bbl", "barrel", "oil_barrel", "volume")
_units("barrels per day|barrels a day|bpd|b/d", "barrel per day", "oil_barrel/day", "flow")
_units("hectare|hectares|ha", "hectare", "hectare", "area")
_units("acre|acres", "acre", "acre", "area")
_units("square metre|square metres|square meter|square meters|sq m|sqm|m2", "square metre", "meter**2", "area")
_units("square kilometre|square kilometres|square kilometer|square kilometers|sq km|km2", "square kilometre",
       "kilometer**2", "area")
_units("square mile|square miles|sq mi", "square mile", "mile**2", "area")
_units("square foot|square feet|sq ft|sq. ft.|sqft", "square foot", "foot**2", "area")
_units("m.p.h|m.p.h.|mph|miles per hour|miles an hour|mile per hour|mile-per-hour", "mile per hour", "mile/hour", "speed")
_units("km/h|kph|kmh|km/hr|kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour|"
       "km per hour", "kilometre per hour", "kilometer/hour", "speed")
_units("m/s|metres per second|meters per second", "metre per second", "meter/second", "speed")
_units("knot|knots", "knot", "knot", "speed")
_units("second|seconds|sec|secs", "second", "second", "time")
_units("minute|minutes|min|mins", "minute", "minute", "time")
_units("hour|hours|hr|hrs", "hour", "hour", "time")
_units("day|days", "day", "day", "time")
_units("night|nights", "night", "day", "time")
_units("week|weeks", "week", "week", "time")
_units("month|months", "month", "month", "time")
_units("year|years|yr|yrs", "year", "year", "time")
_units("decade|decades", "decade", "decade", "time")
_units("century|centuries", "century", "century", "time")
_units("°c|ºc|degrees celsius|degree celsius|celsius|degrees c|c°", "degree celsius", "degC", "temperature")
_units("°f|ºf|degrees fahrenheit|degree fahrenheit|fahrenheit|degrees f", "degree fahrenheit", "degF", "temperature")
_units("degree|degrees|°", "degree", "", "angle")
_units("watt|watts|w", "watt", "watt", "power")
_units("kw|kilowatt|kilowatts", "kilowatt", "kilowatt", "power")
_units("mw|megawatt|megawatts", "megawatt", "megawatt", "power")
_units("gw|gigawatt|gigawatts", "gigawatt", "gigawatt", "power")
_units("kwh|kilowatt-hour|kilowatt-hours|kilowatt hours", "kilowatt hour", "kilowatt_hour", "energy")
_units("mwh|megawatt-hour|megawatt-hours|megawatt hours", "megawatt hour", "megawatt_hour", "energy")
_units("gwh|gigawatt-hour|gigawatt-hours|gigawatt hours", "gigawatt hour", "gigawatt_hour", "energy")
_units("hp|bhp|horsepower|horse power", "horsepower", "horsepower", "power")
_units("volt|volts|v", "volt", "volt", "voltage")
_units("mah|milliampere-hour|milliampere-hours|milliamp-hours", "milliampere-hour", "milliampere_hour", "charge")
_units("hz|hertz", "hertz", "hertz", "frequency")
_units("khz|kilohertz", "kilohertz", "kilohertz", "frequency")
_units("mhz|megahertz", "megahertz", "megahertz", "frequency")
_units("ghz|gigahertz", "gigahertz", "gigahertz", "frequency")
_units("rpm|revolutions per minute", "revolutions per minute", "revolution/minute", "frequency")
_units("kb|kilobyte|kilobytes", "kilobyte", "kilobyte", "data")
_units("mb|megabyte|megabytes", "megabyte", "megabyte", "data")
_units("gb|gigabyte|gigabytes|gig|gigs", "gigabyte", "gigabyte", "data")
_units("tb|terabyte|terabytes", "terabyte", "terabyte", "data")
_units("mbps|mb/s|megabits per second|megabit per second", "megabit per second", "megabit/second", "data rate")
_units("gbps|gb/s|gigabits per second", "gigabit per second", "gigabit/second", "data rate")
_units("pound-feet|pound-foot|lb-ft|lb.-ft.|pound feet", "pound-foot", "pound*foot", "torque")
_units("newton-metres|newton metres|nm|newton-meters", "newton metre", "newton*meter", "torque")
_units("decibel|decibels|db", "decibel", "", "sound")
_units("calorie|calories|kcal", "calorie", "", "energy")
_units("percentage point|percentage points|pct point|pct points|points|point|pts|basis points|basis point|bps",
       "point", "", "points")
_units("%|percent|per cent|pct|per-cent|percentage", "percent", "", "percent")
# Earthquakes: the magnitude is a scale of its own, never a count.
_units("magnitude|richter|on the richter scale", "magnitude", "", "magnitude")

_UNIT_BY_NAME = {name: (name, pint_name, dim) for name, pint_name, dim in UNITS.values()}

# Currencies: words after the figure, signs and codes before it -> (stated unit, ISO code).
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound sterling": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "rupee": "INR", "rupees": "INR", "inr": "INR", "rs": "INR",
    "crore": "INR", "lakh": "INR", "shekel": "ILS", "shekels": "ILS", "nis": "ILS", "ils": "ILS",
    "peso": "MXN", "pesos": "MXN", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "won": "KRW", "lira": "TRY", "liras": "TRY", "lire": "TRY", "franc": "CHF", "francs": "CHF",
    "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "rand": "ZAR", "naira": "NGN",
    "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "ringgit": "MYR", "baht": "THB",
    "dinar": "DZD", "dinars": "DZD", "real": "BRL", "reais": "BRL", "zloty": "PLN", "forint": "HUF",
    "rupiah": "IDR", "dong": "VND", "hryvnia": "UAH", "cedi": "GHS", "shilling": "KES", "shillings": "KES",
    "cent": "USD-cent", "cents": "USD-cent", "pence": "GBP-cent", "p": "GBP-cent", "aud": "AUD", "cad": "CAD",
    "bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC",
}
CURRENCY_NAMES = {"USD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "CNY": "yuan", "INR": "rupee",
                  "ILS": "shekel", "MXN": "peso", "RUB": "rouble", "KRW": "won", "TRY": "lira", "CHF": "franc",
                  "SEK": "krona", "NOK": "krone", "ZAR": "rand", "NGN": "naira", "AED": "dirham", "SAR": "riyal",
                  "MYR": "ringgit",  "THB": "baht", "DZD": "dinar", "BRL": "real", "PLN": "zloty", "HUF": "forint",
                  "IDR": "rupiah", "VND": "dong", "UAH": "hryvnia", "GHS": "cedi", "KES": "shilling",
                  "AUD": "australian dollar", "CAD": "canadian dollar", "NZD": "new zealand dollar",
                  "HKD": "hong kong dollar", "SGD": "singapore dollar", "BTC": "bitcoin",
                  "USD-cent": "cent", "GBP-cent": "penny"}
CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "us": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₪": "ILS",
                  "₩": "KRW", "₽": "RUB", "₺": "TRY", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
                  "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL", "rs": "INR", "rs.": "INR", "inr": "INR", "rm": "MYR",
                  "usd": "USD", "eur": "EUR", "gbp": "GBP", "aud": "AUD", "cad": "CAD", "nis": "ILS", "chf": "CHF",
                  "rmb": "CNY", "cny": "CNY", "jpy": "JPY", "sek": "SEK", "nok": "NOK", "zar": "ZAR"}
# "Chinese yuan", "Australian dollars": the nationality names the currency.
DOLLAR_COUNTRIES = {"australian": "AUD", "canadian": "CAD", "hong": "HKD", "singapore": "SGD", "new": "NZD",
                    "zealand": "NZD", "us": "USD", "u.s.": "USD", "american": "USD"}


def _unit_after(doc, end: int) -> tuple[int, str, str, str] | None:
    """The unit written right after a number: (tokens used, stated unit, pint unit, dimension)."""
    j = end
    if j < len(doc) and doc[j].text in ("-",) and not doc[j].whitespace_:
        j += 1  # "7.2-magnitude", "10-year"
    best = None
    for k in range(4, 0, -1):
        if j + k > len(doc):
            continue
        words = doc[j:j + k]
        joined = "".join(t.text_with_ws for t in words).strip().lower()
        if k > 1 and not words[-1].is_alpha and words[-1].text not in ("%", "°"):
            continue  # "years." is "years"
        for form in (joined, joined.replace(" ", ""), joined.rstrip(".-")):
            if form in UNITS and (k > 1 or _plausible_unit(doc, j, form)):
                best = (j + k - end, *UNITS[form])
                break
        if best:
            break
    return best


# Letters that are units only straight after a figure ("12m", "5 kg" yes; "the 5 m people" no)
SHORT_UNITS = frozenset("m g t l w v c f p b nm db mi ha gt kb mb gb tb min sec in".split())


def _plausible_unit(doc, j: int, form: str) -> bool:
    tok = doc[j]
    if form in SHORT_UNITS and tok.text.isupper() and form not in ("l", "w", "v", "mb", "gb", "kb", "tb", "mw", "gw", "kw"):
        return False  # "3G", "4G": a name; "12 M" is not metres
    if form in SHORT_UNITS:
        return form in ("m", "g", "t", "l", "w", "mb", "gb", "kb", "tb", "ha", "nm") and (
            not doc[j - 1].whitespace_ or tok.text in ("m", "kg", "g", "t")) and tok.text not in ("M", "B", "T")
    if form in ("point", "points"):
        return tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ("of",)
    return True


def _currency_before(doc, start: int) -> tuple[int, str] | None:
    """A currency sign or code before the figure: "$", "US$", "US $", "A$", "Rs.", "€", "USD"."""
    if start == 0:
        return None
    a = doc[start - 1]
    two = (doc[start - 2].text + a.text).lower() if start > 1 and not doc[start - 2].whitespace_ else ""
    three = (doc[start - 2].text + " " + a.text).lower() if start > 1 else ""
    if two in CURRENCY_SIGNS:
        return 2, CURRENCY_SIGNS[two]
    if three in ("us $",):
        return 2, "USD"
    # a sign, or a code written as one ("USD 40", "Rs 500"); "us" alone is a pronoun
    if a.lower_ in CURRENCY_SIGNS and a.lower_ != "us" and (not a.is_alpha or a.text[0].isupper()):
        return 1, CURRENCY_SIGNS[a.lower_]
    return None


def _currency_after(doc, end: int) -> tuple[int, str] | None:
    j = end
    if j < len(doc) and doc[j].lower_ in DOLLAR_COUNTRIES and j + 1 < len(doc) and doc[j + 1].lower_ in ("dollar", "dollars"):
        return 2, DOLLAR_COUNTRIES[doc[j].lower_]
    if j < len(doc) and doc[j].lower_ in ("chinese", "japanese", "indian", "israeli", "mexican", "russian", "south",
                                          "turkish", "swiss", "swedish", "norwegian", "brazilian") and j + 1 < len(doc) \
            and doc[j + 1].lower_ in CURRENCY_WORDS:
        return 2, CURRENCY_WORDS[doc[j + 1].lower_]
    if j < len(doc) and doc[j].lower_ in CURRENCY_WORDS and doc[j].lower_ not in ("p", "rs", "real", "won", "dong") \
            or j < len(doc) and doc[j].lower_ == "p" and not doc[j - 1].whitespace_:
        if doc[j].lower_ in ("pound", "pounds") and not _money_context(doc):
            return None
        return 1, CURRENCY_WORDS[doc[j].lower_]
    if j < len(doc) and doc[j].lower_ in ("pound", "pounds") and _money_context(doc):
        return 1, "GBP"
    return None


def _money_context(doc) -> bool:
    """Pounds of money, not of weight: the sentence pays, prices or counts a loss, or names another
    currency ("40 million pounds ($52 million) of damage")."""
    return any(t.lower_ in ("sterling", "£", "pay", "paid", "cost", "costs", "worth", "price", "fee", "fine", "fined",
                            "salary", "budget", "bill", "spent", "spend", "sold", "bought", "funding", "damage",
                            "damages", "losses", "$", "€", "dollars", "euros") for t in doc)


# --- hedges and changes ----------------------------------------------------------------------

# The scorer's and CQE's change symbols: "~" about, ">" at least / more than, "<" up to / less than.
CHANGE_OF = {"about": "~", "around": "~", "approximately": "~", "roughly": "~", "some": "~", "circa": "~",
             "estimated": "~", "an estimated": "~", "an approximate": "~", "nearly": "~", "almost": "~", "close to": "~", "just under": "~",
             "just over": "~", "approx": "~", "approx.": "~", "c.": "~", "ca.": "~", "~": "~", "or so": "~",
             "at least": ">", "more than": ">", "over": ">", "upwards of": ">", "in excess of": ">", "above": ">",
             "exceeding": ">", "north of": ">", "plus": ">", "as much as": "<", "as many as": "<", "as high as": "<",
             "up to": "<", "at most": "<", "fewer than": "<", "less than": "<", "under": "<", "no more than": "<",
             "below": "<", "not more than": "<", "a maximum of": "<", "a minimum of": ">", "at the most": "<"}
APPROX_BOUNDS = dict(lx.APPROXIMATORS)
APPROX_BOUNDS.update({"an estimated": (0.85, 1.15), "an approximate": (0.9, 1.1), "above": (1.0, float("inf")), "exceeding": (1.0, float("inf")),
                      "north of": (1.0, float("inf")), "as many as": (0.0, 1.0), "as much as": (0.0, 1.0), "as high as": (0.0, 1.0),
                      "below": (0.0, 1.0), "a maximum of": (0.0, 1.0), "a minimum of": (1.0, float("inf")),
                      "not more than": (0.0, 1.0), "approx": (0.9, 1.1), "approx.": (0.9, 1.1), "c.": (0.9, 1.1),
                      "ca.": (0.9, 1.1), "~": (0.9, 1.1), "or so": (0.9, 1.1), "plus": (1.0, float("inf")),
                      "at the most": (0.0, 1.0)})
# Verbs and nouns of a change: the number after them is the amount of the change ("rose 4%"),
# unless "to" makes it the new level ("rose to 14").
RISE = frozenset("rise climb increase grow jump surge soar gain add rally advance swell expand boost raise lift "
                 "hike double triple up mount improve rebound spike".split())
FALL = frozenset("fall drop decline decrease slip slide lose shed plunge tumble sink cut reduce lower shrink dip "
                 "plummet slump ease contract retreat down fell trim slash".split())
CHANGE_NOUNS = {"rise": "up", "increase": "up", "gain": "up", "jump": "up", "growth": "up", "hike": "up", "surge": "up",
                "boost": "up", "climb": "up", "fall": "down", "drop": "down", "decline": "down", "decrease": "down",
                "cut": "down", "loss": "down", "slump": "down", "dip": "down", "reduction": "down", "plunge": "down"}


def _hedge(doc, start: int, end: int) -> str:
    """The approximator written before the number ("at least 30", "some 620 miles", "about $5m")."""
    lo = start
    while lo > 0 and doc[lo - 1].text in ("$", "€", "£", "¥", "US$") or lo > 0 and doc[lo - 1].lower_ in ("us",):
        lo -= 1
    words = [t.lower_ for t in doc[max(0, lo - 3):lo]]
    best = ""
    for k in (3, 2, 1):
        if len(words) >= k:
            phrase = " ".join(words[-k:])
            if phrase in CHANGE_OF:
                best = phrase
                break
    if best in ("over", "under", "above", "below", "plus") and not _hedge_word_governs(doc, lo - 1, start):
        best = ""
    if best in ("up to",) and lo > 2 and doc[lo - 3].lemma_.lower() in RISE | FALL:
        best = ""  # "rose up to 5" is rare; "shot up to 5" is a new level
    if not best and end < len(doc) and doc[end].text == "+" or doc[end - 1].text.endswith("+"):
        best = "plus"
    if not best and end + 1 < len(doc) and doc[end].lower_ == "or" and doc[end + 1].lower_ in ("so", "more"):
        best = "or so" if doc[end + 1].lower_ == "so" else "at least"
    return best


def _hedge_word_governs(doc, i: int, start: int) -> bool:
    """"over 500 people" (a bound) but not "won over 3 states" / "under 5 years of rule" (a preposition
    heading a phrase of its own)."""
    tok = doc[i]
    return tok.dep_ in ("quantmod", "advmod", "amod") or tok.head.i in range(start, start + 3) and tok.dep_ != "prep" \
        or tok.pos_ == "ADV" or tok.dep_ == "prep" and tok.head.lemma_.lower() in ("be",) or \
        tok.dep_ == "prep" and any(c.i >= start for c in tok.children) and tok.head.pos_ in ("VERB", "AUX") and \
        tok.head.lemma_.lower() in ("be", "have", "kill", "injure", "cost", "reach", "employ", "house", "sell",
                                    "total", "number", "affect", "leave")


SESSION_VERBS = frozenset({"close", "end", "finish", "open", "trade", "settle"})


def _direction(doc, start: int, end: int, root) -> str:
    """"up" or "down" when the number is the amount of a change ("rose 4%", "up 19 cents", "a 60% rise");
    "" when it is a level ("rose to 14", "from 2.4 million")."""
    prev = doc[start - 1] if start > 0 else None
    skip = start
    while prev is not None and (prev.text in ("$", "€", "£", "¥") or prev.lower_ in CHANGE_OF or prev.lower_ in ("us", "by")):
        skip -= 1
        prev = doc[skip - 1] if skip > 0 else None
        if prev is not None and prev.lower_ in ("to", "from", "at", "of"):
            return ""
    if prev is not None and prev.lower_ in ("to", "from", "at", "of", "between", "reached"):
        return ""
    # "shares were up 19 cents", "down 2%": up or down said of the figure, not "went down 8 km"
    said_of = prev is not None and (prev.head.lemma_.lower() == "be" or prev.head.i >= start or root.head.i == prev.i
                                    or prev.dep_ == "ROOT")
    # "closed down 3.9%", "ended up 2%": a market's day told by its close, not "went down 8 km"
    session = prev is not None and prev.head.lemma_.lower() in SESSION_VERBS and prev.head.i < prev.i and any(
        t.lower_ in ("percent", "%", "cent", "pct", "points", "point") for t in doc[start:end + 2])
    if (said_of and prev.dep_ != "prt" or session) and prev.lower_ in ("up", "higher", "plus", "+"):
        return "up"
    if (said_of and prev.dep_ != "prt" or session) and prev.lower_ in ("down", "lower", "minus"):
        return "down"
    # "a 60% rise", "a 3 per cent fall": the number modifies a change noun
    head = root.head
    if root.dep_ in ("nummod", "amod", "compound", "quantmod", "npadvmod") and head.lemma_.lower() in CHANGE_NOUNS \
            and head.pos_ == "NOUN":
        return CHANGE_NOUNS[head.lemma_.lower()]
    nxt = doc[end].lower_ if end < len(doc) else ""
    # "closed 2% higher", "ended 3 points lower"; not "14 seats, down from 19" (a level, then the old one)
    if nxt in ("higher", "up") and (end + 1 >= len(doc) or doc[end + 1].lower_ in ("than", "on", "at", ".")):
        return "up"
    if nxt in ("lower", "down") and (end + 1 >= len(doc) or doc[end + 1].lower_ in ("than", "on", "at", ".", ",")):
        return "down"
    # "rose 4%", "fell by 3 points", "cut 200 jobs"? (no: "cut 200 jobs" is a count of jobs cut)
    verb = root.head if root.dep_ in ("dobj", "npadvmod", "advmod", "attr", "nummod", "quantmod") else None
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        verb = root.head.head
    if verb is not None and verb.pos_ in ("VERB", "AUX", "ADV", "NOUN"):
        lemma = verb.lemma_.lower()
        if verb.lower_ in ("up", "down") or lemma in ("up", "down"):
            return "up" if "up" in (verb.lower_, lemma) else "down"
        is_amount = root.dep_ in ("npadvmod", "advmod") or root.dep_ == "pobj" or \
            root.dep_ == "dobj" and _unitlike(doc, start, end)
        if lemma in RISE and is_amount:
            return "up"
        if lemma in FALL and is_amount:
            return "down"
    return ""


def _unitlike(doc, start: int, end: int) -> bool:
    u = _unit_after(doc, end)
    return u is not None and u[3] in ("percent", "points") or _currency_before(doc, start) is not None or \
        _currency_after(doc, end) is not None


# --- reading one quantity --------------------------------------------------------------------

def read_quantities(doc) -> list[Quantity]:
    """Every quantity the sentence states.

    >>> from factcheck.nlp import pipeline
    >>> [(q.stated, q.stated_unit, q.change) for q in read_quantities(pipeline("full")("Sales rose 4% to $5.2 billion."))]
    [(4.0, 'percent', 'up'), (5200000000.0, 'dollar', '=')]
    """
    spans = number_spans(doc)
    spans = _join_ranges(doc, spans)
    out = []
    for start, end, high_end in spans:
        if _broken_figure(doc, start, end) or _military_time(doc, start):
            continue
        q = _quantity(doc, start, end, high_end)
        if q is not None:
            out.append(q)
    return sorted(_converted(doc, _elided(doc, out)) + _none(doc), key=lambda q: q.start)


def _converted(doc, found: list[Quantity]) -> list[Quantity]:
    """A sum told again in another currency in brackets after it ("200 million euros ($265.3
    million) of damage") is that sum: what it counts is the first's, so either currency's figure is
    compared with another article's in the same currency."""
    base = doc[0].idx if len(doc) else 0
    out = list(found)
    for n in range(1, len(out)):
        prev, q = out[n - 1], out[n]
        if prev.dimension == q.dimension == "money" and prev.unit != q.unit and not q.counted \
                and re.fullmatch(r"\s*\(\s*", doc.text[prev.end - base:q.start - base]) \
                and re.match(r"\s*\)", doc.text[q.end - base:]):
            out[n] = replace(q, counted=prev.counted, event=prev.event)
    return out


def joined_spans_of_time(text: str, found: list[Quantity] | tuple[Quantity, ...]) -> list[Quantity]:
    """A span of time told in two units is one span: "1 hour and 4 minutes", "1hr 4 mins", "two
    days, six hours" (the larger unit first, the smaller less than one of it). The reader keeps the
    parts apart, as quantity extractors do; a comparison takes the whole. ``text``: the sentence."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.dimension == q.dimension == "time" and prev.stated and q.stated \
                and prev.stated_unit != q.stated_unit and q.value < prev.value / prev.stated \
                and re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", text[prev.end:q.start]):
            out[-1] = replace(prev, text=text[prev.start:q.end], value=prev.value + q.value, low=prev.low + q.low,
                              high=prev.high + q.high, end=q.end, counted=prev.counted or q.counted)
            continue
        out.append(q)
    return out


def _military_time(doc, start: int) -> bool:
    """"at 1100 hours", "about 0730 hrs": a time of day (read by the facts stage), not 1,100 hours."""
    tok = doc[start]
    return bool(re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", tok.text)) and start + 1 < len(doc) \
        and doc[start + 1].lower_.rstrip(".") in ("hours", "hrs", "hr", "h") and start > 0 \
        and doc[start - 1].lower_ in ("at", "about", "around", "approximately", "by", "before", "after", "till", "until")


def _none(doc) -> list[Quantity]:
    """Counts of none a sentence states ("no injuries were reported", "no one was killed", "there were
    no immediate reports of casualties"): a toll of zero, set against a later or another toll. Not a
    group's own ("no deaths among the crew"), which is a part."""
    out = []
    for tok in doc:
        noun = None
        if tok.lower_ == "no" and tok.dep_ == "det" and tok.head.pos_ == "NOUN":
            noun = tok.head
            if noun.lemma_.lower() in NEWS_OF:  # "no immediate reports of injuries"
                of = of_objects(noun)
                noun = of[0] if of else None
            if noun is None or any(c.dep_ == "prep" and c.lower_ in ("among", "of") for c in noun.children):
                continue
            event = "damage" if noun.lemma_.lower() in lx.DAMAGE_NOUNS else lx.EVENT_OF.get(noun.lemma_.lower(), "")
            first, last = tok, noun
        elif tok.lower_ in ("nobody", "noone") or tok.lower_ == "one" and tok.i > 0 and doc[tok.i - 1].lower_ == "no":
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "ADJ"):
                continue
            event = lx.EVENT_OF.get(tok.head.lemma_.lower(), "")
            first, last = (doc[tok.i - 1] if tok.lower_ == "one" else tok), tok.head
        else:
            continue
        if event not in NONE_EVENTS:
            continue
        start, end = first.idx, last.idx + len(last.text)
        out.append(Quantity(doc.text[start:end], 0.0, 0.0, 0.0, counted="damage" if event == "damage" else "people",
                            event=event, start=start, end=end))
    return out


# A count of none is said of harm to people (deaths, injuries, the missing) and of damage ("there
# were no immediate reports of damage"), which any later count of damaged buildings updates.
NONE_EVENTS = frozenset({"death", "injury", "missing", "damage"})
# "no reports of", "no word of", "no sign of": nothing known of what follows
NEWS_OF = frozenset({"report", "word", "sign", "indication", "news"})


def _broken_figure(doc, start: int, end: int) -> bool:
    """A part of a figure split by a stray space ("$2. 6 million", "$1, 199", the clock time "from 06:
    31GMT"): neither part is a number."""
    before = doc.text[:doc[start].idx]
    if before[-3:-2].isdigit() and (before.endswith(". ") or before.endswith(", ") and re.fullmatch(r"\d{3}", doc[start].text)
                                     or before.endswith(": ") and re.match(r"\d\d(?!\d)", doc[start].text)):
        return True  # the tail
    return doc[end - 1].text.isdigit() and BROKEN_HEAD.match(doc.text, doc[end - 1].idx + len(doc[end - 1].text)) is not None


BROKEN_HEAD = re.compile(r"\. \d|, \d{3}\b|: \d\d(?!\d)")


# What joins a bare number to an earlier one whose unit it shares: "68,400 people ... and 95,800 who",
# "2,435,000 yen for one version and 2,380,000 for the other", "from 208 pounds to 193".
ELLIPSIS_LINKS = frozenset("and or while but whereas compared than to from versus vs against".split())


def _elided(doc, found: list[Quantity]) -> list[Quantity]:
    """A bare number that shares the unit or thing counted of an earlier number in the same
    sentence, when a conjunction or comparison links the two, takes that unit."""
    out = []
    for q in found:
        named = [p for p in reversed(out) if p.stated_unit or p.counted and p.counted.split()[0][:4] in p.text.lower()]
        # parallel figures are of a size: "2,435,000 yen for one and 2,380,000 for the other", not the "5 speed" between
        alike = [p for p in named if p.stated and q.stated and 0.1 <= abs(q.stated / p.stated) <= 10]
        prev = (alike or named or [None])[0]
        if prev is not None and q.dimension == "count" and not q.stated_unit and not q.counted \
                and q.event in ("", prev.event) and not (prev.increment and prev.dimension in ("percent", "points")):
            # (not from a change: "rose 0.65 per cent to 27,349.19" is an index level, not a percent)
            between = doc.char_span(prev.end, q.start, alignment_mode="expand") if q.start > prev.end else None
            words = {t.lower_ for t in between} if between is not None else set()
            if words & ELLIPSIS_LINKS and len(words) <= 12:
                unit = _UNIT_BY_NAME.get(prev.stated_unit)
                value = q.stated if q.stated is not None else q.value
                if prev.dimension == "money":
                    base, base_unit = value * (prev.value / prev.stated if prev.stated else 1), prev.unit
                elif unit is not None and unit[1]:
                    base, base_unit = _to_base(value, unit[1])
                else:
                    base, base_unit = value, prev.unit
                factor_lo = q.low / q.value if q.value else 1.0
                factor_hi = q.high / q.value if q.value else 1.0
                q = replace(q, value=base, low=base * factor_lo, high=base * factor_hi, unit=base_unit,
                            dimension=prev.dimension, stated_unit=prev.stated_unit, counted=prev.counted,
                            event=prev.event if prev.dimension == "count" else "")
        elif prev is not None and q.dimension == prev.dimension and not q.counted and prev.counted \
                and (q.dimension == "percent" or q.dimension not in ("count", "money") and q.unit == prev.unit) \
                and not (q.increment or prev.increment or q.earlier) and q.start > prev.end:
            # a list of shares of one thing: "55 percent of voice traffic in Saudi Arabia, 52 percent in
            # Egypt and 82 percent in India" -> 52 and 82 percent of voice traffic too; so a list of
            # measures with no verb of their own: "five hours of battery life and four hours with the
            # other chip" (not "lasted five hours, and the crew rested for two hours")
            between = doc.char_span(prev.end, q.start, alignment_mode="expand")
            words = [t.lower_ for t in between] if between is not None else []
            if words and len(words) <= 12 and (set(words) & ELLIPSIS_LINKS or words[-1] == ",") \
                    and not any(t.is_digit or t.like_num for t in between) \
                    and (q.dimension == "percent" or not any(t.pos_ in ("VERB", "AUX") for t in between)):
                q = replace(q, counted=prev.counted, event=prev.event)
        out.append(q)
    return out


def _join_ranges(doc, spans):
    """"from 40 to 55 miles", "between 40 and 55", "40-55", "two or three": one quantity, an interval.
    Returns (start, end, (start2, end2, end1) or None): the second figure's span and where the first ends."""
    out = []
    i = 0
    while i < len(spans):
        s, e = spans[i]
        if i + 1 < len(spans):
            s2, e2 = spans[i + 1]
            between = " ".join(t.lower_ for t in doc[e:s2])
            before = doc[s - 1].lower_ if s > 0 else ""
            unit_a = _unit_after(doc, e)
            unit_b = _unit_after(doc, e2)
            if unit_a is not None and between.startswith(" ".join(t.lower_ for t in doc[e:e + unit_a[0]])) \
                    and (unit_b is None and not _noun_after(doc, e2) or unit_b is not None and unit_b[1] == unit_a[1]):
                # "1 per cent to 1.5 per cent", "$200 to $4 million": the unit written twice
                between = between[len(" ".join(t.lower_ for t in doc[e:e + unit_a[0]])):].strip()
            if "$" in between:  # "$15 to $20", "US $89 to $93 billion"
                between = " ".join(w for w in between.split() if w not in ("$", "us", "us$"))
            # "fell 0.4% to 13,176": after a change verb, "to" gives the new level, not a range
            amount = before not in ("from", "between") and s > 0 and (
                doc[s - 1].lemma_.lower() in RISE | FALL or doc[s - 1].lower_ in ("up", "down", "by"))
            if not amount and (between in ("-", "–", "to") and doc[s2].text[:1].isdigit() == doc[s].text[:1].isdigit()
                    or between in ("to",) and before == "from"
                    or between == "and" and before == "between"
                    or between == "or" and _is_word_number(doc[s]) and _is_word_number(doc[s2])
                    or re.fullmatch(r"(?:to|-|–)", between or "x") and s > 0 and doc[s - 1].text in ("$", "€", "£")):
                a, b = _value(doc, s, e, None), _value(doc, s2, e2, None)
                if a is not None and b is not None and (a < b or before == "from" or doc[s:e][-1].lower_ in SCALE_WORDS and a < b * 1000):
                    out.append((s, e2, (s2, e2, e)))
                    i += 2
                    continue
        out.append((s, e, None))
        i += 1
    return out


def _noun_after(doc, end: int) -> bool:
    return end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].lower_ not in UNITS


def _quantity(doc, start: int, end: int, high_span=None) -> Quantity | None:
    first_end = high_span[2] if high_span else end  # for a range "40 to 55", the end of the 40
    vague = next((VAGUE[t.lower_] for t in doc[start:first_end] if t.lower_ in VAGUE), None)
    several = doc[start].lower_ == "several" and start + 1 < first_end and doc[start + 1].lower_ in SEVERAL
    if several:
        vague = SEVERAL[doc[start + 1].lower_]
    value = _value(doc, start, first_end, vague)
    if value is None:
        return None
    high_value = _value(doc, high_span[0], high_span[1], None) if high_span else None
    if high_span and high_value is not None and value < high_value / 100 and doc[high_span[1] - 1].lower_ in SCALE_WORDS:
        value *= lx.SCALES.get(doc[high_span[1] - 1].lower_, 1)  # "2 to 3 million": the scale is shared
    last = high_span[1] if high_span else end
    root = _root(doc, start, last)
    # the unit: a currency before, or a unit or currency after; else the counted noun
    unit_name, pint_name, dimension, used_after = "", "", "count", 0
    currency = None
    figure = next((t for t in doc[start:last] if figure_parts(t.text)), None)
    pre, _, suf = figure_parts(figure.text) if figure is not None else ("", "", "")
    attached = _attached_unit(doc, figure, pre, suf) if figure is not None else None
    sign = -1.0 if pre == "-" and (figure.i == 0 or doc[figure.i - 1].whitespace_ or not doc[figure.i - 1].is_alpha) else 1.0
    value *= sign
    before = _currency_before(doc, start)
    if before:
        currency = before[1]
        start_text = start - before[0]
    else:
        start_text = start
    # "tens of thousands of dollars": the unit comes after "of"
    probe = last + 1 if vague is not None and last < len(doc) and doc[last].lower_ == "of" else last
    after = _unit_after(doc, probe)
    cur_after = _currency_after(doc, probe)
    if high_span and after is None and cur_after is None:
        # "from 208 pounds to 193": the unit written once, after the first figure
        after = _unit_after(doc, high_span[2])
        after = (0, *after[1:]) if after else None
    if probe != last:
        after = (after[0] + 1, *after[1:]) if after else None
        cur_after = (cur_after[0] + 1, cur_after[1]) if cur_after else None
    if attached is not None and attached[0] == "money":
        currency = attached[1]
        used_after = attached[2]
    elif attached is not None:
        after = (attached[2], *attached[1])
    # "pounds" of money where the sentence is about money (``_currency_after``), else of weight
    if currency is None and cur_after and (after is None or cur_after[1] == "GBP"):
        currency = cur_after[1]
        used_after = cur_after[0]
    if currency is None and any(t.text in ("$", "€", "£") for t in doc[start:end]):
        currency = CURRENCY_SIGNS[next(t.text for t in doc[start:end] if t.text in ("$", "€", "£"))]
    if currency is not None:
        unit_name, dimension = CURRENCY_NAMES.get(currency, currency.lower()), "money"
        if currency.endswith("-cent"):
            unit_name = CURRENCY_NAMES[currency]
        per = _per_after(doc, last + used_after)
        if per:
            unit_name = f"{unit_name} per {per[1]}"
            used_after += per[0]
    elif after:
        used_after, unit_name, pint_name, dimension = after
    elif vague is None and (head_unit := _head_unit(root)) is not None:
        unit_name, pint_name, dimension = head_unit
    elif any(t.text == "%" for t in doc[start:last]):
        unit_name, dimension = "percent", "percent"
    if dimension == "magnitude" or dimension == "count" and _magnitude_here(doc, start, last, value):
        unit_name, dimension = "magnitude", "magnitude"
    text_end = last + used_after
    if dimension in ("percent", "points", "magnitude", "angle", "sound") or dimension == "count":
        base, base_unit = value, {"percent": "percent", "points": "point", "magnitude": "magnitude"}.get(dimension, "")
        base_high = high_value
    elif dimension == "money":
        scale = 0.01 if currency and currency.endswith("-cent") else 1.0
        base, base_unit, base_high = value * scale, currency.replace("-cent", ""), (high_value * scale if high_value else None)
        if "per" in unit_name:
            base_unit = f"{base_unit}/{unit_name.split(' per ')[1]}"
    else:
        base, base_unit = _to_base(value, pint_name)
        base_high = _to_base(high_value, pint_name)[0] if high_value is not None else None
        if pint_name == "":
            base, base_unit = value, unit_name
        dimension = _pint_dimension(pint_name) or dimension
    hedge = _hedge(doc, start_text, last) or PREFIX_SIGNS.get(pre, "")
    low_f, high_f = APPROX_BOUNDS.get(hedge, (1.0, 1.0))
    change = CHANGE_OF.get(hedge, "=")
    phrase = root.head if root.dep_ in ("nummod", "quantmod", "compound") and last <= root.head.i < text_end else root
    direction = _direction(doc, start_text, last, phrase)
    if direction and change == "=":
        change = direction  # "rose about 15%": the scorer's convention (and CQE's) keeps the hedge
    elif sign < 0 and dimension in ("percent", "points"):
        change = "down"  # "FTSE -0.6%": a fall
    low, high = base * low_f, (base_high if base_high is not None else base) * high_f
    approx = hedge or "exact"
    if vague is not None:
        approx, low, high = "about", base, base * 10  # "hundreds of people": 100 to 1,000
        if doc[start].lower_ == "dozens":
            high = base * 8
        if several:
            base = base * 2
            low, high = base, base * 4.5  # "several dozen": 24 to 108
    elif high_value is not None:
        approx = "range"
    more = end < len(doc) and doc[end].lower_ in ("more", "additional", "extra", "further", "other") and doc[end].dep_ != "advmod" \
        or start > 0 and doc[start - 1].lower_ in ("another", "additional", "further", "extra")
    if more and change == "=":
        change = ">"
    counted, event, changed, part_of = _counted(doc, start, last, root)
    located = ""
    model = _model(doc, start, last)
    if model and dimension == "count":
        counted = model  # "seven AK-47 assault rifles", "12 AK 47 guns", "seven AK-47s": all AK-47s
    earlier = _earlier(doc, start_text, root)
    if dimension not in ("count",):
        measured = _measured(doc, start, last + used_after, root) if dimension not in ("money", "percent", "points") else ""
        counted = measured or (counted if dimension in ("money", "percent", "points") else "")
        place, bearing = _bearing(doc, last + used_after) if dimension == "length" else ("", "")
        if place:
            counted = f"distance from {place}"  # "55 km (34 miles) west of the town of Bireun"
        if counted.startswith("distance from "):
            located = _located(doc, start)
        if dimension == "magnitude":
            counted, event = _shock(doc, start, text_end, root), ""
        elif dimension not in ("money",):
            event = ""
    if dimension == "points":
        counted = _points_of(doc, start, last + used_after) or counted
    old = next((t for t in doc[last:last + 4] if t.lower_ == "old"), None)
    if dimension == "time" and old is not None and not _a_things_age(old):
        unit_name, dimension, counted, base, base_unit = "year of age", "age", "age", value, "year"
        low, high = base * low_f, base * high_f
    between_commas = start > 0 and doc[start - 1].text == "," and last < len(doc) and doc[last].text == ","
    if dimension == "count" and not unit_name and root.is_digit and value < 130 and root.head.i < start and (
            root.dep_ in ("nummod", "appos", "npadvmod", "amod") and root.head.ent_type_ == "PERSON"
            or between_commas and doc[start - 2].pos_ == "PROPN" and root.dep_ in ("appos", "npadvmod", "amod", "nummod")):
        unit_name, dimension, counted, event, base_unit = "year of age", "age", "age", "", "year"  # "Nick Hague, 44,"
    # the text runs on to the noun counted when it follows closely: "13000 workers", "517 rushing yards"
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and root.head.pos_ in ("NOUN", "PROPN") \
            and text_end <= root.head.i <= text_end + 2 \
            and not any(t.like_num or t.lower_ in ("and", "or", "to") for t in doc[text_end:root.head.i]):
        text_end = root.head.i + 1
        if _counts_the_head(root.head):
            text_end += 1  # "the 3 bank employees"
    if hedge and hedge not in ("plus", "or so") and not PREFIX_SIGNS.get(pre):
        n_hedge = len(hedge.split())
        if start_text - n_hedge >= 0 and " ".join(t.lower_ for t in doc[start_text - n_hedge:start_text]) == hedge:
            start_text -= n_hedge  # the quote keeps its hedge: "at least 40"
    text = doc[start_text:text_end].text if text_end > start_text else doc[start:last].text
    return Quantity(text=text, value=base, low=min(low, high), high=max(low, high), unit=base_unit,
                    dimension=dimension, approx=approx, counted=counted, event=event,
                    changed=changed or direction != "", stated=value, stated_high=high_value,
                    stated_unit=unit_name, change=change, part_of=part_of, increment=more or direction != "", earlier=earlier,
                    bearing=bearing if dimension == "length" else "", located=located,
                    start=doc[start_text].idx, end=doc[text_end - 1].idx + len(doc[text_end - 1].text) if text_end > start_text else 0)


def _points_of(doc, start: int, end: int) -> str:
    """The noun a figure in points qualifies, written as one adjective before it ("a 10-point lead",
    "two three-point plays": the singular "point" says so): what the points measure, not a score of
    the sentence's subject. "" when the points stand alone ("scored 11 points")."""
    for tok in doc[start:min(end + 1, len(doc))]:
        if tok.lower_ == "point" and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN":
            return doc[tok.i + 1].lemma_.lower()
    return ""


def _attached_unit(doc, tok, pre: str, suf: str):
    """The currency or unit written onto a figure: ("money", code, extra tokens) or ("unit", (stated,
    pint, dimension), extra tokens); None. "$US113", "A82,615,680" (after "$"), "RM79", "164p",
    "24pc", "15kHz", "2.14degF", "1.19deg C"."""
    dollar_before = tok.i > 0 and doc[tok.i - 1].text == "$"
    if pre and pre not in ("~", "≈", "-", "+", "sub-"):
        key = pre.lower()
        if dollar_before and key in ("us", "a", "au", "hk", "nz", "c", "s"):
            key += "$"
        if key in CURRENCY_SIGNS:
            return "money", CURRENCY_SIGNS[key], 0
    low = suf.lower()
    if not low or SCALED.fullmatch("1" + suf) and (low not in ("m", "b") or _money_token(doc, tok)):
        return None
    if low in ("p",):
        return "money", "GBP-cent", 0
    if low == "pc":
        return "unit", UNITS["%"], 0
    if low in ("deg", "degc", "degf"):
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if low == "degf" or nxt == "f":
            return "unit", UNITS["°f"], 1 if nxt == "f" else 0
        return "unit", UNITS["°c"], 1 if nxt == "c" else 0
    if low in CURRENCY_WORDS and low not in UNITS:
        return "money", CURRENCY_WORDS[low], 0
    head = low.split("/")[0] if low not in UNITS else low
    if head in UNITS:
        extra = 0
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "/" and (head + "/" + doc[tok.i + 2].lower_) in UNITS:
            return "unit", UNITS[head + "/" + doc[tok.i + 2].lower_], 2
        return "unit", UNITS[head], extra
    return None


def _earlier(doc, start: int, root) -> bool:
    """"down from 19", "up from 2.4 million", "compared with 12 a year earlier": the value before a change."""
    words = [t.lower_ for t in doc[max(0, start - 3):start]]
    if words[-1:] == ["from"] and len(words) >= 2 and (words[-2] in ("up", "down", "higher", "lower") or
                                                          doc[start - 2].lemma_.lower() in RISE | FALL):
        return True
    return words[-2:] in (["compared", "with"], ["compared", "to"]) or words[-1:] in (["versus"], ["vs"], ["vs."])


def _value(doc, start: int, end: int, vague) -> float | None:
    if vague is not None:
        words = [t.lower_ for t in doc[start:end]]
        if words[:3] == ["tens", "of", "thousands"]:
            return 10_000.0
        if words[:3] == ["hundreds", "of", "thousands"]:
            return 100_000.0
        if words[:3] == ["tens", "of", "millions"]:
            return 10_000_000.0
        return float(vague)
    if end - start == 1 and doc[start].lower_ in ("a", "an"):
        return 1.0  # "around an hour"
    tokens = []
    for t in doc[start:end]:
        if t.text in ("$", "€", "£", "¥"):
            continue
        parts = figure_parts(t.text)
        if parts is not None:
            pre, num, suf = parts
            tokens.append(num + (suf if suf and SCALED.fullmatch("1" + suf) and suf.lower() not in ("m",) or
                                 suf in ("m", "M") and _money_token(doc, t) else ""))
            continue
        if tokens and SCALED.fullmatch(tokens[-1] + t.text.rstrip(".")) and not doc[t.i - 1].whitespace_ \
                and t.lower_.rstrip(".") in ("m", "bn", "k", "mn", "b", "tn"):
            tokens[-1] += t.text.rstrip(".")
        else:
            tokens.append(t.text)
    return parse_number(tokens)


def _money_token(doc, tok) -> bool:
    """"$334M", "€40m": a scale letter is a scale only for money."""
    parts = figure_parts(tok.text)
    return bool(parts and (parts[0] and parts[0] not in ("~", "≈", "-", "+", "sub-") or tok.i > 0 and doc[tok.i - 1].text in
                           ("$", "€", "£", "¥", "US$")))


def _root(doc, start: int, end: int):
    """The token of the number phrase that attaches it to the sentence."""
    span = doc[start:end]
    inside = {t.i for t in span}
    for t in span:
        if t.head.i not in inside or t.head.i == t.i:
            if t.lower_ not in ("a", "an"):
                return t
    return span.root


def _head_unit(root):
    """"517 rushing yards", "the 10-year contract": the noun the number counts, when it is a unit."""
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and root.head.pos_ in ("NOUN", "PROPN"):
        form = root.head.lower_
        if form in UNITS and form not in SHORT_UNITS and UNITS[form][2] not in ("percent",):
            return UNITS[form]
    return None


def _magnitude_here(doc, start: int, end: int, value: float) -> bool:
    """A bare decimal under 10 where the sentence speaks of a quake's magnitude ("the agency said it was 5.5",
    "measured 6.1 on the Richter scale", "a 6.1 quake")."""
    if not (1 <= value < 10) or "." not in doc[start:end].text:
        return False
    words = {t.lemma_.lower() for t in doc}
    if not words & {"magnitude", "richter", "quake", "earthquake", "tremor", "aftershock", "temblor", "seismic"}:
        return False
    root = _root(doc, start, end)
    return root.dep_ in ("attr", "dobj", "pobj", "nummod", "appos", "npadvmod", "conj", "nsubj", "ROOT") and \
        (root.head.lemma_.lower() in ("be", "measure", "register", "put", "say", "estimate", "record", "rate", "magnitude",
                                      "quake", "earthquake", "tremor", "at", "of", "revise", "upgrade", "downgrade", "to",
                                      "aftershock", "temblor") or "magnitude" in words or "richter" in words)


# Shocks other than the main one: an aftershock's magnitude is never the quake's.
OTHER_SHOCKS = frozenset("aftershock foreshock".split())


def _shock(doc, start: int, end: int, root) -> str:
    """"magnitude", or "aftershock magnitude" when the figure belongs to an aftershock ("a 5.1
    aftershock", "an aftershock measuring 5.1", "an aftershock of magnitude 5.1")."""
    near = [t for t in doc[max(0, start - 4):min(len(doc), end + 3)]] + list(root.ancestors)[:3]
    for t in near:
        if t.lemma_.lower() in OTHER_SHOCKS:
            return f"{t.lemma_.lower()} magnitude"
    return "magnitude"


def _per_after(doc, j: int) -> tuple[int, str] | None:
    """"$58.24 per barrel", "$15 an hour", "$2.24 per mmBTU", "$1,100 per square foot": money per something."""
    if j < len(doc) and doc[j].lower_ in ("per", "a", "an", "/"):
        unit = _unit_after(doc, j + 1)
        if unit is not None and unit[0] > 1:
            return unit[0] + 1, unit[1]
    if j + 1 < len(doc) and doc[j].lower_ in ("per", "a", "an", "/") and doc[j + 1].pos_ in ("NOUN", "PROPN", "X") \
            and (doc[j].lower_ in ("per", "/") or doc[j + 1].lower_ in ("hour", "day", "week", "month", "year", "barrel",
                                                                       "share", "ton", "tonne", "gallon", "litre", "head")):
        return 2, doc[j + 1].lemma_.lower() if doc[j + 1].pos_ != "PROPN" else doc[j + 1].text
    return None


@lru_cache(maxsize=None)
def _registry():
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=4096)
def _to_base(value: float, pint_name: str) -> tuple[float, str]:
    if not pint_name:
        return value, ""
    ureg = _registry()
    if pint_name in ("degC", "degF"):
        q = ureg.Quantity(value, ureg.parse_units(pint_name)).to("degC")
        return float(q.magnitude), "degree_Celsius"
    q = ureg.Quantity(value, ureg.parse_units(pint_name)).to_base_units()
    return float(q.magnitude), str(q.units)


@lru_cache(maxsize=256)
def _pint_dimension(pint_name: str) -> str:
    if not pint_name:
        return ""
    if pint_name in ("degC", "degF"):
        return "temperature"
    ureg = _registry()
    dims = str(ureg.parse_units(pint_name).dimensionality)
    return {"[length]": "length", "[mass]": "mass", "[time]": "time", "[length] ** 3": "volume",
            "[length] ** 2": "area", "[length] / [time]": "speed", "[length] ** 3 / [time]": "flow",
            "[temperature]": "temperature"}.get(dims, dims.strip("[]") or "dimensionless")


# --- what is counted or measured -------------------------------------------------------------

# Verbs whose object is what a figure measures: "put the toll at 40", "estimated the damage at $2bn";
# "set", "place", "peg", "fix" only here: as cues of who gives a figure they would take too much.
MEASURE_VERBS = lx.MEASURE_VERBS | frozenset("set place peg fix".split())
# Nouns that stand for a count of something else: "the number of people missing".
TALLY_NOUNS = frozenset("number count total tally figure".split())
# Words that make a count a difference between two others: "212 votes ahead", "15 seats short".
MARGIN_WORDS = frozenset("ahead behind apart short clear".split())


def _model(doc, start: int, last: int) -> str:
    """The make or model written right after a count ("seven AK-47 assault rifles", "12 AK 47 guns",
    "two F-16s"): what is counted, in letters and digits written one way ("ak47"); "" otherwise."""
    m = MODEL.match(doc[start:min(len(doc), last + 4)].text, len(doc[start].text))
    return (m.group(1) + m.group(2)).lower() if m else ""


MODEL = re.compile(r"\s+([A-Z]{1,3})[- ]?(\d{1,4})(?:s|'s)?\b")


def _counts_the_head(noun) -> bool:
    """A number the parse hung on a singular noun modifying a plural one right after it counts the
    plural ("3 bank employees"; not "a 3 bedroom house")."""
    return noun.dep_ == "compound" and noun.tag_ == "NN" and noun.head.tag_ == "NNS" and noun.head.i == noun.i + 1


def _counted(doc, start: int, end: int, root) -> tuple[str, str, bool, float | None]:
    """(thing counted, event class, is-an-update, whole it is a part of) for the number at doc[start:end]."""
    head = root
    noun = None
    part_of = None
    if head.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "appos") and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.i >= end:
        noun = head.head
        if _counts_the_head(noun):
            noun = noun.head  # "the 3 bank employees": employees, the parse hung the number on "bank"
    elif head.pos_ == "NOUN" and not head.like_num and head.lower_ not in FRACTIONS and head.lower_ not in VAGUE \
            and figure_parts(head.text) is None:
        noun = head
    elif head.dep_ in ("npadvmod", "dobj") and head.head.pos_ == "VERB" and doc[end:end + 2].text.lower() in PERCENT_WORDS:
        # "Greek stocks plunged 5.4 per cent": the verb's subject moved
        subj = [c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        noun = subj[0] if subj else None
    # "12 of the 40 wounded", "one of four concepts", "half of the 300 staff", "millions of Americans"
    of = of_objects(head)
    if noun is None and of:
        whole = of[0]
        whole_nums = [t for t in whole.subtree if t.like_num and t.i != head.i] or ([whole] if whole.like_num else [])
        if whole_nums and doc[start].lower_ not in VAGUE:
            part_of = parse_number([t.text for t in whole_nums[:1]])
        if whole.like_num:  # "12 of the 40 wounded": the whole is a number, counted by what follows it
            kids = [c for c in whole.children if c.dep_ in ("acl", "amod", "relcl") or c.pos_ == "NOUN"]
            noun = kids[0] if kids else None
        else:
            noun = whole
        while noun is not None and noun.lower_ in VAGUE:  # "tens of thousands of union members": the members
            deeper = of_objects(noun)
            noun = deeper[0] if deeper else None
    if noun is None and not of:
        noun = elided_noun(head)  # "Blackmore has 20 wives and Oler has two": two wives
    verb = noun if noun is not None else head
    changed = False
    anchor = noun if noun is not None else head
    if anchor is not None and anchor.dep_ == "pobj" and anchor.head.dep_ in ("prep", "agent") and anchor.head.head.pos_ in ("VERB", "AUX"):
        v = anchor.head.head
        changed = v.lemma_.lower() in lx.CHANGE_VERBS | lx.TAKE_TO_VERBS and anchor.head.lower_ == "to"
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        obj = [c for c in v.children if c.dep_ == "dobj"]
        if noun is None and v.lemma_.lower() in MEASURE_VERBS and anchor.head.lower_ in ("at", "as"):
            # "officials put the toll at 40": the toll is counted; "put it at 4.9": the sentence does not say
            noun = obj[0] if obj and obj[0].pos_ != "PRON" else None
            if noun is None:
                anchor = None
        elif noun is None and subj:
            noun = subj[0]  # "the toll rose to 14": the toll is counted
        elif noun is None and obj and changed and obj[0].pos_ == "NOUN":
            noun = obj[0]  # "bringing the death toll to 11": the toll is counted, and it grew
    elif anchor is None:
        pass
    elif anchor.dep_ in ("attr", "acomp") and noun is None:
        subj = [c for c in anchor.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].pos_ in ("NOUN", "PROPN"):
            noun = subj[0]  # "the toll was 14"
    elif anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in lx.CHANGE_VERBS and noun is None:
        changed = True
    if any(t is not None and t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lower_ == "high"
           and t.head.head.head.lemma_.lower() in lx.CHANGE_VERBS | lx.TAKE_TO_VERBS for t in (anchor, root)):
        changed = True  # "the offer was bumped as high as $184M": a new level, as "bumped to $184M"
    counted = ""
    event = ""
    if noun is not None and noun.lemma_.lower() in TALLY_NOUNS:
        of2 = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ in ("pobj", "amod", "acomp", "pcomp")]
        if of2:
            noun = of2[0]
    if noun is not None and (noun.lower_ in ("%", "percent", "per", "cent") or noun.lemma_.lower() in lx.CURRENCIES
                             or noun.lower_ in UNITS and UNITS[noun.lower_][2] in ("percent", "points")):
        whole = of_objects(noun)
        if not whole:
            verb_ = noun.head
            while verb_.pos_ not in ("VERB", "AUX") and verb_.head != verb_:
                verb_ = verb_.head
            subj = [c for c in verb_.children if c.dep_ in ("nsubj", "nsubjpass")]
            noun = subj[0] if subj and subj[0].pos_ in ("NOUN", "PROPN") else None
            if noun is not None and noun.lower_ in ("%", "percent", "per", "cent"):
                # "55 percent of voice traffic in Saudi Arabia, 52 percent in Egypt ... was out": the
                # subject is the list's first share, and what it is a share of is what all of them measure
                whole = of_objects(noun)
                if not whole:
                    return ("", "", changed, part_of)
        if whole:  # "70% of internet traffic": the traffic is measured
            return (whole[0].lemma_.lower(), lx.EVENT_OF.get(whole[0].lemma_.lower(), ""), changed, part_of)
    verb_event = ""
    if noun is not None:
        lemma = _singular(noun)
        compounds = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "acl")]
        event = next((lx.EVENT_OF[w] for w in [lemma] + compounds if w in lx.EVENT_OF), "")
        counted = "people" if lemma in lx.PEOPLE_NOUNS or lemma in lx.EVENT_OF and noun.pos_ in ("ADJ", "VERB") else lemma
        if any(c.lemma_.lower() == "attempt" and c.dep_ in ("amod", "compound") for c in noun.children):
            counted = f"attempted {counted}"  # "one attempted murder" is no murder
        happening = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
            else None
        if not event and happening is not None and lx.EVENT_OF.get(happening.lemma_.lower()):
            event = lx.EVENT_OF[happening.lemma_.lower()]  # "the deaths of 12 miners", "the arrest of three men"
        if noun.like_num or noun.pos_ == "PRON":
            counted = ""  # "two of them": the sentence does not say
        elif event and happening is not None and event == lx.EVENT_OF.get(happening.lemma_.lower()):
            pass  # the happening's people, counted as the toll: not "people in death"
        elif counted == "people" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
                and noun.head.head.lemma_.lower() not in TALLY_NOUNS and noun.head.head.lower_ not in VAGUE \
                and not noun.head.head.like_num:
            counted = f"people in {noun.head.head.lemma_.lower()}"  # "a town of 80,000 people": the town's people
        scope = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "for")
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC", "ORG")]
        if scope:
            counted = f"{counted} in {scope[0].lower_}"
        verb = noun if not (of and noun.i == of[0].i) else head  # "25 of the injured were hospitalised": the 25's verb
        told = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1]
        if told:
            verb = told[0]  # "250 injured and more than 800 homes destroyed": the homes were destroyed
    # a relative clause on what is counted is its own verb where no verb takes it as subject or object:
    # "killed during demonstrations by tens of thousands who marched through Athens" counts marchers,
    # not the dead ("the quake killed 30 people who were sleeping" counts the dead)
    holder = noun if noun is not None else head
    relative = None if holder is None or holder.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "appos") \
        or holder.dep_ == "pobj" and holder.head.head.pos_ in ("VERB", "AUX") else next(
        (c for c in holder.children if c.dep_ == "relcl" and c.pos_ == "VERB" and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("who", "that") for s in c.children)), None)
    if relative is not None:
        verb = relative
    # climb to the governing verb: "30 passengers were killed", "killing 30", "two injured miners died"
    for _ in range(4):
        if verb.pos_ in ("VERB", "ADJ") and verb.dep_ not in ("amod",) or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ in ("VERB", "ADJ") and verb.dep_ != "amod":
        lemma = verb.lemma_.lower()
        verb_event = lx.EVENT_OF.get(lemma, "")
        noun_own = lx.EVENT_OF.get(noun.lemma_.lower(), "") if noun is not None else ""
        # the noun's own class wins ("the toll rose", "victims were found"); then the verb's
        # ("two injured miners died": died, not injured); then a modifier's ("30 injured people")
        partitive = bool(of) and noun is not None and noun.i == of[0].i
        if noun_own and not (partitive and verb_event):
            event = noun_own
        elif verb_event:
            event = verb_event  # "25 of the injured were hospitalised": a part of the injured, hospitalised
        if not verb_event:
            # "confirmed dead", "reported missing", "recorded 24 people dead": the verb's complement
            # names what happened to those counted
            verb_event = next((lx.EVENT_OF[c.lemma_.lower()] for c in verb.children
                               if c.dep_ in ("oprd", "acomp") and c.lemma_.lower() in lx.EVENT_OF), "")
            if not verb_event and lemma in SUFFER_VERBS:  # "eight people suffered (from) serious injuries"
                harm = [c for c in verb.children if c.dep_ == "dobj"] + [
                    g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
                verb_event = next((lx.EVENT_OF[c.lemma_.lower()] for c in harm if c.lemma_.lower() in lx.EVENT_OF), "")
            if not verb_event and lemma not in SENTENCE_VERBS and any(
                    c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                    for c in verb.children):
                verb_event = "death"  # "were burnt to death", "suffocated to death", "crushed to death"
            if verb_event and not noun_own:
                event = verb_event
        # the number of a gathering named as the verb's subject ("the march was attended by 200,000"),
        # not a count of gatherings ("two demonstrations")
        gathering = noun is not None and noun.lemma_.lower() in lx.CROWD_NOUNS and not (
            root.dep_ == "nummod" and root.head.i == noun.i)
        if not event and (counted in ("", "people", "crowd") or counted.startswith("people in ") or gathering) \
                and _crowd(verb, lemma):
            # "20,000 people marched", "took to the streets", "police put the march at 30,000", "a
            # group of 130 people were marching"; not "two demonstrations"
            event, counted = "crowd", counted if counted == "crowd" else "people"
        if not event:
            event, counted = _gunfire(counted, verb, lemma)
        if lemma in lx.CHANGE_VERBS:  # "rose to 14", not "fell to the Red Sox in four games"
            changed = changed or any(c.dep_ == "prep" and c.lower_ == "to" and c.left_edge.i <= root.i <= c.right_edge.i
                                     for c in verb.children)
    own = [c for c in root.children if c.dep_ in ("acl", "amod") and c.i > root.i and c.lemma_.lower() in lx.EVENT_OF]
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.tag_ in ("VBN", "JJ") and nxt.lemma_.lower() in lx.EVENT_OF:
        own.append(nxt)  # the parser may hang "arrested" elsewhere
    if noun is None and own:
        event = lx.EVENT_OF[own[0].lemma_.lower()]  # "18 injured and 12 arrested": the 12 were arrested
    after = doc[noun.i + 1] if noun is not None and noun.i + 1 < len(doc) else None
    if after is not None and after.lower_ in MARGIN_WORDS or \
            any(t.lower_ in ("margin", "lead") for t in doc[max(0, start - 3):start]):
        counted, event = f"{counted} margin".strip(), ""  # "212 votes ahead", "a margin of 212": a difference
    if not event and counted in ("", "people"):
        place = _residents_of(head if noun is None else noun)
        if place:
            counted = f"people in {place}"  # "a population of 1,000", "800 people live in the community"
    if counted in lx.EVENT_OF and not event:
        event = lx.EVENT_OF[counted]
    return counted, event, changed, part_of


def elided_noun(number):
    """The noun a bare number leaves out, from the clause before it with the same verb: "Blackmore
    has 20 wives and Oler has two" -> wives; "he scored 20 points and she scored two" -> points.
    None where the number is no verb's object or no earlier object of that verb is counted."""
    verb = number.head
    if not number.like_num or number.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((tok for tok in reversed(number.doc[:verb.i]) if tok.dep_ == "dobj" and tok.pos_ == "NOUN"
                 and tok.head.i != verb.i and tok.head.lemma_ == verb.lemma_
                 and any(c.dep_ == "nummod" for c in tok.children)), None)


def _residents_of(tok) -> str:
    """The place whose people a number counts: the owner of a population ("the community, with a
    population of approximately 1,000", "the town has a population of 25,000") or where they live
    ("about 800 people live in the community", "700 members living in the valley"); "" otherwise."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "population":
        population = tok.head.head
        if population.dep_ == "pobj" and population.head.lower_ == "with":
            owner = population.head.head  # "the community, with a population of ..."
        elif population.dep_ == "dobj" and population.head.lemma_.lower() == "have":
            owner = next((c for c in population.head.children if c.dep_ == "nsubj"), None)
        else:
            owner = next((c for c in population.children if c.dep_ == "poss"), None)  # "the town's population of"
        return _place_word(owner)
    verb = tok.head if tok.dep_ == "nsubj" else next((c for c in tok.children if c.dep_ == "acl"), None)
    if verb is None or verb.lemma_.lower() not in ("live", "reside"):
        return ""
    return _place_word(next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                             for g in c.children if g.dep_ == "pobj"), None))


def _place_word(tok) -> str:
    """A place's word as slots name it: a common noun's lemma ("community"), a name as written, lower case."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return ""
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower()
    return " ".join(t.lower_ for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i)


PERCENT_WORDS = frozenset({"per cent", "percent", "%", "pct", "percentage points", "points"})


# Verbs of a court's sentence: "two men were sentenced to death" are alive.
SENTENCE_VERBS = frozenset({"sentence", "condemn"})
# Verbs whose object says what befell those counted ("suffered serious injuries", "sustained burns").
SUFFER_VERBS = frozenset({"suffer", "sustain", "receive", "incur", "get"})


def _gunfire(counted: str, verb, lemma: str) -> tuple[str, str]:
    """(event, thing counted) of a count of shots: how often a person was hit ("was shot 11 times",
    "hitting Gray eleven times", "seven bullets hit him", "hit by seven bullets", "stabbed 20 times")
    or how many shots were fired ("fired 11 shots", "the seven bullets fired by the officers");
    ("", counted) for any other count. Each is one of a shooting's facts, whoever tells it."""
    # a round strikes someone: "was hit N times", "hitting Gray N times", "hit him"; not "the quake
    # hit the region three times"
    person = any(c.dep_ in ("auxpass", "nsubjpass") or c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in (
        "him", "her", "them")) for c in verb.children)
    if counted == "time" and (lemma in lx.WOUND_VERBS or lemma in lx.IMPACT_VERBS and person):
        return "hit", ""
    if counted in lx.ROUND_NOUNS:
        if lemma in lx.IMPACT_VERBS or lemma in ("enter", "pierce"):
            return "hit", ""
        if lemma in lx.FIRE_VERBS:
            return "gunfire", ""
    return "", counted


def _crowd(verb, lemma: str) -> bool:
    """The verb counts people who turned out: they marched, rallied, took to the streets, or a
    source put the march or the crowd at a number."""
    if lemma in lx.CROWD_VERBS or lemma == "attend":  # "the march was attended by 200,000"
        return True
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in lx.MEASURE_VERBS:
        verb, lemma = verb.head, verb.head.lemma_.lower()  # "put the march, to mark a strike, at 30,000"
    kids = list(verb.children)
    if lemma == "take" and any(c.lower_ == "to" and any(g.lemma_.lower() == "street" for g in c.children) for c in kids):
        return True
    return lemma in lx.MEASURE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in lx.CROWD_NOUNS for c in kids)


def _located(doc, start: int) -> str:
    """What a distance from a place places, when a noun stands just before it ("a motorist 50 miles
    north of Detroit", "the building, about 15 miles north of Detroit"); "" when a verb does ("the
    quake struck 55 km west of Bireun": its subject's) or a name (a time zone, a ship's name: the
    parse does not say what it places). Its lemma, lower-case."""
    i = start - 1
    while i >= 0 and (doc[i].text == "," or doc[i].lower_ in lx.APPROXIMATORS or doc[i].lower_ in ("just", "only")):
        i -= 1
    return doc[i].lemma_.lower() if i >= 0 and doc[i].pos_ == "NOUN" else ""  # (not "1100 hrs IST, 150 miles west")


def _a_things_age(old) -> bool:
    """ "-old" said of a thing, not a person: "a 41-year-old double murder case", "the 60-year-old
    bridge": how long it has lasted, not anyone's age."""
    head = old.head if old.dep_ in ("amod", "acomp") else None
    return head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in lx.AGED_THINGS


def _bearing(doc, end: int) -> tuple[str, str]:
    """(place, compass direction) of a distance written "N km west of Aden", "55 kilometers (34
    miles) south-east of the town of Bireun"; ("", "") when the words after the number say not."""
    k = end
    if k < len(doc) and doc[k].text == "(":  # a conversion in brackets: "(34 miles)"
        close = next((i for i in range(k + 1, min(k + 8, len(doc))) if doc[i].text == ")"), None)
        if close is None:
            return "", ""
        k = close + 1
    words = []
    while k < len(doc) and (doc[k].lower_.replace("-", "") in COMPASS or doc[k].text == "-" and words):
        words.append(doc[k].lower_)
        k += 1
    compass = "".join(words).replace("-", "")
    if compass not in COMPASS or k >= len(doc) or doc[k].lower_ != "of" or k + 1 >= len(doc):
        return "", ""
    place = next((t for t in doc[k + 1:k + 6] if t.pos_ in ("PROPN", "NOUN")), None)
    if place is None:
        return "", ""
    if place.pos_ == "NOUN":  # "the town of Bireun": the town's name
        named = [g for c in place.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.pos_ == "PROPN"]
        if not named:
            return "", ""
        place = named[0]
    while place.dep_ == "compound" and place.head.pos_ == "PROPN" and place.head.i == place.i + 1:
        place = place.head  # "Banda Aceh"
    first = place.left_edge if place.left_edge.pos_ == "PROPN" else place
    return doc[first.i:place.i + 1].text.lower(), compass


# Compass points, as one word: "southeast" ("south-east", "south east").
COMPASS = frozenset(a + b for a in ("north", "south", "") for b in ("east", "west", "") if a + b) | {"north", "south"}


def _measured(doc, start: int, end: int, root) -> str:
    """What a measurement measures: "12 cm of rain" -> rain, "a 40 km stretch" -> stretch,
    "rose 4 metres" -> the verb's subject (river), "620 miles away from the capital" -> distance
    from capital, "Total downtime was 1hr 4 mins" and "downtime of around an hour" -> downtime; ""
    when the sentence does not say."""
    unit = doc[end - 1]
    if unit.head.i > unit.i and unit.dep_ in ("amod", "nmod", "compound", "nummod") and _time_word(unit) \
            and _time_word(unit.head):
        unit = unit.head  # "1hr 4 mins", "2 hrs 30 mins": one span of time, told by its last unit
    if _time_word(unit):
        if unit.dep_ == "attr" and unit.head.lemma_ == "be":
            subj = [c for c in unit.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
            if subj and subj[0].lemma_.lower() not in SPAN_NOUNS:
                return _lasted(subj[0].lemma_.lower())  # "Total downtime was 1hr 4 mins"
        if unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.pos_ == "NOUN" \
                and unit.head.head.lemma_.lower() not in SPAN_NOUNS:
            return _lasted(unit.head.head.lemma_.lower())  # "caused downtime of around an hour"
    of = of_objects(unit)
    if of and not of[0].like_num:
        return of[0].lemma_.lower()
    if unit.dep_ in ("compound", "amod", "nmod") and unit.head.pos_ == "NOUN" and unit.head.i > unit.i:
        return unit.head.lemma_.lower()
    if root.dep_ in ("compound", "amod", "nummod") and root.head.pos_ == "NOUN" and root.head.i > end - 1 \
            and root.head.lower_ not in UNITS:
        return root.head.lemma_.lower()
    task = _task(unit) if unit.lemma_.lower() in DURATION_UNITS else ""
    if task:
        return f"time to {lx.TASK_OF.get(task, task)}"
    verb, offset = unit.head, False
    froms = [c for c in unit.children if c.dep_ == "prep" and c.lower_ == "from"]
    if unit.dep_ == "npadvmod" and verb.lower_ == "from":
        froms.append(verb)  # "some 320 kilometers from the provincial capital Banda Aceh"
    place = _from_place(froms[0]) if froms and unit.lemma_.lower() in LENGTH_UNITS else ""
    if place:
        return f"distance from {place}"
    if unit.dep_ in ("npadvmod",) and verb.pos_ in ("ADP", "ADV"):
        ref = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj"]
        if ref:  # "620 miles away from the capital": the distance from a named place
            return f"distance from {ref[0].lemma_.lower() if ref[0].pos_ != 'PROPN' else ref[0].text.lower()}"
        verb, offset = verb.head, True  # "4 metres above its normal level", "5 miles offshore"
    if unit.dep_ in ("dobj", "npadvmod", "attr") and verb.pos_ == "VERB":
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].pos_ in ("NOUN", "PROPN"):
            if _time_word(unit) and subj[0].lemma_.lower() in lx.HAPPENING_OF:
                return _lasted(subj[0].lemma_.lower())  # "the outage lasted 2 hrs 30 mins"
            return f"{subj[0].lemma_.lower()} {'offset' if offset else verb.lemma_.lower()}"
    if unit.dep_ == "pobj" and unit.head.lower_ == "for" and unit.lemma_.lower() in DURATION_UNITS:
        verb = unit.head.head
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.pos_ == "VERB" else []
        happening = lx.HAPPENING_OF.get(subj[0].lemma_.lower(), "") if subj else ""
        if happening:  # "the quake shook houses for around one minute", "was felt for 15 seconds"
            return f"{happening} duration"
    return ""


def _singular(noun) -> str:
    """The noun's lemma, a people's name in the singular ("12 Somalis" and "12 Somali" count the
    same people; spaCy leaves a proper plural as written)."""
    lemma = noun.lemma_.lower()
    return singular_people(lemma) if noun.ent_type_ == "NORP" else lemma


def singular_people(word: str) -> str:
    """A people's name in the singular: "somalis" -> "somali" ("swiss" stays)."""
    return word[:-1] if re.fullmatch(r"[a-z]{4,}[^s]s", word) else word


DURATION_UNITS = frozenset("second minute hour day week month".split())
# Nouns that name a span of time itself, not what lasted it ("a period of 29 hours", "the time was 12 days").
SPAN_NOUNS = frozenset("period time span total course space matter length duration spell stretch interval "
                       "maximum minimum average".split())


def _lasted(noun: str) -> str:
    """What a span of time is the length of: a happening's duration ("downtime" and "the outage" are
    one outage's), else the noun."""
    return f"{lx.HAPPENING_OF[noun]} duration" if noun in lx.HAPPENING_OF else noun


def _time_word(tok) -> bool:
    """A unit of time as written: "hour", "hrs", "mins", "1hr" (a figure with its unit attached)."""
    word = tok.lower_.rstrip(".").lstrip("0123456789.")
    return word in TIME_UNITS or word in ("hr", "hrs", "min", "mins", "sec", "secs")
LENGTH_UNITS = frozenset("kilometre kilometer km mile metre meter m yard foot feet".split())


def _from_place(prep) -> str:
    """The place a "from" names, by its proper name where the phrase gives one ("from the provincial
    capital Banda Aceh" -> "banda aceh", "from Jakarta" -> "jakarta"); "" for none."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return ""
    names = [t for t in obj.subtree if t.pos_ == "PROPN"]
    if names:
        return " ".join(t.text for t in names).lower()
    return ""


def _task(unit) -> str:
    """What a span of time is the time to do, where the sentence says: "it would take 12 days to
    repair the cable" / "the break would take 12 days to fix" / "repairs were expected to take 12
    days" / "the total repair time will be around twelve days" -> the act's lemma; "" otherwise."""
    verb = unit.head
    if verb.lemma_ == "take" and unit.dep_ == "dobj":
        doc = unit.doc
        act = doc[unit.i + 2] if unit.i + 2 < len(doc) and doc[unit.i + 1].lower_ == "to" \
            and doc[unit.i + 2].pos_ == "VERB" else None  # "12 days to fix", whatever the parse attached it to
        act = act or next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"), None)
        if act is not None:
            return act.lemma_.lower()
        holder = verb.head if verb.dep_ == "xcomp" else verb  # "repairs were expected to take 12 days"
        subj = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        return subj[0].lemma_.lower() if subj and subj[0].lemma_.lower() in lx.TASK_OF else ""
    if verb.lemma_ == "be" and unit.dep_ in ("attr", "npadvmod"):
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() == "time"]
        done = [c for s in subj for c in s.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        return done[0].lemma_.lower() if done else ""  # "the repair time will be twelve days"
    return ""
