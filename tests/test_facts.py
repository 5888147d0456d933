"""The facts stage, one reader at a time, on sentences written for these tests (not the seeds)."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck.facts import facts_of, infer_date, parse_number, resolve_date
from factcheck.models import Claim
from factcheck.rules import comparable as _comparable, compatible as _compatible, date_issue, same_role
from factcheck.nlp import pipeline

WEDNESDAY = dt.date(2025, 6, 11)


def read(sentence: str, ref: dt.date | None = WEDNESDAY):
    return facts_of(pipeline("full")(sentence), "c1", ref)


def only_quantity(sentence: str):
    [q] = read(sentence).quantities
    return q


# --- quantities --------------------------------------------------------------------------------

@pytest.mark.parametrize("words, value", [
    (["30"], 30), (["Thirty"], 30), (["eight"], 8), (["40,000"], 40_000), (["3.4", "million"], 3_400_000),
    (["half", "a", "million"], 500_000), (["twenty-five"], 25), (["1.2bn"], 1_200_000_000),
    (["1.2b"], 1_200_000_000), (["3tn"], 3_000_000_000_000), (["4.5", "tn"], 4_500_000_000_000),
])
def test_numbers_in_digits_and_words(words, value):
    assert parse_number(words) == value


def test_a_count_carries_its_hedge_and_what_happened():
    q = only_quantity("At least 30 people were killed in the crash.")
    assert (q.low, q.high, q.approx, q.event) == (30, float("inf"), "at least", "death")
    q = only_quantity("Thirty passengers drowned when the ferry sank.")
    assert (q.value, q.approx, q.event) == (30, "exact", "death")
    q = only_quantity("Up to 400 workers could lose their jobs.")
    assert (q.low, q.high) == (0, 400)
    q = only_quantity("Nearly half a million residents lost power.")
    assert q.value == 500_000 and q.low < 500_000 and q.high == 500_000


def test_a_count_that_rose_is_an_update():
    q = only_quantity("The death toll rose to 33 on Thursday.")
    assert (q.value, q.event, q.changed) == (33, "death", True)


def test_percent_and_money():
    q = only_quantity("The bank raised its main rate to 7.25%.")
    assert (q.value, q.dimension) == (7.25, "percent")
    q = only_quantity("The firm agreed to pay 3.4 million dollars in damages.")
    assert (q.value, q.unit, q.dimension) == (3_400_000, "USD", "money")


@pytest.mark.parametrize("sentence", ["Unemployment at 5.2% in March.", "Inflation, 4.5%, a record high."])
def test_a_percent_with_no_verb_above_it_is_read_without_hanging(sentence):
    """Headline-style lines with no verb: the climb to the governing verb stops at the root."""
    import signal

    def hung(*_):
        raise TimeoutError(f"facts_of did not return for {sentence!r}")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        facts = read(sentence)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert [q.dimension for q in facts.quantities] == ["percent"]


@pytest.mark.parametrize("sentence, value, unit", [
    ("Acme will buy Zeta for $334M, it said.", 334e6, "USD"), ("The company paid $1.2bn for the stake.", 1.2e9, "USD"),
    ("The deal is worth €40m.", 40e6, "EUR"), ("The club paid £3m for him.", 3e6, "GBP"),
])
def test_money_with_a_scale_letter_keeps_its_scale_and_currency(sentence, value, unit):
    [q] = read(sentence).quantities
    assert (q.value, q.unit, q.dimension) == (value, unit, "money")


def test_units_are_converted_before_comparing():
    miles = only_quantity("The ferry sank about 5 miles offshore.")
    km = only_quantity("The ferry went down 8 km off the coast.")
    assert miles.dimension == km.dimension == "length" and miles.unit == km.unit
    assert _comparable(miles, km) and _compatible(miles, km)
    rain = only_quantity("The storm dumped 12 cm of rain on the town.")
    assert rain.value == pytest.approx(0.12) and rain.counted == "rain"


def test_numbers_of_different_kinds_are_never_compared():
    tonnes = only_quantity("About 2,000 tonnes of grain were lost.")
    percent = only_quantity("Grain exports fell 12% last year.")
    assert not _comparable(tonnes, percent)


def test_rounding_is_not_a_conflict_but_a_floor_above_the_figure_is():
    about = only_quantity("About 2,000 tonnes of grain were lost.")
    roughly = only_quantity("The ship was carrying roughly 1,950 tonnes of grain.")
    assert _comparable(about, roughly) and _compatible(about, roughly)
    at_least = only_quantity("At least 30 people were killed in the crash.")
    twenty_four = only_quantity("The crash killed 24 people.")
    assert _comparable(at_least, twenty_four) and not _compatible(at_least, twenty_four)


def test_durations_and_ages():
    ten = only_quantity("The airline signed a ten-year contract with the union.")
    eight = only_quantity("The airline signed an eight-year contract with the union.")
    assert ten.counted == eight.counted == "contract" and not _compatible(ten, eight)
    age = only_quantity("A 45-year-old man was arrested.")
    assert (age.value, age.dimension) == (45, "age")
    # a thing's years are how long it has lasted, nobody's age
    case = only_quantity("Police made an arrest in a 41-year-old double murder case.")
    assert case.dimension == "time" and case.text == "41-year"
    assert read("The strike lasted three days.").dates[0].start is None  # a span, not a day


def test_bare_numbers_are_read_but_never_compared():
    """A number with nothing counted is a fact to show (``factcheck facts``), not one to set against another."""
    bare = [q for q in read("He said it 3 times, then left at 9.").quantities if not q.counted]
    other = [q for q in read("In the end he counted 11.").quantities if not q.counted]
    assert [q.stated for q in bare] == [9] and [q.stated for q in other] == [11]
    assert not _comparable(bare[0], other[0])


@pytest.mark.parametrize("sentence", [
    "The explosion happened at 14:05 local time.",
    "The explosion happened at 2:05 p.m.",
    "The explosion happened at 1405 local time.",
])
def test_one_time_written_three_ways(sentence):
    f = read(sentence)
    assert [(t.low, t.high) for t in f.times] == [(845, 845)]
    assert all(d.granularity != "year" for d in f.dates)  # "1405" is not a year


def test_a_denial_in_a_clause_beside_the_main_one_does_not_deny_the_main_one():
    # the family deny he carried a weapon; nobody denies that a revolver was found
    both = read("A revolver was recovered at the scene, but his family vehemently deny that he was carrying a weapon.")
    assert both.certainty == "asserted" and both.predicate == "recover"
    assert read("His family denied that he was carrying a weapon.").certainty == "denied"


def test_a_part_of_the_day_is_read_as_a_whole_word():
    # "afternoon" holds "noon": read as noon it clashed with "just before 5:30 p.m." in a real report
    [t] = read("The explosion occurred Friday afternoon at the bank.").times
    assert (t.low, t.high) == (720, 1080)
    a, b = Claim("c1", "x", "", 0, 0, 1), Claim("c2", "y", "", 0, 0, 1)
    later = read("The explosion happened at the bank just before 5:30 p.m., deputies said.")
    assert date_issue(a, b, read("The explosion occurred Friday afternoon at the bank."), later) is None


def test_shortly_before_a_round_hour_is_a_window():
    [t] = read("The ship left port shortly before 8 a.m.").times
    assert t.high == 480 and t.low <= 470  # 7:50 a.m. falls inside


def test_one_happening_under_two_names_is_one_proposition():
    # "temblor" and "quake" are one happening (WordNet's earthquake synset), "occurred" and "struck" one
    # verb of happening: the two times clash; a blast and a quake are two happenings and do not
    a, b = Claim("c1", "x", "", 0, 0, 1), Claim("c2", "y", "", 0, 0, 1)
    temblor = read("The temblor occurred at 9:27 a.m., 13 miles east of the town.")
    quake = read("The quake struck at 2:09 a. m. near the town.")
    blast = read("The blast occurred at 2:09 a.m. near the town.")
    assert (temblor.subject, temblor.predicate) == (quake.subject, quake.predicate) == ("earthquake", "happen")
    issue = date_issue(a, b, temblor, quake)
    assert issue is not None and issue.compared["aspect"] == "time"
    assert date_issue(a, b, temblor, blast) is None


@pytest.mark.parametrize("sentence, minutes, day", [
    # a tokeniser's space in "a. m.": the small model tags these DATE or QUANTITY, never TIME
    ("The tremor struck at 2:09 a. m. Thursday near the dam.", [129], "Thursday"),
    ("The tremor struck at 2:09 a. m., about 14 miles from the dam.", [129], None),
    ("It was followed by a smaller shock at 2:12 a. m. and another at 2:15 a. m..", [132, 135], None),
    ("Polls closed at 8PM and counting began at 9.30pm.", [1200, 1290], None),
])
def test_clock_times_are_read_from_the_text_not_from_entity_labels(sentence, minutes, day):
    f = read(sentence)
    assert [t.value for t in f.times] == minutes
    assert [d.text for d in f.dates] == ([day] if day else [])  # never "2:09 a. m." as a calendar day


@pytest.mark.parametrize("text, start, end, granularity", [
    ("December 8, 2024", "2024-12-08", "2024-12-08", "day"),
    ("February 2025", "2025-02-01", "2025-02-28", "month"),
    ("last month", "2025-05-01", "2025-05-31", "month"),
    ("next year", "2026-01-01", "2026-12-31", "year"),
    ("Tuesday", "2025-06-10", "2025-06-10", "day"),
    ("on Wednesday", "2025-06-11", "2025-06-11", "day"),  # the paper's own weekday: that day, not a week before
    ("a week ago", "2025-06-02", "2025-06-08", "week"),
])
def test_dates_resolve_against_the_article_date(text, start, end, granularity):
    d = resolve_date(text, WEDNESDAY)
    assert (d.start.isoformat(), d.end.isoformat(), d.granularity) == (start, end, granularity)


def test_relative_dates_stay_unresolved_without_an_article_date():
    assert resolve_date("yesterday", None).start is None
    assert resolve_date("on Tuesday", None).start is None


def test_a_planned_event_on_a_weekday_is_the_next_one():
    [d] = read("The inquiry is scheduled to begin on Monday.").dates
    assert d.start == dt.date(2025, 6, 16)
    [d] = read("Rescuers found the wreck on Monday.").dates
    assert d.start == dt.date(2025, 6, 9)


def test_article_date_inferred_from_today_with_weekday():
    assert infer_date(["The council met today, Wednesday, March 5, to vote on the budget."]) == dt.date(2025, 3, 5)


# --- entities and roles ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, role", [
    ("Defense Minister Lena Varga met the delegation.", "lena varga", "defense minister"),
    ("Election commission chair Dana Morrow announced the results.", "dana morrow", "election commission chair"),
    ("Dana Morrow, the election commission chair, announced the results.", "dana morrow", "election commission chair"),
    ("The county's chief medical officer, Dr. Amir Haddad, confirmed the deaths.", "amir haddad", "chief medical officer"),
])
def test_people_with_their_titles(sentence, name, role):
    people = [e for e in read(sentence).entities if e.label == "PERSON"]
    assert [(e.norm, e.role) for e in people] == [(name, role)]


def test_places_and_organisations():
    f = read("The European Commission fined Orbis Telecom after a raid in Kessel.")
    labels = {(e.norm, e.label) for e in f.entities}
    assert ("european commission", "ORG") in labels and ("kessel", "GPE") in labels


def test_roles_match_by_their_ending_not_by_a_bare_noun():
    assert same_role("commission chair", "election commission chair")
    assert not same_role("chair", "vice chair") and not same_role("minister", "defense minister")


# --- negation and polarity ---------------------------------------------------------------------

def test_negation_belongs_to_the_main_verb():
    f = read("Police did not exclude foul play.")
    assert f.negated and "not" in f.negation_cue
    assert not read("Police excluded foul play.").negated


@pytest.mark.parametrize("sentence", ["No-one is believed to have been injured.", "No one was hurt.",
                                      "Nobody was hurt."])
def test_no_one_however_written_negates(sentence):
    assert read(sentence).negated


def test_a_numbered_seed_is_no_negation():
    assert not read("Creighton will play No. 5 seed Indiana State on Saturday.").negated


def test_a_dateline_is_not_the_subject():
    f = read("New Delhi / Mumbai: An Indian warship foiled a pirate attack in the Gulf of Aden on Friday.")
    assert (f.predicate, f.subject) == ("foil", "warship")


def test_a_place_in_a_sources_name_is_not_where_it_happened():
    from factcheck.rules import places

    assert places(read("NBC New York estimated the crowd at 70.")) == set()
    assert places(read("Officials in Aceh said the crowd was 70.")) == {"aceh"}


def test_closed_and_remained_open_have_opposite_polarity():
    from factcheck.facts import polarity

    closed, still_open = polarity(read("The bridge was closed after the quake.")), polarity(
        read("The bridge remained open after the quake."))
    assert closed[0] == still_open[0] and closed[1] != still_open[1]


# --- attribution -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind, name", [
    ("Reuters reported that the talks had collapsed.", "named", "reuters"),
    ("According to Transport Minister Ana Ruiz, the tunnel is safe.", "named", "ana ruiz"),
    ("The operator said the line would reopen on Friday.", "named", "operator"),
    ("A source in the interior ministry told the Daily Ledger that the suspect had fled.", "anonymous",
     "source in the interior ministry"),
    ("More than 1,500 jobs will be cut, people familiar with the matter said.", "anonymous",
     "people familiar with the matter"),
    ("The ferry left port at dawn.", "article", "article"),
])
def test_who_the_claim_rests_on(sentence, kind, name):
    a = read(sentence).attribution
    assert (a.kind, a.name) == (kind, name)


def test_he_said_rests_on_the_last_named_source():
    from factcheck.models import Attribution

    previous = Attribution("Mayor Ruth Bell", "ruth bell", "named", "said")
    f = facts_of(pipeline("full")("The bridge will stay shut, she said."), "c2", WEDNESDAY, previous)
    assert f.attribution.name == "ruth bell"


# --- certainty ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, level", [
    ("The ferry carried 300 passengers.", "asserted"),
    ("The ferry reportedly carried 300 passengers.", "reported"),
    ("Sources indicate that the merger is off.", "reported"),
    ("The strike may spread to other ports.", "hedged"),
    ("The cause of the fire remains unconfirmed.", "cautioned"),
    ("Officials said it was premature to speculate on the cause.", "cautioned"),
    ("Reports of a second explosion should be treated with caution.", "cautioned"),
    ("The spokesman denied that the plant had leaked.", "denied"),
    ("The company rejected claims that it had hidden the losses.", "denied"),
    ("Investigators found no link between the fire and the protest.", "denied"),
    ("The union disputed the company's account of the talks.", "denied"),
    ("Residents question the official version of events.", "cautioned"),
    ("The senator will contest the election in May.", "asserted"),  # a race run, no claim denied
    ("The army maintained that mortars had been fired from the school.", "reported"),
    ("Defence lawyers contend that the search was illegal.", "reported"),
    ("The city maintained the old bridge for decades.", "asserted"),  # kept it up: no one is quoted
    # the parser makes "contest" a noun of a compound ("community contest police allegations")
    ("Many in the community contest police allegations that the driver fired first.", "denied"),
    ("The contest results were announced on Monday.", "asserted"),
    # a verb of supposition in the passive hedges what it is said of; the supposer's own verb does not
    ("The skipper is presumed dead after the trawler sank off Skye.", "hedged"),
    ("At least 20 villagers are feared killed in the landslide.", "hedged"),
    ("The gunman is believed to have acted alone.", "hedged"),
    ("Rescuers feared the worst as the tide came in.", "asserted"),
    ("The much-feared storm reached the coast on Monday.", "asserted"),
    ("Friends paid tribute to a climber feared dead on the mountain.", "asserted"),  # the tribute is paid
])
def test_certainty_levels(sentence, level):
    assert read(sentence).certainty == level


@pytest.mark.parametrize("sentence, level", [
    ("The crew were taken ashore and would be flown home on Friday.", "asserted"),  # a past report's future
    ("If the wall had held, the houses would have been spared.", "hedged"),  # a condition
    ("It was not immediately clear how the fire started.", "cautioned"),
    ("It is not known whether anyone was inside.", "cautioned"),
])
def test_would_hedges_only_in_a_condition_and_not_clear_leaves_it_open(sentence, level):
    assert read(sentence).certainty == level


def test_a_count_in_a_clause_dated_otherwise_is_not_of_the_sentences_day():
    # the banks were attacked overnight, not on the calm Sunday of the first clause
    f = read("The city was calm on Sunday but broken windows bore witness to the riots overnight, when a "
             "hundred youths attacked four shops and two banks.")
    assert [q.day_elsewhere for q in f.quantities] == [True, True, True]
    # a day told only after the number, in a clause of its own, is not the number's
    f = read("At least 43 people were killed in the school, pushing the death toll above 680 since the "
             "conflict began on December 27.")
    assert [q.day_elsewhere for q in f.quantities] == [True, True]
    assert not read("Three people died on Saturday when a bus crashed.").quantities[0].day_elsewhere
    # a clause with no time of its own is told of the sentence's day
    f = read("Police arrested 12 people on Saturday, and the court freed three of them.")
    assert [q.day_elsewhere for q in f.quantities] == [False, False]
    assert not read("On Sunday, police said 12 people had been arrested.").quantities[0].day_elsewhere


def test_the_questions_a_sentence_leaves_open():
    f = read("It was not immediately clear what would happen to the crew, or where they would be taken.")
    assert f.asked == (("what", "happen", "crew"), ("where", "take"))
    assert read("It is unclear how many people were inside the bank.").asked[0][:2] == ("how many", "be")
    assert read("Police have not determined whether the driver fired his weapon.").asked == (
        ("whether", "fire", "driver", "weapon"),)
    # an either-or question: what it asks about and each alternative
    assert read("It was unclear if the dead were customers or bank employees.").asked == (
        ("or", "dead", "customer", "bank employee"),)
    assert read("It was not clear whether the fire was deliberate.").asked == (("whether", "be", "fire"),)
    assert read("The cause of the fire remains unclear.").asked == ()  # a doubt, no question
    # "no word on when", "no timeframe for when": an answer not given is an open question, not a denial
    f = read("There's no timeframe for when communications will be restored, said a director of the company.")
    assert f.asked == (("when", "restore", "communication"),) and (f.certainty, f.certainty_cue) == (
        "cautioned", "no timeframe")
    f = read("Officials gave no indication of when the road would be cleared.")
    assert f.asked == (("when", "clear", "road"),) and f.certainty == "cautioned"
    f = read("There was no indication that the fire was set deliberately.")
    assert f.asked == () and f.certainty == "denied"
    assert read("The ferry sank in the strait where it was built.").asked == ()
    # a source who cannot say what a question asks does not know it; one who would not say declines
    f = read("The spokesman couldn't say if anyone else was in the warehouse at the time.")
    assert f.asked == (("if", "be", "warehouse", "time"),) and (f.certainty, f.certainty_cue) == (
        "cautioned", "couldn't say")
    assert read("Police could not say how many shots were fired.").asked == (("how many", "fire", "shot"),)
    f = read("Officials would not say whether the driver had been charged.")
    assert f.asked == () and f.certainty != "cautioned"
    assert read("He could not say enough about her courage.").asked == ()  # no question asked


@pytest.mark.parametrize("sentence, label", [
    ("The mayor said the violence did not constitute a riot, as some had termed it.", "riot"),
    ("It was not a terrorist attack, police said.", "terrorist attack"),
    ("The fire was no accident.", "accident"),
    ("Officials said the shooting did not amount to murder.", "murder"),
    ("It was not the first attack on the bank.", ""),  # that one, not what it was
    ("The riot was not planned.", ""),
    ("He was not a suspect.", ""),
])
def test_the_name_a_sentence_refuses_a_happening(sentence, label):
    assert read(sentence).disowned == label


@pytest.mark.parametrize("sentence, roles", [
    ("The NYPD has not released the names of the sergeant and cop who fired 11 shots.", ("sergeant", "cop")),
    ("Police have not released the victim's name.", ("victim",)),
    ("Police have not yet identified the driver.", ("driver",)),
    ("Police said there is no evidence the unidentified officers acted inappropriately.", ("officer",)),
    ("The company did not release figures.", ()),
    ("Police released the names of the two officers on Friday.", ()),
    # held back until a step of the case: named later; a refusal or a promise withholds nothing
    ("Police said the victim's name would not be released until next of kin had been notified.", ("victim",)),
    ("Woodward said he would not reveal the source's name until he dies.", ()),
    ("The driver's name could not be released for security reasons.", ()),
])
def test_the_people_a_sentence_says_are_not_named(sentence, roles):
    assert read(sentence).withheld == roles


@pytest.mark.parametrize("sentence, corrected", [
    ("But it later emerged that the vessel was actually a Thai fishing trawler seized by pirates.",
     ("ship", "thai fishing trawler")),
    ("The boat turned out to be a fishing trawler.", ("ship", "fishing trawler")),
    ("It's actually the navy which has taken the battle to the pirates.", ()),  # emphasis, no thing corrected
    ("The vessel was a Thai fishing trawler.", ()),
])
def test_a_thing_a_sentence_says_was_in_fact_another(sentence, corrected):
    assert read(sentence).corrected == corrected


@pytest.mark.parametrize("sentence, killed_on", [
    ("According to the charge sheet, Mr Korkoneas killed Grigoropoulos on Sunday during a clash.",
     ("grigoropoulos", "Sunday")),
    ("The fatal shooting of Alexis Grigoropoulos, 15, on Saturday sparked five days of riots.",
     ("grigoropoulos", "Saturday")),
    ("Kimani Gray was shot and killed on Saturday night after pointing a gun.", ("gray", "Saturday night")),
    ("Police shot the suspect on Monday.", ()),  # no name
    ("The quake killed 30 people in Peru on Monday.", ()),
])
def test_a_named_person_killed_and_the_day_of_it(sentence, killed_on):
    assert read(sentence).killed_on == killed_on


@pytest.mark.parametrize("sentence, arrested_on", [
    ("Alan Hurst, 52, and Tom Vail, 44, were arrested by police on Tuesday, the minister said on Wednesday.",
     ("hurst", "Tuesday")),
    ("The minister confirmed that Alan Hurst and Tom Vail were arrested Wednesday morning.", ("hurst", "Wednesday morning")),
    ("Police arrested two men on Friday.", ()),  # no name
    ("Hurst was arrested after a chase.", ()),  # no day
])
def test_a_named_person_arrested_and_the_day_of_it(sentence, arrested_on):
    assert read(sentence).arrested_on == arrested_on


@pytest.mark.parametrize("sentence, caused", [
    ("Tests showed the shooting may have been caused by a ricochet bullet, sources said.",
     (("death", ("bullet", "ricochet"), True),)),
    ("The post-mortem shows Nikos Pappas died from a bullet ricochet.", (("death", ("bullet", "ricochet"), False),)),
    ("The report concluded the boy was killed by an accidental ricochet.", (("death", ("ricochet",), False),)),
    ("The company said the downtime was most likely caused by a fault on the cable.", (("outage", ("fault",), True),)),
    ("The blaze is believed to have been caused by a faulty heater.", (("fire", ("heater",), True),)),
    ("He was killed by Korkoneas.", ()),  # a person named: who, not how
    ("The delay was caused by bad weather.", ()),  # no harm
])
def test_what_a_sentence_says_caused_a_harm_and_whether_only_supposed(sentence, caused):
    assert read(sentence).caused == caused


@pytest.mark.parametrize("sentence, holder", [
    ("People within the community confirmed that Vail has at least three wives.", "Vail"),
    ("Hurst, alleged to have 19 wives, is charged with polygamy.", "Hurst"),
    ("Vail, accused of having two wives, is charged.", ""),  # what the charge counts, not what he has
    ("Smith, who has three children, was arrested.", "Smith"),
    ("Hurst, who has had 26 wives, denies it.", ""),  # a life's total, not a count of now
    ("The company has 500 employees.", ""),  # no person
    ("Police seized three rifles.", ""),
])
def test_the_named_person_who_has_what_a_number_counts(sentence, holder):
    [q] = read(sentence).quantities
    assert q.holder == holder


def test_a_number_whose_noun_is_left_out_counts_the_noun_of_the_clause_before():
    f = read("The minister noted that Hurst has 20 wives and Vail has two.")
    assert [(q.value, q.counted, q.holder) for q in f.quantities] == [(20, "wife", "Hurst"), (2, "wife", "Vail")]
    # only the same verb leaves its object out: "owns two" says not what Hurst owns
    assert [q.counted for q in read("Hurst has 20 wives and owns two.").quantities] == ["wife", ""]


# --- status ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, status", [
    ("The government plans to build a new runway.", "planned"),
    ("The stadium will open next year.", "planned"),
    ("The inquiry is scheduled to begin on Monday.", "planned"),
    ("Results are expected in May.", "planned"),
    ("A relief fund was set up for the victims' families.", "done"),
    ("A fund was set up to help the families.", "done"),
    ("Repairs are still under way.", "ongoing"),
    ("The new ambassador began his duties on March 5.", "done"),
    ("Rebels took control of the airport.", "done"),
    ("The two leaders signed the agreement in Geneva.", "done"),
    ("The bridge is made of steel.", ""),
    ("Two banks were set on fire overnight.", "done"),
    ("The vote is set for June.", "planned"),
    ("The talks are set to resume on Monday.", "planned"),
    ("We will not let the creditors dictate our wages.", ""),
])
def test_event_status(sentence, status):
    assert read(sentence).status == status


def test_a_noun_the_tagger_folds_into_a_date_is_not_part_of_it():
    # "sparked landslides Tuesday": the day is Tuesday, resolved against the article's date
    f = read("The storm flattened houses and sparked landslides Tuesday, killing at least four people.",
             ref=dt.date(2013, 7, 3))
    assert [(d.text, d.start) for d in f.dates] == [("Tuesday", dt.date(2013, 7, 2))]


def test_a_year_in_a_clause_describing_another_noun_does_not_date_the_number():
    # "in a region devastated by the tsunami of 2004": the region's past, not the toll's
    ref = dt.date(2013, 7, 2)
    f = read("The quake killed at least five people in a region devastated by the tsunami of 2004.", ref=ref)
    assert [q.background for q in f.quantities] == [""]
    # a clause on the number's own way still dates it
    f = read("A quake that struck in 2004 killed 170,000 people.", ref=ref)
    assert [q.background for q in f.quantities] == ["2004"]


def test_a_subject_named_is_told_from_a_common_noun_whatever_the_entity_tagger_says():
    named = facts_of(pipeline("full")("Garrard finished with 329 yards and one touchdown for Jacksonville."))
    common = facts_of(pipeline("full")("The quarterback finished with 329 yards and one touchdown."))
    assert (named.subject, named.subject_named) == ("garrard", True)
    assert (common.subject, common.subject_named) == ("quarterback", False)


def test_a_name_the_small_parser_misreads_is_still_the_named_subject():
    # "Manning" tagged a verb (lemma "man"); "Garrard, who ..." hung on the verb as a modifier
    manning = facts_of(pipeline("full")("Manning threw for 364 yards and three touchdowns, helping the Colts win."))
    garrard = facts_of(pipeline("full")("Garrard, who rushed for a score, finished with 329 yards with one touchdown."))
    assert (manning.subject, manning.subject_named) == ("manning", True)
    assert (garrard.subject, garrard.subject_named) == ("garrard", True)
    # an opening day with a clause of its own is no subject
    monday = facts_of(pipeline("full")("Monday, which was a holiday, police said five people died."))
    assert monday.subject != "monday"


def test_maintain_without_a_clause_is_a_deed_not_a_report():
    # a verb that reports only with a clause ("maintained that ...") is the claim's own verb otherwise
    f = read("The city maintained the old bridge for decades.")
    assert f.predicate == "maintain" and "maintain" in f.keywords and f.attribution.kind == "article"
    f = read("The army maintained that mortars had been fired from the school.")
    assert f.predicate == "fire" and "maintain" not in f.keywords and f.attribution.name == "army"


def test_a_clause_of_time_inside_a_question_is_no_question_of_its_own():
    f = read("It was not clear whether he had his back to the police when they opened fire.")
    assert [q[0] for q in f.asked] == ["whether"]
    assert read("It was unclear when he would appear in court.").asked == (("when", "appear", "court"),)


def test_a_day_in_a_clause_of_since_is_marked():
    from factcheck.facts import read_dates

    def dates(sentence):
        return [(d.text, d.since) for d in read_dates(pipeline("full")(sentence), None)]

    assert dates("The toll rose above 680 since the conflict began on December 27.") == [("December 27", True)]
    assert dates("The pair have each been held since Monday.") == [("Monday", True)]
    assert dates("The quake struck on December 27 and killed five.") == [("December 27", False)]
