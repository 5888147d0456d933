"""The quantity reader and clause-level facts, on news-like sentences written for these tests.

Each case is a pattern real wire copy uses and an earlier reader got wrong (issue 12): magnitudes,
numbers the tagger takes for dates, parts and increments, numbers with no noun after them,
percent spellings, speeds in two units, durations, ranges, fractions, and two sources in one
sentence.
"""
from __future__ import annotations

import pytest

from factcheck.facts import facts_of
from factcheck.rules import comparable as _comparable, compatible as _compatible
from factcheck.nlp import pipeline
from factcheck.quantities import figure_parts, joined_spans_of_time, read_quantities, vague


def read(sentence: str):
    return read_quantities(pipeline("full")(sentence))


def one(sentence: str, text: str):
    """The quantity whose number is written ``text`` (its quote may start with a hedge: "at least 12")."""
    found = [q for q in read(sentence) if q.text.startswith(text) or f" {text}" in q.text]
    assert len(found) == 1, [q.text for q in read(sentence)]
    return found[0]


@pytest.mark.parametrize("sentence, text", [
    ("Seismologists recorded a magnitude of 4.8 under the bay.", "4.8"),
    ("The 6.3-magnitude tremor shook the valley before dawn.", "6.3"),
    ("A magnitude 5.9 quake struck the coast on Sunday.", "5.9"),
    ("The earthquake measured 5.4 on the Richter scale.", "5.4"),
])
def test_a_magnitude_is_a_magnitude_not_a_count(sentence, text):
    q = one(sentence, text)
    assert (q.dimension, q.stated_unit, q.counted, q.event) == ("magnitude", "magnitude", "magnitude", "")


def test_an_aftershock_magnitude_is_not_the_quake_magnitude():
    quake = one("The 6.3-magnitude tremor shook the valley before dawn.", "6.3")
    after = one("A 5.1 aftershock rattled the valley an hour later.", "5.1")
    assert after.counted == "aftershock magnitude" and not _comparable(quake, after)


def test_two_magnitudes_are_compared_and_a_magnitude_never_with_deaths():
    a = one("The 6.3-magnitude tremor shook the valley before dawn.", "6.3")
    b = one("Seismologists recorded a magnitude of 6.1 under the valley.", "6.1")
    deaths = one("The tremor killed 6 people in the valley.", "6")
    assert _comparable(a, b) and not _compatible(a, b)
    assert not _comparable(a, deaths)


def test_a_small_number_after_a_verb_is_a_count_not_a_year():
    """The small model tags "injuring 35" as a DATE; the reader repairs it from the parse."""
    q = one("The blast ripped through the depot, injuring 35, the fire service said.", "35")
    assert (q.stated, q.event) == (35, "injury")
    assert not [q for q in read("The depot opened in 1935 beside the river.")]


def test_a_part_of_a_total_is_not_the_total():
    part = one("Nine of the 31 wounded were still in hospital on Friday.", "Nine")
    whole = one("Nine of the 31 wounded were still in hospital on Friday.", "31")
    assert part.part_of == 31 and whole.part_of is None
    other = one("Thirty-one people were wounded in the attack.", "Thirty-one")
    assert not _comparable(part, other)


def test_more_and_changes_are_increments_not_totals():
    more = one("Divers recovered four more bodies from the hull on Tuesday.", "four")
    assert more.increment and more.change == ">" and more.event == "death"
    rise = one("The jobless rate rose 0.4 per cent in May.", "0.4")
    assert (rise.change, rise.increment, rise.dimension) == ("up", True, "percent")
    level = one("The jobless rate rose to 6.1 per cent in May.", "6.1")
    assert (level.change, level.increment, level.changed) == ("=", False, True)
    beside = one("The visitors fell to the home side in four games.", "four")  # "fell to" a team, not to a level
    assert not beside.changed and not beside.increment


def test_the_event_of_a_count_is_its_verb_not_an_adjective_on_its_noun():
    q = one("Three injured climbers died overnight in the camp.", "Three")
    assert q.event == "death"
    q = one("Rescuers carried 14 injured climbers down the slope.", "14")
    assert q.event == "injury"


