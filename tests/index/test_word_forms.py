import pytest

from pipeline.index.word_forms import other_forms, word_forms


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Valdoria", {"valdoria's", "valdoria’s", "valdorias"}),
        ("Valdoria's", {"valdoria", "valdorias", "valdoria’s"}),
        ("Valdoria’s", {"valdoria", "valdorias", "valdoria's"}),
        ("election", {"elections", "election's", "election’s"}),
        ("elections", {"election", "election's", "election’s"}),
        ("countries", {"country", "country's", "country’s"}),
        ("country", {"countries", "country's", "country’s"}),
        ("churches", {"church", "church's", "church’s"}),
        ("bus", {"buses", "bus's", "bus’s"}),
    ],
)
def test_possessives_and_plurals(word: str, expected: set[str]) -> None:
    assert word_forms(word) == expected


@pytest.mark.parametrize("word", ["G20", "US", "of", "2024"])
def test_numbers_and_short_words_have_no_other_forms(word: str) -> None:
    assert word_forms(word) == set()


def test_other_forms_of_a_query_leave_out_the_typed_words() -> None:
    forms = other_forms("election elections Valdoria 7.1")
    assert set(forms.split()) == {
        "election's",
        "election’s",
        "valdoria's",
        "valdoria’s",
        "valdorias",
    }
    assert other_forms("G20 7.1") == ""
