"""Alignment: the hybrid score, grouping, and that similar-but-different claims stay apart."""
from __future__ import annotations

import numpy as np
import pytest

from factcheck.align import AlignConfig, align_claims, normalise
from factcheck.models import Claim, Facts


def _claims(*items):
    return [Claim(f"c{n}", src, text, 0, len(text), 1) for n, (src, text) in enumerate(items, 1)]


class FakeEmbedder:
    """Embeds by a fixed table of topic vectors, so that tests control the cosine exactly."""

    name = "fake"

    def __init__(self, table):
        self.table = table

    def encode(self, texts):
        rows = np.array([self.table[t] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_normalise_folds_accents_quotes_and_punctuation():
    assert normalise("The attaché’s “new” post, at 3.5%!") == "the attache s new post at 3.5%"


def test_align_groups_claims_with_close_embeddings_across_sources():
    claims = _claims(("a", "The ferry sank off the cape."), ("a", "Shares rose sharply."),
                     ("b", "A passenger boat went down near the headland."), ("b", "The weather was mild."))
    table = {claims[0].text: [1, 0, 0], claims[1].text: [0, 1, 0], claims[2].text: [0.98, 0.1, 0],
             claims[3].text: [0, 0, 1]}
    emb = FakeEmbedder(table).encode([c.text for c in claims])
    groups = align_claims(claims, {}, emb, AlignConfig(context_weight=0.0))
    assert [g.claims for g in groups.groups] == [("c1", "c3")]
    pair = groups.groups[0].pairs[0]
    assert pair.cosine == pytest.approx(0.995, abs=0.01)
    assert 0 <= pair.fuzzy <= 1
    assert pair.combined == pytest.approx(0.7 * pair.cosine + 0.3 * pair.fuzzy, abs=1e-3)


def test_align_never_groups_claims_of_one_source_alone():
    claims = _claims(("a", "The ferry sank."), ("a", "The ferry sank."), ("b", "Markets closed higher."))
    emb = FakeEmbedder({claims[0].text: [1, 0], claims[2].text: [0, 1]}).encode([c.text for c in claims])
    assert align_claims(claims, {}, emb).groups == ()


def test_one_claim_can_match_two_claims_in_another_article():
    claims = _claims(("a", "Thirty passengers died and the captain survived."),
                     ("b", "Thirty passengers died."), ("b", "The captain survived."))
    table = {claims[0].text: [1, 1, 0], claims[1].text: [1, 0.2, 0], claims[2].text: [0.2, 1, 0]}
    emb = FakeEmbedder(table).encode([c.text for c in claims])
    groups = align_claims(claims, {}, emb, AlignConfig(context_weight=0.0))
    assert [g.claims for g in groups.groups] == [("c1", "c2", "c3")]


def test_fuzzy_only_aligns_shared_wording_without_embeddings():
    claims = _claims(("a", "The Harbor Bridge was closed to traffic on Monday after the storm."),
                     ("b", "After the storm the Harbor Bridge was closed to traffic on Monday."),
                     ("b", "Shares in the shipping company fell by a third."))
    groups = align_claims(claims, {}, None)
    assert [g.claims for g in groups.groups] == [("c1", "c2")]
    assert groups.groups[0].pairs[0].cosine is None


@pytest.mark.model
def test_paraphrase_with_few_shared_words_is_aligned_by_embeddings(embedder):
    a = "Police arrested the suspect at the airport."
    b = "The suspect was detained by officers at the terminal."
    unrelated = "The central bank left interest rates unchanged."
    claims = _claims(("x", a), ("y", b), ("y", unrelated))
    assert align_claims(claims, {}, None).groups == ()  # wording alone misses it
    emb = embedder.encode([c.text for c in claims])
    groups = align_claims(claims, {}, emb, AlignConfig(context_weight=0.0))
    assert [g.claims for g in groups.groups] == [("c1", "c2")]
    assert groups.groups[0].pairs[0].fuzzy < 0.6 < groups.groups[0].pairs[0].cosine


@pytest.mark.model
def test_shared_words_with_different_meaning_score_below_a_real_paraphrase(embedder):
    base = "The bank raised interest rates by half a point."
    paraphrase = "The central bank increased borrowing costs by 0.5 percentage points."
    lookalike = "Flood waters rose half a point above the river bank."
    claims = _claims(("x", base), ("y", paraphrase), ("z", lookalike))
    emb = embedder.encode([c.text for c in claims])
    from factcheck.align import _Scorer

    texts = [normalise(c.text) for c in claims]
    scorer = _Scorer(claims, {}, texts, emb, AlignConfig(context_weight=0.0), np.ones((3, 3)), np.array([0, 1, 2]))
    assert scorer.pair(0, 1).combined > scorer.pair(0, 2).combined
    assert scorer.pair(0, 2).fuzzy > scorer.pair(0, 1).fuzzy  # the lookalike shares more words


def test_different_people_and_days_lower_the_score():
    from factcheck.models import DateRef, Entity
    import datetime as dt

    claims = _claims(("a", "Tara Reid checked into rehab on January 6."), ("b", "Lindsay Lohan checked into rehab on May 3."),
                     ("c", "Tara Reid checked into rehab on January 6, her publicist said."))
    facts = {
        "c1": Facts("c1", entities=(Entity("Tara Reid", "PERSON", "tara reid"),),
                    dates=(DateRef("January 6", dt.date(2009, 1, 6), dt.date(2009, 1, 6), "day"),)),
        "c2": Facts("c2", entities=(Entity("Lindsay Lohan", "PERSON", "lindsay lohan"),),
                    dates=(DateRef("May 3", dt.date(2013, 5, 3), dt.date(2013, 5, 3), "day"),)),
        "c3": Facts("c3", entities=(Entity("Tara Reid", "PERSON", "tara reid"),),
                    dates=(DateRef("January 6", dt.date(2009, 1, 6), dt.date(2009, 1, 6), "day"),)),
    }
    # c2 is as close to c1 as a plausible paraphrase (cosine 0.45); its facts tell it apart
    emb = FakeEmbedder({claims[0].text: [1, 0], claims[1].text: [0.45, 0.893], claims[2].text: [1, 0.05]}).encode(
        [c.text for c in claims])
    config = AlignConfig(context_weight=0.0)
    assert [g.claims for g in align_claims(claims, {}, emb, config).groups] == [("c1", "c2", "c3")]
    assert [g.claims for g in align_claims(claims, facts, emb, config).groups] == [("c1", "c3")]


def _two_stories(articles_each=4):
    """Two stories, each told by several articles in the same three sentences; a sentence's vector
    is mostly its own, a little its story's."""
    stories = {"quarry": ["The quarry wall fell on Tuesday.", "Two diggers were buried.", "The owner apologised."],
               "regatta": ["The regatta was cancelled by wind.", "Forty boats had entered.", "Tickets will be refunded."]}
    items, table = [], {}
    for s, (story, lines) in enumerate(stories.items()):
        for a in range(articles_each):
            for k, line in enumerate(lines):
                items.append((f"{story}{a}", line))
                table[line] = 3 * np.eye(8)[3 * s + k] + np.eye(8)[6 + s]
    return _claims(*items), table


def test_comparing_each_article_with_its_nearest_articles_keeps_every_story_whole(monkeypatch):
    from factcheck import align

    claims, table = _two_stories()
    emb = FakeEmbedder(table).encode([c.text for c in claims])
    whole = align_claims(claims, {}, emb)
    sources = np.array([int(c.source[-1]) + 4 * c.source.startswith("regatta") for c in claims])
    near = align.article_neighbours([c.text for c in claims], sources, emb, 8, 3)
    assert [sorted(n) for n in near] == [[0, 1, 2, 3]] * 4 + [[4, 5, 6, 7]] * 4
    monkeypatch.setattr(align, "ARTICLE_NEIGHBOURS", 3)  # 8 articles: each compared with 3 others
    blocked = align_claims(claims, {}, emb)
    assert [g.claims for g in blocked.groups] == [g.claims for g in whole.groups]
    assert len(whole.groups) == 6 and all(len(g.claims) == 4 for g in whole.groups)


def test_fuzzy_only_runs_find_nearest_articles_by_their_words():
    from factcheck import align

    claims, _ = _two_stories()
    texts = align.distinctive_texts(claims)
    sources = np.array([int(c.source[-1]) + 4 * c.source.startswith("regatta") for c in claims])
    near = align.article_neighbours(texts, sources, None, 8, 3)
    assert [sorted(n) for n in near] == [[0, 1, 2, 3]] * 4 + [[4, 5, 6, 7]] * 4