@pytest.mark.parametrize("sentence, text, counted, event", [
    # a number with no noun after it counts what the clause names
    ("By the evening the toll had risen to 17.", "17", "toll", "death"),
    ("Officials put the death toll at 23 late on Monday.", "23", "toll", "death"),
    # a participle after a bare number: "18 injured and 12 arrested" (the 12 were not injured)
    ("Police said 18 people had been injured in the clashes and 12 arrested for carrying weapons.", "12", "", "arrest"),
    # the verb's complement says what happened: "confirmed dead", "recorded 24 people dead"
    ("Four people had so far been confirmed dead in the flood, an official told reporters.", "Four", "people", "death"),
    ("We have recorded 31 people dead and 90 people injured.", "31", "people", "death"),
    # a count taken to a new value: the toll is counted
    ("Two firemen were among the victims, bringing the confirmed death toll to 9.", "9", "toll", "death"),
    # people turning out: a crowd, not a count of protests
    ("About 300 people marched toward the town hall on Friday.", "About 300", "people", "crowd"),
    ("As many as 8,000 people took to the streets of the capital.", "8,000", "people", "crowd"),
    ("A local broadcaster estimated the crowd at 450.", "450", "crowd", "crowd"),
    ("Police put the march, to mark a 24-hour nationwide strike, at roughly 30,000 people.", "30,000", "people", "crowd"),
    ("The protest march was attended by an approximate 200,000.", "200,000", "people", "crowd"),
    ("Tens of thousands of union members rallied outside parliament.", "Tens", "people", "crowd"),
    ("After rallying in three separate demonstrations, the unions marched on.", "three", "demonstration", ""),
    ("More than 60 protesters have been detained.", "60", "people", "arrest"),
    # a make or model right after the count is what is counted, however it is written
    ("Commandos seized seven AK-47 assault rifles and two other rifles.", "seven AK-47", "ak47", ""),
    ("The commandos also recovered 12 AK 47 guns, three rifles and two grenades.", "12", "ak47", ""),
    ("They also confiscated seven AK-47s and a grenade launcher.", "seven AK-47s", "ak47", ""),
    ("Two F-16 jets escorted the plane.", "Two", "f16", ""),
    ("The blast killed 3 people in 2 A4 cars.", "3 people", "people", "death"),
    # what befell them is the verb's object; "others" are people
    ("He said eight people had suffered from serious injury.", "eight people", "people", "injury"),
    ("Five people were killed and 250 others injured.", "250 others", "people", "injury"),
    ("She is to be arraigned on two murder charges and one attempted murder charge later today.",
     "one attempted murder", "attempted murder", ""),
    # how long the happening lasted, however it is told; not how long someone worked
    ("As the quake shook houses for around one minute, people ran out.", "around one minute", "earthquake duration", ""),
    ("The quake was felt strongly for around 15 seconds.", "around 15 seconds", "earthquake duration", ""),
    ("Rescuers worked for 12 hours.", "12 hours", "", ""),
    # a market's move, told by the verb or by its close
    ("Greek stocks plunged 5.4 per cent.", "5.4 per cent", "stock", ""),
])
def test_what_a_count_counts_from_the_words_around_it(sentence, text, counted, event):
    q = one(sentence, text)
    assert (q.counted, q.event) == (counted, event)


def test_a_distance_keeps_its_reference_point():
    q = one("The epicentre lay some 310 miles away from the capital.", "310")
    assert q.counted == "distance from capital" and q.approx == "some" and q.dimension == "length"
    assert q.low < q.value < q.high


def test_counts_of_plain_people_are_compared():
    a = one("The town of 80,000 people was cut off by the floods.", "80,000")
    b = one("Floods cut off the town of 150,000 people.", "150,000")
    assert a.counted == b.counted == "people in town" and _comparable(a, b) and not _compatible(a, b)


@pytest.mark.parametrize("sentence, text, counted", [
    ("The village, with a population of about 2,000, lies in the valley.", "2,000", "people in village"),
    ("The town has a population of 25,000.", "25,000", "people in town"),
    ("About 800 people live in the village below the dam.", "800", "people in village"),
    ("The church has some 700 members living in Northern Alberta.", "700", "people in northern alberta"),
    ("About 800 people were evacuated from the village.", "800", "people"),  # evacuated, not living there
])
def test_a_population_counts_the_people_of_its_place(sentence, text, counted):
    assert one(sentence, text).counted == counted


