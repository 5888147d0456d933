"""Judge: verdicts on facts built by hand or read from short sentences, one rule per test; the rules over a
whole event (names given, days of a killing) end to end through the CLI."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from factcheck.judge import judge_alignment
from factcheck.rules import judge_pair, two_happenings
from factcheck.models import (Alignment, Article, Attribution, Claim, ClaimGroup, DateRef, Entity, Facts, PairScore,
                              Quantity, Verdict)
from tests.test_table import _compare

D1, D2 = dt.date(2025, 6, 14), dt.date(2025, 6, 15)
ARTICLES = {"a": Article("a", "a.md", "", published=D1), "b": Article("b", "b.md", "", published=D1),
            "late": Article("late", "late.md", "", published=D2)}


def claim(cid, source="a"):
    return Claim(cid, source, f"text of {cid}", 0, 10, 1)


def deaths(value, low=None, high=None, approx="exact", changed=False, text=None):
    low = value if low is None else low
    high = value if high is None else high
    return Quantity(text or str(value), value, low, high, "", "count", approx, "people", "death", changed)


def kinds(issues):
    return [(i.kind, i.aspect) for i in issues]


def test_different_death_counts_are_a_number_contradiction():
    fa, fb = Facts("c1", quantities=(deaths(24),)), Facts("c2", quantities=(deaths(30),))
    issues = judge_pair(claim("c1"), claim("c2", "b"), fa, fb, ARTICLES)
    assert kinds(issues) == [(Verdict.CONTRADICTION, "number")]
    assert "24" in issues[0].reason and "30" in issues[0].reason


def test_at_least_thirty_conflicts_with_twenty_four_but_not_with_thirty_three():
    at_least = Facts("c1", quantities=(deaths(30, 30, float("inf"), "at least", text="at least 30"),))
    assert kinds(judge_pair(claim("c1"), claim("c2", "b"), at_least, Facts("c2", quantities=(deaths(24),)), ARTICLES)) \
        == [(Verdict.CONTRADICTION, "number")]
    assert judge_pair(claim("c1"), claim("c2", "b"), at_least, Facts("c2", quantities=(deaths(33),)), ARTICLES) == []


def test_rounded_figures_agree():
    about = Facts("c1", quantities=(deaths(2000, 1800, 2200, "about"),))
    roughly = Facts("c2", quantities=(deaths(1950, 1755, 2145, "roughly"),))
    assert judge_pair(claim("c1"), claim("c2", "b"), about, roughly, ARTICLES) == []


def test_deaths_are_never_compared_with_injuries():
    injured = Quantity("12", 12, 12, 12, "", "count", "exact", "people", "injury")
    issues = judge_pair(claim("c1"), claim("c2", "b"), Facts("c1", quantities=(deaths(3),)),
                        Facts("c2", quantities=(injured,)), ARTICLES)
    assert issues == []


def test_higher_count_in_a_later_report_is_a_status_change_not_a_contradiction():
    issues = judge_pair(claim("c1"), claim("c2", "late"), Facts("c1", quantities=(deaths(30),)),
                        Facts("c2", quantities=(deaths(33, changed=True, text="rose to 33"),)), ARTICLES)
    assert kinds(issues) == [(Verdict.STATUS_CHANGE, "count")]


def test_different_days_for_the_same_done_event_are_a_date_contradiction():
    fa = Facts("c1", predicate="sign", status="done", dates=(DateRef("Monday", dt.date(2025, 3, 3), dt.date(2025, 3, 3), "day"),))
    fb = Facts("c2", predicate="sign", status="done", dates=(DateRef("Tuesday", dt.date(2025, 3, 4), dt.date(2025, 3, 4), "day"),))
    assert kinds(judge_pair(claim("c1"), claim("c2", "b"), fa, fb, ARTICLES)) == [(Verdict.CONTRADICTION, "date")]


def test_two_clashes_are_two_happenings_neither_flagged_nor_agreeing():
    day = lambda d: DateRef(d.strftime("%A"), d, d, "day")
    fa = Facts("c1", predicate="sink", status="done", quantities=(deaths(9),), dates=(day(dt.date(2025, 3, 1)),))
    fb = Facts("c2", predicate="sink", status="done", quantities=(deaths(3),), dates=(day(dt.date(2025, 3, 3)),))
    ca, cb = claim("c1"), claim("c2", "b")
    assert judge_pair(ca, cb, fa, fb, ARTICLES) == [] and two_happenings(ca, cb, fa, fb, ARTICLES)
    one = replace(fb, quantities=(deaths(9),))  # the same count: one sinking, misdated
    assert kinds(judge_pair(ca, cb, fa, one, ARTICLES)) == [(Verdict.CONTRADICTION, "date")]
    assert not two_happenings(ca, cb, fa, one, ARTICLES)


def test_a_month_and_a_day_inside_it_agree():
    fa = Facts("c1", predicate="open", status="done", dates=(DateRef("in May", dt.date(2025, 5, 1), dt.date(2025, 5, 31), "month"),))
    fb = Facts("c2", predicate="open", status="done", dates=(DateRef("May 12", dt.date(2025, 5, 12), dt.date(2025, 5, 12), "day"),))
    assert judge_pair(claim("c1"), claim("c2", "b"), fa, fb, ARTICLES) == []


def test_nearby_times_agree_and_distant_times_conflict():
    def at(lo, hi, text):
        return Quantity(text, lo, lo, hi, "minute", "time-of-day")
    fa = Facts("c1", predicate="capsize", times=(at(470, 470, "7:50 a.m."),))
    near = Facts("c2", predicate="capsize", times=(at(460, 480, "shortly before 8 a.m."),))
    far = Facts("c2", predicate="capsize", times=(at(600, 600, "10 a.m."),))
    assert judge_pair(claim("c1"), claim("c2", "b"), fa, near, ARTICLES) == []
    assert kinds(judge_pair(claim("c1"), claim("c2", "b"), fa, far, ARTICLES)) == [(Verdict.CONTRADICTION, "date")]


def test_different_person_in_the_same_role_is_an_entity_contradiction_only_with_shared_anchors():
    day = DateRef("March 3", D1, D1, "day")
    place = Entity("Riverton", "GPE", "riverton")
    fa = Facts("c1", entities=(Entity("Ana Ruiz", "PERSON", "ana ruiz", "mayor"), place), dates=(day,))
    fb = Facts("c2", entities=(Entity("Tom Hale", "PERSON", "tom hale", "mayor"), place), dates=(day,))
    assert kinds(judge_pair(claim("c1"), claim("c2", "b"), fa, fb, ARTICLES)) == [(Verdict.CONTRADICTION, "entity")]
    bare_a = Facts("c1", entities=(Entity("Ana Ruiz", "PERSON", "ana ruiz", "mayor"),))
    bare_b = Facts("c2", entities=(Entity("Tom Hale", "PERSON", "tom hale", "mayor"),))
    assert judge_pair(claim("c1"), claim("c2", "b"), bare_a, bare_b, ARTICLES) == []


def test_closed_versus_remained_open_is_a_negation_contradiction():
    closed = Facts("c1", predicate="close", subject="bridge")
    still_open = Facts("c2", predicate="open", subject="bridge")
    issues = judge_pair(claim("c1"), claim("c2", "b"), closed, still_open, ARTICLES)
    assert kinds(issues) == [(Verdict.CONTRADICTION, "negation")]


def test_stated_versus_cautioned_is_a_certainty_gap_naming_both_levels_and_sources():
    # "A faulty heater reportedly caused the fire" / "The cause of the fire is unconfirmed, a police spokesperson said"
    fa = Facts("c1", certainty="reported", certainty_cue="reportedly", predicate="cause", subject="heater",
               keywords=("cause", "fire", "heater"))
    fb = Facts("c2", certainty="cautioned", certainty_cue="unconfirmed", predicate="be", subject="cause",
               keywords=("cause", "fire"), doubted=("cause", "fire"),
               attribution=Attribution("a police spokesperson", "police spokesperson", "anonymous", "said"))
    issues = judge_pair(claim("c1"), claim("c2", "b"), fa, fb, ARTICLES)
    assert kinds(issues) == [(Verdict.CERTAINTY_GAP, "")]
    assert "reported vs cautioned" in issues[0].reason and "police spokesperson" in issues[0].reason
    # the same levels on claims that share only the story's common words are no gap
    assert judge_pair(claim("c1"), claim("c2", "b"), fa, fb, ARTICLES, common=frozenset({"fire"})) == []
    # nor a doubt about something else that shares a word ("It is unclear what the heater cost")
    other = Facts("c3", certainty="cautioned", certainty_cue="unclear", predicate="cost", subject="it",
                  keywords=("cost", "heater"))
    assert judge_pair(claim("c1"), claim("c3", "b"), fa, other, ARTICLES) == []


def test_a_doubt_about_the_cause_is_no_doubt_that_it_happened():
    # "The causes of the cut ... remain unclear" / "Three cables were cut off Sicily on Friday"
    doubt = Facts("c1", certainty="cautioned", certainty_cue="unclear", predicate="unclear", subject="cause",
                  keywords=("cable", "cause", "cut", "sicily"), doubted=("cause", "cut"))
    done = Facts("c2", certainty="reported", certainty_cue="says", predicate="cut", subject="cable",
                 keywords=("cable", "cut", "sicily", "friday"))
    assert judge_pair(claim("c1"), claim("c2", "b"), doubt, done, ARTICLES) == []
    # the cause itself stated is what the doubt is about: "A ship's anchor caused the cut off Sicily"
    cause = Facts("c3", certainty="reported", certainty_cue="said", predicate="cause", subject="anchor",
                  keywords=("anchor", "cause", "cut", "sicily"))
    assert kinds(judge_pair(claim("c1"), claim("c3", "b"), doubt, cause, ARTICLES)) == [(Verdict.CERTAINTY_GAP, "")]


def test_a_new_one_planned_is_not_the_one_already_done():
    # "Students held a silent vigil in Syntagma Square" / "A new candlelit vigil is planned for Sunday evening"
    held = Claim("c1", "a", "Students held a silent vigil in Syntagma Square on Friday.", 0, 58, 1)
    new = Claim("c2", "b", "A new candlelit vigil is planned for Sunday evening.", 0, 51, 1)
    fa = Facts("c1", status="done", status_cue="held", predicate="hold", subject="student", keywords=("vigil", "square"),
               dates=(DateRef("on Friday", None, None),))
    fb = Facts("c2", status="planned", status_cue="planned", predicate="plan", subject="vigil",
               keywords=("vigil", "sunday", "evening"))
    assert judge_pair(held, new, fa, fb, ARTICLES) == []
    same = Claim("c2", "b", "A candlelit vigil is planned for Sunday evening.", 0, 47, 1)
    assert [i.kind for i in judge_pair(held, same, fa, fb, ARTICLES)] == [Verdict.STATUS_CHANGE]


def test_a_named_actor_in_both_is_no_happening_begun_or_ended():
    # "Mysore closed the vessels and ordered them to stop" / "the suspects will be handed over to
    # authorities, and the Mysore will resume its patrol": one ship, two happenings
    closed = Claim("c1", "a", "Mysore closed the vessels and ordered them to stop.", 0, 51, 1)
    later = Claim("c2", "b", "The suspects will be handed over, and the Mysore will resume its patrol.", 0, 72, 1)
    fa = Facts("c1", status="done", status_cue="closed", predicate="close", subject="mysore",
               keywords=("mysore", "vessel", "order", "stop"))
    fb = Facts("c2", status="planned", status_cue="will", predicate="hand", subject="suspect",
               keywords=("suspect", "mysore", "resume", "patrol"), entities=(Entity("Mysore", "ORG", "mysore"),))
    assert judge_pair(closed, later, fa, fb, ARTICLES) == []


def test_planned_versus_done_is_a_status_change():
    fa = Facts("c1", status="planned", status_cue="will", predicate="open", keywords=("inquiry",))
    fb = Facts("c2", status="done", status_cue="opened", predicate="open", keywords=("inquiry", "wednesday"),
               dates=(DateRef("on Wednesday", None, None),))
    assert kinds(judge_pair(claim("c1"), claim("c2", "b"), fa, fb, ARTICLES)) == [(Verdict.STATUS_CHANGE, "")]
    # "AMD will acquire SeaMicro" / "AMD has acquired SeaMicro": one announcement in two tenses, unless
    # the deed is put on a day or the plan was reported first
    undated = replace(fb, dates=())
    assert judge_pair(claim("c1"), claim("c2", "b"), fa, undated, ARTICLES) == []
    assert kinds(judge_pair(claim("c1"), claim("c2", "late"), fa, undated, ARTICLES)) == [(Verdict.STATUS_CHANGE, "")]
    # a plan and a deed that share a word but not the happening are not a status change
    other = Facts("c3", status="done", status_cue="ran", predicate="run", subject="operator", keywords=("inquiry", "bus"))
    assert judge_pair(claim("c1"), claim("c3", "b"), fa, other, ARTICLES) == []


def test_two_clashes_mean_two_events_and_no_contradiction():
    fa = Facts("c1", predicate="injure", status="done", quantities=(Quantity("12", 12, 12, 12, "", "count", "exact", "people", "injury"),),
               dates=(DateRef("May 5", dt.date(2025, 5, 5), dt.date(2025, 5, 5), "day"),))
    fb = Facts("c2", predicate="injure", status="done", quantities=(Quantity("3", 3, 3, 3, "", "count", "exact", "people", "injury"),),
               dates=(DateRef("May 12", dt.date(2025, 5, 12), dt.date(2025, 5, 12), "day"),))
    assert judge_pair(claim("c1"), claim("c2", "b"), fa, fb, ARTICLES) == []


def test_agreement_counts_articles_citing_one_wire_as_one_source():
    reuters = Attribution("Reuters", "reuters", "named", "reported")
    claims = {"c1": claim("c1", "a"), "c2": claim("c2", "b"), "c3": claim("c3", "late")}
    facts = {"c1": Facts("c1", attribution=reuters), "c2": Facts("c2", attribution=reuters), "c3": Facts("c3")}
    pairs = (PairScore("c1", "c2", 0.9, 0.9, 0.9), PairScore("c1", "c3", 0.8, 0.8, 0.8), PairScore("c2", "c3", 0.8, 0.8, 0.8))
    group = ClaimGroup("g1", ("c1", "c2", "c3"), pairs)
    [finding] = judge_alignment(Alignment((group,), pairs), claims, facts, ARTICLES)
    assert finding.kind == Verdict.AGREEMENT
    assert finding.independent_sources == 2
    assert "a and b both rest on reuters" in finding.reason


def _read_pair(text_a: str, text_b: str):
    from factcheck.facts import facts_of
    from factcheck.nlp import pipeline

    nlp = pipeline("full")
    ca, cb = Claim("c1", "a", text_a, 0, len(text_a), 1), Claim("c2", "b", text_b, 0, len(text_b), 1)
    return ca, cb, facts_of(nlp(text_a), "c1", D1), facts_of(nlp(text_b), "c2", D1)


def test_a_state_that_is_over_is_no_rival_to_todays():
    ca, cb, fa, fb = _read_pair("The new rules do not require agencies to consult biologists before approving dams.",
                                "Previously, agencies were required to consult biologists before approving dams.")
    assert not judge_pair(ca, cb, fa, fb, ARTICLES)
    ca, cb, fa, fb = _read_pair("The new rules do not require agencies to consult biologists before approving dams.",
                                "The old rules required agencies to consult biologists before approving dams.")
    assert judge_pair(ca, cb, fa, fb, ARTICLES)  # without "previously" the two still clash


def test_allowing_one_act_does_not_contradict_prohibiting_another():
    ca, cb, fa, fb = _read_pair("The rules prohibit agencies from weighing the effect of emissions on habitats.",
                                "The rules allow agencies to skip reviews of small projects.")
    assert not [i for i in judge_pair(ca, cb, fa, fb, ARTICLES) if i.aspect == "negation"]
    ca, cb, fa, fb = _read_pair("The rules prohibit agencies from skipping reviews of small projects.",
                                "The rules allow agencies to skip reviews of small projects.")
    assert [i for i in judge_pair(ca, cb, fa, fb, ARTICLES) if i.aspect == "negation"]


def test_a_deadline_in_the_sentence_is_not_the_day_of_the_deed():
    ca, cb, fa, fb = _read_pair("The operator said it plans to send a ship to repair the cable and restore service.",
                                "A ship has been sent to repair the cable, but service may not be restored till 31 December.")
    [status] = [i for i in judge_pair(ca, cb, fa, fb, ARTICLES) if i.kind == Verdict.STATUS_CHANGE]
    assert "planned" in status.reason and "31 December" not in status.reason


def test_a_ship_named_in_one_report_and_called_by_its_kind_in_another_is_one_subject():
    def foiled(cid, source, text, subject, day, names=()):
        d = dt.date(2025, 3, day)
        f = Facts(cid, predicate="foil", status="done", subject=subject, dates=(DateRef(d.strftime("%A"), d, d, "day"),),
                  entities=tuple(Entity(n, "ORG", n.lower()) for n in names))
        return Claim(cid, source, text, 0, len(text), 1), f
    named = foiled("c1", "a", "Warship INS Vigil on Thursday foiled a piracy attempt.", "vigil", 6, ["INS Vigil"])
    kind = foiled("c2", "b", "An Indian warship foiled a pirate attack on Friday.", "warship", 7)
    other = foiled("c3", "b", "A cargo ship foiled a pirate attack on Friday.", "ship", 7)
    assert kinds(judge_pair(named[0], kind[0], named[1], kind[1], ARTICLES)) == [(Verdict.CONTRADICTION, "date")]
    # the named ship's sentence does not call it a cargo ship: two ships, two happenings
    assert judge_pair(named[0], other[0], named[1], other[1], ARTICLES) == []


def test_one_person_given_two_ranks_in_two_articles_is_a_contradiction():
    from factcheck.judge import rank_conflicts

    def named(cid, source, role, name="Nirad Sinha"):
        return Claim(cid, source, f"text of {cid}", 0, 10, 1), Facts(cid, entities=(Entity(name, "PERSON", name.lower(), role),))
    items = [named("c1", "a", "navy spokesman commander"), named("c2", "b", "commodore"),
             named("c3", "late", "lieutenant commander"), named("c4", "b", "spokesman", "Asha Rao")]
    claims = {c.id: c for c, _ in items}
    facts = {f.claim_id: f for _, f in items}
    found = rank_conflicts(claims, facts, {})
    assert [(f.kind, f.claims) for f in found] == [(Verdict.CONTRADICTION, ("c1", "c2"))]
    assert "commander" in found[0].reason and "commodore" in found[0].reason
    # in two events, the two ranks may be two moments of a career
    assert rank_conflicts(claims, facts, {"a": 0, "b": 1, "late": 0}) == []


def test_a_chain_of_resemblances_through_two_sentences_of_one_article_is_no_agreement():
    # a1 ~ b1 ~ a2: b1 resembles two sentences of article a; only the stronger pair says the same
    claims = {"a1": claim("a1", "a"), "a2": claim("a2", "a"), "b1": claim("b1", "b")}
    facts = {c: Facts(c, keywords=("bank", "fire")) for c in claims}
    pairs = (PairScore("a1", "b1", 0.9, 0.9, 0.9), PairScore("a2", "b1", 0.9, 0.9, 0.9))
    group = ClaimGroup("g1", ("a1", "a2", "b1"), pairs)
    agreements = [f for f in judge_alignment(Alignment((group,), pairs), claims, facts, ARTICLES)
                  if f.kind == Verdict.AGREEMENT]
    assert agreements and all(len({claims[c].source for c in f.claims}) == len(f.claims) for f in agreements)


def test_the_same_clock_time_for_one_thing_in_two_articles_is_an_agreement():
    def at(minute, text, lo=None, hi=None):
        return Quantity(text, minute, minute if lo is None else lo, minute if hi is None else hi, "minute", "time-of-day")
    claims = {"c1": claim("c1", "a"), "c2": claim("c2", "b"), "c3": claim("c3", "late")}
    facts = {"c1": Facts("c1", times=(at(1050, "just before 5:30 p.m.", 1030, 1050),), predicate="explode", keywords=("bomb",)),
             "c2": Facts("c2", times=(at(1050, "around 5:30 p.m.", 1035, 1065),), predicate="detonate", keywords=("bomb",)),
             # another thing at another time: a press conference at 7 p.m.
             "c3": Facts("c3", times=(at(1140, "7 p.m.", 1140, 1199),), predicate="hold", keywords=("conference",))}
    found = [f for f in judge_alignment(Alignment((), ()), claims, facts, ARTICLES) if f.kind == Verdict.AGREEMENT]
    assert [f.claims for f in found] == [("c1", "c2")]
    assert "5:30 p.m." in found[0].reason
    near = dict(facts, c2=replace(facts["c2"], times=(at(1030, "about 5:10 p.m.", 1015, 1045),)))
    assert not [f for f in judge_alignment(Alignment((), ()), claims, near, ARTICLES) if f.kind == Verdict.AGREEMENT]


def test_one_minute_in_two_time_zones_is_a_contradiction_and_two_zones_are_never_compared_as_one_clock():
    def at(minute, text, zone):
        return Quantity(text, minute, minute, minute, "minute", "time-of-day", zone=zone)
    claims = {"c1": claim("c1", "a"), "c2": claim("c2", "b"), "c3": claim("c3", "late")}
    facts = {"c1": Facts("c1", times=(at(457, "7:37 AM", "local"),), predicate="take", keywords=("place",)),
             "c2": Facts("c2", times=(at(457, "0737", "utc"),), predicate="strike", keywords=("quake",)),
             "c3": Facts("c3", times=(at(457, "7:37 a.m.", ""),), predicate="strike", keywords=("quake",))}
    [clash] = [f for f in judge_alignment(Alignment((), ()), claims, facts, ARTICLES) if f.kind == Verdict.CONTRADICTION]
    assert clash.sides == (("c1",), ("c2",)) and "0737" in clash.reason and "local" in clash.reason
    # "2:30 p.m. local time" / "0730 GMT": two clocks, neither the same time nor a clash
    facts = {"c2": Facts("c2", times=(at(450, "0730", "utc"),), predicate="strike", keywords=("quake",)),
             "c3": Facts("c3", times=(at(870, "2:30 p.m.", "local"),), predicate="strike", keywords=("quake",))}
    found = judge_alignment(Alignment((), ()), {c: claims[c] for c in facts}, facts, ARTICLES)
    assert not [f for f in found if f.kind in (Verdict.CONTRADICTION, Verdict.AGREEMENT)]
    # a round hour in two zones may be two moments told apart: no clash
    facts = {"c1": Facts("c1", times=(at(480, "8 a.m.", "local"),), predicate="strike"),
             "c2": Facts("c2", times=(at(480, "0800", "utc"),), predicate="strike")}
    assert not [f for f in judge_alignment(Alignment((), ()), {c: claims[c] for c in facts}, facts, ARTICLES)
                if f.kind == Verdict.CONTRADICTION]


def test_a_sentence_giving_a_time_in_two_zones_is_compared_on_the_one_clock_the_other_uses():
    ca, cb, fa, fb = _read_pair("The quake struck at 2:30 p.m. local time (0730 GMT), officials said.",
                                "The quake struck at 4:10 p.m. local time, officials said.")
    assert [(t.text, t.zone) for t in fa.times] == [("2:30 p.m.", "local"), ("0730", "utc")]
    assert (Verdict.CONTRADICTION, "date") in kinds(judge_pair(ca, cb, fa, fb, ARTICLES))
    ca, cb, fa, fb = _read_pair("The quake struck at 2:30 p.m. local time (0730 GMT), officials said.",
                                "The quake struck at 0730 GMT, officials said.")
    assert (Verdict.CONTRADICTION, "date") not in kinds(judge_pair(ca, cb, fa, fb, ARTICLES))


def test_a_doubt_is_a_certainty_gap_only_against_a_plain_statement_of_what_it_quotes():
    ca, cb, fa, fb = _read_pair("Norrland plans to cut 1,500 jobs after the merger, people familiar with the matter said.",
                                "Norrland denied that it plans to cut jobs after the merger.")
    assert fb.doubted[0] == "cut" and "job" in fb.doubted
    assert [i.kind for i in judge_pair(ca, cb, fa, fb, ARTICLES)] == [Verdict.CERTAINTY_GAP]
    # a denial of something else, with the story's words: "There is speculation that Stefanski may reach
    # out to Jordan" / "Jordan ... will be the odds-on favourite": no statement of the reaching out
    ca, cb, fa, fb = _read_pair("Jordan, who became close with Stefanski in New Jersey, will be the favourite to replace him.",
                                "There is speculation that Stefanski may reach out to Jordan, as the two worked together.")
    assert not [i for i in judge_pair(ca, cb, fa, fb, ARTICLES) if i.kind == Verdict.CERTAINTY_GAP]
    # nor against a sentence that says the same doubt or its negation: "LaRue insisted he was not Deep Throat"
    ca, cb, fa, fb = _read_pair("LaRue insisted he was not Deep Throat, the source of Woodward and Bernstein.",
                                "Mr. LaRue denied that he was Deep Throat, the secret source of Woodward.")
    assert not [i for i in judge_pair(ca, cb, fa, fb, ARTICLES) if i.kind == Verdict.CERTAINTY_GAP]


def _gaps(text_a: str, text_b: str):
    """The certainty gaps between two sentences, as the facts stage reads them."""
    return [i for i in judge_pair(*_read_pair(text_a, text_b), ARTICLES) if i.kind == Verdict.CERTAINTY_GAP]


def test_an_open_question_answered_as_fact_elsewhere_is_a_certainty_gap():
    unsure = "It was not immediately clear what would happen to the crew, or where they would be taken."
    [gap] = _gaps("The crew were taken ashore and would be handed over to the authorities in Mombasa.", unsure)
    assert gap.compared["question"] == "where they would be taken"
    assert (gap.compared["a"]["claim"], gap.compared["b"]["claim"]) == ("c1", "c2")
    # an answer must give what is asked: a place for "where", not only the same verb; nor is a guess an answer
    assert not _gaps("The crew were taken ashore on Tuesday.", unsure)
    assert not _gaps("The crew will probably be taken to Mombasa.", unsure)
    # a yes-or-no question is answered only by its whole proposition: another subject's deed is no answer
    fired = "Police have not yet determined whether the teenager fired his weapon."
    assert not _gaps("When the two officers saw the weapon they responded by opening fire.", fired)
    assert len(_gaps("The teenager fired his weapon twice, police said.", fired)) == 1
    # "how many" is answered by a count of what it counts, not by any count in a sentence sharing its verb
    shots = "Police could not say how many shots were fired."
    assert not _gaps("A man who was fired last week shot one person and injured two others, police said.", shots)
    assert len(_gaps("The officers fired 11 shots at the car, police said.", shots)) == 1


def test_an_either_or_question_is_answered_by_one_of_its_alternatives():
    unsure = "It was unclear if the dead were tourists or hotel employees."
    [gap] = _gaps("The two hotel employees were burnt to death in the lobby.", unsure)
    assert gap.compared["question"] == "if the dead were tourists or hotel employees"
    # naming both alternatives, or neither the dead nor a death, answers nothing
    assert not _gaps("Tourists and hotel employees were burnt to death in the lobby.", unsure)
    assert not _gaps("Hotel employees helped guests out of the burning lobby.", unsure)
    [gap] = _gaps("The two hotel employees were burnt to death in the lobby.", unsure.replace(" if ", " whether "))
    assert gap.compared["question"] == "whether the dead were tourists or hotel employees"


def test_a_name_one_source_gives_the_happening_and_another_refuses_is_a_certainty_gap():
    refused = "The commissioner said the disturbance did not constitute a riot, as some had termed it."
    [gap] = _gaps("The councilman said the vigil devolved into a riot near the station.", refused)
    assert gap.compared["label"] == "riot" and gap.compared["b"]["cue"] == "did not constitute a riot"
    # a name of another thing ("riot police"), a name it is not given, or a guess is no rival
    assert not _gaps("Riot police were sent to the station after the vigil.", refused)
    assert not _gaps("The vigil may have turned into a riot near the station.", refused)


def test_a_thing_another_source_says_was_in_fact_something_else_is_a_contradiction():
    correction = "A maritime watchdog later said the vessel sunk by the frigate was actually a Thai fishing trawler."
    ca, cb, fa, fb = _read_pair("Last week the frigate sank a pirate mother ship in the gulf.", correction)
    [issue] = [i for i in judge_pair(ca, cb, fa, fb, ARTICLES) if i.aspect == "identity"]
    assert issue.kind == Verdict.CONTRADICTION and issue.compared["a"]["text"] == "a pirate mother ship"
    assert issue.compared["b"]["text"].startswith("was actually a Thai fishing trawler")
    # a report that already calls it a trawler, or names no such thing, is no rival to the correction
    for other in ("Last week the frigate sank a Thai fishing trawler in the gulf.",
                  "Last week the frigate fired on pirates in the gulf."):
        ca, cb, fa, fb = _read_pair(other, correction)
        assert not [i for i in judge_pair(ca, cb, fa, fb, ARTICLES) if i.aspect == "identity"], other


def test_a_dispute_of_a_claim_is_a_certainty_gap_against_its_plain_statement():
    ca, cb, fa, fb = _read_pair("The army said militants had fired mortars from the school.",
                                "The agency disputed claims that militants fired mortars from the school.")
    assert fb.certainty == "denied" and fb.doubted[0] == "fire"
    assert [i.kind for i in judge_pair(ca, cb, fa, fb, ARTICLES)] == [Verdict.CERTAINTY_GAP]


def test_a_charge_is_no_plain_statement_that_a_doubt_disputes():
    # the police recommended charges; prosecutors later found the allegations could not be substantiated:
    # two steps of one case, not a source stating the offence against one doubting it
    ca, cb, fa, fb = _read_pair("The report recommended charges of fraud and bribery against the mayor.",
                                "Prosecutors said allegations of bribery against the mayor could not be substantiated.")
    assert fb.certainty in ("cautioned", "denied")
    assert not [i for i in judge_pair(ca, cb, fa, fb, ARTICLES) if i.kind == Verdict.CERTAINTY_GAP]
    ca, cb, fa, fb = _read_pair("The mayor took bribes from the contractor, the report found.",
                                "Prosecutors said allegations that the mayor took bribes could not be substantiated.")
    assert [i.kind for i in judge_pair(ca, cb, fa, fb, ARTICLES) if i.kind == Verdict.CERTAINTY_GAP] == [Verdict.CERTAINTY_GAP]


def test_a_sentence_naming_two_days_gives_its_verb_no_one_day():
    def day(d, text):
        return DateRef(text, d, d, "day")
    sun, sat = dt.date(2025, 6, 15), dt.date(2025, 6, 14)
    a = Claim("c1", "a", "His body was recovered on Sunday afternoon after earlier attempts failed.", 0, 70, 1)
    b = Claim("c2", "b", "His body was recovered on Sunday afternoon after attempts on Saturday failed.", 0, 76, 1)
    fa = Facts("c1", predicate="recover", status="done", subject="body", dates=(day(sun, "Sunday"),))
    fb = Facts("c2", predicate="recover", status="done", subject="body", dates=(day(sat, "Saturday"),))  # "Sunday afternoon" read as a time
    assert judge_pair(a, b, fa, fb, ARTICLES) == []
    one = Claim("c2", "b", "His body was recovered on Saturday.", 0, 35, 1)
    assert kinds(judge_pair(a, one, fa, fb, ARTICLES)) == [(Verdict.CONTRADICTION, "date")]


def test_loosely_matched_sentences_sharing_one_word_do_not_agree():
    # "cops trying to contain those kids" / "walking around, shooting little kids": one word, a loose match
    claims = {"c1": claim("c1", "a"), "c2": claim("c2", "b")}
    facts = {"c1": Facts("c1", predicate="contain", keywords=("cop", "kid")),
             "c2": Facts("c2", predicate="shoot", keywords=("kid", "walk"))}

    def agreed(score):
        pair = PairScore("c1", "c2", score, score, score)
        return [f for f in judge_alignment(Alignment((ClaimGroup("g1", ("c1", "c2"), (pair,)),), (pair,)), claims, facts,
                                           ARTICLES) if f.kind == Verdict.AGREEMENT]
    assert not agreed(0.45)
    assert agreed(0.55)  # a close match may rest on one word
    facts["c2"] = replace(facts["c2"], predicate="contain")
    assert agreed(0.45)  # the same verb and a word: one statement


def test_a_shared_place_is_no_shared_fact():
    # "Indonesia is one of the most seismically active regions" / "A 6.1 quake hit Indonesia's Aceh
    # province": the story's country, named in both, ties no statement to the other
    claims = {"c1": claim("c1", "a"), "c2": claim("c2", "b")}
    indonesia = Entity("Indonesia", "GPE", "indonesia")
    facts = {"c1": Facts("c1", predicate="be", keywords=("indonesia", "region"), entities=(indonesia,)),
             "c2": Facts("c2", predicate="hit", keywords=("indonesia", "province"), entities=(indonesia,))}

    def agreed(facts):
        pair = PairScore("c1", "c2", 0.53, 0.53, 0.53)
        return [f for f in judge_alignment(Alignment((ClaimGroup("g1", ("c1", "c2"), (pair,)),), (pair,)), claims, facts,
                                           ARTICLES) if f.kind == Verdict.AGREEMENT]
    assert not agreed(facts)
    agency = Entity("the disaster agency", "ORG", "disaster agency")
    named = {c: replace(f, entities=(*f.entities, agency)) for c, f in facts.items()}
    assert agreed(named)  # a body both name: one statement


def test_one_day_ties_a_plan_to_a_deed_only_by_a_day_written_out_and_not_planned_again():
    def day(text, d):
        return DateRef(text, d, d, "day", year_known=False)
    plan = Claim("c1", "a", "Pitman, 24, is due to appear before magistrates on December 2.", 0, 62, 1)
    done = Claim("c2", "b", "Pitman, 24, was charged with arson on December 2.", 0, 49, 1)
    fa = Facts("c1", status="planned", status_cue="due", predicate="appear", subject="pitman",
               keywords=("appear", "magistrate", "pitman"), dates=(day("24", dt.date(2000, 7, 24)), day("December 2", dt.date(2000, 12, 2))))
    fb = Facts("c2", status="done", status_cue="charged", predicate="charge", subject="pitman",
               keywords=("arson", "charge", "pitman"), dates=(day("24", dt.date(2000, 7, 24)), day("December 2", dt.date(2000, 12, 2))))
    assert [i.kind for i in judge_pair(plan, done, fa, fb, ARTICLES)] == [Verdict.STATUS_CHANGE]
    # an age read as a day ("Pitman, 24,") ties nothing
    bare = [replace(f, dates=f.dates[:1]) for f in (fa, fb)]
    assert judge_pair(plan, done, *bare, ARTICLES) == []
    # the deed's sentence plans the same day too: the day is the plan's, not the deed's
    replanned = Claim("c2", "b", "Pitman was charged and is due to be sentenced on December 2.", 0, 59, 1)
    assert judge_pair(plan, replanned, fa, fb, ARTICLES) == []


def test_a_thing_sent_is_the_thing_planned_to_be_sent_under_a_near_synonym():
    # "France Telecom plans to send a boat" / "A ship was sent on Friday": the boat is the ship
    ca, cb, fa, fb = _read_pair("France Telecom plans to send a boat to fix the cables.",
                                "A ship was sent on Friday to fix the cables.")
    assert (fa.status, fb.status) == ("planned", "done")
    assert [i.kind for i in judge_pair(ca, cb, fa, fb, ARTICLES)] == [Verdict.STATUS_CHANGE]
    # a plane is no ship
    ca, cb, fa, fb = _read_pair("France Telecom plans to send a boat to fix the cables.",
                                "A plane was sent on Friday to fix the cables.")
    assert Verdict.STATUS_CHANGE not in [i.kind for i in judge_pair(ca, cb, fa, fb, ARTICLES)]


def test_a_happening_put_at_sea_by_one_lede_and_on_land_by_another_is_a_contradiction():
    from factcheck.facts import facts_of
    from factcheck.judge import setting_clashes
    from factcheck.nlp import pipeline

    nlp = pipeline("full")
    texts = {"c1": ("a", "A strong earthquake struck off the coast of Norland province on Tuesday."),
             "c2": ("b", "The 6.1-magnitude quake struck inland at 0737 GMT, the survey said."),
             "c3": ("late", "Tsunami waves swept inland after the storm, residents said.")}
    claims = {cid: Claim(cid, src, text, 0, len(text), 1) for cid, (src, text) in texts.items()}
    facts = {cid: facts_of(nlp(c.text), cid, D1) for cid, c in claims.items()}
    [clash] = setting_clashes(claims, facts, {"a": 0, "b": 0, "late": 0})
    assert clash.kind == Verdict.CONTRADICTION and clash.sides == (("c1",), ("c2",))
    assert "struck off the coast" in clash.reason and "inland" in clash.reason
    # two events are never set against each other
    assert not setting_clashes(claims, facts, {"a": 0, "b": 1, "late": 0})


def test_a_country_put_inside_another_is_set_against_an_article_placing_it_elsewhere():
    from factcheck.facts import facts_of
    from factcheck.judge import misplaced
    from factcheck.nlp import pipeline

    nlp = pipeline("full")
    texts = {"c1": ("a", "The grain will be unloaded at Eritrea in Ghana, the agency said on Tuesday."),
             "c2": ("b", "The relief ship may sail for Eritrea on the Red Sea coast next week."),
             "c3": ("c", "The blockade led by Egypt in Sudan has stopped grain deliveries."),
             "c4": ("d", "The grain was shipped to Eritrea in January from a port in Ukraine."),
             "c5": ("e", "A donors' conference for Eritrea in Kenya raised the money for the grain.")}
    claims = {cid: Claim(cid, src, text, 0, len(text), 1) for cid, (src, text) in texts.items()}
    facts = {cid: facts_of(nlp(c.text), cid, D1) for cid, c in claims.items()}
    one_event = {"a": 0, "b": 0, "c": 0, "d": 0, "e": 0}
    [clash] = misplaced(claims, facts, one_event)
    assert clash.kind == Verdict.CONTRADICTION and clash.aspect == "place" and clash.subject == "where Eritrea is"
    # "led by Egypt in Sudan" and "a conference for Eritrea in Kenya" place no country; "in January" is no place
    assert clash.sides == (("c1",), ("c2",))
    assert "'Eritrea in Ghana'" in clash.reason and "'Eritrea on the Red Sea'" in clash.reason
    # two events are never set against each other, and a country put in its own place is no error
    assert not misplaced(claims, facts, {**one_event, "b": 1})
    right = {"c1": replace(claims["c1"], text="The grain will be unloaded at Eritrea in Africa, the agency said.")}
    assert not misplaced({**claims, **right}, {**facts, "c1": facts_of(nlp(right["c1"].text), "c1", D1)}, one_event)


def _one_flag(tmp_path, name: str, articles: dict[str, str], wanted) -> tuple[str, dict]:
    """Compare the articles through the CLI: the Markdown report and its one finding ``wanted`` picks."""
    markdown, report = _compare(tmp_path, name, articles)
    [flag] = [f for f in report["findings"] if wanted(f)]
    return markdown, flag


def test_the_report_says_why_a_country_placed_in_another_is_wrong(tmp_path):
    articles = {
        "a.txt": "Relief ship to unload grain\nMarch 3, 2025\n\nA relief ship carrying 4,000 tonnes of grain will "
                 "unload at Eritrea in Ghana, the agency said.\nThe grain was bought in Ukraine.\n",
        "b.txt": "Grain ship heads for Eritrea\nMarch 3, 2025\n\nA relief ship carrying 4,000 tonnes of grain may "
                 "head for Eritrea on the Red Sea coast, officials said.\nThe cargo will be unloaded next week.\n",
    }
    markdown, flag = _one_flag(tmp_path, "misplaced", articles, lambda f: f["kind"] == "contradiction")
    assert flag["subject"] == "where Eritrea is" and flag["compared"][0]["a"]["country"] == "Eritrea"
    assert "Contradiction: where Eritrea is" in markdown
    assert "Eritrea is a country of its own, not in Ghana (GeoNames country list)" in markdown


def test_within_one_article_a_gap_needs_the_other_sentence_to_name_what_is_doubted():
    def gap_in_one_article(text_a, text_b):
        ca, cb, fa, fb = _read_pair(text_a, text_b)
        cb = replace(cb, source="a")
        group = ClaimGroup("g1", ("c1", "c2"), (PairScore("c1", "c2", 0.7, 0.7, 0.7),))
        found = judge_alignment(Alignment((group,), ()), {"c1": ca, "c2": cb}, {"c1": fa, "c2": fb}, ARTICLES)
        return [f for f in found if f.kind == Verdict.CERTAINTY_GAP]
    # the army's statement and the agency's dispute of it, told in one article: a gap
    assert gap_in_one_article("The army said militants had fired mortars from the school.",
                              "The agency disputed claims that militants fired mortars from the school.")
    # a report of the plan in the article's own words, and a ministry's caution about such claims: a gap
    assert gap_in_one_article(
        "Reuters reported that the talks included the establishment of two naval bases in Oman.",
        "A ministry source said claims that India will establish two naval bases in Oman should be approached "
        "with caution.")
    # another matter sharing the words ("return fire", "militants", "the school"): no gap
    assert not gap_in_one_article(
        "Although the army said its return fire landed outside the school, officials said blasts suggested "
        "militants had rigged the building.",
        "The agency disputed claims that militants fired mortars from the school.")


def test_not_yet_then_done_days_later_is_an_update_not_a_contradiction():
    ca, cb, fa, fb = _read_pair("Results of the driver's blood test have not been released.",
                                "Results of the driver's blood test were released on Wednesday.")
    edge = PairScore("c1", "c2", 0.8, 0.8, 0.8)

    def kinds_when(days_apart):
        articles = {"a": Article("a", "a.md", "", published=D1),
                    "b": Article("b", "b.md", "", published=D1 + dt.timedelta(days=days_apart))}
        found = judge_alignment(Alignment((), (edge,)), {"c1": ca, "c2": cb}, {"c1": fa, "c2": fb}, articles)
        return [(f.kind, f.aspect) for f in found if f.kind in (Verdict.CONTRADICTION, Verdict.STATUS_CHANGE)]
    assert kinds_when(10) == [(Verdict.STATUS_CHANGE, "status")]
    assert kinds_when(0) == [(Verdict.CONTRADICTION, "negation")]  # the same day: one of them is wrong


def test_a_street_two_articles_name_is_an_agreement_on_where():
    from factcheck.judge import street_anchors

    said = {"c1": "Three people died in a blaze at the bank, on Stadiou Street, downtown Athens.",
            "c2": "Staff choked on smoke after protesters broke the windows of a building on central Stadiou Avenue.",
            "c3": "Wall Street analysts said the bank's shares fell.",
            "c4": "Traders on Wall Street were calm."}
    claims = {cid: Claim(cid, source, said[cid], 0, len(said[cid]), 1)
              for cid, source in (("c1", "a"), ("c2", "b"), ("c3", "a"), ("c4", "b"))}
    event_of = {"a": 0, "b": 0}
    [agreed] = street_anchors(claims, event_of, [])
    assert agreed.kind == Verdict.AGREEMENT and agreed.claims == ("c1", "c2") and agreed.subject == "Stadiou Street"
    assert street_anchors(claims, event_of, [{"c1", "c2", "c9"}]) == []  # an agreement holds them already
    assert street_anchors(claims, {"a": 0, "b": 1}, []) == []  # two events' streets never meet


SHOOTING = {
    "a.txt": "Officers fire on driver in Brixham\n\nTwo officers shot a driver who rammed a patrol car in Brixham "
             "on Monday night, police said.\nThe force has not released the names of the sergeant and constable "
             "who fired the shots.\n",
    "b.txt": "Brixham shooting: officers named\n\nThe driver rammed a patrol car in Brixham on Monday night "
             "before Sgt. Alan Crane and Constable Joe Pike fired the shots, the force said on Wednesday.\n"
             "Spokesman Officer Tim Blake said the inquiry would take weeks.\n",
}


def test_end_to_end_names_withheld_in_one_report_and_given_in_another_is_a_status_change(tmp_path):
    """"has not released the names of the sergeant and constable who fired" / "Sgt. Alan Crane and
    Constable Joe Pike fired the shots": most likely released later. A spokesman titled otherwise,
    in a sentence about something else, is not one of them."""
    markdown, report = _compare(tmp_path, "shooting", SHOOTING)
    [flag] = [f for f in report["findings"] if f.get("aspect") == "named"]
    said = {c["id"]: c["text"] for c in report["claims"]}
    assert flag["kind"] == "status_change" and "not released" in said[flag["sides"][0][0]]
    assert [("Crane" in said[c]) for c in flag["sides"][1]] == [True]
    assert "Alan Crane" in markdown and "Tim Blake" not in flag["reason"]


def test_end_to_end_a_victim_named_later_is_a_status_change(tmp_path):
    """"the victim's name would not be released until next of kin had been notified" / "Police have
    identified the victim as Martin Olsen": the name came later. Another person named as something
    else ("identified the suspect as") is no answer."""
    articles = {
        "a.txt": "Man shot dead outside Tromso bar\n\nA man was shot dead outside a bar in Tromso on Friday "
                 "night, police said.\nPolice said the victim's name would not be released until next of kin "
                 "had been notified.\n",
        "b.txt": "Tromso shooting victim named\n\nPolice have identified the victim as Martin Olsen, 34, of "
                 "Tromso.\nThey identified the suspect as Karl Berg, 41.\n",
    }
    markdown, report = _compare(tmp_path, "named-later", articles)
    assert "the victim is not named" in markdown
    [flag] = [f for f in report["findings"] if f.get("aspect") == "named"]
    said = {c["id"]: c["text"] for c in report["claims"]}
    assert flag["kind"] == "status_change" and "next of kin" in said[flag["sides"][0][0]]
    assert "Martin Olsen" in flag["reason"] and "Karl Berg" not in flag["reason"]


KILLING = {
    "a.txt": "Teenager killed in Corfu\n\nThe fatal shooting of Nikos Pappas, 17, on Saturday sparked protests "
             "across Corfu, police said.\nShops stayed shut on Monday.\n",
    "b.txt": "Officer charged over Corfu death\n\nAccording to the charge sheet, the officer killed Pappas on "
             "Sunday during a clash with youths.\nHe was remanded in custody.\n",
    "c.txt": "Corfu protests continue\n\nProtesters marched for a third day after Nikos Pappas was shot and "
             "killed on Saturday night.\nThe officer was charged.\n",
}


def test_end_to_end_one_person_killed_on_two_days_is_a_date_contradiction(tmp_path):
    """"The fatal shooting of Nikos Pappas, 17, on Saturday" / "the officer killed Pappas on Sunday":
    the odd day first, against both reports of Saturday."""
    markdown, report = _compare(tmp_path, "killing", KILLING)
    [flag] = [f for f in report["findings"] if f.get("subject", "").startswith("date of 'the killing")]
    said = {c["id"]: c["text"] for c in report["claims"]}
    assert flag["kind"] == "contradiction" and ["Sunday" in said[c] for c in flag["sides"][0]] == [True]
    assert len(flag["sides"][1]) == 2 and "day of the killing of Pappas" in markdown
    same = dict(KILLING, **{"b.txt": KILLING["b.txt"].replace("on Sunday", "on Saturday")})
    _, report = _compare(tmp_path, "killing2", same, out="r2")
    assert not [f for f in report["findings"] if f.get("subject", "").startswith("date of 'the killing")]


def test_end_to_end_one_person_arrested_on_two_days_is_a_date_contradiction(tmp_path):
    """"Hurst and Vail were arrested by police on Tuesday, the minister said on Wednesday" / "Hurst and
    Vail were arrested Wednesday": the day of the arrest, not of the minister's words."""
    articles = {
        "a.txt": "Sect leaders held\n\nAlan Hurst, 52, and Tom Vail, 44, were arrested by police on Tuesday, "
                 "the minister said at a news conference on Wednesday.\n",
        "b.txt": "Two sect leaders arrested\n\nThe minister confirmed that Alan Hurst and Tom Vail were arrested "
                 "Wednesday.\nBoth men face one count of fraud.\n",
    }
    markdown, flag = _one_flag(tmp_path, "arrest", articles, lambda f: f.get("subject", "").startswith("date of 'the arrest"))
    assert flag["kind"] == "contradiction" and "the day Hurst was arrested" in flag["reason"]
    assert "day of the arrest of Hurst" in markdown


