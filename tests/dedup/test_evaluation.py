"""Both labelled splits stay above their floors; the tuning split has the cases the issue asks for.

A regression here means a change to shingles, signatures, evidence,
thresholds or the engine made dedup merge different stories or miss copies
it used to find. The tuning split (eval/) is held to precision >= 0.98 and
to the recall it has (below the 0.95 target since harder stories joined it);
the held-out split (eval_heldout/),
never tuned on, to the figures it scored when the current rules were
frozen (see its README), so that a change is measured on copy it was not
fitted to. The second, third and fourth held-out splits (eval_heldout2/,
eval_heldout3/, eval_heldout4/) have been tuned on since their first runs were
recorded: each is held to a little under what it scores now, as tuning data,
and the third and fourth are also checked for what they hold. So are the fifth
(eval_heldout5/), tuning data since commit 31feb93, the sixth
(eval_heldout6/), held out until commit 1204204 and tuning data since, and the
seventh (eval_heldout7/), held out until commit 09e909c (scored by its summary
line at its first run, on commit 1204204, and after the rules of 09e909c) and
tuning data since (see their READMEs). The seventh adds Danish, Czech and
Norwegian clusters and hard negatives of new kinds (two earthquakes in one
region, two unions' strikes, one company's two announcements, a preview and a
match report, a market's open and close, an obituary and a tribute, a poll and
an election result). So is the eighth (eval_heldout8/), held out until commit
284bebe (scored by its summary line at its first run, on commit 09e909c, and
after the rules of 284bebe) and tuning data since commit 7aaf357. It adds
Swedish, Finnish, Romanian and Turkish clusters and hard negatives of new
kinds (an IPO's pricing and its first trading day, two ministers of one
government resigning, a verdict and its appeal, a transfer rumour and the
signing, two lottery draws, two auctions, one carmaker's two recalls).
So is the ninth (eval_heldout9/), held out until commit 230ae4f (scored by its
summary line at its first run, on commit 677df58, and after the rules of
2b3e805) and tuning data since. It adds Hungarian, Indonesian and Slovak clusters and hard
negatives of new kinds (two bond auctions of one agency, two hearings of one
trial, two institutes' polls, two strikes at one airline, a merger and
another merger in the same sector, two ministers announcing different
budgets, two court sentences from one formula).
So is the tenth (eval_heldout10/), held out until commit d5c4ee0 (scored by its
summary line at its first run, on commit 395af06, and after the rules of
2ee6935) and tuning data since. It adds Croatian, Greek, Ukrainian, Vietnamese
and Brazilian Portuguese clusters and hard negatives of new kinds (two
releases of one statistics office at one news conference, two decisions of
one cabinet meeting from one spokesman, one team's two matches of a
tournament, two airports' first flights, two hospitals' cyberattacks).
So is the eleventh (eval_heldout11/), held out until commit 91e5b5d (scored by
its summary line at its first run, on commit c2753db, and after the rules of
585b7b4) and tuning data since. It adds Bulgarian, Slovenian, Latvian, Malay and Lithuanian
clusters and hard negatives of new kinds (two rulings of one constitutional
court the same day, two penalties of one regulator from one formula, two
releases of one central bank on consecutive mornings, another club's game the
day before, two airports' yearly figures from one formula, a union's demand
and a municipality's request after one company's job cuts).
So is the twelfth (eval_heldout12/), held out until commit 4fe7cc2 (scored by
its summary line at its first run, on commit f32a8a6, and after the rules of
2a1af1d) and tuning data since. It is a European and North American desk's week in English, French,
Dutch, German, Spanish, Polish and Italian, with new Canadian Press-, Belga- and
Europa Press-style services, and hard negatives of new kinds (two central banks'
decisions the same morning from one template, two housebuilders' results and a
house price index naming both, two avalanches in one canton with one police
spokesman, two patent rulings of two courts from one formula, a coach's preview
with the same players, another country's inflation from the same agency).
So is the thirteenth (eval_heldout13/), held out until commit bc6075c (scored by
its summary line at its first run, on commit c3afc7b, and after the rules of
b2bbb3d) and tuning data since. It is a mixed desk's week: half the big agencies' copy in the
earlier house styles, half from Asian, Latin American, African, Nordic, Baltic and
Balkan agencies in Korean, Croatian, Finnish, Lithuanian, Portuguese and Spanish and
their English services, with new Télam-, NAN- and APS-style services, and hard
negatives of new kinds (two Asian central banks' decisions from one template, two
by-elections' results the same night from one formula, two forfeiture rulings of one
court, two carmakers' recalls from one formula, a killed recall story, a rival
coach's reaction the day after the match, another country's unemployment the same
day).
So is the fourteenth (eval_heldout14/), held out until commit 7ab9025 (scored by
its summary line at its first run, on commit b8b3399, and after the rules of
7ab9025) and tuning data since commit bcf03e4. It is another mixed desk's week: half the big agencies' copy,
half from Turkish, Romanian, Hungarian, Indonesian, Vietnamese, Danish, Greek, Czech,
Swedish, Ukrainian and Chilean agencies in their languages and English services, with
new MENA- and KNA-style services in Arabic and Swahili, and hard negatives of new
kinds (two Vietnamese companies' results from one template and one machine template,
two closures by one transport authority the same day, two mine accidents and two
factory fires from one formula, another takeover in the same sector, a statistics
office's release naming the other central bank's decision, a killed factory fire
story).
The fifteenth (eval_heldout15/) was held out until its first run (precision 0.845,
recall 0.702, on commit d039c42) and is tuning data since commit fd956d4, the first held-out
set whose precision fell short. It is a week told across scripts: Japanese, Chinese, Korean,
Russian, Greek and Arabic copy beside English with the names transliterated, rewrites
that reorder the facts and round the figures otherwise ("1.5 billion" / "1,500 mln",
"nearly 2,000" / "1,987"), datelines that differ between agencies, the Japanese,
Chinese and Korean services of the big agencies and a new TASS/Interfax-style service
in Russian and English, and hard negatives that share the place and the day and differ
in who or what (an aftershock the same evening, another airline's return to the same
airport, another collapse in the same city, another warning for the same city, the
same fund's other tender, the same company's new chief executive, a killed landing
story).
The sixteenth (eval_heldout16/) is held out too, checked for what it holds and
never scored here. It is another week across scripts, with Thai and Hindi services
(TNA- and PTI-style, each with its English service) beside Japanese, Chinese, Korean,
Russian, Greek and Arabic copy, events no split had before, and hard negatives that
share the place and the day and differ in who or what (another fire in the same city
the same night, another carmaker's results the same morning, another ministry's
announcement in the same city, the same team's next match, a follow-up the next day
with new figures), two quakes, two weather warnings and two by-elections from one
formula each, and a killed leak story.
The negatives split (eval_negatives/) is tuning data for precision: hard
negatives (templates, other speakers, follow-ups) beside a few true copies.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.dedup.evaluation import (
    LabelledStory,
    load_labelled_set,
    pairwise_scores,
    score_labelled_set,
)

TUNING_SET = Path(__file__).parent / "eval"
HELD_OUT_SET = Path(__file__).parent / "eval_heldout"
SECOND_HELD_OUT_SET = Path(__file__).parent / "eval_heldout2"
THIRD_HELD_OUT_SET = Path(__file__).parent / "eval_heldout3"
FOURTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout4"
FIFTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout5"
SIXTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout6"
SEVENTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout7"
EIGHTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout8"
NINTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout9"
TENTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout10"
ELEVENTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout11"
TWELFTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout12"
THIRTEENTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout13"
FOURTEENTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout14"
FIFTEENTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout15"
SIXTEENTH_HELD_OUT_SET = Path(__file__).parent / "eval_heldout16"
NEGATIVES_SET = Path(__file__).parent / "eval_negatives"
# Under what the held-out split scores with rewrites confirmed by names and terms
# (1.000 / 1.000; 1.000 / 0.927 when the earlier rules were frozen), with room for the
# tagger's changes: dedup reads its entities.
HELD_OUT_PRECISION = 0.98
HELD_OUT_RECALL = 0.95
# The tuning split's recall floor is under what it scores with its 41 harder stories
# (briefs, rewrites sharing only names, other-language services): 0.897 when they came,
# 0.971 with rewrites confirmed by names and terms, 0.985 with briefs confirmed by terms.
TUNING_RECALL = 0.97
# Held-out splits tuned on since their first runs, under what each scores now:
# 1.000 / 0.973, 1.000 / 1.000 (0.898 / 1.000 before the rules on leads, statements
# and days of the month), 1.000 / 1.000 (0.808 / 0.819 before them), 1.000 / 0.986
# (1.000 / 0.944 before briefs confirmed by terms) and 1.000 / 0.974 (0.936 / 0.948
# at commit 1204204, before figures recapped beside another statement stopped
# confirming and update tags and sign-offs stopped counting as terms). The seventh,
# tuning data since commit 09e909c, scores 1.000 / 0.884 (1.000 / 0.811 then, before
# pairs of telling figures found rewrites, colon scores and space-grouped thousands
# were read and initials stopped leading another story): its recall floor is under
# that, with room for the tagger's changes, since most of the pairs it misses are
# stories the tagger finds few names in (Czech and Norwegian copy); it scores 1.000 /
# 0.916 now. The eighth, tuning data since commit 7aaf357, scores 1.000 / 0.942 (1.000 /
# 0.635 before figures were read as more services write them, many figures outweighed
# names read otherwise, sign-offs stopped counting as names and briefs and rewrites
# were confirmed by one name with the figure, or every figure with half the terms):
# its recall floor is a little under that. The ninth, tuning data since commit 230ae4f,
# scores 1.000 / 0.909 (1.000 / 0.795 before race times and margins were read as each
# agency writes them, Hungarian, Indonesian and Slovak scale words were read, a
# write-thru under its slug was confirmed past the news cycle and every figure of the
# smaller story outweighed names it shares none of): its recall floor is a little under
# that. The tenth, tuning data since commit d5c4ee0, scores 1.000 / 0.816 (1.000 / 0.678
# before quotes in two languages stopped saying two statements, Cyrillic, Greek,
# Croatian and Vietnamese scale words were read and a timed update note let an update
# quote new voices): its recall floor is a little under that, since most of the pairs
# it misses are stories whose names the tagger reads in one language only (Greek,
# Finnish and Turkish copy beside English). The eleventh, tuning data since commit
# 91e5b5d, scores 1.000 / 0.844 (1.000 / 0.760 before three specific figures outweighed
# names read in another language's words, a brief was confirmed by two figures as by
# one and colon scores no clock can be and thousands with their remainder after the
# word were read): its recall floor is a little under that, since most of the pairs it
# misses are stories the tagger reads few names in (Latvian copy, a Croatian brief
# naming Slovakia for Slovenia, French and Portuguese copy missing the airline).
# The twelfth, tuning data since commit 4fe7cc2, scores 1.000 / 0.657 (1.000 / 0.608
# before a version in another language was confirmed by every figure and four names
# without its terms, or by every name, four or more, without quotes or terms): its
# recall floor is a little under that, since most of the pairs it misses are stories
# the tagger reads other names in (Belgian bodies under their Dutch and French
# initials, inflected places of Polish briefs, a French exonym, a German compound,
# a machine brief's labels read as names).
# The thirteenth, tuning data since commit bc6075c, scores 0.988 / 0.866 (0.986 / 0.732
# before figures in lakhs, crores and myriads were read, Korean terms were cut by
# syllables, flash tags and desk initials stopped counting, a version in another
# language was confirmed by nearly every name, an agency's own services in two
# languages by three names in four, a rewrite without figures by three names in four
# with six terms, and a brief naming one place without a figure met its story under
# the place and a headline word): its recall floor is a little under that, since most
# of the pairs it misses are stories the tagger reads names in one script only (Korean
# copy beside English); the one pair it merges wrongly is one bank's results in
# English and Italian, labelled as two negatives. It scores 0.988 / 0.876 now.
# The fourteenth, tuning data since commit bcf03e4, scores 1.000 / 0.944 (0.990 / 0.760
# before thousands in more languages' words and figures behind an Arabic clitic were
# read, briefs giving every name and figure of the story were confirmed by fewer of
# its words, two of the most specific figures confirmed a story naming one thing or
# none, an agency's own services in two languages were confirmed by every figure and a
# name, and a formula's wording with none of its figures stopped confirming by names):
# its recall floor is a little under that, since the pairs it misses are stories whose
# names the tagger reads in one language only (a Hungarian body under its initials, a
# German rewrite without figures naming the city alone).
# The fifteenth, tuning data since commit fd956d4, scores 0.945 / 0.839 (0.845 / 0.702 at
# its first run, before the day of the month in brackets after a weekday stopped being a
# figure two warnings share, a story without figures naming more than one with figures
# stopped being its translation, and figures with a Japanese, Chinese or Korean counter
# written on to them or written in myriads and thousands in turn were read): its precision floor is below the others' since the six
# pairs it still merges are a killed story, sent with a wrong airline and count, that
# joined the event's other reports on arrival, which the set labels a story of its own;
# most pairs it misses are Arabic, Japanese and Korean versions whose names the tagger does
# not read, beside rewrites sharing too few of their figures.
# The eleventh scores 1.000 / 0.865 and the twelfth 1.000 / 0.686 since those rules;
# the other splits score what is written above, unchanged.
TUNED_SPLIT_FLOORS = {
    SECOND_HELD_OUT_SET: (0.98, 0.95),
    THIRD_HELD_OUT_SET: (0.98, 0.95),
    FOURTH_HELD_OUT_SET: (0.98, 0.95),
    FIFTH_HELD_OUT_SET: (0.98, 0.95),
    SIXTH_HELD_OUT_SET: (0.98, 0.95),
    SEVENTH_HELD_OUT_SET: (0.98, 0.85),
    EIGHTH_HELD_OUT_SET: (0.98, 0.92),
    NINTH_HELD_OUT_SET: (0.98, 0.89),
    TENTH_HELD_OUT_SET: (0.98, 0.79),
    ELEVENTH_HELD_OUT_SET: (0.98, 0.82),
    TWELFTH_HELD_OUT_SET: (0.98, 0.63),
    THIRTEENTH_HELD_OUT_SET: (0.98, 0.84),
    FOURTEENTH_HELD_OUT_SET: (0.98, 0.92),
    FIFTEENTH_HELD_OUT_SET: (0.93, 0.82),
}
# The negatives split, tuning data for precision: 1.000 now (0.471 when it was written);
# its recall 0.881 (0.833 before a statement quoted in part beside the same figure
# confirmed a rewrite, 0.548 before briefs confirmed by terms and figures read in the
# services' own languages).
NEGATIVES_PRECISION = 0.98
NEGATIVES_RECALL = 0.85
# split -> (precision floor, recall floor)
FLOORS = {TUNING_SET: (0.98, TUNING_RECALL), HELD_OUT_SET: (HELD_OUT_PRECISION, HELD_OUT_RECALL)}


@pytest.fixture(scope="module", params=[TUNING_SET, HELD_OUT_SET], ids=["tuning", "held-out"])
def split(request: pytest.FixtureRequest) -> tuple[Path, list[LabelledStory]]:
    return request.param, load_labelled_set(request.param)


def test_both_splits_have_the_cases_the_issue_asks_for(
    split: tuple[Path, list[LabelledStory]],
) -> None:
    _, stories = split
    assert len(stories) >= 100
    kinds = Counter(story.kind for story in stories)
    for kind in ("rewrite", "summary", "redistribution", "update", "correction", "kill"):
        assert kinds[kind] >= 1, kind
    assert kinds["negative"] >= 15
    sizes = Counter(story.cluster for story in stories)
    assert sum(1 for size in sizes.values() if size >= 3) >= 10
    assert len({story.article["id"] for story in stories}) == len(stories)
    # Stories written for the evaluation carry their agency's style and its entities as tagged.
    assert len({story.article["source"] for story in stories}) >= 6
    assert sum(1 for story in stories if story.article["entities"]) >= 0.9 * len(stories)


def test_the_second_held_out_split_loads_and_has_the_cases_it_claims() -> None:
    stories = load_labelled_set(SECOND_HELD_OUT_SET)
    assert len(stories) >= 60
    kinds = Counter(story.kind for story in stories)
    for kind in ("rewrite", "summary", "redistribution", "version", "update", "correction", "kill"):
        assert kinds[kind] >= 1, kind
    assert kinds["negative"] >= 12
    sizes = Counter(story.cluster for story in stories)
    assert sum(1 for size in sizes.values() if size >= 3) >= 10
    # Later versions of an item share its document id; every other story has its own.
    later_versions = sum(1 for story in stories if story.article["version"] > 1)
    assert len({story.article["id"] for story in stories}) == len(stories) - later_versions
    assert len({story.article["source"] for story in stories}) >= 8
    assert sum(1 for story in stories if story.article["entities"]) >= 0.9 * len(stories)


@dataclass(frozen=True)
class Holds:
    """What a held-out round claims to hold (see its README)."""

    stories: int
    clusters: int
    kinds: dict[str, int]
    negative_share: float
    languages: dict[str, int]
    new_sources: frozenset[str]
    sources: int
    clusters_of_three: int = 15
    # Share of stories the tagger finds entities in; copy in scripts the tagger reads
    # only through its lexicons (Japanese, Chinese, Korean, Arabic) carries fewer.
    tagged_share: float = 0.9


ROUNDS = {
    THIRD_HELD_OUT_SET: Holds(
        stories=97,
        clusters=44,
        kinds={
            "original": 17,
            "rewrite": 21,
            "summary": 16,
            "redistribution": 4,
            "refile": 1,
            "version": 3,
            "update": 5,
            "correction": 2,
            "kill": 1,
            "negative": 27,
        },
        negative_share=0.25,
        languages={"en": 79, "es": 7, "de": 6, "fr": 5},
        new_sources=frozenset({"tasman", "bosphorus", "cordillera"}),
        sources=12,
    ),
    FOURTH_HELD_OUT_SET: Holds(
        stories=83,
        clusters=44,
        kinds={
            "original": 16,
            "rewrite": 16,
            "summary": 13,
            "redistribution": 2,
            "refile": 1,
            "version": 2,
            "update": 3,
            "correction": 1,
            "kill": 1,
            "negative": 28,
        },
        negative_share=0.3,
        languages={"en": 63, "es": 6, "de": 5, "it": 5, "fr": 4},
        new_sources=frozenset({"hanriver", "tiber"}),
        sources=14,
    ),
    FIFTH_HELD_OUT_SET: Holds(
        stories=91,
        clusters=52,
        kinds={
            "original": 19,
            "rewrite": 14,
            "summary": 11,
            "redistribution": 3,
            "refile": 1,
            "version": 5,
            "update": 3,
            "correction": 1,
            "kill": 1,
            "negative": 33,
        },
        negative_share=0.34,
        languages={"en": 69, "pl": 5, "sv": 4, "de": 4, "es": 3, "fr": 3, "it": 3},
        new_sources=frozenset({"vistula", "baltica"}),
        sources=16,
        clusters_of_three=12,
    ),
    SIXTH_HELD_OUT_SET: Holds(
        stories=101,
        clusters=57,
        kinds={
            "original": 19,
            "rewrite": 15,
            "summary": 16,
            "redistribution": 3,
            "refile": 1,
            "version": 3,
            "update": 3,
            "correction": 2,
            "kill": 1,
            "negative": 38,
        },
        negative_share=0.37,
        languages={"en": 63, "nl": 8, "de": 5, "es": 5, "fr": 5, "it": 5, "pl": 5, "pt": 5},
        new_sources=frozenset({"lowland", "tejo"}),
        sources=19,
    ),
    SEVENTH_HELD_OUT_SET: Holds(
        stories=106,
        clusters=55,
        kinds={
            "original": 20,
            "rewrite": 20,
            "summary": 16,
            "redistribution": 3,
            "refile": 1,
            "version": 5,
            "update": 3,
            "correction": 2,
            "kill": 1,
            "negative": 35,
        },
        negative_share=0.33,
        languages={
            "en": 58,
            "cs": 5,
            "da": 5,
            "de": 5,
            "es": 5,
            "fr": 5,
            "it": 5,
            "nl": 5,
            "pl": 5,
            "pt": 5,
            "no": 3,
        },
        new_sources=frozenset({"sundwire", "vltava"}),
        sources=21,
    ),
    EIGHTH_HELD_OUT_SET: Holds(
        stories=108,
        clusters=55,
        kinds={
            "original": 19,
            "rewrite": 23,
            "summary": 17,
            "redistribution": 3,
            "refile": 1,
            "version": 4,
            "update": 2,
            "correction": 2,
            "kill": 1,
            "negative": 36,
        },
        negative_share=0.33,
        languages={
            "en": 57,
            "fr": 6,
            "de": 5,
            "es": 5,
            "fi": 5,
            "it": 5,
            "nl": 5,
            "pt": 5,
            "ro": 5,
            "sv": 4,
            "pl": 3,
            "tr": 3,
        },
        new_sources=frozenset({"pohjola", "carpatia"}),
        sources=22,
    ),
    NINTH_HELD_OUT_SET: Holds(
        stories=103,
        clusters=55,
        kinds={
            "original": 19,
            "rewrite": 22,
            "summary": 14,
            "redistribution": 2,
            "refile": 1,
            "version": 5,
            "update": 2,
            "correction": 1,
            "kill": 1,
            "negative": 36,
        },
        negative_share=0.33,
        languages={
            "en": 64,
            "de": 5,
            "pt": 5,
            "es": 4,
            "fr": 4,
            "nl": 4,
            "pl": 4,
            "sk": 4,
            "hu": 3,
            "id": 3,
            "it": 3,
        },
        new_sources=frozenset({"danubia", "nusantara"}),
        sources=18,
    ),
    TENTH_HELD_OUT_SET: Holds(
        stories=103,
        clusters=55,
        kinds={
            "original": 19,
            "rewrite": 24,
            "summary": 14,
            "redistribution": 2,
            "refile": 1,
            "version": 3,
            "update": 2,
            "correction": 1,
            "kill": 1,
            "negative": 36,
        },
        negative_share=0.34,
        languages={
            "en": 55,
            "fi": 7,
            "hr": 7,
            "tr": 6,
            "vi": 6,
            "pt": 5,
            "ro": 5,
            "cs": 4,
            "el": 3,
            "sv": 2,
            "uk": 2,
            "de": 1,
        },
        new_sources=frozenset({"jadran", "aegean", "dnipro", "mekong", "guanabara"}),
        sources=18,
    ),
    ELEVENTH_HELD_OUT_SET: Holds(
        stories=110,
        clusters=58,
        kinds={
            "original": 20,
            "rewrite": 26,
            "summary": 15,
            "redistribution": 2,
            "refile": 1,
            "version": 4,
            "update": 2,
            "correction": 1,
            "kill": 1,
            "negative": 38,
        },
        negative_share=0.34,
        languages={
            "en": 69,
            "bg": 6,
            "es": 5,
            "lv": 5,
            "pt": 5,
            "de": 4,
            "sl": 4,
            "sv": 4,
            "ms": 3,
            "lt": 2,
            "fr": 1,
            "hr": 1,
            "tr": 1,
        },
        new_sources=frozenset({"vitosha", "triglav", "daugava", "klang", "nemunas"}),
        sources=22,
    ),
    TWELFTH_HELD_OUT_SET: Holds(
        stories=108,
        clusters=55,
        kinds={
            "original": 20,
            "rewrite": 31,
            "summary": 14,
            "redistribution": 1,
            "refile": 1,
            "version": 3,
            "update": 1,
            "correction": 1,
            "kill": 1,
            "negative": 35,
        },
        negative_share=0.32,
        languages={
            "en": 51,
            "fr": 13,
            "nl": 11,
            "de": 10,
            "es": 10,
            "pl": 8,
            "it": 5,
        },
        new_sources=frozenset({"maple", "scheldt", "meseta"}),
        sources=17,
    ),
    THIRTEENTH_HELD_OUT_SET: Holds(
        stories=106,
        clusters=55,
        kinds={
            "original": 20,
            "rewrite": 30,
            "summary": 13,
            "redistribution": 1,
            "refile": 1,
            "version": 3,
            "update": 1,
            "correction": 1,
            "kill": 1,
            "negative": 35,
        },
        negative_share=0.33,
        languages={
            "en": 48,
            "es": 13,
            "fr": 8,
            "de": 6,
            "pt": 6,
            "ko": 5,
            "nl": 5,
            "fi": 4,
            "pl": 4,
            "hr": 3,
            "it": 2,
            "lt": 2,
        },
        new_sources=frozenset({"plata", "savanna", "casbah"}),
        sources=26,
    ),
    FOURTEENTH_HELD_OUT_SET: Holds(
        stories=106,
        clusters=49,
        kinds={
            "original": 18,
            "rewrite": 34,
            "summary": 16,
            "redistribution": 1,
            "refile": 1,
            "version": 2,
            "update": 1,
            "correction": 1,
            "kill": 1,
            "negative": 31,
        },
        negative_share=0.29,
        languages={
            "en": 48,
            "de": 9,
            "es": 6,
            "cs": 4,
            "da": 4,
            "id": 4,
            "sv": 4,
            "ar": 3,
            "el": 3,
            "fr": 3,
            "hu": 3,
            "ro": 3,
            "sw": 3,
            "tr": 3,
            "uk": 3,
            "it": 2,
            "vi": 1,
        },
        new_sources=frozenset({"nile", "rift"}),
        sources=24,
    ),
    FIFTEENTH_HELD_OUT_SET: Holds(
        stories=106,
        clusters=51,
        kinds={
            "original": 17,
            "rewrite": 33,
            "summary": 15,
            "redistribution": 1,
            "refile": 1,
            "version": 2,
            "update": 1,
            "correction": 1,
            "kill": 1,
            "negative": 34,
        },
        negative_share=0.32,
        languages={
            "en": 51,
            "de": 5,
            "es": 5,
            "ja": 5,
            "ar": 4,
            "el": 4,
            "fr": 4,
            "ko": 4,
            "pt": 4,
            "tr": 4,
            "zh": 4,
            "it": 3,
            "pl": 3,
            "ru": 3,
            "sv": 2,
            "nl": 1,
        },
        new_sources=frozenset({"neva"}),
        sources=19,
        clusters_of_three=16,
        # 17 stories in Japanese, Chinese, Korean and Arabic script.
        tagged_share=0.85,
    ),
    SIXTEENTH_HELD_OUT_SET: Holds(
        stories=102,
        clusters=49,
        kinds={
            "original": 13,
            "rewrite": 26,
            "summary": 21,
            "redistribution": 1,
            "refile": 1,
            "version": 1,
            "update": 1,
            "correction": 1,
            "kill": 1,
            "negative": 36,
        },
        negative_share=0.35,
        languages={
            "en": 46,
            "es": 6,
            "fr": 6,
            "de": 5,
            "ko": 5,
            "zh": 5,
            "el": 4,
            "ja": 4,
            "ar": 3,
            "hi": 3,
            "pl": 3,
            "ru": 3,
            "th": 3,
            "tr": 2,
            "it": 1,
            "nl": 1,
            "pt": 1,
            "sv": 1,
        },
        new_sources=frozenset({"chaophraya", "yamuna"}),
        sources=21,
        clusters_of_three=12,
        # 23 stories in Thai, Devanagari, Japanese, Chinese, Korean and Arabic script,
        # 7 more in Greek and Cyrillic.
        tagged_share=0.7,
    ),
}


@pytest.mark.parametrize(
    "folder",
    list(ROUNDS),
    ids=[
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
    ],
)
def test_a_held_out_round_loads_and_has_the_cases_it_claims(folder: Path) -> None:
    # Checked for what it holds and that it loads; the tuned rounds' floors are checked
    # below (the sixth's since commit 1204204, the seventh's since commit 09e909c, the
    # eighth's since commit 7aaf357, the ninth's since commit 230ae4f, the tenth's since
    # commit d5c4ee0, the eleventh's since commit 91e5b5d, the twelfth's since commit
    # 4fe7cc2, the thirteenth's since commit bc6075c, the fourteenth's since commit
    # bcf03e4, the fifteenth's since commit fd956d4); the sixteenth (still held out) is
    # never scored here (see its README).
    holds = ROUNDS[folder]
    stories = load_labelled_set(folder)
    assert len(stories) == holds.stories
    clusters = Counter(story.cluster for story in stories)
    assert len(clusters) == holds.clusters
    assert sum(1 for size in clusters.values() if size >= 3) >= holds.clusters_of_three
    kinds = Counter(story.kind for story in stories)
    assert kinds == holds.kinds
    assert kinds["negative"] >= holds.negative_share * len(stories)
    # Every negative is a cluster of its own.
    assert all(clusters[story.cluster] == 1 for story in stories if story.kind == "negative")
    # A kill advisory is the canceled later version of the item it kills.
    for story in stories:
        assert (story.kind == "kill") == (story.article["pubstatus"] == "canceled"), story.key
    # Later versions of an item share its document id; every other story has its own.
    later_versions = sum(1 for story in stories if story.article["version"] > 1)
    assert later_versions == kinds["version"] + kinds["kill"]
    assert len({story.article["id"] for story in stories}) == len(stories) - later_versions
    assert Counter(story.article["language"] for story in stories) == holds.languages
    sources = {story.article["source"] for story in stories}
    assert holds.new_sources <= sources
    assert len(sources) >= holds.sources
    tagged = sum(1 for story in stories if story.article["entities"])
    assert tagged >= holds.tagged_share * len(stories)


def test_default_settings_stay_above_the_floors(split: tuple[Path, list[LabelledStory]]) -> None:
    folder, stories = split
    precision, recall = FLOORS[folder]
    scores = score_labelled_set(stories)
    assert scores.precision >= precision, scores
    assert scores.recall >= recall, scores


@pytest.mark.parametrize(
    "folder",
    list(TUNED_SPLIT_FLOORS),
    ids=[
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
    ],
)
def test_a_held_out_split_stays_above_its_floors_now_it_is_tuned_on(folder: Path) -> None:
    precision, recall = TUNED_SPLIT_FLOORS[folder]
    scores = score_labelled_set(load_labelled_set(folder))
    assert scores.precision >= precision, scores
    assert scores.recall >= recall, scores


def test_the_negatives_split_loads_and_has_the_cases_it_claims() -> None:
    stories = load_labelled_set(NEGATIVES_SET)
    assert len(stories) == 62
    clusters = Counter(story.cluster for story in stories)
    assert len(clusters) == 38
    kinds = Counter(story.kind for story in stories)
    assert kinds == {"original": 10, "rewrite": 18, "summary": 6, "negative": 28}
    # Hard negatives are what it is for: each is a cluster of its own, and every
    # event has an original with at least one true copy beside them.
    assert all(clusters[story.cluster] == 1 for story in stories if story.kind == "negative")
    assert sum(1 for size in clusters.values() if size >= 3) >= 10
    assert len({story.article["id"] for story in stories}) == len(stories)
    languages = Counter(story.article["language"] for story in stories)
    assert languages == {"en": 40, "fr": 9, "de": 8, "es": 5}
    assert len({story.article["source"] for story in stories}) >= 12
    assert sum(1 for story in stories if story.article["entities"]) >= 0.9 * len(stories)


def test_the_negatives_split_stays_above_its_floors() -> None:
    # Tuning data for precision (1.000 with reactions and templates vetoed); what its
    # recall still misses are rewrites in another language without figures or quotes.
    scores = score_labelled_set(load_labelled_set(NEGATIVES_SET))
    assert scores.precision >= NEGATIVES_PRECISION, scores
    assert scores.recall >= NEGATIVES_RECALL, scores


def test_pairwise_scores() -> None:
    scores = pairwise_scores(["a", "a", "a", "b"], ["x", "x", "y", "y"])
    # true pairs: (0,1) (0,2) (1,2); predicted: (0,1) (2,3); correct: (0,1)
    assert (scores.true_pairs, scores.predicted_pairs, scores.correct_pairs) == (3, 2, 1)
    assert scores.precision == 0.5 and scores.recall == 1 / 3