@pytest.mark.parametrize("sentence, text, value", [
    ("Turnout reached 61 per cent in the north.", "61", 61),
    ("Turnout reached 61 percent in the north.", "61", 61),
    ("Turnout reached 61% in the north.", "61", 61),
    ("Shares in the lender fell 12pc on the news.", "12pc", 12),
])
def test_percent_in_all_its_spellings(sentence, text, value):
    q = one(sentence, text)
    assert (q.stated, q.dimension, q.stated_unit) == (value, "percent", "percent")


def test_a_speed_in_two_units_is_one_speed():
    kmh, mph = read("Gusts reached 130 km/h (81 mph) along the coast.")
    assert (kmh.stated, kmh.stated_unit, mph.stated, mph.stated_unit) == (130, "kilometre per hour", 81, "mile per hour")
    assert kmh.dimension == mph.dimension == "speed" and abs(kmh.value - mph.value) / mph.value < 0.01


def test_a_duration_is_read_and_converted():
    q = one("The ministry promised to rebuild the port within 10 years.", "10")
    assert (q.stated, q.stated_unit, q.dimension) == (10, "year", "time")


@pytest.mark.parametrize("sentence, low, high, unit", [
    ("The flood zone stretched from 40 to 55 miles along the river.", 40, 55, "mile"),
    ("Between 200 and 250 families were moved to shelters.", 200, 250, ""),
    ("Tickets cost $15 to $20 at the door.", 15, 20, "dollar"),
])
def test_a_range_is_one_quantity_with_both_ends(sentence, low, high, unit):
    [q] = [q for q in read(sentence) if q.stated_high is not None]
    assert (q.stated, q.stated_high, q.stated_unit) == (low, high, unit)
    assert q.low <= q.value <= q.high


@pytest.mark.parametrize("sentence, text, value", [
    ("Half of the 300 staff were sent home.", "Half", 0.5),
    ("Two-thirds of the orchards were lost.", "Two-thirds", 2 / 3),
    ("A quarter of the homes had no power.", "A quarter", 0.25),
])
def test_fractions(sentence, text, value):
    q = one(sentence, text)
    assert q.stated == pytest.approx(value)


def test_half_of_a_total_is_a_part_of_it():
    q = one("Half of the 300 staff were sent home.", "Half")
    assert q.part_of == 300


@pytest.mark.parametrize("sentence, text, approx, change", [
    ("Nearly 2,000 homes were damaged.", "2,000", "nearly", "~"),
    ("At least 12 people drowned.", "12", "at least", ">"),
    ("As many as 60 people may have died.", "60", "as many as", "<"),
    ("Dozens of people were hurt.", "Dozens", "about", "="),
])
def test_hedges_are_read_as_intervals(sentence, text, approx, change):
    q = one(sentence, text)
    assert (q.approx, q.change) == (approx, change)
    assert q.low <= q.value <= q.high


@pytest.mark.parametrize("sentence, value, unit", [
    ("The fine was $US2.5 million.", 2_500_000, "USD"), ("The stake sold for RM79 million.", 79_000_000, "MYR"),
    ("Shares closed at 164p.", 1.64, "GBP"), ("The club paid €40m for him.", 40_000_000, "EUR"),
])
def test_money_written_onto_its_currency(sentence, value, unit):
    [q] = read(sentence)
    assert (q.dimension, q.unit) == ("money", unit) and q.value == pytest.approx(value)


@pytest.mark.parametrize("sentence, text, event", [
    ("The two guards were killed during demonstrations by tens of thousands who marched through the capital.",
     "tens of thousands", "crowd"),
    ("The storm killed 30 people who were sleeping in their homes.", "30", "death"),
    ("Police arrested 12 people who had looted shops.", "12", "arrest"),
])
def test_a_relative_clause_is_the_verb_of_a_number_no_verb_takes(sentence, text, event):
    # "by thousands who marched": the marchers' number, not the dead's; a number the verb takes as its
    # object keeps that verb ("killed 30 people who were sleeping")
    assert one(sentence, text).event == event


def test_a_sum_told_again_in_another_currency_counts_what_the_first_counts():
    # "... 40 million pounds ($52 million) of damage": either currency's figure is the damage
    pounds, dollars = read("The floods caused 40 million pounds ($52 million) of damage across the county.")
    assert (pounds.unit, dollars.unit) == ("GBP", "USD") and pounds.counted == dollars.counted == "damage"
    # a second sum of its own is not a conversion: "a $5 million fine and $2 million in costs"
    fine, costs = read("The firm paid a 5 million euro fine ($6 million in legal costs came on top).")
    assert costs.counted != fine.counted or not fine.counted


