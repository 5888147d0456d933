"""Thresholds of the judging stages (events, table, rules, judge) in one place, each with its why.

Measured on ECB+ real news (bench/ecb_eval.py, bench/ecb_flags.py) and our story corpora; change
one only with those figures in hand."""
from __future__ import annotations

import datetime as dt

# Two exact numbers within 2% are one number rounded differently ("40,000" and "39,500" is not).
ROUNDING = 0.02


# Two lower bounds ("at least 5" / "at least 11 dead") are two confirmed counts of one fact when
# within this factor of each other; further apart, the smaller is a part (one incident's injured
# within a country's). On ECB+ the annotated rival floors are at most 5 apart (1 vs 5, 200 vs 400).
FLOORS_APART = 10


# Times of day within this many minutes are the same moment reported by two clocks.
TIME_SLACK = 10


# Strong same-event evidence needed before naming a different person a contradiction:
# different people doing the same thing is usually a different event. One anchor less when
# both name the same specific title of three words or more ("election commission chair").
ENTITY_ANCHORS = 2


# Two claims are said to agree only when their alignment score reaches this (the alignment
# threshold lets in looser pairs, which help group a story's claims but are not "the same").
AGREEMENT_SCORE = 0.35
# ... and below this they must also share a fact (a count, a day or a name): resemblance alone
# chained dozens of claims into one "agreement" on ECB+ real news.
AGREEMENT_ALONE = 0.6
# ... and below this, one shared word is no shared fact: on ECB+ the agreements a reader called wrong
# ("kids", two officers' ranks) matched at 0.42-0.45.
AGREEMENT_ONE_WORD = 0.5


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


# Articles are one event when the average similarity of their profiles (events.profile_similarity:
# names, content words and years, tf-idf within the run) reaches this, unless a split keeps them
# apart. On ECB+ (42 topics, two similar events each, average linkage): 0.15 keeps 94% of
# same-event article pairs together and 80% of different-event pairs apart; 0.2 keeps 79% and
# 97%. Single linkage on the alignment's context kept only 27% of different-event pairs apart.
EVENT_SIMILARITY = 0.2


# Two groups of articles a little less alike than EVENT_SIMILARITY are one event when their aligned
# sentences share a telling fact (a calendar day, "23 pirates", a magnitude) this many times, and
# twice as often as they clash (events.py: _join_on_facts). On ECB+ (42 topics) groups of one event
# that pass: 12 of the 44 below 0.2; groups of two events: none (the nearest fail at 0.13, with 3
# shared facts against one clash).
EVENT_JOIN_SIMILARITY = 0.15
EVENT_JOIN_FACTS = 3
# A shared count below this tells nothing of which event ("two people", "three boats"): any two
# events of a kind may share it.
EVENT_JOIN_COUNT = 5


# A line that is little more than a date ("Published May 3, 2013") is metadata, not a report
# of when something happened.
MIN_WORDS = 3


# A slot this many of an event's articles fill is one of its key facts (compared wherever stated,
# like a toll), whatever it counts: "three undersea cables were cut" in a story of cut cables.
COMMON_SLOT = 4


# A day an article names still dates this many sentences after it that name none (narrative time:
# "On Wednesday the crowd turned ... By the end 46 people had been arrested"); further on, a
# sentence with no day of its own is of no known day.
NARRATIVE_REACH = 8


# A value agreed in the fact table is reported when this many articles give it.
SLOT_SOURCES = 2

# A sentence dated more than this from its event's day is about another happening (a background
# event: "the 2004 tsunami", "last year's flood"), as the facts stage's own background rule (45 days).
BACKGROUND_DAYS = dt.timedelta(days=45)

# A report that something has not happened yet ("results have not been released") and one published
# this many days later that says it has: the later one is an update (`rules.not_yet`); a day apart,
# the two may tell one moment and stay a contradiction.
NOT_YET_DAYS = 2

# Characters from a count of the dead to the words of how they died ("Three people have suffocated
# to death", "the 3 bank employees were burnt to death"): the count's own clause, not a later one's.
MANNER_REACH = 60