CAUSE = {
    "a.txt": "Post-mortem on Corfu teenager\n\nThe post-mortem shows Nikos Pappas died from a bullet ricochet.\n"
             "Shops stayed shut on Monday.\n",
    "b.txt": "Officer charged over Corfu death\n\nBallistics tests reportedly showed the shooting may have been "
             "caused by a ricochet bullet, legal sources said.\nThe officer was charged with murder.\n",
}


def test_end_to_end_a_cause_given_as_fact_and_only_supposed_is_a_certainty_gap(tmp_path):
    """"died from a bullet ricochet" / "may have been caused by a ricochet bullet": the sentences share
    little wording; the cause, the harm and how sure each is are what is compared."""
    markdown, report = _compare(tmp_path, "cause", CAUSE)
    said = {c["id"]: c["text"] for c in report["claims"]}
    [gap] = [f for f in report["findings"] if f["kind"] == "certainty_gap"]
    assert ["died from" in said[c] for c in gap["sides"][0]] == [True]
    assert ["may have been" in said[c] for c in gap["sides"][1]] == [True]
    assert "Cause of the death, fact or supposition: ricochet bullet" in markdown
    # another cause is no gap: the supposed cause must be the one given as fact
    other = dict(CAUSE, **{"b.txt": CAUSE["b.txt"].replace("a ricochet bullet", "a second gunman")})
    _, report = _compare(tmp_path, "cause2", other, out="r2")
    assert not [f for f in report["findings"] if f["kind"] == "certainty_gap"]