@pytest.mark.parametrize("sentence", [
    "The Apple Watch 5 went on sale on Friday.", "Game 7 is on Sunday.", "The hurricane reached category 4 overnight.",
    "They drew 2-2 in the first leg.", "The tower was finished in 1998.", "He lives at 49 Harbour View Road.",
    "Each one they lose costs money.", "At one point the whole network was out of service.",
])
def test_names_scores_years_and_labels_are_not_quantities(sentence):
    assert read(sentence) == []


def test_figure_parts():
    assert figure_parts("2.4GHz") == ("", "2.4", "GHz")
    assert figure_parts("4G") is None and figure_parts("21st") is None


def test_a_sentence_with_two_sources_and_two_values_gives_two_facts_with_two_sources():
    doc = pipeline("full")("The national observatory put the magnitude at 4.9, but the USGS said it was 5.2.")
    a, b = facts_of(doc).quantities
    assert (a.stated, a.source, b.stated, b.source) == (4.9, "national observatory", 5.2, "usgs")
    assert a.dimension == b.dimension == "magnitude"
    assert _comparable(a, b) and not _compatible(a, b)


def test_a_cue_belongs_to_the_clause_it_governs():
    """"denied" governs the trapped miners, not the deaths the police report."""
    f = facts_of(pipeline("full")("Officials denied that 50 miners were trapped, but two injured miners died, police said."))
    trapped, died = f.quantities
    assert (trapped.certainty, trapped.source) == ("denied", "officials")
    assert (died.certainty, died.source, died.event) == ("reported", "police", "death")
    f = facts_of(pipeline("full")("Unconfirmed reports put the toll at 40, and the ministry said 12 had died."))
    rumour, said = f.quantities
    assert (rumour.certainty, said.certainty, said.source) == ("cautioned", "reported", "ministry")


@pytest.mark.parametrize("sentence, text, background", [
    ("There have been dozens of quakes here since a 7.9 temblor in 2004 set off a wave, leaving 3,000 people dead.",
     "3,000", "2004"),
    ("The storm killed 9 people on Sunday, the worst since 1998, when 2,100 died.", "2,100", "1998"),
    ("Last year's flood killed 40 people in the same valley.", "40", "last year's"),
    ("In a previous attack on the base, 12 soldiers were killed.", "12", "previous attack"),
    ("In a separate incident, seven UN staff were injured, three seriously.", "seven", "separate incident"),
])
def test_a_number_about_another_happening_is_background(sentence, text, background):
    import datetime as dt

    [q] = [q for q in facts_of(pipeline("full")(sentence), "c1", dt.date(2009, 1, 8)).quantities
           if q.text.startswith(text) or f" {text}" in q.text]
    assert q.background == background


def test_separate_happenings_of_the_story_itself_are_no_background():
    import datetime as dt

    [q] = [q for q in facts_of(pipeline("full")("Two separate bombings killed 12 people in the capital."), "c1",
                               dt.date(2009, 1, 8)).quantities if q.text.startswith("12")]
    assert q.background == ""


def test_the_articles_own_happening_is_not_background_and_is_never_set_against_it():
    import datetime as dt

    day = dt.date(2009, 1, 8)
    now = facts_of(pipeline("full")("The storm killed 9 people on Sunday, the worst since 1998, when 2,100 died."),
                   "c1", day).quantities
    assert [q.background for q in now] == ["", "1998"]
    other = facts_of(pipeline("full")("The storm on Sunday killed 2,100 people."), "c2", day).quantities[0]
    assert _comparable(now[0], other) and not _comparable(now[1], other)


def test_dozens_multiply():
    assert one("A group of at least three dozen young men rampaged through the store.", "three").value == 36
    assert one("Two dozen cars were burned.", "Two").value == 24
    assert [q.text for q in read("A dozen people were hurt.")] == ["A dozen people"]
    # "several dozen" is no dozen: an order of magnitude, two dozen and up, never a count of record
    several = one("In addition to the dead, several dozen people were wounded.", "several")
    assert (several.low, several.approx) == (24, "about") and several.high > 100 and vague(several)


