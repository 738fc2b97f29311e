"""What a story is about (terms), counts spelled out, and the keys that bring rewrites together."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from pipeline.dedup.evidence import (
    Evidence,
    candidate_keys,
    current_evidence,
    number_tokens,
    story_evidence,
)
from pipeline.dedup.similarity import Agreement, verified_similarity
from pipeline.dedup.terms import MAX_TERMS, fold, topic_terms

CONFIRMED = 0.75


def entity(name: str, kind: str = "PERSON") -> dict[str, Any]:
    return {"name": name, "type": kind, "mentions": 1, "sources": ["body"]}


def story(names: list[str], headline: str, body: str) -> Evidence:
    entities = [entity(name) for name in names]
    return story_evidence({"headline": headline, "body": body, "entities": entities})


CAST = ["Ilse Marten", "Jonas Brede", "Pellworm", "Husum", "Nordmark Party"]
RESIGNATION = story(
    CAST,
    "Pellworm harbour master Marten resigns over dredging contract",
    "Ilse Marten resigned as Pellworm's harbour master after auditors questioned a "
    "dredging contract awarded without tender. Mayor Jonas Brede of Husum accepted the "
    "resignation; the Nordmark Party had demanded an inquiry.",
)
# Another agency's words for the same event: no figure, no quote, no five-word phrase.
REWRITE = story(
    list(reversed(CAST)),
    "Husum: harbour chief quits in dredging row",
    "Jonas Brede has accepted the resignation of Ilse Marten, whose harbour office gave a "
    "dredging contract to a firm without a tender, auditors found. The Nordmark Party "
    "wants an inquiry into Pellworm's harbour.",
)
# The same cast the same day on another matter.
FERRY_TIMETABLE = story(
    CAST,
    "Pellworm ferry timetable to change in winter",
    "Ilse Marten presented the winter ferry timetable for Pellworm before her departure. "
    "Jonas Brede of Husum welcomed later sailings; the Nordmark Party asked for cheaper "
    "tickets for islanders.",
)


def test_terms_are_the_content_words_without_names_grammar_or_offices() -> None:
    names = ["marten", "pellworm"]
    terms = topic_terms("Minister Marten said on Monday the Pellworm dredging stopped", names)
    assert terms == topic_terms("dredging stopped", [])
    # "Pellworm's" and "Pellwormer" are the name in another form; inflections share a stem.
    assert topic_terms("pellwormer resigned", names) == topic_terms("resignation", [])


def test_the_agencys_own_name_is_no_term() -> None:
    # A sign-off such as "(NORDWIRE)" closing a brief says who wrote it, not what about.
    signed = {"headline": "Dredging stopped", "body": "Dredging stopped. (NORDWIRE)"}
    unsigned = {"headline": "Dredging stopped", "body": "Dredging stopped."}
    for fields in ({"source": "nordwire"}, {"dateline": {"agency": "Nordwire"}}):
        assert story_evidence({**signed, **fields}).terms == story_evidence(unsigned).terms
    assert story_evidence(signed).terms != story_evidence(unsigned).terms


def test_an_update_tag_in_brackets_is_no_term() -> None:
    body = "Dredging stopped at the harbour."
    tagged = story_evidence({"headline": "Dredging stopped (AKTUALIZACJA)", "body": body})
    assert tagged.terms == story_evidence({"headline": "Dredging stopped", "body": body}).terms


def test_korean_terms_are_stems_of_two_syllables_without_particles_or_names() -> None:
    # "파업이" and "파업을" (the strike) are one term; "조합원들은" and "조합원" too; a
    # one-syllable word is grammar, and "부산항에서" is the name "부산항" in another form.
    terms = topic_terms("부산항에서 파업이 끝나 조합원들은 복귀", [fold("부산항")])
    assert terms == topic_terms("파업을 끝나고 조합원 복귀 후", [])
    assert len(terms) == 4
    assert topic_terms("항 의 을", []) == ()


@given(st.lists(st.sampled_from("harbour dredging contract tender resigned Ferry Marten".split())))
def test_terms_are_few_and_ignore_the_stories_own_names(words: list[str]) -> None:
    terms = topic_terms(" ".join(words), ["marten"])
    assert len(terms) <= MAX_TERMS
    assert terms == topic_terms(" ".join(w for w in words if w != "Marten"), ["marten"])
    assert terms == topic_terms(" ".join(words).upper(), ["marten"])


def test_a_rewrite_with_the_same_cast_and_the_same_subject_is_confirmed() -> None:
    agreement = Agreement.of(RESIGNATION, REWRITE)
    assert (agreement.numbers_fewer, agreement.quotes_shared) == (0, 0)
    assert agreement.confirms_by_names()
    assert verified_similarity(0.0, RESIGNATION, REWRITE, hours_apart=1, confirmed=CONFIRMED) == (
        CONFIRMED
    )


def test_three_of_four_names_and_twice_the_terms_confirm_a_rewrite_without_figures() -> None:
    # A warning's rewrite names the region in its own way ("the north" for one of its
    # provinces): three of four names, no figure, no quote, six of thirteen terms.
    rewrite = Agreement(
        names_shared=3,
        names_fewer=4,
        numbers_shared=0,
        numbers_fewer=0,
        specific_shared=0,
        terms_shared=6,
        terms_fewer=13,
    )
    assert rewrite.confirms()
    # Three terms are the same cast's other news; two of four names another region's.
    assert not replace(rewrite, terms_shared=3).confirms()
    assert not replace(rewrite, names_shared=2).confirms()
    assert not replace(rewrite, numbers_fewer=2).confirms()


def test_the_same_cast_on_another_matter_is_not() -> None:
    assert not Agreement.of(RESIGNATION, FERRY_TIMETABLE).confirms()
    assert (
        verified_similarity(0.05, RESIGNATION, FERRY_TIMETABLE, hours_apart=1, confirmed=CONFIRMED)
        == 0.05
    )


RESIGNATION_HEADLINE = "Harbour master Marten resigns over dredging contract"
RESIGNATION_BODY = "Ilse Marten resigned over a dredging contract, Jonas Brede of Husum said."


def test_names_and_terms_confirm_nothing_when_the_figures_disagree() -> None:
    march = story(CAST, RESIGNATION_HEADLINE, RESIGNATION_BODY + " Costs were 12.4 and 840.")
    april = story(CAST, RESIGNATION_HEADLINE, RESIGNATION_BODY + " Costs were 3.1 and 910.")
    assert not Agreement.of(march, april).confirms()


def test_stories_meet_under_their_leading_names_without_figures_or_quotes() -> None:
    assert set(candidate_keys(RESIGNATION).tolist()) & set(candidate_keys(REWRITE).tolist())


def test_counts_that_open_a_sentence_spelled_out_are_the_figures_others_write_in_digits() -> None:
    assert number_tokens("Fourteen people were rescued") == number_tokens("14 were rescued")
    assert number_tokens("Twenty-five missing. Ninety nine saved") == ["25", "99"]
    assert number_tokens("Four died. Forty thousand left") == []
    assert number_tokens("A 60-metre span. Fourteen rescued, 3.5 km") == ["60", "14", "3.5"]
    # Inside a sentence house styles write digits: a word there is no figure.
    assert number_tokens("translated into more than thirty languages; Often, Stent") == []


def test_earlier_encodings_decode_without_terms_and_are_made_again_from_the_article() -> None:
    encoded = RESIGNATION.encode()
    assert encoded.startswith("ev5:") and Evidence.decode(encoded) == RESIGNATION
    assert current_evidence(encoded) == RESIGNATION
    german = replace(RESIGNATION, language="de")
    assert german.encode().endswith(":de") and Evidence.decode(german.encode()) == german
    assert Evidence.decode(encoded + "DE") is None
    # Before the language was kept: the same hashes, in an unknown language.
    without_language = "ev4:" + german.encode()[4:].rpartition(":")[0]
    assert Evidence.decode(without_language) == RESIGNATION
    assert current_evidence(without_language) is None
    # Before protagonists were marked a name's top bit was hash: read without it.
    unmarked = "ev3:" + without_language[4:]
    assert Evidence.decode(unmarked) == Evidence(
        RESIGNATION.name_hashes, RESIGNATION.numbers, RESIGNATION.quotes, RESIGNATION.terms
    )
    assert current_evidence(unmarked) is None
    earlier = "ev2:" + without_language[4:].rpartition(":")[0]
    assert Evidence.decode(earlier) == Evidence(
        RESIGNATION.name_hashes, RESIGNATION.numbers, RESIGNATION.quotes
    )
    assert current_evidence(earlier) is None
    assert len(encoded) <= 180


def test_fold_drops_accents_and_keeps_every_other_character() -> None:
    assert fold("Krško") == fold("Krsko") == "krsko"
    assert fold("Zürich\u2019s \u201cÇa va\u201d") == "zurich\u2019s \u201cca va\u201d"


def test_fold_writes_letters_without_a_plain_form_as_english_copy_does() -> None:
    # An English service drops the Nordic and Polish letters that are no letter and accent.
    assert fold("Støren") == fold("Storen") == "storen"
    assert fold("Kjærgaard") == "kjaergaard"
    assert fold("Łódź") == "lodz"
    assert fold("Þórshöfn") == "thorshofn"
    assert story_evidence({"entities": [{"name": "Mette Kjærgaard", "type": "PERSON"}]}) == (
        story_evidence({"entities": [{"name": "Mette Kjaergaard", "type": "PERSON"}]})
    )


_PLAIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "þ": "th"})


@given(st.text())
def test_fold_is_lower_case_without_combining_marks(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    expected = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_PLAIN)
    assert fold(text) == (text.lower() if text.isascii() else expected)