COURT = {
    "a.txt": "Man charged in warehouse shooting\nDecember 20, 2008\n\nA 58-year-old man was charged on Friday with "
             "murder after a shooting at a warehouse in Halifax.\nIt was unclear when he would appear in court to "
             "answer the charge.\nIt was not clear whether the guard fired his weapon.\n",
    "b.txt": "Warehouse shooting suspect in court\nDecember 23, 2008\n\nThe accused gunman, Peter Doyle, made a brief "
             "appearance in provincial court Monday on a charge of murder.\nThe officers fired their weapons "
             "twice before the man surrendered.\n",
}


def test_an_open_question_is_set_against_its_answer_whatever_the_sentences_likeness(tmp_path):
    # (the two sentences share a verb's stem and a noun, not their wording: no alignment edge joins them)
    _, report = _compare(tmp_path, "court", {k: v.replace("December 23", "December 20") for k, v in COURT.items()})
    text = {c["id"]: c["text"] for c in report["claims"]}
    flags = [f for f in report["findings"] if f["kind"] in ("certainty_gap", "status_change")]
    [gap] = [f for f in flags if any("unclear when" in text[c] for c in f["claims"])]
    assert gap["kind"] == "certainty_gap" and any("brief appearance" in text[c] for c in gap["claims"])
    assert "when he would appear in court" in gap["reason"]
    # a yes-or-no question needs its whole proposition: the officers' shots say nothing of the guard's
    assert not [f for f in flags if any("whether the guard" in text[c] for c in f["claims"])]
    # told in a report published days later, the answer is an update: both were true when written
    markdown, report = _compare(tmp_path, "court-later", COURT, out="later")
    text = {c["id"]: c["text"] for c in report["claims"]}
    [update] = [f for f in report["findings"] if any("unclear when" in text[c] for c in f["claims"])
                and f["kind"] != "unique"]
    assert update["kind"] == "status_change" and "published later" in update["reason"]
    assert "Answered later" in markdown and "not known yet when he would appear in court" in markdown