@pytest.mark.parametrize("sentence, text, place, bearing", [
    ("The tanker was attacked around 150 nautical miles east of Aden.", "around 150", "aden", "east"),
    ("Its epicenter was 55 kilometers (34 miles) west of the town of Bireun.", "55", "bireun", "west"),
    ("The quake struck 72 kilometres south-east of Banda Aceh.", "72", "banda aceh", "southeast"),
    ("The ship was 620 miles away from the capital.", "620", "capital", ""),
])
def test_a_distance_from_a_place_keeps_its_direction(sentence, text, place, bearing):
    q = one(sentence, text)
    assert (q.counted, q.bearing) == (f"distance from {place}", bearing)


@pytest.mark.parametrize("sentence, change", [
    ("Greek stocks closed down 3.9 percent.", "down"),
    ("The Dow ended up 120 points.", "up"),
    ("Greek stocks plunged 5.4 per cent.", "down"),
])
def test_a_market_move_is_a_change(sentence, change):
    [q] = read(sentence)
    assert (q.increment, q.change) == (True, change)


def test_the_shop_closed_down_three_branches_is_a_count_not_a_fall():
    [q] = read("The shop closed down 3 branches.")
    assert (q.increment, q.counted) == (False, "branch")


@pytest.mark.parametrize("sentence", [
    "Paris Store Hit by $2. 6 Million Jewelry Heist",
    "The 13-inch models start at $1, 199.",
])
def test_a_figure_split_by_a_stray_space_is_no_number(sentence):
    assert not [q for q in read(sentence) if q.dimension == "money"]


@pytest.mark.parametrize("sentence, text, event", [
    ("One person has been arrested, though no injuries have been reported.", "no injuries", "injury"),
    ("There were no immediate reports of casualties after the quake.", "no immediate reports of casualties", "death"),
    ("No one was killed in the blast.", "No one was killed", "death"),
    ("Nobody was hurt.", "Nobody was hurt", "injury"),
    ("There were no immediate reports of damage after the quake.", "no immediate reports of damage", "damage"),
    ("There was no damage.", "no damage", "damage"),
])
def test_a_toll_of_none_is_a_count_of_zero(sentence, text, event):
    [q] = [q for q in read(sentence) if q.value == 0]
    assert (q.text, q.event, q.counted) == (text, event, "damage" if event == "damage" else "people")


@pytest.mark.parametrize("sentence", [
    "There were no deaths among the crew.",  # a group's own: a part
    "He had no idea.",
    "There was no sign of the boat.",
])
def test_none_of_a_part_or_of_no_harm_is_no_count(sentence):
    assert not [q for q in read(sentence) if q.value == 0]


@pytest.mark.parametrize("sentence, text, event", [
    ("Kimani Gray was shot 11 times by police.", "11 times", "hit"),
    ("Both officers fired at the suspect, hitting Gray eleven times in his torso and legs.", "eleven times", "hit"),
    ("Seven bullets hit Mr. Gray, the medical examiner said.", "Seven bullets", "hit"),
    ("The autopsy showed he was hit by seven bullets.", "seven bullets", "hit"),
    ("He was stabbed 20 times.", "20 times", "hit"),
    ("The officers then fired 11 shots, the police said.", "11 shots", "gunfire"),
    ("Three of the seven bullets fired by the officers hit him in the back.", "seven bullets", "gunfire"),
])
def test_shots_are_counted_as_hits_or_as_shots_fired(sentence, text, event):
    q = one(sentence, text)
    assert (q.event, q.counted) == (event, "")


@pytest.mark.parametrize("sentence", [
    "The quake hit the region three times in a week.",
    "She has won the title three times.",
])
def test_times_without_a_wound_are_no_hits(sentence):
    assert not [q for q in read(sentence) if q.event == "hit"]


def test_the_shares_of_a_list_measure_what_its_first_share_is_of():
    qs = read("As much as 55 percent of voice traffic in Saudi Arabia, 52 percent in Egypt, and 82 percent in "
              "India was out of service.")
    assert [(q.value, q.counted) for q in qs] == [(55, "traffic"), (52, "traffic"), (82, "traffic")]


def test_a_list_of_measures_without_verbs_measures_what_its_first_measures():
    qs = read("Using the first chip you get five hours of battery life and four hours with the second.")
    assert [(q.text, q.counted) for q in qs if q.dimension == "time"] == [("five hours", "life"), ("four hours", "life")]
    # a measure of another clause, with its own verb, is not the first's
    qs = read("The flight lasted five hours, and the crew rested for two hours.")
    assert [q.counted for q in qs if q.text == "two hours"] == [""]


