"""The words around a name: what they say about it.

`Context` answers the questions the tagger asks of one text: is this name in a
place context ("in Nusa Dua", "the town of Kidal", "Nusa Dua, Bali", "Petion-Ville,
a hillside district")? Does a capital stand for the city or for its government
("talks in Moscow" / "Washington saw no signs")? Is the name someone's employer
("Halvorsen chief executive ...", "an analyst at Ferrand Whitlock")? The word lists
below are the evidence each question weighs.
"""

from __future__ import annotations

from pipeline.entities.gazetteer import Place, most_likely
from pipeline.entities.lexicons import Lexicons, is_acronym
from pipeline.entities.mentions import Mention, Source
from pipeline.entities.runs import PhraseMatcher
from pipeline.entities.tokens import Token, fold

# A place name after these is the place itself, not its government.
_LOCATIVE = frozenset(
    """in at near outside inside across around throughout into from via through toward towards
    on over off visit visits visited visiting""".split()
)
# "and"/"or" in the languages the tagger reads: a known town listed after a place is one.
_LIST_WORDS = frozenset("and or und oder et ou y o e i oraz lub".split())
# Before an unknown name followed by "in" and a region, these make it a place ("work at
# Fortezza in South Tyrol"); alone they may come before anything ("at Reuters").
_GOING_PREPOSITIONS = frozenset("at to from via".split())
# Before an unknown name, these make it a place ("in Nusa Dua").
_PLACE_PREPOSITIONS = frozenset("in near outside inside across around throughout off".split())
# Words before a capital that make it the government: "pressed Beijing", "ties with Moscow".
_GOVERNMENT_OBJECT_OF = frozenset(
    """with against between by of to pressed pressing urged urging asked asking accused accusing
    accuses blamed blaming warned warning demanded demanding criticised criticized criticising
    criticizing condemned condemning sanctioned sanctioning told telling called calling
    persuade persuaded pressure pressured""".split()
)
# Verbs after a capital that make it the government: "Washington saw", "Moscow would".
_GOVERNMENT_VERBS = frozenset(
    """is was has had have will would can could should may might must did does do said says
    saw sees made makes took takes gave gives sent sends told tells wants wanted keeps kept
    denies denied rejects rejected insists insisted claims claimed hopes fears plans needs
    seeks sought faces faced warns warned urges urged calls called responded continues remains
    agreed agrees announced announces accused accuses""".split()
)
# Nouns a city's name modifies: "London cocoa", "a Mumbai brokerage", "Moscow exchange".
_CITY_MODIFIED = frozenset(
    """exchange stock stocks market markets office offices bureau correspondent police court
    airport station mayor residents streets suburbs suburb region area cocoa futures trading
    traders brokerage consultancy headquarters embassy metro subway hospital university zoo
    council marathon club based""".split()
)
# "the town of X", "the resort island of Y", "the outskirts of Z"
_PLACE_NOUNS = frozenset(
    """town city village island islands province state region district capital port suburb
    neighbourhood neighborhood area county prefecture municipality resort enclave archipelago
    outskirts coast shores peninsula valley stronghold hub streets centre center heart mayor
    governor residents people""".split()
)
# "40 kilómetros de X", "12 km from X", "30 miles north of X".
_DISTANCE_UNITS = frozenset(
    fold(word)
    for word in """km kilometres kilometers kilometre kilometer miles mile kilómetros kilómetro
    quilómetros quilômetros chilometri chilometro kilometrów kilometry kilometern kilomètres
    kilomètre""".split()
)
_DISTANCE_LINKS = frozenset("from of de da do di von van od fra från du".split())
_COMPASS_POINTS = frozenset("north south east west northeast northwest southeast southwest".split())
# Between a language's word for a kind of place and the name: "província de Tete".
_PLACE_NOUN_LINKS = frozenset("de di do da du del della d' van".split())
# Between the items of a list: "Bosch, Infineon und NXP".
_LIST_SEPARATORS = frozenset(", and & or und oder et ou y o e i og och".split())
_MAX_LIST_ITEMS = 6
# Before a list's last item, in the languages whose names do not hold them ("Energía y
# Minas", "Kultury i Nauki" do).
_LAST_ITEM_WORDS = frozenset("and & or und oder et ou og och en".split())
# Articles of an apposition after a name: "X, the company ...", "X, la società ...".
_APPOSITION_ARTICLES = frozenset("the a an la il lo l' le el o a het de die der das".split())
# "X, a hillside district": what an apposition calls a place.
_APPOSITION_PLACE_NOUNS = frozenset(
    """town city village island district province region state suburb neighbourhood neighborhood
    county port resort enclave archipelago municipality commune hamlet islet atoll peninsula
    valley""".split()
)
# Before a known town's name, these confirm it is the town ("a statement from Frankfurt").
_KNOWN_PLACE_PREPOSITIONS = frozenset(
    "in at near outside inside across around throughout from to into via".split()
)
# "Kharkiv region", "Isabela province": a place noun after the name.
_PLACE_NOUNS_AFTER = frozenset(
    """region province district state county area oblast prefecture governorate city town
    village municipality residents streets mayor airport resort camp estate valley river lake
    sea island bay coast park deposit mine oilfield gasfield quarry""".split()
)
# "the Mapo and Jongno districts": the plural of a place noun after a list of names.
_PLURAL_PLACE_NOUNS = frozenset(
    """regions provinces districts states counties prefectures municipalities villages towns
    cities islands oblasts governorates""".split()
)
_MAX_LISTED_PLACES = 5
# "flew to Moscow" is the city; "a message to Moscow" is the government.
_TRAVEL = frozenset(
    """flew fly flies flying travel travels travelled traveled travelling traveling trip trips
    visit visits return returned returning arrived arrive moved move headed heading""".split()
)
# A word for an organisation right before a name: "chipmaker Nvidia", "the agency, Ibama".
_ORG_NOUNS = frozenset(
    """company firm agency group charity organisation organization bank lender carrier airline
    operator maker chipmaker automaker carmaker drugmaker startup start-up regulator broker
    brokerage insurer union party body watchdog club team newspaper daily broadcaster network
    journal magazine consultancy retailer conglomerate giant bloc coalition alliance militia
    manufacturer producer supplier exchange fund investor utility miner refiner shipbuilder
    steelmaker developer cooperative co-operative subsidiary insurer reinsurer""".split()
)
# After a name: "the Wagner group", "the Viv Ansanm gang coalition".
_ORG_NOUNS_AFTER = frozenset(
    """group gang coalition militia movement party company firm consortium alliance network
    cartel faction organisation organization""".split()
)
# After a one-word name, these make it someone: "Lima said", "Lima told Reuters".
_SPEAKER_VERBS = frozenset(
    """said says told added asked urged wrote noted insisted argued warned explained stated
    declared replied recalled acknowledged admitted conceded confirmed denied testified
    tweeted""".split()
)
_OPEN_QUOTES = frozenset("\"“‘'«")
_CLOSE_QUOTES = frozenset("\"”’'»")
COMPASS = frozenset("north south east west northern southern eastern western central".split())
# Small words between a role and the body it is of: "presidente de la Junta", "head of the".
_BODY_LINKS = frozenset(
    "of the de del la le du des d' l' di della dei der des für fur van do da dos das".split()
)
# Words between a role and a name set off after it: "presidente de la Junta de Andalucía".
_MAX_APPOSITION_GAP = 8
# Lower-case words among them other than "of" and articles: "patrón mayor de la cofradía".
_APPOSITION_COMMON_NOUNS = 2


