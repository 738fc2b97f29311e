"""A story naming a body only by its initials is not led by someone the other never names.

A story's most mentioned person or organisation is what it is about; when the
other story never names it, the two are two actors' stories
(similarity.another_lead). But agencies name one central bank "National Bank
of Slovakia" in full, "NBS" or by its initials in another language, and the
tagger reads each as a name of its own: a rewrite leading with the initials
would then be vetoed as another actor's story, however many of the same
figures and people it reports. Initials are therefore no protagonist's name;
they still count as names.
"""

from __future__ import annotations

import pytest

from pipeline.dedup import evidence as evidence_module
from pipeline.dedup.evidence import PROTAGONIST, Evidence, story_evidence
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.similarity import another_lead, verified_similarity

CONFIRMED = DedupSettings().confirmed_similarity


def reported(body: str, names: list[tuple[str, str, int]]) -> Evidence:
    entities = [{"name": n, "type": t, "mentions": m} for n, t, m in names]
    return story_evidence({"body": body, "entities": entities})


def decision() -> Evidence:
    return reported(
        "The National Bank of Slovakia cut its key rate to 3.25% as inflation eased to 2.9%, "
        "governor Marek Kolar told reporters in Bratislava.",
        [
            ("National Bank of Slovakia", "ORG", 1),
            ("Marek Kolar", "PERSON", 1),
            ("Bratislava", "PLACE", 1),
        ],
    )


def rewrite(lead: str = "NBS") -> Evidence:
    return reported(
        f"Borrowers get relief as the {lead} trims rates to 3.25%. The {lead} said inflation, "
        "at 2.9%, is back near target, Marek Kolar said in Bratislava.",
        [(lead, "ORG", 2), ("Marek Kolar", "PERSON", 1), ("Bratislava", "PLACE", 1)],
    )


def test_initials_are_a_name_but_no_protagonist() -> None:
    story = rewrite()
    assert story.names[0] & PROTAGONIST == 0
    assert story.names[0] not in decision().name_hashes


def test_a_rewrite_leading_with_the_initials_is_confirmed() -> None:
    story, first = rewrite(), decision()
    assert not another_lead(story, first)
    assert verified_similarity(0.0, story, first, hours_apart=1, confirmed=CONFIRMED) == CONFIRMED


def test_without_the_rule_the_initials_would_veto_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_module, "_initialism", lambda name: False)
    story, first = rewrite(), decision()
    assert another_lead(story, first)
    assert verified_similarity(0.0, story, first, hours_apart=1, confirmed=CONFIRMED) < CONFIRMED


def test_a_name_in_full_the_other_never_names_still_leads_another_story() -> None:
    # A lender on the cut: another actor's story, named in words.
    story = rewrite("Tatra Finance")
    assert another_lead(story, decision())