@pytest.mark.parametrize("sentence, text, hours", [
    ("The hearing lasted 4 1/2 hours.", "4 1/2", 4.5),
    ("The hearing lasted 4 1 / 2 hours.", "4 1 / 2", 4.5),  # as text extraction spaces the fraction
    ("The hearing lasted 4½ hours.", "4½", 4.5),
    ("The hearing lasted 2 hours.", "2", 2.0),
])
def test_a_mixed_fraction_is_one_number(sentence, text, hours):
    assert one(sentence, text).value == hours * 3600


def test_a_slash_alone_is_no_fraction():
    assert [q.text for q in read("The 9/11 attacks killed 2,977 people.")] == ["2,977 people"]


@pytest.mark.parametrize("sentence, text, event", [
    ("The quake killed four people and injured dozens in the capital.", "dozens", "injury"),
    ("Dozens were injured when the stand collapsed.", "Dozens", "injury"),
    ("Police arrested hundreds after the match.", "hundreds", "arrest"),
])
def test_an_order_of_magnitude_a_verb_acts_on_is_a_vague_count(sentence, text, event):
    q = one(sentence, text)
    assert q.event == event and q.approx == "about" and vague(q)


def test_a_figure_is_not_vague():
    assert not vague(one("The quake killed four people and injured dozens in the capital.", "four"))


def test_an_offer_bumped_as_high_as_a_figure_is_its_new_level():
    q = one("The team's offer was reportedly bumped as high as $184 million.", "$184")
    assert q.changed and q.approx == "as high as" and q.low == 0 and q.high == 184_000_000
    assert one("The Nationals bumped their offer to $184 million.", "$184").changed


def test_points_written_as_one_adjective_measure_the_noun_not_the_scorer():
    """"two three-point plays" are plays worth three points, not three points of the player's."""
    play = one("Gomez scored two traditional three-point plays in the second half.", "three-point")
    lead = one("The visitors took a 10-point lead at halftime.", "10-point")
    total = one("Gomez scored 11 points in the second half.", "11 points")
    assert (play.counted, lead.counted) == ("play", "lead")
    assert total.counted != "play" and not _comparable(play, total)


@pytest.mark.parametrize("whole, precise, agree", [
    ("the $13 billion acquisition of the software firm", "the $13.9 billion acquisition of the software firm", True),
    ("a $4 million grant to the district", "a $3.6 million grant to the district", True),
    ("the $13 billion acquisition of the software firm", "the $12.1 billion acquisition of the software firm", False),
    ("the $13 billion acquisition of the software firm", "the $14 billion acquisition of the software firm", False),
])
def test_a_whole_number_of_billions_claims_no_more_than_its_last_digit(whole, precise, agree):
    a, b = (read(s)[0] for s in (whole, precise))
    assert _comparable(a, b) and _compatible(a, b) == agree


def test_a_distance_knows_the_thing_named_just_before_it():
    motorist = one("Hours later a motorist 50 miles north of Detroit spotted the car.", "50 miles")
    building = one("Police evacuated the building, about 15 miles north of Detroit.", "about 15 miles")
    quake = one("The quake struck 55 km west of the town of Bireun.", "55 km")
    assert (motorist.located, building.located, quake.located) == ("motorist", "building", "")
    assert motorist.counted == building.counted == "distance from detroit"


@pytest.mark.parametrize("sentence, text", [
    ("Engineers said it would take 12 days to repair the cable.", "12 days"),
    ("Initial indications were that the break would take 12 days to fix.", "12 days"),
    ("The repairs were initially expected to take 12 days.", "12 days"),
    ("The operator said the total repair time will be around twelve days.", "around twelve days"),
])
def test_the_time_a_task_takes_is_one_slot_however_it_is_said(sentence, text):
    assert one(sentence, text).counted == "time to repair"


def test_a_span_of_another_kind_is_not_the_time_to_repair():
    assert one("The trip to the cable station takes three hours by car.", "three hours").counted != "time to repair"