AIRPORT = {
    "a.txt": "Airport closed by ash cloud\nApril 16, 2010\n\nThe city's airport was closed on Friday after a "
             "volcanic ash cloud drifted over the region.\nThere was no word on when the airport would reopen, a "
             "spokesman for the airlines said.\n",
    "b.txt": "Ash cloud shuts airport\nApril 16, 2010\n\nThe airport was shut on Friday as volcanic ash drifted "
             "over the region.\nThe airport authority said the airport would not reopen until Monday.\n",
}


def test_a_day_given_with_not_until_answers_an_open_when(tmp_path):
    # "no word on when ..." is an open question; "would not reopen until Monday" gives a day: a certainty
    # gap, though the answer is negated
    markdown, report = _compare(tmp_path, "airport", AIRPORT)
    text = {c["id"]: c["text"] for c in report["claims"]}
    [gap] = [f for f in report["findings"] if f["kind"] == "certainty_gap"]
    # a forecast is no fact: the report says a time is given, not that it is stated as fact
    assert "gives a time for it" in markdown and "states it as fact" not in markdown
    assert {text[c][:20] for c in gap["claims"]} == {"There was no word on", "The airport authorit"}
    assert "not known when the airport would reopen" in gap["reason"] and "'no word'" in gap["reason"]
    # "not before" gives only the earliest day, and a negated answer with no day answers nothing
    for n, said in enumerate(("would not reopen before Monday", "would not reopen soon")):
        other = {**AIRPORT, "b.txt": AIRPORT["b.txt"].replace("would not reopen until Monday", said)}
        _, report = _compare(tmp_path, f"airport-{n}", other, out=f"o{n}")
        assert not [f for f in report["findings"] if f["kind"] == "certainty_gap"]
