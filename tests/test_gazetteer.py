"""Place names: the spellings of one city share a key; an ambiguous spelling keeps its own."""
from __future__ import annotations

import pytest

from factcheck.facts import facts_of
from factcheck.gazetteer import country, place_key
from factcheck.nlp import pipeline
from factcheck.rules import places


@pytest.mark.parametrize("one, other", [("salonika", "thessaloniki"), ("thessaloníki", "thessaloniki"),
                                        ("bombay", "mumbai"), ("kiev", "kyiv"), ("oporto", "porto"),
                                        ("jabaliya", "jabalia")])
def test_spellings_of_one_city_share_its_key(one, other):
    assert place_key(one) == place_key(other)


@pytest.mark.parametrize("name", ["middletown", "new york", "georgia", "aceh", "crown heights"])
def test_a_name_of_two_places_or_an_unknown_one_keeps_its_own(name):
    # "Middletown" is an alternate name of an Athens and a town of its own; "New York" a state and a
    # city; the others are no city's alternate name
    assert place_key(name) == name


def test_two_articles_spellings_of_a_city_are_one_place_to_the_comparison():
    nlp = pipeline("full")
    old, new = (facts_of(nlp(f"Three people were killed in {city} on Tuesday, officials said."), "c1", None)
                for city in ("Bombay", "Mumbai"))
    assert places(old) == places(new) == {"mumbai"}
    # the facts keep the article's spelling; only comparisons key places by city
    assert [e.norm for e in old.entities if e.label == "GPE"] == ["bombay"]


def test_a_country_is_known_by_its_name_and_a_us_state_names_none():
    assert (country("Ivory Coast"), country("the Netherlands"), country("Kenya")) == ("CI", "NL", "KE")
    # "Georgia" is a US state as well; a region or a city is no country
    assert country("Georgia") == country("Africa") == country("Nairobi") == ""
