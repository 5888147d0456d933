"""Events: articles grouped by the happening they report, from what they name, say and date."""
from __future__ import annotations

import datetime as dt

from collections import Counter

import numpy as np

from factcheck.events import _join_on_facts, profile_similarity, split_events
from factcheck.models import Alignment, Article, Claim, DateRef, Entity, Facts


def article_facts(source, n, names, words, year):
    """Claims of one article: each names the places and people of its event, with the story's words."""
    claims, facts = {}, {}
    day = DateRef(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    for k in range(n):
        cid = f"{source}-{k}"
        claims[cid] = Claim(cid, source, f"text {cid}", 0, 5, k + 1)
        facts[cid] = Facts(cid, entities=tuple(Entity(x.title(), "GPE", x) for x in names),
                           keywords=tuple(sorted(words)), dates=(day,))
    return claims, facts


def run(spec):
    claims, facts, articles = {}, {}, {}
    for source, names, words, year in spec:
        c, f = article_facts(source, 3, names, words, year)
        claims.update(c)
        facts.update(f)
        articles[source] = Article(source, f"{source}.txt", "")
    return claims, facts, articles


QUAKE = {"quake", "kill", "magnitude", "rescue"}  # the story's words: both events have them
# each event's own words, a few of the dozens a real report has (streets, officials, districts)
CHILE = {"quilpue", "governor", "bachelet", "alemana", "santiago", "hospital", "coast", "tsunami"}
PERU = {"pisco", "ica", "garcia", "church", "chincha", "highway", "prison", "army"}


def test_two_quakes_of_two_years_in_two_countries_are_two_events():
    claims, facts, articles = run([
        ("chile1", ["valparaiso", "chile"], QUAKE | CHILE | {"school"}, 2025),
        ("chile2", ["valparaiso", "chile"], QUAKE | CHILE | {"power"}, 2025),
        ("peru1", ["lima", "peru"], QUAKE | PERU | {"bridge"}, 2007),
        ("peru2", ["lima", "peru"], QUAKE | PERU | {"market"}, 2007),
    ])
    events, _ = split_events(Alignment((), ()), claims, facts, articles)
    assert sorted(events) == [("chile1", "chile2"), ("peru1", "peru2")]


def test_one_story_from_three_outlets_is_one_event():
    claims, facts, articles = run([
        ("wire", ["valparaiso", "chile"], QUAKE | {"governor"}, 2025),
        ("paper", ["valparaiso", "quilpue"], QUAKE | {"power"}, 2025),
        ("radio", ["chile", "quilpue"], QUAKE | {"school"}, 2025),
    ])
    events, _ = split_events(Alignment((), ()), claims, facts, articles)
    assert events == [("wire", "paper", "radio")]


def test_a_chain_of_resemblances_does_not_make_one_event():
    # a bridging article shares a little with each event; average linkage keeps the two apart
    claims, facts, articles = run([
        ("chile1", ["valparaiso", "chile"], QUAKE | CHILE, 2025),
        ("chile2", ["valparaiso", "chile"], QUAKE | CHILE, 2025),
        ("bridge", ["chile", "peru"], QUAKE | {"quilpue", "pisco"}, 2025),
        ("peru1", ["lima", "peru"], QUAKE | PERU, 2007),
        ("peru2", ["lima", "peru"], QUAKE | PERU, 2007),
    ])
    events, _ = split_events(Alignment((), ()), claims, facts, articles)
    assert not any({"chile1", "peru1"} <= set(e) for e in events)
    sim = profile_similarity(claims, facts, list(articles))
    assert sim[0, 1] > sim[0, 3]  # the same event's articles are more alike than the two events'


def test_groups_a_little_apart_are_one_event_when_they_share_its_particulars():
    # two sets of reports of one capture ("23 pirates", "Nov 13") worded differently: profiles at 0.17
    events = [("a1", "a2"), ("b1", "b2")]
    sources = ["a1", "a2", "b1", "b2"]
    sim = np.full((4, 4), 0.17)
    np.fill_diagonal(sim, 1.0)
    telling = Counter({("a1", "b1"): 2, ("a2", "b2"): 1})  # aligned sentence pairs sharing a telling value
    votes = {("a1", "b1"): [2, 1]}  # [matches, clashes]
    assert _join_on_facts(events, sources, sim, telling, votes, set()) == [("a1", "a2", "b1", "b2")]
    # two shared values are not enough; nor are three against two clashes; nor a pair kept apart
    assert _join_on_facts(events, sources, sim, Counter({("a1", "b1"): 2}), votes, set()) == events
    assert _join_on_facts(events, sources, sim, telling, {("a1", "b1"): [3, 2]}, set()) == events
    assert _join_on_facts(events, sources, sim, telling, votes, {frozenset(("a2", "b1"))}) == events
    # profiles further apart stay apart whatever they share
    assert _join_on_facts(events, sources, np.where(sim < 1, 0.1, 1.0), telling, votes, set()) == events


def test_figures_the_table_never_compares_are_no_evidence_of_two_events():
    from factcheck.events import fact_votes
    from factcheck.models import Quantity

    def vote(qa, qb, days_a=(), days_b=()):
        ca, cb = Claim("x", "a", "text x", 0, 5, 1), Claim("y", "b", "text y", 0, 5, 1)
        fa = Facts("x", quantities=(qa,), dates=tuple(DateRef(d, None, None) for d in days_a))
        fb = Facts("y", quantities=(qb,), dates=tuple(DateRef(d, None, None) for d in days_b))
        return fact_votes(ca, cb, fa, fb, {"a": Article("a", "a.txt", ""), "b": Article("b", "b.txt", "")})[1]

    def count(n, event="death", counted="people"):
        return Quantity(str(n), n, n, n, "", "count", "exact", counted, event)

    def days(n):
        return Quantity(f"{n} days", n * 86400, n * 86400, n * 86400, "second", "time", "exact", "riot")

    assert vote(count(12), count(30))  # two tolls: evidence
    assert not vote(days(4), days(8))  # "four days of riots" / "8 days of riots": each report's day
    assert not vote(count(1000, "crowd"), count(10000, "crowd"))  # two gatherings
    # one night's arrests against a count with no day: a part and the whole
    assert not vote(count(86, "arrest", "arrest"), count(200, "arrest"), days_a=("Saturday",))


def test_an_order_of_magnitude_is_no_particular_two_reports_share():
    from factcheck.models import Quantity
    from factcheck.rules import shared_values

    def facts(q):
        return Facts("x", quantities=(q,))
    hundreds = Quantity("hundreds", 100, 100, 1000, "", "count", "about", "", "injury")
    of_buildings = Quantity("hundreds of buildings", 100, 100, 1000, "", "count", "about", "building", "")
    assert not shared_values(facts(hundreds), facts(of_buildings))  # "hundreds injured" / "hundreds of buildings"
    exact = Quantity("135 homes", 135, 135, 135, "", "count", "exact", "home", "")
    assert shared_values(facts(exact), facts(exact)) == {(135, "")}


EARLIER = {
    "a.txt": "Undersea cables cut, internet disrupted\nDecember 20, 2008\n\nInternet traffic between Europe and Asia "
             "was disrupted on Friday after three undersea cables were cut in the Mediterranean.\nFrance Telecom "
             "said three cables between Sicily and Egypt were damaged.\n",
    "b.txt": "Three cables cut in the Mediterranean\nDecember 20, 2008\n\nThree undersea cables linking Italy and Egypt "
             "were cut on Friday, disrupting internet services.\nA repair ship was sent to the area.\n",
    "c.txt": "Mideast internet services disrupted\nDecember 21, 2008\n\nThree undersea cables were cut on Friday, "
             "cutting internet services in Egypt and India.\nEarlier this year, the same line was damaged off the "
             "Egyptian coast, although only two lines were snapped then.\n",
    "d.txt": "India suffers internet disruption after undersea cables break\n\nMillions of people across the "
             "Middle East and Asia lost access to the internet after two undersea cables in the Mediterranean "
             "suffered severe damage.\nThe shut down will take several days to fix.\n",
}


def test_an_undated_report_whose_opening_figure_is_an_earlier_happenings_is_set_apart(tmp_path):
    from tests.test_table import _compare

    markdown, report = _compare(tmp_path, "earlier", EARLIER)
    assert ["d"] in report["events"] and ["a", "b", "c"] in report["events"]
    [split] = [x for x in report["event_splits"] if x["earlier"]]
    assert (split["a"], split["b"]) == ("d", "c") and "'two undersea cables'" in split["example"]
    assert not [f for f in report["findings"] if f["kind"] == "contradiction"]
    assert "gives no date and may report an earlier happening" in markdown
    # dated, the same report is placed by its date: its two cables stand in one slot with the others' three
    dated = {**EARLIER, "d.txt": EARLIER["d.txt"].replace("break\n", "break\nDecember 20, 2008\n")}
    _, report = _compare(tmp_path, "earlier-dated", dated, out="dated")
    assert ["a", "b", "c", "d"] in report["events"] and not [x for x in report["event_splits"] if x["earlier"]]
    [cables] = [s for e in report["facts_table"] for s in e["slots"] if s["slot"] == "cable"]
    assert {c["value"] for c in cables["cells"]} == {2.0, 3.0}
    # a figure outside the opening lines may be a side detail: no reason to set the article apart
    later = {**EARLIER, "d.txt": EARLIER["d.txt"].replace("after two undersea cables", "after undersea cables")
             + "Engineers said two cables were damaged.\nShips were sent to fix them.\n"}
    _, report = _compare(tmp_path, "earlier-late", later, out="late")
    assert not [x for x in report["event_splits"] if x["earlier"]]
