"""Body names that list their fields, people set off by commas beside a role, and places
declined in the languages read by their capitals: one class per test, on invented names.
"""

from __future__ import annotations

from tests.entities.helpers import names, tag


def test_a_body_lists_fields_of_two_words_in_any_language() -> None:
    english = tag(
        "The Ministry of Fisheries, Ports and Coastal Affairs said on Monday it would act."
    )
    assert names(english, "ORG") == {"Ministry of Fisheries, Ports and Coastal Affairs"}
    spanish = tag(
        "El Ministerio para la Pesca Artesanal y el Desarrollo Costero informó el lunes.",
        language="es",
    )
    assert names(spanish, "ORG") == {
        "Ministerio para la Pesca Artesanal y el Desarrollo Costero"
    }
    dutch = tag("Het ministerie van Havens, Visserij en Kustbeheer laat weten.", language="nl")
    assert names(dutch, "ORG") == {"ministerie van Havens, Visserij en Kustbeheer"}
    polish = tag("Ministerstwo Rybołówstwa i Gospodarki Morskiej poinformowało.", language="pl")
    assert names(polish, "ORG") == {"Ministerstwo Rybołówstwa i Gospodarki Morskiej"}


def test_a_body_and_a_company_after_it_stay_two() -> None:
    article = tag("The Bank of Canada and Barclays cut rates.")
    assert names(article, "ORG") == {"Bank of Canada", "Barclays"}
