"""Invented English news copy: a story's cast, headline and paragraphs, from a seeded RNG.

The benchmark needs thousands of stories that read like wire copy (datelines,
titled people named in full and then by surname, organisations, places the
gazetteer knows, quotes, figures) and that no dedup rule mistakes for one
another. Sentences are built from templates whose fixed runs are at most a
few words long between slots drawn from large pools, so two stories share
almost no five-word shingle unless one was made from the other. People and
organisations are invented; places are real, so the tagger finds them as it
would in real copy.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

FIRST_NAMES = (
    "Amara", "Bogdan", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Ines",
    "Jakob", "Kwame", "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samir",
    "Tanvi", "Ulrich", "Valeria", "Wei", "Ximena", "Yusuf", "Zofia", "Adebayo", "Beatriz",
    "Chidi", "Dagny", "Emeka", "Fatima", "Gustavo", "Hana", "Ivan", "Julia", "Kenji", "Lucia",
    "Marek", "Nkechi", "Olga", "Pablo", "Rania", "Sven", "Thandiwe", "Umar", "Vikram", "Wanjiru",
    "Yara", "Anders", "Bianca", "Cyrus", "Dolores", "Erik", "Freya", "Goran", "Helga", "Ismael",
    "Jana", "Kofi", "Lars", "Mariam", "Nikolai", "Orla", "Pedro", "Ruth", "Sadia", "Tomas",
    "Ursula", "Viktor", "Aisha", "Benedikt", "Celine", "Diego", "Esther", "Felix", "Giulia",
    "Hamid", "Ingrid", "Joaquin", "Katarzyna", "Luis", "Mei", "Nils", "Olusegun", "Paulina",
    "Rashid", "Signe", "Tariq", "Uche", "Vera", "Wiktor", "Yasmin", "Zainab", "Alejandro",
    "Brigitte", "Cheng", "Daniela", "Eduardo", "Farah", "Gabriel", "Hugo", "Irina", "Jorge",
)  # fmt: skip
SURNAMES = (
    "Okafor", "Lindqvist", "Moreau", "Petrenko", "Haddad", "Tanaka", "Alvarez", "Kowalski",
    "Nguyen", "Mensah", "Brennan", "Castellano", "Dufresne", "Eriksen", "Fonseca", "Gallagher",
    "Hoffmann", "Iglesias", "Jankowski", "Kariuki", "Lemaire", "Mbeki", "Nakamura", "Ortega",
    "Pereira", "Quintero", "Rahman", "Sokolov", "Takahashi", "Uddin", "Varga", "Wojcik",
    "Yilmaz", "Zeller", "Abara", "Bjornstad", "Cardenas", "Delacroix", "Ekwueme", "Fischer",
    "Grimaldi", "Halvorsen", "Ibrahim", "Jovanovic", "Kamau", "Laine", "Marchetti", "Novak",
    "Obi", "Pavlidis", "Rossetti", "Santos", "Thorsen", "Urquhart", "Vasquez", "Whitfield",
    "Adeyemi", "Bauer", "Chowdhury", "Dimitrov", "Esposito", "Fagerlund", "Guerrero", "Horvat",
    "Ivanova", "Jensen", "Kovacs", "Lachance", "Moyo", "Nieminen", "Olawale", "Pietersen",
    "Rinaldi", "Sandoval", "Toivonen", "Umeh", "Volkov", "Waweru", "Yamamoto", "Zapata",
    "Achterberg", "Bergstrom", "Cavanagh", "Dahl", "Engel", "Ferreira", "Gunawardena",
    "Hakimi", "Ishikawa", "Keller", "Lungu", "Mwangi", "Nordahl", "Oyelaran", "Quiroga",
    "Renner", "Salazar", "Tembo", "Ulloa", "Vrabel", "Winther", "Youssef", "Zaragoza",
)  # fmt: skip
# (city, country) pairs the gazetteer knows: datelines and places named in the text.
PLACES = (
    ("Lagos", "Nigeria"), ("Nairobi", "Kenya"), ("Cairo", "Egypt"), ("Accra", "Ghana"),
    ("Johannesburg", "South Africa"), ("Addis Ababa", "Ethiopia"), ("Casablanca", "Morocco"),
    ("Dakar", "Senegal"),
    ("London", "Britain"), ("Manchester", "Britain"), ("Paris", "France"), ("Lyon", "France"),
    ("Berlin", "Germany"), ("Hamburg", "Germany"), ("Madrid", "Spain"), ("Barcelona", "Spain"),
    ("Rome", "Italy"), ("Milan", "Italy"), ("Warsaw", "Poland"), ("Prague", "Czech Republic"),
    ("Vienna", "Austria"), ("Stockholm", "Sweden"), ("Oslo", "Norway"), ("Helsinki", "Finland"),
    ("Copenhagen", "Denmark"), ("Lisbon", "Portugal"), ("Athens", "Greece"), ("Dublin", "Ireland"),
    ("Brussels", "Belgium"), ("Amsterdam", "Netherlands"), ("Bucharest", "Romania"),
    ("Istanbul", "Turkey"), ("Ankara", "Turkey"), ("Tokyo", "Japan"), ("Osaka", "Japan"),
    ("Seoul", "South Korea"), ("Busan", "South Korea"), ("Beijing", "China"), ("Shanghai", "China"),
    ("Mumbai", "India"), ("New Delhi", "India"), ("Chennai", "India"), ("Karachi", "Pakistan"),
    ("Dhaka", "Bangladesh"), ("Jakarta", "Indonesia"), ("Manila", "Philippines"),
    ("Bangkok", "Thailand"), ("Hanoi", "Vietnam"), ("Kuala Lumpur", "Malaysia"),
    ("Singapore", "Singapore"), ("Sydney", "Australia"), ("Melbourne", "Australia"),
    ("Auckland", "New Zealand"), ("Toronto", "Canada"), ("Vancouver", "Canada"),
    ("Chicago", "United States"), ("Houston", "United States"), ("Denver", "United States"),
    ("Atlanta", "United States"), ("Seattle", "United States"), ("Mexico City", "Mexico"),
    ("Bogota", "Colombia"), ("Lima", "Peru"), ("Santiago", "Chile"), ("Buenos Aires", "Argentina"),
    ("Sao Paulo", "Brazil"), ("Brasilia", "Brazil"), ("Montevideo", "Uruguay"),
    ("Riyadh", "Saudi Arabia"), ("Dubai", "United Arab Emirates"), ("Doha", "Qatar"),
    ("Amman", "Jordan"), ("Beirut", "Lebanon"), ("Kyiv", "Ukraine"), ("Tbilisi", "Georgia"),
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# Organisations are invented from a place or a surname and a kind of body.
PUBLIC_BODIES = (
    "Ministry of Finance", "Ministry of Health", "Ministry of Transport", "Energy Ministry",
    "Interior Ministry", "Port Authority", "Water Board", "Electoral Commission",
    "Competition Authority", "Statistics Office", "Central Bank", "Supreme Court",
    "Environment Agency", "Civil Aviation Authority", "Housing Agency", "Rail Corporation",
)  # fmt: skip
PRIVATE_KINDS = (
    "Holdings", "Group", "Logistics", "Energy", "Pharmaceuticals", "Capital", "Foods",
    "Shipping", "Mining", "Telecom", "Motors", "Steel", "Airways", "Insurance", "Textiles",
)  # fmt: skip
CIVIC_BODIES = (
    "Farmers' Union", "Teachers' Federation", "Consumer Council", "Chamber of Commerce",
    "Nurses' Association", "Transport Workers' Union", "Residents' Association",
    "Bar Association", "Small Business Alliance", "Hauliers' Association",
)  # fmt: skip
SPOKES = ("spokeswoman", "spokesman", "spokesperson", "press officer")

_ALTERNATIVES = re.compile(r"\[([^\[\]]+)\]")
TITLES = ("minister", "governor", "mayor", "commissioner", "leader", "speaker", "prosecutor")
ADJECTIVES = (
    "new", "proposed", "revised", "long-delayed", "controversial", "planned", "national",
    "regional", "emergency", "temporary", "costly", "disputed", "second", "expanded",
)  # fmt: skip
MODALS = ("will", "cannot", "must", "should not", "will not", "have to", "need to", "may")
STANCES = (
    "backs", "opposes", "questions", "welcomes", "rejects", "doubts", "supports", "fears",
)  # fmt: skip
SUBJECTS = ("we", "the government", "nobody", "our members", "this city", "the industry")
CRITICS = (
    "opposition lawmakers", "unions", "business groups", "economists", "local officials",
    "rights groups", "investors", "diplomats", "residents", "analysts",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Topic:
    """The vocabulary of one kind of story, combined freely by the sentence builders."""

    name: str
    matters: tuple[str, ...]
    actions: tuple[tuple[str, str], ...]  # (present, past)
    roles: tuple[str, ...]
    affected: tuple[str, ...]  # who a decision touches
    units: tuple[str, ...]  # what a figure counts, "{count} homes"


TOPICS = (
    Topic(
        "economy",
        matters=("interest rates", "fuel subsidy", "import tariffs", "budget deficit",
                 "public sector wages", "minimum wage", "bond issuance", "sales tax",
                 "export credits", "pension fund", "currency reserves", "bank lending"),
        actions=(("cut", "cut"), ("raise", "raised"), ("freeze", "froze"),
                 ("review", "reviewed"), ("suspend", "suspended"), ("cap", "capped"),
                 ("scrap", "scrapped"), ("extend", "extended"), ("overhaul", "overhauled")),
        roles=("finance minister", "central bank governor", "chief economist",
               "deputy finance minister", "market strategist", "treasury official"),
        affected=("households", "exporters", "savers", "small firms", "borrowers", "pensioners"),
        units=("{pct} percent", "{money}", "{count} jobs", "{count} firms"),
    ),
    Topic(
        "politics",
        matters=("electoral law", "no-confidence motion", "coalition agreement",
                 "constitutional reform", "regional budget", "ban on party donations",
                 "early election", "cabinet reshuffle", "anti-corruption bill",
                 "term limits", "voting age", "devolution referendum"),
        actions=(("back", "backed"), ("reject", "rejected"), ("delay", "delayed"),
                 ("approve", "approved"), ("challenge", "challenged"), ("table", "tabled"),
                 ("block", "blocked"), ("amend", "amended"), ("withdraw", "withdrew")),
        roles=("prime minister", "opposition leader", "parliamentary speaker",
               "interior minister", "senior lawmaker", "political analyst"),
        affected=("voters", "lawmakers", "regional parties", "election monitors",
                  "coalition partners", "civil servants"),
        units=("{count} votes", "{pct} percent", "{count} signatures", "{count} lawmakers"),
    ),
    Topic(
        "disaster",
        matters=("flood defences", "coastal evacuation", "emergency shelters",
                 "search for survivors", "relief flights", "bridge rebuilding",
                 "power lines", "drinking water supply", "landslide warnings",
                 "early warning system", "temporary housing", "crop losses"),
        actions=(("expand", "expanded"), ("order", "ordered"), ("halt", "halted"),
                 ("resume", "resumed"), ("fund", "funded"), ("inspect", "inspected"),
                 ("restore", "restored"), ("coordinate", "coordinated"),
                 ("speed up", "sped up")),
        roles=("disaster management chief", "regional governor", "fire service commander",
               "mayor", "Red Cross coordinator", "meteorologist"),
        affected=("villagers", "motorists", "farmers", "rescue teams", "families",
                  "hospital patients"),
        units=("{count} people", "{count} homes", "{mm} millimetres of rain",
               "{count} kilometres of road"),
    ),
    Topic(
        "health",
        matters=("vaccination clinics", "hospital waiting lists", "measles outbreak",
                 "drug prices", "nurse recruitment", "cancer screening",
                 "mental health services", "emergency wards", "tobacco levy",
                 "rural clinics", "antibiotic prescriptions", "organ donor register"),
        actions=(("expand", "expanded"), ("reopen", "reopened"), ("fund", "funded"),
                 ("restrict", "restricted"), ("review", "reviewed"), ("launch", "launched"),
                 ("relax", "relaxed"), ("audit", "audited"), ("triple", "tripled")),
        roles=("health minister", "chief medical officer", "hospital director",
               "epidemiologist", "nurses' union leader", "public health adviser"),
        affected=("patients", "nurses", "doctors", "parents", "care homes", "pharmacies"),
        units=("{count} patients", "{count} cases", "{pct} percent", "{money}"),
    ),
    Topic(
        "energy",
        matters=("offshore wind tender", "coal plant closures", "gas storage",
                 "electricity tariffs", "solar subsidy", "grid connections",
                 "nuclear licence", "hydrogen pipeline", "fuel imports",
                 "battery storage", "emissions target", "carbon tax"),
        actions=(("approve", "approved"), ("postpone", "postponed"), ("expand", "expanded"),
                 ("cancel", "cancelled"), ("auction", "auctioned"), ("tighten", "tightened"),
                 ("finance", "financed"), ("license", "licensed"), ("pause", "paused")),
        roles=("energy minister", "chief executive", "grid operator chief",
               "climate envoy", "energy analyst", "regulator"),
        affected=("households", "utilities", "miners", "steelmakers", "investors",
                  "wind farm operators"),
        units=("{count} megawatts", "{pct} percent", "{money}", "{count} households"),
    ),
    Topic(
        "transport",
        matters=("airport expansion", "rail fares", "metro extension", "road tolls",
                 "freight rail", "bridge repairs", "bus routes", "high-speed line",
                 "port capacity", "speed limits", "driving licence rules", "cycle lanes"),
        actions=(("approve", "approved"), ("delay", "delayed"), ("freeze", "froze"),
                 ("reopen", "reopened"), ("cut", "cut"), ("expand", "expanded"),
                 ("privatise", "privatised"), ("redesign", "redesigned"),
                 ("suspend", "suspended")),
        roles=("transport minister", "chief executive", "city planner", "union leader",
               "rail operator chief", "traffic safety expert"),
        affected=("commuters", "passengers", "hauliers", "cyclists", "airlines", "tourists"),
        units=("{count} passengers", "{count} kilometres", "{money}", "{pct} percent"),
    ),
    Topic(
        "courts",
        matters=("fraud trial", "extradition request", "appeal", "corruption inquiry",
                 "bail conditions", "class action", "sentencing hearing", "data protection case",
                 "land dispute", "defamation suit", "murder investigation", "bribery charges"),
        actions=(("uphold", "upheld"), ("overturn", "overturned"), ("adjourn", "adjourned"),
                 ("dismiss", "dismissed"), ("reopen", "reopened"), ("widen", "widened"),
                 ("refer", "referred"), ("postpone", "postponed"), ("suspend", "suspended")),
        roles=("chief prosecutor", "defence lawyer", "presiding judge", "justice minister",
               "legal scholar", "police commissioner"),
        affected=("defendants", "victims' families", "shareholders", "witnesses",
                  "former officials", "landowners"),
        units=("{count} defendants", "{money}", "{count} witnesses", "{count} pages"),
    ),
    Topic(
        "technology",
        matters=("chip plant", "mobile data prices", "5G auction", "online safety rules",
                 "data centre", "app store fees", "digital identity scheme",
                 "cybersecurity standards", "satellite launch", "AI rules",
                 "broadband rollout", "electronic voting pilot"),
        actions=(("unveil", "unveiled"), ("delay", "delayed"), ("approve", "approved"),
                 ("fine", "fined"), ("investigate", "investigated"), ("expand", "expanded"),
                 ("license", "licensed"), ("block", "blocked"), ("test", "tested")),
        roles=("chief executive", "digital minister", "technology analyst",
               "chief technology officer", "privacy regulator", "founder"),
        affected=("users", "start-ups", "telecom operators", "engineers", "advertisers",
                  "schools"),
        units=("{count} users", "{money}", "{pct} percent", "{count} engineers"),
    ),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    surname: str
    role: str


@dataclass(frozen=True, slots=True)
class Cast:
    """Who and where a story is about: named in full first, by surname after."""

    topic: Topic
    people: tuple[Person, ...]
    organisations: tuple[str, ...]
    city: str
    country: str
    places: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Copy:
    """A story's words, before any wire format frames them."""

    cast: Cast
    headline: str
    slugline: str
    byline: str
    caption: str | None
    paragraphs: tuple[str, ...]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _organisation(rng: random.Random, city: str, country: str) -> str:
    """An invented organisation, with the article it takes in running text."""
    kind = rng.random()
    if kind < 0.2:
        return f"{country}'s {rng.choice(PUBLIC_BODIES)}"
    if kind < 0.4:
        return f"the {city} {rng.choice(PUBLIC_BODIES)}"
    if kind < 0.75:
        return f"{rng.choice(SURNAMES)} {rng.choice(PRIVATE_KINDS)}"
    return f"the {city} {rng.choice(CIVIC_BODIES)}"


