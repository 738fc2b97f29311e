"""Evidence of a story (names and figures), and how it vetoes or confirms a candidate."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dedup.evidence import (
    MAX_NAMES,
    MAX_QUOTES,
    PROTAGONIST,
    Evidence,
    candidate_keys,
    name_words,
    number_tokens,
    quote_sample,
    story_evidence,
)
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.similarity import (
    EVIDENCE_HOURS,
    Agreement,
    another_speaker,
    verified_similarity,
)

CONFIRMED = DedupSettings().confirmed_similarity


def entity(name: str, kind: str = "PERSON", mentions: int = 1, sources: Any = None) -> dict:
    return {"name": name, "type": kind, "mentions": mentions, "sources": sources or ["body"]}


def test_figures_are_values_whatever_the_house_style() -> None:
    assert number_tokens("2.4 billion euros") == number_tokens("2,400 million euros")
    assert number_tokens("2.4 bln euros") == number_tokens("EUR 2.4bn")
    assert number_tokens("rose 12%") == number_tokens("rose 12 percent") == ["12"]
    assert number_tokens("rose 12 pct") == number_tokens("rose 12 per cent") == ["12"]
    assert number_tokens("cut to 7.00%") == number_tokens("cut to 7%") == ["7"]
    assert number_tokens("won 3-1 on Saturday") == number_tokens("lost 1-3") == ["s3-1"]
    assert number_tokens("in 12:51.30, ahead of 12:52.05") == ["t12:51.30", "t12:52.05"]


def test_years_dates_clock_times_and_small_counts_are_not_figures() -> None:
    text = (
        "Two people died at about 7:05 a.m. (0505 GMT) on June 4, 2024, and three on "
        "14 June; 31 were hurt and 1,900 people left."
    )
    assert number_tokens(text) == ["31", "1900"]
    assert number_tokens("Covid-19 cases rose in 2023") == []


def test_name_words_skip_titles_legal_forms_the_agency_and_credits() -> None:
    article = {
        "source": "meridian",
        "dateline": {"agency": "Meridian"},
        "entities": [
            entity("Governor Adam Wrona", mentions=2),
            entity("Kerkhof Semiconductors NV", "ORG", mentions=3),
            entity("Meridian", "ORG", sources=["body"]),
            entity("Jane Doe", sources=["credit"]),
            entity("Swedish", "NORP"),
        ],
    }
    assert name_words(article) == ["kerkhof", "semiconductors", "adam", "wrona"]


def test_name_words_skip_the_names_of_a_sign_off_line() -> None:
    body = "Juha Rautiainen resigned on Thursday, Helena Aaltonen said.\n\nKaisa Lehtonen / Pohjola"
    start = body.index("Kaisa")

    def named(name: str, at: int) -> dict:
        return {**entity(name), "offsets": [[at, at + len(name)]]}

    article = {
        "body": body,
        "entities": [
            named("Juha Rautiainen", 0),
            named("Helena Aaltonen", body.index("Helena")),
            named("Kaisa Lehtonen", start),
        ],
    }
    assert name_words(article) == ["juha", "rautiainen", "helena", "aaltonen"]
    # A closing sentence is part of the story, and so are the names in it.
    article["body"] = body + " said."
    assert "lehtonen" in name_words(article)
    # Desk initials after the last full stop are a sign-off on the sentence's own line.
    closing = "Juha Rautiainen resigned on Thursday, Helena Aaltonen said. PTK MJL"
    article["body"] = closing
    article["entities"] = [
        named("Juha Rautiainen", 0),
        named("Helena Aaltonen", closing.index("Helena")),
        {**entity("PTK MJL", "ORG"), "offsets": [[closing.index("PTK"), len(closing)]]},
    ]
    assert name_words(article) == ["juha", "rautiainen", "helena", "aaltonen"]
    article["body"] = closing.replace("said. PTK MJL", "told PTK MJL.")
    assert "ptk" in name_words(article)
    # So is a story of one paragraph, however short.
    article["body"] = "Kaisa Lehtonen / Pohjola"
    article["entities"] = [named("Kaisa Lehtonen", 0)]
    assert name_words(article) == ["kaisa", "lehtonen"]


def test_evidence_round_trips_and_stays_small() -> None:
    article = {
        "body": " ".join(f"{n} million" for n in range(10, 60)),
        "entities": [entity(f"Person{'x' * n} Name{n}") for n in range(30)],
    }
    evidence = story_evidence(article)
    assert len(evidence.names) == MAX_NAMES
    encoded = evidence.encode()
    assert len(encoded) <= 100
    assert Evidence.decode(encoded) == evidence
    for damaged in (None, 7, "", "ev1:", "ev1:!!:AA==", "ev0:AAAA:AAAA", encoded + ":x"):
        assert Evidence.decode(damaged) is None


def test_quotes_are_sampled_small_and_evidence_without_them_still_decodes() -> None:
    body = " ".join(f'"Statement number {n} said in full, word for word today."' for n in range(40))
    quoted = story_evidence({"body": body})
    assert len(quoted.quotes) == MAX_QUOTES
    assert len(quoted.encode()) <= 130
    assert Evidence.decode(quoted.encode()) == quoted
    # Written before quotes were kept: names and figures only.
    assert Evidence.decode("ev1:AQA=:AgA=") == Evidence((1,), (2,), ())


def test_a_partial_quote_shares_runs_with_the_full_one_whatever_the_quote_marks() -> None:
    full = quote_sample(
        'Fajon said: "Slovenia will not accept insults against its people from a neighbour '
        'and a partner in the European Union."'
    )
    partial = quote_sample(
        "Her country \u201cwill not accept insults against its people from a neighbour\u201d."
    )
    assert set(full) & set(partial)
    assert quote_sample('a so-called "expert" said') == ()
    assert not set(full) & set(quote_sample('"Our region belongs at the table," she said.'))


def test_flash_without_body_uses_its_headline() -> None:
    flash = story_evidence({"headline": "Quake of magnitude 6.4 kills 12", "body": ""})
    assert len(flash.numbers) == 2


@settings(max_examples=200, deadline=None)
@given(
    article=st.fixed_dictionaries(
        {},
        optional={
            "body": st.text() | st.none() | st.integers(),
            "headline": st.text() | st.none(),
            "source": st.text() | st.none() | st.lists(st.text()),
            "dateline": st.none()
            | st.text()
            | st.dictionaries(st.sampled_from(["agency", "place"]), st.text() | st.integers()),
            "entities": st.none()
            | st.text()
            | st.lists(
                st.dictionaries(
                    st.sampled_from(["name", "type", "mentions", "sources"]),
                    st.none()
                    | st.text()
                    | st.integers()
                    | st.booleans()
                    | st.sampled_from(["PERSON", "ORG", "PLACE"])
                    | st.lists(st.text() | st.lists(st.text())),
                )
            ),
        },
    )
)
def test_evidence_of_any_article_never_raises_and_round_trips(article: dict) -> None:
    evidence = story_evidence(article)
    assert Evidence.decode(evidence.encode()) == evidence
    orjson.dumps(evidence.encode())
    candidate_keys(evidence)


def story(names: list[str], body: str) -> Evidence:
    return story_evidence({"body": body, "entities": [entity(n) for n in names]})


DEAL = story(
    ["Kerkhof Semiconductors", "Aurent Sensorik", "Marieke Dijkstra", "Dresden"],
    "Kerkhof agreed to buy Aurent for 2.4 billion euros, 36.50 euros per share, "
    "a premium of 31%. Aurent employs 1,900 people.",
)
REWRITE = story(
    ["Aurent Sensorik", "Kerkhof Semiconductors", "Dresden", "Marieke Dijkstra"],
    "The Dutch firm will pay 36.50 euros a share, or 2.4 billion euros in all.",
)
OTHER_DEAL = story(
    ["Norrvolt", "Katoda", "Erik Sandberg", "Wroclaw"],
    "Norrvolt agreed to buy Katoda for 640 million euros, 52.00 zlotys per share, "
    "a premium of 24%. Katoda employs 700 people.",
)
FOLLOW_UP = story(
    ["Aurent Sensorik", "Kerkhof Semiconductors", "Elbe Capital", "Moritz Falk"],
    "Elbe Capital, with 8.2%, wants 42 euros a share, against the 36.50 euros offered.",
)


def test_same_names_and_figures_confirm_a_rewrite_that_shares_no_wording() -> None:
    assert verified_similarity(0.02, DEAL, REWRITE, hours_apart=3, confirmed=CONFIRMED) >= 0.6
    assert set(candidate_keys(DEAL).tolist()) & set(candidate_keys(REWRITE).tolist())


def test_a_rewrite_a_day_later_needs_wording_of_its_own() -> None:
    assert (
        verified_similarity(
            0.02, DEAL, REWRITE, hours_apart=EVIDENCE_HOURS + 12, confirmed=CONFIRMED
        )
        == 0.02
    )


def test_a_template_with_other_names_and_figures_is_vetoed() -> None:
    assert verified_similarity(0.55, DEAL, OTHER_DEAL, hours_apart=1, confirmed=CONFIRMED) == 0.0
    assert not set(candidate_keys(DEAL).tolist()) & set(candidate_keys(OTHER_DEAL).tolist())


def test_a_follow_up_recapping_one_figure_is_not_confirmed() -> None:
    assert verified_similarity(0.05, DEAL, FOLLOW_UP, hours_apart=2, confirmed=CONFIRMED) == 0.05


def test_an_update_with_new_figures_for_the_same_names_keeps_its_wording_score() -> None:
    names = ["Gerhard Kainz", "Villach", "Klagenfurt", "Wernberg"]
    first = story(names, "Two killed and 31 injured of 140 passengers near Villach.")
    update = story(names, "Three killed and 34 injured of 146 passengers near Villach.")
    assert verified_similarity(0.5, first, update, hours_apart=3, confirmed=CONFIRMED) == 0.5
    elsewhere = story(["Marko Zupan", "Maribor", "Pesnica", "Spielfeld"], body="")
    assert verified_similarity(0.5, first, elsewhere, hours_apart=3, confirmed=CONFIRMED) == 0.0


def test_near_verbatim_text_with_other_figures_is_an_edit() -> None:
    names = ["Kerkhof Semiconductors", "Aurent Sensorik", "Marieke Dijkstra", "Dresden"]
    corrected = story(names, "Kerkhof will pay 2.6 billion euros, 38.10 euros per share, 33%.")
    assert verified_similarity(0.9, DEAL, corrected, hours_apart=1, confirmed=CONFIRMED) == 0.9
    assert verified_similarity(0.4, DEAL, None, hours_apart=1, confirmed=CONFIRMED) == 0.4


def test_near_verbatim_text_about_others_is_a_template() -> None:
    # Two regions' warnings from one template differ in their few names only.
    carinthia = story(["Carinthia", "Klagenfurt", "Austria"], "Orange warning for heavy rain.")
    styria = story(["Styria", "Graz", "Austria"], "Orange warning for heavy rain.")
    assert verified_similarity(0.85, carinthia, styria, hours_apart=1, confirmed=CONFIRMED) == 0.0
    assert verified_similarity(0.9, DEAL, OTHER_DEAL, hours_apart=1, confirmed=CONFIRMED) == 0.0


MINISTER = ["Tanja Fajon", "Viktor Orban", "Ljubljana", "Szombathely"]
SAID = '"Slovenia will not accept insults against its people," Fajon said.'


def test_names_and_quotes_confirm_a_rewrite_without_figures_and_names_alone_do_not() -> None:
    statement = story(MINISTER, SAID)
    rewrite = story(list(reversed(MINISTER)), 'She "will not accept insults against its people".')
    other_matter = story(MINISTER, '"Our region belongs at the table," Fajon said.')
    assert Agreement.of(statement, rewrite).confirms_by_names()
    assert verified_similarity(0.03, statement, rewrite, hours_apart=2, confirmed=0.75) == 0.75
    assert verified_similarity(0.03, statement, other_matter, hours_apart=2, confirmed=0.75) == 0.03
    # Same words quoted about other people: a template, vetoed.
    template = story(["Marko Zupan", "Maribor", "Pesnica", "Spielfeld"], SAID)
    assert verified_similarity(0.5, statement, template, hours_apart=2, confirmed=0.75) == 0.0
    # Stories meet under pairs of their leading names, quoting or not.
    assert set(candidate_keys(statement).tolist()) & set(candidate_keys(rewrite).tolist())
    unquoted = story(MINISTER, "No figures, no quotes.")
    assert set(candidate_keys(statement).tolist()) & set(candidate_keys(unquoted).tolist())


def test_figures_that_disagree_outweigh_a_shared_quote() -> None:
    march = story(MINISTER, SAID + " Exports fell 12.4% to 840 million euros.")
    april = story(MINISTER, SAID + " Exports rose 3.1% to 910 million euros.")
    assert not Agreement.of(march, april).confirms()


def test_a_protagonist_is_a_person_or_organisation_mentioned_more_than_once() -> None:
    evidence = story_evidence(
        {
            "body": "Text.",
            "entities": [
                entity("Hollweg Automotive", "ORG", mentions=3),
                entity("Schweinfurt", "PLACE", mentions=3),
                entity("Frank Sellmer", mentions=2),
                entity("Anna Wrobel", mentions=1),
            ],
        }
    )
    marked = [bool(name & PROTAGONIST) for name in evidence.names]
    # hollweg, automotive, schweinfurt, frank, sellmer, anna, wrobel
    assert marked == [True, True, False, True, True, False, False]
    assert not any(name & PROTAGONIST for name in evidence.name_hashes)
    # Marks do not change where a story is found or how its names compare.
    plain = Evidence(evidence.name_hashes, evidence.numbers, evidence.quotes, evidence.terms)
    assert candidate_keys(plain).tolist() == candidate_keys(evidence).tolist()
    assert Agreement.of(plain, evidence).names == 1.0


def reported(names: list[tuple[str, int]], body: str) -> Evidence:
    return story_evidence({"body": body, "entities": [entity(n, "PERSON", m) for n, m in names]})


CUTS = reported(
    [("Hollweg", 3), ("Schweinfurt", 2), ("Hungary", 1), ("Frank Sellmer", 1)],
    'Hollweg will cut 1,200 jobs in Schweinfurt. "We cannot keep capacity for volumes '
    'that are not coming back," chief executive Frank Sellmer said.',
)
CUTS_BRIEF = reported(
    [("Hollweg", 2), ("Schweinfurt", 1), ("Hungary", 1)],
    "Hollweg said it would cut 1,200 jobs in Schweinfurt and move work to Hungary.",
)


def test_another_speaker_on_the_event_is_not_confirmed_by_its_names_and_figures() -> None:
    # The union reacts: the event's names and figure, and a protagonist of its own.
    union = reported(
        [
            ("Hollweg", 3),
            ("Metallunion", 2),
            ("Schweinfurt", 2),
            ("Hungary", 1),
            ("Frank Sellmer", 1),
        ],
        'Metallunion will fight the 1,200 job cuts and the move to Hungary. "This is a '
        'clear-cut we will resist with every means," Metallunion said, calling a rally.',
    )
    for earlier in (CUTS, CUTS_BRIEF):
        assert Agreement.of(union, earlier).confirms()
        assert another_speaker(union, earlier)
        assert verified_similarity(0.02, union, earlier, hours_apart=3, confirmed=0.75) == 0.02
    # A rewrite names a witness once and quotes the same words: confirmed.
    rewrite = reported(
        [("Hollweg", 2), ("Frank Sellmer", 1), ("Schweinfurt", 1), ("Karl Ott", 1)],
        "Hollweg is to shed 1,200 staff in Schweinfurt. Frank Sellmer said it could not keep "
        'capacity "for volumes that are not coming back". Worker Karl Ott was stunned.',
    )
    assert not another_speaker(rewrite, CUTS)
    assert verified_similarity(0.02, rewrite, CUTS, hours_apart=1, confirmed=0.75) == 0.75
    # A brief quotes no one: nobody new speaks in it.
    assert not another_speaker(CUTS_BRIEF, CUTS)
    # The event's own figures, three of them, outweigh a newly quoted official.
    update = reported(
        [("Hollweg", 3), ("Erika Lenz", 2), ("Schweinfurt", 1)],
        'Hollweg will cut 1,200 of 6,100 jobs and book 140 million euros. "We will talk," '
        "said Erika Lenz, and Erika Lenz named no date.",
    )
    event = reported(
        [("Hollweg", 2), ("Schweinfurt", 1), ("Hungary", 1)],
        "Hollweg will cut 1,200 of 6,100 jobs in Schweinfurt, a charge of 140 million euros.",
    )
    assert another_speaker(update, event)
    assert verified_similarity(0.1, update, event, hours_apart=2, confirmed=0.75) == 0.75


def test_the_same_figures_under_other_names_throughout_are_a_template() -> None:
    # Two match reports from one template: same score, same minutes, other teams and players.
    psv = story(
        ["PSV Eindhoven", "Ruben Holtkamp", "FC Utrecht"], "won 2-0, goals after 54 and 78 minutes"
    )
    ajax = story(["Ajax", "Milan Verhoef", "FC Twente"], "won 2-0, goals after 54 and 78 minutes")
    assert Agreement.of(psv, ajax).same_figures
    assert verified_similarity(0.4, psv, ajax, hours_apart=0.1, confirmed=0.75) == 0.0


def test_many_figures_in_common_outweigh_names_read_otherwise_throughout() -> None:
    # A machine-written results line whose labels the tagger reads as names, and a
    # reporter's story of the same results: other names, but the same four figures.
    line = story(
        ["Harwick Semiconductor", "BEAT", "Adj Eps", "Revenue Guidance"],
        "REVENUE $1.84 bln | est. $1.76 bln | ADJ EPS $1.12 | est. $1.03 | 22 analysts",
    )
    rewrite = story(
        ["Harwick Semiconductor", "Wall Street", "Santa Clara", "Priya Natarajan"],
        "Revenue rose 21% to $1.84 billion, above the $1.76 billion expected, and "
        "adjusted earnings of $1.12 a share beat expectations of $1.03.",
    )
    agreement = Agreement.of(rewrite, line)
    assert agreement.names < 0.5 and agreement.many_figures
    assert verified_similarity(0.0, rewrite, line, hours_apart=1, confirmed=0.75) == 0.75
    # Four small figures are what one template fills in for two subjects.
    first = story(["PSV Eindhoven", "Ruben Holtkamp", "FC Utrecht"], "2-0, 54, 78 and 90")
    other = story(["Ajax", "Milan Verhoef", "FC Twente"], "2-0, 54, 78 and 90")
    assert not Agreement.of(other, first).many_figures
    # And the day's index levels recur in market stories about anyone.
    levels = "The S&P 500 closed at 5,123.45, the Dow at 38,712.21 and the Nasdaq at 16,274.94"
    shares = story(["Orvane Motors", "Detroit"], f"Orvane fell 4.2% to $61.30. {levels}.")
    oil = story(["Brentmoor Energy", "Houston"], f"Crude rose 1.9% to $78.15. {levels}.")
    assert not Agreement.of(oil, shares).many_figures
    assert verified_similarity(0.0, oil, shares, hours_apart=1, confirmed=0.75) == 0.0


def test_every_figure_of_a_race_report_outweighs_names_it_shares_none_of() -> None:
    # The German service's report, whose tagger found only the venue's German name and
    # the best German, gives the winning time, the winner's age and both margins.
    german = story(
        ["Gröden", "Lukas Schwaiger"],
        "Der 25-Jährige siegte in 1:57,84 Minuten mit 18 Hundertstelsekunden Vorsprung, "
        "Dritter wurde Pichler (+0,31).",
    )
    english = story(
        ["Fabian Imseng", "Val Gardena", "Jakob Rainer", "Matteo Pichler"],
        "The 25-year-old, starting 19th, clocked 1:57.84 to edge Rainer by 18 hundredths, "
        "with Pichler 31 hundredths back.",
    )
    agreement = Agreement.of(german, english)
    assert agreement.names_shared == 0 and agreement.many_figures
    assert verified_similarity(0.0, german, english, hours_apart=0.5, confirmed=0.75) == 0.75
    # A story recapping the race beside figures of its own gives only some of them.
    standings = story(
        ["Rainer", "Gröden"],
        "Rainer, 18 hundredths behind in 1:57.84, leads with 245 points, 31 ahead of 214.",
    )
    assert not Agreement.of(standings, german).many_figures


def test_every_figure_four_names_and_half_the_terms_are_one_account() -> None:
    # A rewrite from a bureau naming the country where the original names the province:
    # four of six names, the one figure both give, eight of sixteen terms.
    rewrite = Agreement(
        names_shared=4,
        names_fewer=6,
        numbers_shared=1,
        numbers_fewer=1,
        specific_shared=0,
        terms_shared=8,
        terms_fewer=16,
    )
    assert rewrite.same_account() and rewrite.confirms()
    # The same cast's follow-up the same day names fewer of them, or tells of other things,
    # and a figure of the smaller story that the other lacks says another account.
    assert not replace(rewrite, names_shared=3, names_fewer=5).confirms()
    assert not replace(rewrite, terms_shared=7).confirms()
    assert not replace(rewrite, numbers_fewer=2).confirms()


def test_in_another_language_every_figure_and_four_names_are_one_account() -> None:
    # A service's own version in another language: the terms are its words, so only the
    # names and the figures can agree, and they do (the magnitude, four of six places).
    version = Agreement(
        names_shared=4,
        names_fewer=6,
        numbers_shared=1,
        numbers_fewer=1,
        specific_shared=0,
        terms_shared=1,
        terms_fewer=16,
        translated=True,
    )
    assert version.same_account() and version.confirms()
    # In one language the same few words say another matter; fewer names or a figure
    # the other lacks still say another account in any language.
    assert not replace(version, translated=False).confirms()
    assert not replace(version, names_shared=3, names_fewer=5).confirms()
    assert not replace(version, numbers_fewer=2).confirms()


def test_in_another_language_nearly_every_name_four_or_more_confirms_it() -> None:
    # An English brief of a Dutch story naming the operator, the country and two stations,
    # all four named in the story: no figure, and no quote or term in common can be.
    brief = Agreement(
        names_shared=4,
        names_fewer=4,
        numbers_shared=0,
        numbers_fewer=0,
        specific_shared=0,
        terms_shared=1,
        terms_fewer=14,
        translated=True,
    )
    assert brief.confirms()
    # A longer version names one place the other service spells its own way: seven of
    # eight, four of five.
    assert replace(brief, names_shared=7, names_fewer=8).confirms()
    assert replace(brief, names_fewer=5).confirms()
    # In one language the terms still have to agree; two names of its own, three names
    # in all or a figure the other gives otherwise say another story.
    assert not replace(brief, translated=False).confirms()
    assert not replace(brief, names_fewer=6).confirms()
    assert not replace(brief, names_shared=3, names_fewer=3).confirms()
    assert not replace(brief, numbers_fewer=2).confirms()


def test_an_agencys_own_services_in_two_languages_agree_on_three_names_in_four() -> None:
    # One agency's French and English services on a blast: each names the capital or the
    # hospital its readers know, three of four names in common, no figure, no quote.
    french = reported(
        [("Constantine", 2), ("Ali Mendjeli", 1), ("CHU", 1)],
        "Une explosion de gaz a endommagé un immeuble d'Ali Mendjeli, à Constantine.",
    )
    english = reported(
        [("Constantine", 2), ("Ali Mendjeli", 1), ("Algiers", 1)],
        "A gas explosion damaged an apartment block in Ali Mendjeli, Constantine.",
    )
    french, english = replace(french, language="fr"), replace(english, language="en")
    agreement = Agreement.of(french, english, same_source=True)
    assert (agreement.names_shared, agreement.names_fewer) == (3, 4)
    assert agreement.every_name_translated()
    scored = verified_similarity(
        0.0, french, english, hours_apart=1, confirmed=CONFIRMED, same_source=True
    )
    assert scored == CONFIRMED
    # Another agency needs nearly every name; the same agency in one language its terms.
    assert not replace(agreement, same_source=False).every_name_translated()
    assert not replace(agreement, translated=False).every_name_translated()
    assert not replace(agreement, names_shared=2).every_name_translated()


def test_in_another_language_the_same_cast_without_figures_naming_more_is_another_matter() -> None:
    # An English results story of a company and, in German the same day, its chief
    # executive's succession: the results' every name (the company, its chief, its seat)
    # and more people of its own, and not one figure.
    results = reported(
        [("Talbrück Werke", 3), ("Anja Sommer", 1), ("Kassel", 1)],
        "Talbrück Werke lifted net profit to 1.25 billion euros on sales of 14.6 billion "
        "and cut 1,800 jobs, chief executive Anja Sommer said in Kassel.",
    )
    succession = reported(
        [
            ("Talbrück Werke", 2),
            ("Anja Sommer", 2),
            ("Kassel", 1),
            ("Jonas Reuter", 1),
            ("Petra Lind", 1),
        ],
        "Bei Talbrück Werke in Kassel geht Vorstandschefin Anja Sommer; Nachfolger wird "
        "Finanzvorstand Jonas Reuter, teilte Aufsichtsratschefin Petra Lind mit.",
    )
    results, succession = replace(results, language="en"), replace(succession, language="de")
    agreement = Agreement.of(succession, results)
    assert agreement.names_shared == agreement.names_fewer
    assert agreement.longer_without_figures
    assert not agreement.every_name_translated()
    assert verified_similarity(0.0, succession, results, hours_apart=2, confirmed=CONFIRMED) == 0.0
    # A brief of the results in German drops the figures but names no more than they do.
    brief = reported(
        [("Talbrück Werke", 1), ("Anja Sommer", 1), ("Kassel", 1)],
        "Talbrück Werke in Kassel streicht Stellen, sagte Vorstandschefin Anja Sommer.",
    )
    brief = replace(brief, language="de")
    assert not Agreement.of(brief, results).longer_without_figures
    assert Agreement.of(brief, results).every_name_translated()


def test_template_wording_leading_with_another_region_needs_several_figures() -> None:
    # One wind warning filled in for the next region: the same gusts, the same forecaster.
    ulster = reported(
        [("Northern Ireland", 2), ("Met Office", 2), ("Helen Rainford", 1)],
        "Gusts of up to 70mph are possible, the Met Office said.",
    )
    scotland = reported(
        [("Scotland", 2), ("Met Office", 2), ("Helen Rainford", 1)],
        "Gusts of up to 70mph are possible, the Met Office said.",
    )
    assert Agreement.of(scotland, ulster).confirms_by_figures()
    assert verified_similarity(0.7, scotland, ulster, hours_apart=1, confirmed=0.75) == 0.0


def test_template_wording_with_a_name_changed_needs_its_figures_to_agree() -> None:
    # Two states' storm warnings: the weather service and its seat shared, the state not.
    bavaria = story(["DWD", "Offenbach", "Bavaria", "Munich"], "gusts of up to 120 km/h")
    saxony = story(["DWD", "Offenbach", "Saxony", "Dresden"], "gusts of up to 120 km/h")
    assert verified_similarity(0.75, bavaria, saxony, hours_apart=0.2, confirmed=0.75) == 0.0
    # The same names in that wording: an edit or a trimmed copy.
    trimmed = story(["DWD", "Bavaria", "Munich"], "gusts of up to 120 km/h")
    assert verified_similarity(0.75, bavaria, trimmed, hours_apart=0.2, confirmed=0.75) == 0.75
    # Figures that confirm it outweigh a name the copy adds or drops.
    report = story(["Kerkhof", "Aurent", "Dresden", "Elbe"], "2.4 billion euros, 36.50 a share")
    retold = story(["Kerkhof", "Aurent", "Leipzig", "Saale"], "2.4 billion euros, 36.50 a share")
    assert verified_similarity(0.7, report, retold, hours_apart=1, confirmed=0.75) == 0.75