@pytest.mark.parametrize("sentence, text, seconds", [
    ("Total downtime was 1 hour and 4 minutes, the company said.", "1 hour and 4 minutes", 3840),
    ("Total downtime was 1hr 4 mins, the company said.", "1hr 4 mins", 3840),
    ("A day there lasts 24 hours, 39 minutes and 35 seconds.", "24 hours, 39 minutes and 35 seconds", 88775),
])
def test_a_span_of_time_in_two_units_is_one_span_to_compare(sentence, text, seconds):
    parts = read(sentence)
    assert len(parts) > 1  # read apart, as extractors and their gold do
    [whole] = joined_spans_of_time(sentence, parts)
    assert whole.text == text and whole.value == seconds
    apart = "He ran for 3 hours and then rested 10 minutes."
    assert len(joined_spans_of_time(apart, read(apart))) == 2


def test_and_a_half_is_a_part_of_the_number():
    q = one("The meeting lasted two and a half hours.", "two and a half hours")
    assert q.value == 9000


def test_and_a_half_belongs_to_the_number_before_it():
    assert one("Two and a half million people live in the valley.", "Two and a half").value == 2_500_000


def test_a_distance_from_a_named_place_without_a_bearing_is_a_distance_from_it():
    q = one("Houses collapsed in the district, some 320 kilometres (200 miles) from the provincial capital Banda Aceh.",
            "some 320 kilometres")
    assert (q.counted, q.located) == ("distance from banda aceh", "district")


@pytest.mark.parametrize("sentence, text, seconds", [
    ("A problem on the cable caused downtime of around an hour on Tuesday.", "around an hour", 3600),
    ("The quake shook houses for about a minute.", "about a minute", 60),
    ("The strike has lasted more than a year.", "more than a year", None),
])
def test_a_unit_of_time_after_a_word_of_approximation_is_one_of_it(sentence, text, seconds):
    q = one(sentence, text)
    assert q.stated == 1 and q.dimension == "time"
    if seconds:
        assert q.value == seconds


@pytest.mark.parametrize("sentence", [
    "An hour later, the crowd dispersed.",
    "The pills are taken twice a day.",
    "Winds reached 90 miles an hour.",
])
def test_a_or_an_before_a_unit_of_time_is_no_number_on_its_own(sentence):
    assert not [q for q in read(sentence) if q.text.lower().startswith(("a ", "an "))]


@pytest.mark.parametrize("sentence, text", [
    ("Total downtime was 1hr 4 mins, the company said.", "1hr"),
    ("A fault caused downtime of around an hour.", "around an hour"),
    ("The outage lasted 2 hrs 30 mins.", "2 hrs"),
    ("The blackout lasted for about an hour.", "about an hour"),
])
def test_how_long_an_outage_lasted_is_one_slot_however_it_is_said(sentence, text):
    """"downtime", "the outage" and "the blackout" name one happening (WordNet's outage.n.01 and
    downtime.n.01): its length is compared across articles whatever the wording. "2 hrs" is a span
    of time, not a military clock time as "0730 hrs" is."""
    assert one(sentence, text).counted == "outage duration"


def test_a_peoples_plural_counts_the_same_people_as_its_singular():
    assert one("The apprehended included 12 Somalis and 11 Yemenis.", "12 Somalis").counted == "somali"
    assert one("Two Swiss were hurt in the crash.", "Two Swiss").counted == "swiss"


@pytest.mark.parametrize("sentence, text, event", [
    ("Sky TV said the 3 bank employees were burnt to death.", "3 bank employees", "death"),
    ("Five miners were crushed to death when the roof fell.", "Five miners", "death"),
    ("Two men were sentenced to death on Monday.", "Two men", ""),
])
def test_a_verb_to_death_is_a_death_and_a_sentence_to_death_is_not(sentence, text, event):
    q = one(sentence, text)
    assert q.event == event
    assert q.counted in ("people", "miner")  # "3 bank employees" counts employees, not banks


def test_a_clock_time_split_by_a_stray_space_is_no_count():
    # "from 06: 31GMT", "around 8: 30pm": copy-paste spacing in real reports, read once as "6 networks"
    assert [q.text for q in read("The partner network had a fibre cut this morning from 06: 31GMT.")] == []
    assert [q.text for q in read("The protest began around 8: 30pm but police dispersed 200 people.")] == ["200 people"]
    # a ratio keeps its numbers
    assert [q.value for q in read("The ratio was 3: 1 in favour.")] == [3.0, 1.0]