def make_cast(rng: random.Random) -> Cast:
    topic = rng.choice(TOPICS)
    city, country = rng.choice(PLACES)
    others = tuple(rng.sample([p for p in PLACES if p[0] != city], rng.randint(2, 4)))
    people = tuple(
        Person(f"{rng.choice(FIRST_NAMES)} {surname}", surname, rng.choice(topic.roles))
        for surname in rng.sample(SURNAMES, rng.randint(2, 4))
    )
    # In the order drawn, not a set's: string hashes differ between processes, and the same
    # seed must give the same stories in every run.
    organisations = tuple(
        dict.fromkeys(_organisation(rng, city, country) for _ in range(rng.randint(2, 3)))
    )
    return Cast(topic, people, organisations, city, country, others)


class Writer:
    """Sentences about one cast. Every few words a slot takes a fresh value from a large
    pool (a person, a place, an organisation, a figure, a date), so no run of five words
    is common to unrelated stories."""

    def __init__(self, rng: random.Random, cast: Cast) -> None:
        self.rng = rng
        self.cast = cast
        self.topic = cast.topic
        self.named: set[str] = set()

    def pick(self, options: Sequence[str]) -> str:
        return self.rng.choice(options)

    def person(self, who: Person | None = None) -> str:
        """A person of the cast: title and full name at first mention, surname after."""
        who = who or self.rng.choice(self.cast.people)
        if who.name in self.named:
            return who.surname
        self.named.add(who.name)
        if any(title in who.role for title in TITLES) and self.rng.random() < 0.6:
            return f"{who.role.title()} {who.name}"  # "Finance Minister Amara Okafor"
        return f"{who.name}, {'an' if who.role[0] in 'aeiou' else 'a'} {who.role},"

    def organisation(self) -> str:
        return self.pick(self.cast.organisations)

    def place(self) -> str:
        city, country = self.rng.choice(self.cast.places)
        return self.pick((city, f"{city}, {country},", f"neighbouring {country}", country))

    def figure(self) -> str:
        unit = self.pick(self.topic.units)
        slot, _, rest = unit.partition("}")
        return self._number(slot.lstrip("{")) + rest

    def _number(self, kind: str) -> str:
        rng = self.rng
        if kind == "pct":
            return f"{rng.randint(1, 60)}.{rng.randint(0, 9)}"
        if kind == "money":
            return f"{self.pick(('$', '€', '£'))}{rng.randint(2, 950)} " + self.pick(
                ("million", "billion")
            )
        if kind == "mm":
            return str(rng.randint(40, 400))
        return f"{rng.randint(12, 98_000):,}"

    def when(self) -> str:
        return self.choose(
            lambda: f"on {self.pick(WEEKDAYS)}",
            lambda: f"late on {self.pick(WEEKDAYS)}",
            lambda: f"on {self.pick(MONTHS)} {self.rng.randint(1, 28)}",
            lambda: f"since {self.pick(MONTHS)}",
            lambda: f"by {self.pick(MONTHS)} {self.rng.randint(1, 28)}",
            lambda: f"within {self.rng.randint(2, 11)} weeks",
            lambda: f"before {self.pick(MONTHS)}",
            lambda: f"in {self.rng.randint(2, 9)} days",
        )

    def matter(self) -> str:
        """A matter of the story, often qualified: "the revised fuel subsidy"."""
        roll = self.rng.random()
        matter = self.pick(self.topic.matters)
        if roll < 0.3:
            return f"the {self.pick(ADJECTIVES)} {matter}"
        if roll < 0.5:
            return f"{self.cast.city}'s {matter}"
        return f"the {matter}"

    def action(self, tense: int = 1) -> str:
        return self.rng.choice(self.topic.actions)[tense]

    def affected(self) -> str:
        return f"{self.figure().split(' ', 1)[0]} {self.pick(self.topic.affected)}"

    def choose(self, *builders: Callable[[], str]) -> str:
        """One of the builders' texts, its [a|b|c] alternatives resolved: only the chosen
        builder runs, so only its slots draw values (and name people)."""
        text = self.rng.choice(builders)()
        return _ALTERNATIVES.sub(lambda m: self.rng.choice(m.group(1).split("|")), text)

    def effect(self) -> str:
        """What a decision did: short fixed words between fresh slot values."""
        return self.choose(
            lambda: f"[hit|hurt|squeezed] {self.affected()} in {self.place()}",
            lambda: f"[drew criticism from|angered|upset] {self.pick(CRITICS)} in {self.cast.city}",
            lambda: f"[could cost|may cost|will cost] {self.figure()} {self.when()}",
            lambda: (
                f"left {self.pick(self.topic.affected)} [facing|owing|short of] {self.figure()}"
            ),
            lambda: f"[pleased|reassured|relieved] {self.pick(CRITICS)} {self.when()}",
            lambda: f"[followed|came after|trailed] {self.figure()} in {self.place()}",
        )

    def claim(self) -> str:
        """The words of a quote, put together from the story's own matters and figures."""
        subject = self.pick(SUBJECTS)
        return self.choose(
            lambda: f"{subject} {self.pick(MODALS)} {self.action(0)} {self.matter()} {self.when()}",
            lambda: (
                f"{self.matter()} [is about|concerns|means] {self.pick(self.topic.affected)} "
                f"in {self.place()}, not {self.figure()}"
            ),
            lambda: (
                f"{self.figure()} [is|remains] [too much|too little|a warning] for {self.place()}"
            ),
            lambda: (
                f"if {self.organisation()} {self.pick(STANCES)} {self.matter()}, "
                f"{subject} {self.pick(MODALS)} [follow|object|resist]"
            ),
            lambda: (
                f"{self.pick(self.topic.affected)} in {self.place()} [have waited|wait|waited] "
                f"{self.when()} for {self.matter()}"
            ),
        )

    def lead(self) -> str:
        return self.choose(
            lambda: (
                f"{upper_first(self.organisation())} {self.action()} {self.matter()} "
                f"{self.when()}, [a decision that|a step that|which] {self.effect()}."
            ),
            lambda: (
                f"[Officials|Authorities|Leaders] in {self.cast.city} {self.action()} "
                f"{self.matter()} {self.when()} after {self.figure()} [were reported|were counted|"
                f"emerged], [a move that|which] {self.effect()}."
            ),
            lambda: (
                f"{self.person()} [said|announced|confirmed] {self.when()} that "
                f"{self.organisation()} had {self.action()} {self.matter()}, which {self.effect()}."
            ),
        )

    def quote(self, who: Person | None = None) -> str:
        verb = self.pick(("said", "told reporters", "said in a statement", "added", "wrote"))
        return f'"{upper_first(self.claim())}," {self.person(who)} {verb}.'

    def sentence(self) -> str:
        builders: tuple[Callable[[], str], ...] = (
            self.quote, self.quote, self._figures, self._background, self._reaction,
            self._place_detail, self._plan, self._contrast,
        )  # fmt: skip
        return self.rng.choice(builders)()

    def _figures(self) -> str:
        return self.choose(
            lambda: (
                f"That [compares with|is up from|is down from] {self.figure()} "
                f"{self.when()}, {self.organisation()} [said|reported|estimated]."
            ),
            lambda: (
                f"[Some|About|Nearly] {self.affected()} [were affected|were hit|lost out] "
                f"in {self.place()} alone."
            ),
            lambda: (
                f"[Data|Figures|Numbers] [published|released|compiled] {self.when()} showed "
                f"{self.figure()}, against {self.figure()} {self.when()}."
            ),
            lambda: (
                f"[Analysts|Economists|Officials] [polled|asked|surveyed] by "
                f"{self.organisation()} had [expected|forecast|predicted] {self.figure()}."
            ),
        )

    def _background(self) -> str:
        return self.choose(
            lambda: (
                f"The [row|dispute|debate] over {self.matter()} [began|started|flared] "
                f"{self.when()}, after {self.organisation()} {self.action()} {self.matter()}."
            ),
            lambda: (
                f"{self.cast.country} [has faced|faces] [questions|pressure|scrutiny] over "
                f"{self.matter()} {self.when()}, [when|after] {self.organisation()} raised it."
            ),
            lambda: (
                f"It was the [first|second|third|latest] [such|similar] [step|move] "
                f"{self.when()}, as {self.place()} [weighed|considered|debated] {self.matter()}."
            ),
        )

    def _reaction(self) -> str:
        return self.choose(
            lambda: (
                f"{self.person()} [criticised|attacked|faulted|questioned] {self.matter()}, "
                f"[warning|saying|arguing] it {self.effect()}."
            ),
            lambda: (
                f"{self.person()} {self.pick(STANCES)} {self.matter()} and [wants|seeks|"
                f"expects] [a review|changes|a vote] {self.when()}."
            ),
            lambda: (
                f"{self.person()} [declined to comment|did not comment|would not comment] "
                f"{self.when()} on {self.matter()}."
            ),
        )

    def _place_detail(self) -> str:
        crowd = self.pick(self.topic.affected)
        return self.choose(
            lambda: (
                f"In {self.place()} {crowd} [gathered|protested|queued] {self.when()} "
                f"[as news of|over|after] {self.matter()}."
            ),
            lambda: (
                f"A [similar|comparable|parallel] [step|move|plan] in {self.place()} "
                f"{self.effect()}."
            ),
            lambda: (
                f"[Delegations|Envoys|Officials] from {self.place()} and {self.place()} "
                f"[are due|will arrive|are expected] in {self.cast.city} {self.when()}."
            ),
        )

    def _plan(self) -> str:
        return self.choose(
            lambda: (
                f"{upper_first(self.organisation())} will [publish|present|finalise|review] "
                f"{self.matter()} {self.when()}."
            ),
            lambda: (
                f"A [vote|ruling|decision] on {self.matter()} is [expected|due|likely] "
                f"{self.when()}, {self.person()} said."
            ),
            lambda: (
                f"{upper_first(self.pick(CRITICS))} [expect|want|await] [a review|a vote|"
                f"details] of {self.matter()} {self.when()}."
            ),
        )

    def _contrast(self) -> str:
        return self.choose(
            lambda: (
                f"[Not everyone agrees|Others disagree|Doubts remain]: {self.person()} "
                f"[said|argued|warned] {self.matter()} {self.effect()}."
            ),
            lambda: (
                f"[Critics|Sceptics|Opponents] [cite|point to|note] {self.figure()} and "
                f"[call|describe] {self.matter()} [a distraction|a mistake|overdue]."
            ),
            lambda: (
                f"{upper_first(self.pick(CRITICS))} in {self.place()} [point to|cite|stress] "
                f"{self.figure()} {self.when()}."
            ),
        )

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(1, 3)))