class Context:
    """Questions about the words around a name in one tokenised text."""

    def __init__(
        self,
        tokens: list[Token],
        match: PhraseMatcher,
        lexicons: Lexicons,
        source: Source,
        mentions: list[Mention],
    ) -> None:
        self.tokens = tokens
        self.match = match
        self.lex = lexicons
        self.source = source
        self.mentions = mentions  # found so far, in text order

    def word_before(self, index: int) -> Token | None:
        if index > 0 and self.tokens[index - 1].is_word:
            return self.tokens[index - 1]
        return None

    def word_after(self, end: int) -> Token | None:
        if end < len(self.tokens) and self.tokens[end].is_word and not self.tokens[end].after_break:
            return self.tokens[end]
        return None

    def place_noun_after(self, end: int) -> bool:
        """A lower-case place noun right after a name ("Kharkiv region", "Bali island"), or
        one in the plural after a list the name opens ("the Mapo and Jongno districts")."""
        after = self.word_after(end)
        if after is not None and after.key in _PLACE_NOUNS_AFTER and not after.capitalised:
            return True
        return self._listed_before_plural_place_noun(end)

    def _listed_before_plural_place_noun(self, end: int) -> bool:
        """Names joined by commas and "and" before a plural place noun: "the Mapo and Jongno
        districts", "Dadu, Larkana and North Jacobabad districts"."""
        tokens = self.tokens
        k = end
        for _ in range(_MAX_LISTED_PLACES):
            if k >= len(tokens):
                return False
            token = tokens[k]
            if token.after_break:
                return False
            if token.key in _PLURAL_PLACE_NOUNS and not token.capitalised:
                return True
            if token.text != "," and token.key not in ("and", "or"):
                return False
            k += 1
            if k >= len(tokens) or not tokens[k].capitalised:
                return False
            while k < len(tokens) and tokens[k].capitalised and tokens[k].is_word:
                k += 1  # "North Jeolla and South Jeolla provinces"
        return False

    def place_chain_after(self, end: int) -> Place | None:
        """The known place in ", <place>" right after a name ("Nusa Dua, Bali")."""
        tokens = self.tokens
        if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].capitalised:
            length, known = self.match(end + 1)
            places = [p for k in known if k.type == "PLACE" for p in k.places]
            if length and places:
                return most_likely(places)
        return None

    def in_place_context(self, start: int, end: int, known: bool = False) -> bool:
        """Words around a name that say it is a place ("in X", "the town of X", "X region",
        "X, Bali", "X, a hillside district"); `known` names may take any preposition."""
        before = self.word_before(start)
        if before is not None:
            if before.key in (_KNOWN_PLACE_PREPOSITIONS if known else _PLACE_PREPOSITIONS):
                return True
            language = self.lex.language
            if before.key in (language.locatives if known else language.place_prepositions):
                return True  # "nach Lissabon" for a known town; "à Saint-Émilion" for any
            if before.key in (_LIST_WORDS if known else ("and", "or")) and self.place_ends_at(
                start - 2
            ):
                return True  # "in Berlin and Venice", "nach Lissabon und Krakau"
            if before.key == "of":
                noun = self.word_before(start - 1)
                if noun is not None and noun.key in _PLACE_NOUNS:
                    return True
            if self.lex.language.place_nouns and self._after_place_noun(before, start):
                return True  # "na província de Tete", "la comune di Bard", "praia X"
        elif known and self._listed_after_place(start, end):
            return True  # "in Paiporta, Catarroja y Sedaví"
        if self.place_noun_after(end) or self.after_distance(start):
            return True
        if (
            not known
            and before is not None
            and before.key in _GOING_PREPOSITIONS
            and self.in_region_after(end)
        ):
            return True  # "work at Fortezza in South Tyrol"
        return (
            self.place_chain_after(end) is not None
            or self.place_apposition_after(end)
            or self.region_in_brackets_after(end)
        )

    def _after_place_noun(self, before: Token, start: int) -> bool:
        """A lower-case word of the story's language for a kind of place, right before the
        name or before "de"/"di"/"do" and the name: "província de Tete", "praia Nova",
        "gminie Nowa Wieś" (data/language_words.tsv, place_nouns)."""
        nouns = self.lex.language.place_nouns
        if before.key in _PLACE_NOUN_LINKS:
            noun = self.word_before(start - 1)
            if noun is not None and not noun.capitalised and noun.key not in nouns:
                noun = self.word_before(start - 2)  # "la región andina de Apurímac"
            return noun is not None and noun.key in nouns and not noun.capitalised
        return before.key in nouns and not before.capitalised

    def after_distance(self, start: int) -> bool:
        """A distance before the name: "40 kilómetros de X", "12 km from X", "30 miles
        north of X": X is a place."""
        before = self.word_before(start)
        if before is None or before.key not in _DISTANCE_LINKS:
            return False
        k = start - 2
        if k >= 0 and self.tokens[k].key in _COMPASS_POINTS:
            k -= 1  # "30 miles north of"
        return (
            k >= 1
            and self.tokens[k].key in _DISTANCE_UNITS
            and self.tokens[k - 1].text[:1].isdigit()
        )

    def in_region_after(self, end: int) -> bool:
        """A known region or country after "in" right after a name: "Fortezza in South Tyrol"."""
        tokens = self.tokens
        if end + 1 >= len(tokens) or tokens[end].key != "in" or not tokens[end + 1].capitalised:
            return False
        known = self.match(end + 1)[1]
        places = [p for k in known if k.type == "PLACE" for p in k.places]
        return bool(places) and all(p.kind != "city" for p in places)

    def _listed_after_place(self, start: int, end: int) -> bool:
        """A name between a place and the list's next item: "Paiporta, Catarroja y ...".
        The list must go on: "in France, Orange said" names a company."""
        tokens = self.tokens
        if start < 2 or tokens[start - 1].text != "," or not self.place_ends_at(start - 2):
            return False
        after = tokens[end] if end < len(tokens) else None
        return after is not None and (after.text == "," or after.key in _LIST_WORDS)

    def region_in_brackets_after(self, end: int) -> bool:
        """A known region or country in brackets right after a name, as agencies place a
        town: "près de Bouzigues (Hérault)", "Kribi (Cameroon)", "Grenchen (Solothurn)"."""
        tokens = self.tokens
        if end + 2 >= len(tokens) or tokens[end].text != "(" or not tokens[end + 1].capitalised:
            return False
        length, known = self.match(end + 1)
        places = [p for k in known if k.type == "PLACE" for p in k.places]
        closing = end + 1 + length
        return (
            bool(places)
            and all(p.kind != "city" for p in places)
            and closing < len(tokens)
            and tokens[closing].text == ")"
        )

    def place_apposition_after(self, end: int) -> bool:
        """An apposition that calls the name a place: "Petion-Ville, a hillside district"."""
        tokens = self.tokens
        if (
            end + 2 >= len(tokens)
            or tokens[end].text != ","
            or tokens[end + 1].key not in ("a", "an", "the")
        ):
            return False
        for k in range(end + 2, min(end + 5, len(tokens))):
            if not tokens[k].is_word or tokens[k].key in ("of", "at", "in", "for", "from", "with"):
                return False
            if tokens[k].key in _APPOSITION_PLACE_NOUNS:
                return True
        return False

    def place_ends_at(self, index: int, city: bool = False) -> bool:
        """Whether the last mention is a place ending at tokens[index] (a city, if asked)."""
        if index < 0 or not self.mentions:
            return False
        last = self.mentions[-1]
        if last.type != "PLACE" or last.end != self.tokens[index].end:
            return False
        return not city or last.place is None or last.place.kind != "country"

    def capital_reading(self, start: int, end: int) -> str:
        """How a capital is used: "government" ("Washington saw no signs", "Moscow's
        assault", "pressed Beijing"), "city" ("talks in Moscow", "the Athens exchange"),
        or "either" when the words around it do not say (canonicalisation then follows
        the story's other mentions of it)."""
        if self.is_locative(start, end):
            return "city"
        before = self.word_before(start)
        after = self.word_after(end)
        if before is not None and before.key in ("the", "a", "an"):
            return "city"
        if after is not None and after.key in _CITY_MODIFIED:
            return "city"
        if self.tokens[end - 1].possessive:
            return "government"
        if before is not None and before.key in _GOVERNMENT_OBJECT_OF:
            return "government"
        if (
            before is not None
            and before.key in ("and", "or")
            and self.government_ends_at(start - 2)
        ):
            return "government"  # "Minsk and Moscow"
        if after is not None and not after.capitalised and self._reads_as_verb(after.key):
            return "government"
        return "either"

    def _reads_as_verb(self, word: str) -> bool:
        """A verb after a capital; outside English only a verb of saying ("Madrid dijo"), as
        the endings of English verbs are those of other languages' nouns ("datos")."""
        if self.lex.language.code == "en":
            return _reads_as_verb(word)
        return word in self.lex.language.speech

    def government_ends_at(self, index: int) -> bool:
        if index < 0 or not self.mentions:
            return False
        last = self.mentions[-1]
        return (
            last.end == self.tokens[index].end
            and last.place is not None
            and last.place.kind == "country"
        )

    def is_locative(self, start: int, end: int) -> bool:
        """A capital named as a place ("talks in Moscow") rather than its government."""
        before = self.word_before(start)
        if before is not None and (before.key in _LOCATIVE or before.key in _PLACE_NOUNS):
            return True
        if before is not None and before.key == "of":
            noun = self.word_before(start - 1)
            if noun is not None and (noun.key in _PLACE_NOUNS or noun.key in COMPASS):
                return True  # "the outskirts of Kyiv", "the mayor of Kyiv", "north of Bangkok"
        if (
            before is not None
            and before.key in ("and", "or")
            and self.place_ends_at(start - 2, city=True)
        ):
            return True  # "Lagos and Abuja", but "Minsk and Moscow" as governments
        after = self.word_after(end)
        if (
            after is not None
            and after.key == "in"
            and end + 1 < len(self.tokens)
            and self.match(end + 1)[0]
        ):
            return True  # "Abuja in Nigeria"
        if before is not None and before.key == "to":
            travel = self.word_before(start - 1)
            if travel is not None and travel.key in _TRAVEL:
                return True
        if self.place_noun_after(end) or self.after_distance(start):
            return True
        return self.place_chain_after(end) is not None or self.source == "dateline"

    def speaks_or_is_described(self, end: int) -> bool:
        """A one-word name that speaks ("Lima said") or is described as a person is
        ("Paris, of Stockport,", "Florence, 52,"): a surname, if the story has its owner."""
        tokens = self.tokens
        after = self.word_after(end)
        if after is not None:
            return after.key in _SPEAKER_VERBS or after.key in self.lex.language.speech
        if end + 2 < len(tokens) and tokens[end].text == "," and not tokens[end + 1].after_break:
            described = tokens[end + 1]
            return described.key == "of" or (
                described.text.isdigit() and tokens[end + 2].text == ","
            )
        return False

    def acts(self, start: int, end: int) -> bool:
        """A name that does something ("Lima expects", "Chester warned"), not named as a
        place: a surname as much as a town, if the story has someone of that name."""
        after = self.word_after(end)
        return (
            after is not None
            and not after.capitalised
            and after.key not in _CITY_MODIFIED
            and _reads_as_verb(after.key)
            and not self.is_locative(start, end)
        )

    def apposition_after_role(self, start: int, end: int) -> bool:
        """A name set off by commas after a role and the body it is of: "el presidente de la
        Junta de Andalucía, Juanma Moreno," "el presidente de la comunidad, Wilber Quispe," -
        whoever holds the role."""
        tokens = self.tokens
        if start < 2 or tokens[start - 1].text != "," or end >= len(tokens):
            return False
        if tokens[end].text not in (",", "."):
            return False
        k = start - 2
        common_nouns = 0
        while k >= max(0, start - 2 - _MAX_APPOSITION_GAP):
            token = tokens[k]
            if not token.is_word:
                return False
            if token.key in self.lex.role_nouns and not token.capitalised:
                return True
            if not (token.capitalised or token.key in _BODY_LINKS):
                # "el presidente de la comunidad, ...", "el patrón mayor de la cofradía de
                # Burela, ...", "il direttore generale dell'Asl, ...": a body's common noun
                # or the role's adjective; more lower-case words make a clause of their own.
                common_nouns += 1
                if common_nouns > _APPOSITION_COMMON_NOUNS:
                    return False
            k -= 1
        return False

    def role_apposition_after(self, end: int) -> bool:
        """A role set off after the name: "Teodoro Quispe, presidente de la cooperativa",
        "Erwan Le Bihan, président de l'armement", "Anna Berg, la directrice": a person."""
        tokens = self.tokens
        k = end + 1
        if k < len(tokens) and tokens[k].key in _APPOSITION_ARTICLES:
            k += 1
        return (
            end < len(tokens)
            and tokens[end].text == ","
            and k < len(tokens)
            and not tokens[k].after_break
            and not tokens[k].capitalised
            and tokens[k].key in self.lex.role_nouns
        )

    def followed_by_role(self, end: int) -> bool:
        """Whether a role and a name follow: "Halvorsen chief executive Ingrid Solbakken"."""
        k = end
        seen_role = False
        while k < len(self.tokens) and k - end < 4:
            token = self.tokens[k]
            if not token.is_word or token.after_break:
                return False
            if token.capitalised:
                return seen_role
            if token.key in self.lex.role_nouns:
                seen_role = True
            k += 1
        return False

    # -- emitting -----------------------------------------------------------

    def is_quoted_title(self, start: int, end: int) -> bool:
        """“The Salt Orchard”: a run that fills a quotation is the title of a work."""
        tokens = self.tokens
        before = start - 1
        if before >= 0 and tokens[before].key in ("the", "a", "an"):
            before -= 1  # the article was left out of the run as a sentence word
        if before < 0 or end >= len(tokens):
            return False
        return tokens[before].text in _OPEN_QUOTES and tokens[end].text in _CLOSE_QUOTES

    def org_noun_before(self, start: int) -> bool:
        """A word for an organisation before the name: "chipmaker Nvidia", "the agency, Ibama",
        "Tokyo-based Kurona"."""
        before = self.word_before(start)
        if before is None and start >= 2 and self.tokens[start - 1].text == ",":
            before = self.word_before(start - 1)
        org_nouns = self.lex.language.org_nouns
        if before is not None and org_nouns and before.key not in org_nouns:
            # "la estatal chilena Codelco": an adjective may stand between them.
            # A preposition of place there says where the company is: "Sklárna v Novém
            # Boru", "Brodogradilište u Kraljevici" name a town.
            further = self.word_before(start - 1)
            if (
                further is not None
                and further.key in org_nouns
                and not before.capitalised
                and before.key not in self.lex.language.locatives
            ):
                before = further
        if before is not None and before.key.endswith("-based"):
            return True  # "Istanbul-based Kuzey Insaat": where a company, not a person, is based
        if before is None or (before.key not in _ORG_NOUNS and before.key not in org_nouns):
            return False
        return not before.capitalised or before.sentence_start  # "Startup Vantor Orbital ..."

    def spelled_out_acronym(self, words: list[Token], end: int) -> bool:
        """A name followed by its initials: "Multinational Security Support (MSS)"."""
        tokens = self.tokens
        if end + 2 >= len(tokens) or tokens[end].text != "(" or tokens[end + 2].text != ")":
            return False
        initials = "".join(t.text[0] for t in words if t.text[0].isupper())
        return tokens[end + 1].text.replace(".", "") == initials

    def org_noun_after(self, end: int) -> bool:
        """A word for an organisation after the name: "the Viv Ansanm gang", "the Wagner group"."""
        after = self.word_after(end)
        if after is None or after.capitalised:
            return False
        if after.key in _ORG_NOUNS_AFTER:
            return True
        following = self.word_after(end + 1)
        return (
            following is not None
            and not following.capitalised
            and following.key in _ORG_NOUNS_AFTER
        )

    def listed_with_org(self, start: int, end: int) -> bool:
        """A name in a list of organisations: "mit Bosch, Infineon und NXP", "Danske Bank and
        Nordea": a later item is a known organisation or an acronym (the earlier items are
        typed by the same rule), or the item before it is an organisation whose name is
        whole (one with small words could go on: "Ministerio de Energía y Minas")."""
        tokens = self.tokens
        if start >= 2 and tokens[start - 1].key in _LAST_ITEM_WORDS and self.mentions:
            last = self.mentions[-1]
            if (
                last.type == "ORG"
                and last.end == tokens[start - 2].end
                and (last.canonical is not None or all(w[:1].isupper() for w in last.text.split()))
            ):
                return True  # "Danske Bank and Nordea": after an organisation's whole name
        k = end
        for _ in range(_MAX_LIST_ITEMS):
            if k + 1 >= len(tokens) or tokens[k].key not in _LIST_SEPARATORS:
                return False
            item = tokens[k + 1]
            if not item.capitalised or item.after_break:
                return False
            length, known = self.match(k + 1)
            if any(kn.type == "ORG" for kn in known) or (
                is_acronym(item.text) and item.key not in self.lex.non_entities
            ):
                return True
            if tokens[k].key != ",":
                return False  # "und", "and": the list's last item
            k += 1 + max(length, 1)
        return False

    def org_apposition_after(self, end: int) -> bool:
        """An apposition that calls the name a company: "Kestrel, the company that runs the
        port", "la Sac, la società che gestisce lo scalo"."""
        tokens = self.tokens
        if end + 2 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].after_break:
            return False
        article, noun = tokens[end + 1], tokens[end + 2]
        role = self.word_after(end + 3)  # "a fund manager": someone who works for one
        return (
            article.key in _APPOSITION_ARTICLES
            and not noun.capitalised
            and (noun.key in _ORG_NOUNS or noun.key in self.lex.language.org_nouns)
            and (role is None or role.key not in self.lex.role_nouns)
        )

    def workplace(self, start: int) -> bool:
        """Where someone in a role works: "an analyst at Ferrand Whitlock"."""
        before = self.word_before(start)
        if before is None or before.key != "at":
            return False
        role = self.word_before(start - 1)
        return role is not None and role.key in self.lex.role_nouns


def _reads_as_verb(word: str) -> bool:
    """A verb after a capital: "Washington saw", "Moscow faced", "Riyadh spends"."""
    return (
        word in _GOVERNMENT_VERBS
        or word.endswith("ed")
        or (word.endswith("s") and not word.endswith("ss"))
    )
