"""Entity tagging: the people, organisations, places, peoples and events of a story.

`tag_article(article)` reads `body`, `headline`, `captions` (with their parsed
credit lines), `dateline` and `language`, and sets:

- `entities`: one record per real-world thing in the story::

      {"name": "Antony Blinken", "type": "PERSON", "mentions": 5,
       "offsets": [[12, 26], ...],          # into body; [] if only outside it
       "roles": ["U.S. Secretary of State"], # PERSON only
       "sources": ["body", "caption"],       # of body/headline/caption/dateline/credit
       "aliases": ["Antony Blinken", "Blinken"]}

  types are PERSON, ORG, PLACE, NORP, EVENT; a PLACE the gazetteer knows adds
  `"country_code": "ID"` and `"location": {"lat": -8.4, "lon": 115.2}`;
- `persons`, `organizations`, `places`: canonical names for aggregations,
  without provenance (credit photographers and picture agencies); the dateline's
  agency is an organisation of the story;
  caption people and places are in them (see article.py);
- `place_locations` (geo points for Kibana) and `countries` (ISO codes).

How: a rule-based tagger (candidates.py) over capitalised runs, with the
project's lexicons and the GeoNames gazetteer, then canonicalisation
(canonical.py). It reads English, French, Spanish, German, Polish, Italian,
Dutch, Portuguese, Swedish, Norwegian and Danish copy with each language's own
evidence of a name (see candidates.py); Finnish, Czech, Slovak, Romanian,
Hungarian, Croatian, Slovene, Turkish and Indonesian copy by its capitals, with
caution; and copy in other languages for the names its lexicons know. It needs
no model and no network, and tags a 4 KB story in about 2.5 ms on one core;
`benchmarks/bench_entities.py` measures accuracy (tests/entities/eval, with a held-out split) and
`benchmarks/bench_pure.py` the speed of the whole pure path.

Building blocks: `find_candidates` (text -> typed mentions), `canonicalise`
(mentions -> entities), `split_title` (title block of a name run),
`role_before` (the lower-case role before a name), `lookup_place` (name ->
place with country and coordinates), `tokenize`. The lexicons and gazetteer
load on first use (about 1.5 s); a worker calls `load_lexicons()` at start to
keep that off its first message.
"""

from pipeline.entities.article import tag_article
from pipeline.entities.candidates import find_candidates
from pipeline.entities.canonical import canonicalise
from pipeline.entities.gazetteer import Place, lookup_place
from pipeline.entities.lexicons import load_lexicons
from pipeline.entities.mentions import Mention
from pipeline.entities.titles import role_before, split_title
from pipeline.entities.tokens import tokenize

__all__ = [
    "Mention",
    "Place",
    "canonicalise",
    "find_candidates",
    "load_lexicons",
    "lookup_place",
    "role_before",
    "split_title",
    "tag_article",
    "tokenize",
]