def write_copy(rng: random.Random, body_bytes: int) -> Copy:
    """A story of about `body_bytes` of text: a lead, then paragraphs of one to three sentences."""
    cast = make_cast(rng)
    writer = Writer(rng, cast)
    lead = cast.people[0]  # the headline's voice, quoted in the second paragraph
    paragraphs = [writer.lead(), f"{writer.quote(lead)} {writer.sentence()}"]
    size = sum(len(p) + 2 for p in paragraphs)
    while size < body_bytes or len(paragraphs) < 4:
        paragraph = writer.paragraph()
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    matter = rng.choice(cast.topic.matters)
    headline = rng.choice((
        f"{cast.country} {rng.choice(cast.topic.actions)[0]}s {matter}",
        f"{cast.city} {rng.choice(cast.topic.actions)[1]} {matter}, {lead.surname} says",
        f"{lead.surname} {rng.choice(STANCES)} {matter} as {cast.country} weighs next step",
    ))  # fmt: skip
    reporter = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    caption = None
    if rng.random() < 0.3:
        caption = (
            f"{lead.name} speaks to reporters in {cast.city}, {cast.country}, "
            f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2024."
        )
    return Copy(
        cast=cast,
        headline=upper_first(headline),
        slugline=f"{cast.country.upper().replace(' ', '')}-{cast.topic.name.upper()}/"
        + matter.split()[-1].upper(),
        byline=f"By {reporter}",
        caption=caption,
        paragraphs=tuple(paragraphs),
    )
