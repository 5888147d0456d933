"""The records passed between pipeline stages: plain frozen dataclasses, no I/O, no logic.

sources -> Article, claims -> Claim, facts -> Facts, align -> ClaimGroup,
judge -> Finding, pipeline -> Report.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Verdict(str, Enum):
    """What a finding says about its claims; ordered by how urgently an editor must look."""

    CONTRADICTION = "contradiction"
    CERTAINTY_GAP = "certainty_gap"
    STATUS_CHANGE = "status_change"
    AGREEMENT = "agreement"
    UNIQUE = "unique"


VERDICT_ORDER = {v: i for i, v in enumerate(Verdict)}


@dataclass(frozen=True)
class Article:
    """One source file, decoded, with the metadata it states about itself."""

    id: str
    path: str
    text: str  # the whole file as decoded (or the extracted text, for HTML); offsets point here
    body_start: int = 0  # first character after the front matter
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_from: str | None = None  # "front matter", "html", "text" (a dateline or "today, ...")
    format: str = "text"  # "text", "markdown", "html", "docx" or "pdf"
    encoding: str = "utf-8"
    duplicate_of: str | None = None  # id of an earlier article with the same text
    place: str | None = None  # the dateline's place ("KABUL (Reuters) -", "LONDON, March 3, 2011 -")
    credit: str | None = None  # the agency a dateline or credit line names ("Reuters", "AP")
    metadata_lines: tuple[tuple[int, int, str], ...] = ()  # (start, end, kind): datelines, bylines, URLs, credits
    pages: tuple[int, ...] = ()  # for a PDF: the offset in ``text`` where each page starts


@dataclass(frozen=True)
class Claim:
    """One sentence (or headline) of an article; ``article.text[start:end] == text``."""

    id: str
    source: str
    text: str
    start: int
    end: int
    line: int  # 1-based line of the file where the claim starts
    headline: bool = False


@dataclass(frozen=True)
class Quantity:
    """A number in a claim, as an interval that accounts for its hedging ("about", "at least")."""

    text: str
    value: float
    low: float
    high: float
    unit: str = ""  # canonical unit ("", "percent", "USD", "meter", "minute-of-day", ...)
    dimension: str = "count"  # "count", "percent", "money", "length", "mass", "time-of-day", ...
    approx: str = "exact"  # "exact", "about", "at least", "more than", "up to", "nearly", ...
    counted: str = ""  # normalised thing counted ("person", "vote", "tonne"...), "" when unknown
    event: str = ""  # normalised verb the count belongs to ("death", "injury", "return"...)
    changed: bool = False  # "rose to", "climbed to": the count is an update of an earlier one
    stated: float | None = None  # the number as written, scale words applied ("87 mph" -> 87)
    stated_high: float | None = None  # the top of a stated range ("from 40 to 55 miles" -> 55)
    stated_unit: str = ""  # the unit as words ("mile per hour", "dollar", "percent", "magnitude")
    change: str = "="  # = exact, ~ about, > at least, < at most, up / down: the amount of a change
    part_of: float | None = None  # "12 of the 40 wounded": a part of 40, not a total
    increment: bool = False  # "three more victims", "rose 4%": an amount added or taken, not a total
    earlier: bool = False  # "14 seats, down from 19", "compared with 12 a year earlier": a former value
    background: str = ""  # another happening than the article's: "2004" ("a 2004 quake killed..."), "previous attack"
    start: int = 0  # character offsets of the quantity in the claim
    end: int = 0
    source: str = ""  # who states this number, when its own clause says ("the USGS said 5.2")
    certainty: str = ""  # how certain its own clause is, when that differs from the sentence
    bearing: str = ""  # the compass direction of a distance from a place: "west" in "55 km west of Bireun"
    located: str = ""  # what a distance places, named just before it: "motorist" in "a motorist 50 miles north of Detroit"
    years: tuple[int, ...] = ()  # the years dates in the number's own clause state ("killing three in 2002")
    zone: str = ""  # the time zone a clock time is given in: "local", "utc" (GMT, UTC), "edt"...; "" unsaid
    # the sentence's day is another clause's: "The city was calm on Sunday but ... riots overnight, when a
    # hundred youths attacked ... two banks" (the banks were attacked overnight, not on Sunday)
    day_elsewhere: bool = False
    holder: str = ""  # the named person who has the things counted, by surname ("Oler has at least three wives" -> "Oler")


@dataclass(frozen=True)
class DateRef:
    """A date expression resolved to an inclusive range of days where possible."""

    text: str
    start: dt.date | None
    end: dt.date | None
    granularity: str = ""  # "day", "week", "month", "year", "" when unresolved
    year_known: bool = True  # False when the year was assumed, not stated or anchored
    # in a clause of "since" ("pushing the toll above 680 since the conflict began on December 27"): the
    # day an earlier span began, not the day the sentence tells of
    since: bool = False


@dataclass(frozen=True)
class Entity:
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, LOC, FAC
    norm: str  # lower-case, without leading "the" and possessive
    role: str = ""  # title preceding a person: "defense minister"


@dataclass(frozen=True)
class Attribution:
    """Who a claim rests on: the article itself when nothing is attributed."""

    text: str  # the span as written ("a source in the Turkish Ministry of Defense")
    name: str  # normalised ("turkish ministry of defense", "reuters", "sources")
    kind: str = "article"  # "article", "named", "anonymous"
    cue: str = ""  # the reporting word ("told", "according to", "reported")


@dataclass(frozen=True)
class Facts:
    """What one claim says, as read by the facts stage."""

    claim_id: str
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateRef, ...] = ()
    times: tuple[Quantity, ...] = ()  # times of day, as minutes after midnight
    entities: tuple[Entity, ...] = ()
    negated: bool = False
    negation_cue: str = ""
    attribution: Attribution = field(default_factory=lambda: Attribution("", "article"))
    certainty: str = "asserted"  # asserted, reported, hedged, cautioned, denied
    certainty_cue: str = ""
    status: str = ""  # planned, ongoing, done, "" when not an event
    status_cue: str = ""
    predicate: str = ""  # lemma of the main event verb (reporting verbs skipped)
    subject: str = ""  # lower-case head of the main event's subject
    subject_named: bool = False  # that head is a proper name ("Manning threw ..."), whatever the entity tagger made of it
    keywords: tuple[str, ...] = ()  # content lemmas, sorted
    doubted: tuple[str, ...] = ()  # the verb and nouns of the clause a doubt or denial quotes ("claims that Turkey will establish bases")
    # the questions the claim says are open: (question word, verb, nouns...) ("unclear where they would be taken")
    asked: tuple[tuple[str, ...], ...] = ()
    # the name the claim says a happening does not deserve ("did not constitute a riot" -> "riot")
    disowned: str = ""
    # the people whose names the claim says are not given ("has not released the names of the
    # sergeant and cop" -> ("sergeant", "cop"); "the unidentified officers" -> ("officer",))
    withheld: tuple[str, ...] = ()
    # a thing the claim says was in fact something else, and what: "the vessel was actually a Thai
    # fishing trawler" -> ("ship", "thai fishing trawler")
    corrected: tuple[str, ...] = ()
    # a named person killed or shot and the day the sentence puts it on: "Korkoneas killed
    # Grigoropoulos on Sunday" -> ("grigoropoulos", "Sunday")
    killed_on: tuple[str, ...] = ()
    arrested_on: tuple[str, ...] = ()  # a named person arrested and the day it is put on
    # what the claim says caused a harm, and whether only supposed: "the shooting may have been
    # caused by a ricochet bullet" -> (("death", ("bullet", "ricochet"), True),)
    caused: tuple[tuple[str, tuple[str, ...], bool], ...] = ()


@dataclass(frozen=True)
class PairScore:
    a: str
    b: str
    fuzzy: float  # 0..1, rapidfuzz token_set_ratio / 100
    cosine: float | None  # embedding cosine, None in --fuzzy-only runs
    combined: float
    context: float = 0.0  # similarity of the two articles as wholes (same event?)


@dataclass(frozen=True)
class ClaimGroup:
    """Claims from two or more sources that talk about the same thing."""

    id: str
    claims: tuple[str, ...]
    pairs: tuple[PairScore, ...]  # the scored cross-source pairs inside the group

    @property
    def score(self) -> float:
        return max((p.combined for p in self.pairs), default=0.0)


@dataclass(frozen=True)
class Alignment:
    """What ``align`` hands to ``judge``: the groups, and every direct cross-source edge."""

    groups: tuple[ClaimGroup, ...]
    edges: tuple[PairScore, ...]  # pairs scored at or above the threshold, strongest first


@dataclass(frozen=True)
class Finding:
    kind: Verdict
    claims: tuple[str, ...]
    reason: str
    score: float
    aspect: str = ""  # for contradictions: number, direction (one distance, two bearings), date, entity, negation, place (at sea or on land), manner (how the dead died), other
    subject: str = ""  # what the finding is about, in a few words ("passengers killed")
    compared: tuple[dict, ...] = ()  # the facts compared, for the JSON
    independent_sources: int = 0  # for agreements: sources after merging shared wires
    group: str = ""
    fuzzy: float | None = None
    cosine: float | None = None
    slot: str = ""  # the fact table's slot the finding is about ("deaths"), when it is about one
    sides: tuple[tuple[str, ...], ...] = ()  # claim ids that stand together, for findings that set claims against each other
    id: str = ""  # stable id ("f-3a9c01b7"), from what the finding is about (``review.assign_ids``)


@dataclass(frozen=True)
class Report:
    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    facts: dict  # claim id -> Facts
    findings: tuple[Finding, ...]
    model: str
    options: dict
    run: dict  # when it ran, how long it took: the only non-deterministic part
    warnings: tuple[str, ...] = ()
    events: tuple[tuple[str, ...], ...] = ()  # article ids grouped by the event they report
    event_splits: tuple = ()  # events.EventSplit: why two articles were kept apart
    table: tuple = ()  # table.Slot: the fact table, every slotted number by event
    folder: str = ""  # the sources compared: a folder, or the files given, as resolved paths
    reviews: dict = field(default_factory=dict)  # finding id -> the editors' latest decision (``review``)
    since: dict = field(default_factory=dict)  # finding id -> "new", "changed", "unchanged" against the last report
    since_report: dict = field(default_factory=dict)  # the previous report: its path, when it ran, ids gone since
    review_file: str = ""  # the review file, relative to the JSON report's folder
