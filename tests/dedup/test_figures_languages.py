"""Figures as the services on the continent write them, and figures that no template repeats.

German, French, Spanish, Italian, Polish and Nordic copy writes a decimal
comma ("0,3 %"), its own scale words ("2,4 Milliarden", "1,1 mil millones",
"3 mld", in other scripts "5,2 млн" and "1,3 δισ.") and its own per cent ("12
Prozent", "3 por ciento"): a rewrite in
another language reports the same values, and its figures must say so. And
three figures of three significant digits in common are one event's, even
when the tagger read the two stories' names differently.
"""

from __future__ import annotations

import pytest

from pipeline.dedup.evidence import Evidence, number_tokens, story_evidence
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.similarity import Agreement, verified_similarity

CONFIRMED = DedupSettings().confirmed_similarity


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("un déficit de 2,7 % du PIB", ["2.7"]),
        ("ein Plus von 12 Prozent auf 2,4 Milliarden Euro", ["12", "2.4e+09"]),
        ("una inversión de 1,1 mil millones de euros para 35 mil viviendas", ["1.1e+09", "35000"]),
        ("un calo del 3 per cento, 4,5 milioni di euro", ["3", "4.5e+06"]),
        ("zysk 3 mld zł, wzrost o 45,6 procent", ["3e+09", "45.6"]),
        ("8 por ciento y 7 pour cent", ["8", "7"]),
        ("vinsten steg till 1,25 miljarder kronor", ["1.25e+09"]),
        ("2,8 miljoonan euron sopimus, 30 prosenttia", ["2.8e+06", "30"]),
        (
            "3,4 milyar lira gelir, 80 milyon pay ve 412 bin yatırımcı",
            ["3.4e+09", "8e+07", "412000"],
        ),
        ("pagube de 1,5 miliarde lei, 40 la sută", ["1.5e+09", "40"]),
        ("een omzet van 2,1 miljard euro en 3 miljoen klanten", ["2.1e+09", "3e+06"]),
        ("prémio de 1,2 milhões de euros", ["1.2e+06"]),
        ("le franc à 0,9310 pour un euro, 0,931 de plus", ["0.931", "0.931"]),
        (
            "45 milliárd forint helyett 60 milliárd forint, 6,42 százalék, 3 millió",
            ["4.5e+10", "6e+10", "6.42", "3e+06"],
        ),
        (
            "kerugian Rp 2,5 triliun, 12 juta warga, 3,4 miliar, 15 persen",
            ["2.5e+12", "1.2e+07", "3.4e+09", "15"],
        ),
        ("škoda 1,2 miliónov eur, 3 miliardy, 4,5 percenta", ["1.2e+06", "3e+09", "4.5"]),
        (
            "вивезли 2,9 млн тонн, 1,4 млрд гривень, 64 тисячі, 7 відсотків",
            ["2.9e+06", "1.4e+09", "64000", "7"],
        ),
        ("выручка 3,1 млрд рублей, 120 тыс. человек, 5 процентов", ["3.1e+09", "120000", "5"]),
        (
            "ζημιές 1,3 δισ. ευρώ, 12 εκατ. επιβάτες, 4 τοις εκατό, 30 εκατοστά",
            ["1.3e+09", "1.2e+07", "4", "30"],
        ),
        (
            "šteta od 4,5 milijuna eura, 2 milijarde, 300 tisuća, 12 posto",
            ["4.5e+06", "2e+09", "300000", "12"],
        ),
        ("xuất khẩu 472 tỷ USD, 25 triệu khách, 8,02 phần trăm", ["4.72e+11", "2.5e+07", "8.02"]),
    ],
)
def test_decimal_commas_scales_and_per_cent_in_other_languages(
    text: str, figures: list[str]
) -> None:
    assert number_tokens(text) == figures


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        # South Asian copy counts in lakhs and crores: Rs 1,250 crore is 12.5 billion rupees.
        ("Rs 1,250 crore, 3.2 lakh tonnes; Rs 1,250 cr", "en", ["1.25e+10", "320000", "1.25e+10"]),
        ("₹ 40 करोड़ की लागत, 2 लाख लोग", "hi", ["4e+08", "200000"]),
        # Myriads, with a counter or particle written on to them and, in Japanese and
        # Chinese, no space before the figure.
        ("세단 4만대를 리콜, 손실 350억원", "ko", ["40000", "3.5e+10"]),
        ("乗用車4万台をリコール、損失は350億円", "ja", ["40000", "3.5e+10"]),
        ("召回4万辆汽车", "zh", ["40000"]),
        # A date and a count with its counter stay out, as in every other language.
        ("3월 25일 오전", "ko", []),
        ("3月25日", "ja", []),
    ],
)
def test_lakhs_crores_and_myriads_are_scales(text: str, language: str, figures: list[str]) -> None:
    assert number_tokens(text, language) == figures


def test_a_unit_word_is_read_whole_and_longest_first() -> None:
    # "mil millones" is a billion, "mil" a thousand; "milestones" and "bins" are no unit.
    assert number_tokens("12 milestones, 3 mil millones, 40 mil, 15 bins, 2 pct") == [
        "12",
        "3e+09",
        "40000",
        "15",
        "2",
    ]


def test_thousands_separators_and_lists_stay_as_they_were() -> None:
    assert number_tokens("1,234 people and 12,500 homes; 2.4 billion") == [
        "1234",
        "12500",
        "2.4e+09",
    ]
    assert number_tokens("in 2024, 15 people and 12 percentage points") == ["15", "12"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Slavia porazila Spartu 2:1 před 19 370 diváky", ["s2-1", "19370"]),
        ("Rosenborg vant 3:0 foran 12\u00a0500 tilskuere", ["s3-0", "12500"]),
        ("le bilan passe à 1\u202f250 morts, 3 400 blessés", ["1250", "3400"]),
        ("Lech wygrał 10:2, w 2025 roku 370 osób", ["s10-2", "370"]),
    ],
)
def test_colon_scores_and_thousands_grouped_by_spaces(text: str, figures: list[str]) -> None:
    # The continent's services write "2:1" and "19 370" where English copy writes
    # "2-1" and "19,370"; the "370" of "19 370" is no figure of its own.
    assert number_tokens(text) == figures


def test_a_clock_is_no_colon_score() -> None:
    assert not [f for f in number_tokens("Anstoß um 18:30, Abpfiff um 20:25 Uhr") if f[0] == "s"]
    assert number_tokens("Schluss um 24:00 Uhr") == []


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Kiel gewann das Spiel 31:28 vor eigenem Publikum", "s31-28"),
        ("Partizan je pobijedio 88:81 u Beogradu", "s88-81"),
        ("po prodloužení 102:98", "s102-98"),
    ],
)
def test_a_colon_score_no_clock_can_be_is_a_score(text: str, score: str) -> None:
    # A basketball or handball score in colon form, beyond a clock's hours, is the
    # "31-28" of the English report.
    assert number_tokens(text, "de") == [score]


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        ("maçı 12 bin 350 seyirci izledi, 412 bin kişi", "tr", ["12350", "412000"]),
        ("asistieron 2 mil 500 personas, 35 mil viviendas", "es", ["2500", "35000"]),
        ("watched by 12,350 fans", "en", ["12350"]),
    ],
)
def test_thousands_with_their_remainder_after_the_word(
    text: str, language: str, figures: list[str]
) -> None:
    assert number_tokens(text, language) == figures


def test_a_remainder_after_a_larger_scale_stays_a_figure_of_its_own() -> None:
    assert number_tokens("3 million 400 people", "en") == ["3e+06", "400"]


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        (
            "Rund 9.000 Anleger verloren 212 Millionen Euro, 500.000 Euro Kaution",
            "de",
            ["9000", "2.12e+08", "500000"],
        ),
        ("het 40.000 vierkante meter grote pand", "nl", ["40000"]),
        ("a $1.125 billion loan and 9.000 units", "en", ["1.125e+09", "9"]),
        ("vốn đầu tư 1.200 tỷ đồng cho 16.000 hành khách", "vi", ["1.2e+12", "16000"]),
    ],
)
def test_dots_group_thousands_where_a_decimal_comma_is_written(
    text: str, language: str, figures: list[str]
) -> None:
    # "9.000 Anleger" is the "9,000 bondholders" of the English rewrite, while English
    # copy writes a decimal point: only the story's language tells the two apart.
    assert number_tokens(text, language) == figures


def test_clock_times_and_dates_as_the_services_write_them_are_not_figures() -> None:
    assert number_tokens("rond 05.15 uur, 350 medewerkers", "nl") == ["350"]
    assert number_tokens("Päivitetty klo 14.40: 30 prosenttia", "fi") == ["30"]
    assert number_tokens("Paylar 11 Aralık Cuma günü, 8 decembrie, 10. joulukuuta 25 mart") == []


@pytest.mark.parametrize(
    "text",
    [
        "A Defesa Civil fechou 27 escolas nesta sexta-feira (19) e abriu 48 abrigos",
        "O ministério anunciou na quinta (18) 27 escolas fechadas e 48 abrigos",
        "le ministère a fermé 27 écoles ce vendredi (19) et ouvert 48 abris",
    ],
)
def test_the_day_in_brackets_after_a_weekday_is_a_date(text: str) -> None:
    # Two warnings of one institute the same day both write "(19)": no figure they share.
    assert number_tokens(text, "pt") == ["27", "48"]


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        (
            "地震で14人がけがをし、1987戸が停電した。震源の深さは約20キロ",
            "ja",
            ["14", "1987", "20"],
        ),
        ("造成23人被埋，仍有14人失联，1100余名救援人员赶赴现场", "zh", ["23", "14", "1100"]),
        ("주민 23명이 대피했고 주택 1987가구가 정전됐다", "ko", ["23", "1987"]),
    ],
)
def test_a_counter_written_on_to_a_figure_leaves_the_figure(
    text: str, language: str, figures: list[str]
) -> None:
    # Japanese, Chinese and Korean write the counter on to the figure ("14人", "23명"): the
    # English service's "14 people" and "1,987 households" are the same figures.
    assert number_tokens(text, language) == figures


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("수주액 1조5천억원", "1.5e+12"),
        ("관중 17만4천명", "174000"),
        ("1万6469円", "16469"),
        ("2억5천만 달러", "2.5e+08"),
        ("3천명이 대피", "3000"),
        ("1兆5千億円", "1.5e+12"),
    ],
)
def test_myriads_and_thousands_in_turn_are_one_figure(text: str, figure: str) -> None:
    # "1조5천억원" is the English service's "1.5 trillion won", "17만4천" its "174,000".
    assert number_tokens(text, "ko") == [figure]


def test_a_counter_of_the_calendar_or_the_clock_makes_a_date_or_a_time() -> None:
    assert number_tokens("2027年3月16日午前4時12分ごろ、37人が避難", "ja") == ["37"]
    assert number_tokens("17일 오후 3시 45분께 주민 52명이", "ko") == ["52"]


def test_a_count_in_brackets_after_a_weekday_stays_a_figure() -> None:
    assert number_tokens("the vote on Friday (19 in favour, 12 against)") == ["19", "12"]


def test_a_unit_written_on_to_a_figure_leaves_the_figure() -> None:
    # "24min 18.6sec" is the "24 minutes 18.6 seconds" of another agency's race report.
    assert number_tokens("8.4sec behind, in 24min 18.6sec over 12.5km") == number_tokens(
        "8.4 seconds behind, in 24 minutes 18.6 seconds over 12.5 km"
    )
    assert number_tokens("8.4sec behind, in 24min 18.6sec over 12.5km") == [
        "8.4",
        "t24:18.6",
        "12.5",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Imseng finished in 1 minute, 57.84 seconds, 0.18 seconds ahead, 0.31 behind", "en"),
        ("clocking 1:57.84, ahead by 18 hundredths, 31 hundredths back", "en"),
        ("in 1:57,84 Minuten mit 18 Hundertstelsekunden Vorsprung (+0,31)", "de"),
        ("en 1:57,84, con 18 centésimas de ventaja y 31 centésimas", "es"),
    ],
)
def test_a_race_time_and_its_margins_as_each_agency_writes_them(text: str, language: str) -> None:
    # One race's winning time and margins, as four agencies' reports give them.
    assert sorted(number_tokens(text, language)) == ["0.18", "0.31", "t1:57.84"]


def test_a_match_report_and_its_english_version_share_score_and_crowd() -> None:
    czech = story_evidence({"body": "Slavia porazila Spartu 2:1, derby sledovalo 19 370 diváků."})
    english = story_evidence({"body": "Slavia beat Sparta 2-1 in front of 19,370 fans."})
    agreement = Agreement.of(czech, english)
    assert (agreement.numbers_shared, agreement.numbers_fewer) == (2, 2)


def test_a_spanish_rewrite_reports_the_english_story_s_figures() -> None:
    names = [{"name": "Jorge Almeida", "type": "PERSON", "mentions": 1}]
    english = story_evidence(
        {
            "body": "The budget targets a deficit of 2.7% of GDP, debt of 98.4% and "
            "1.1 billion euros for housing.",
            "entities": names,
        }
    )
    spanish = story_evidence(
        {
            "body": "El presupuesto prevé un déficit del 2,7% del PIB, una deuda del 98,4 % "
            "y 1,1 mil millones de euros para vivienda.",
            "entities": names,
        }
    )
    assert set(english.numbers) == set(spanish.numbers)


def evidence(names: list[str], body: str) -> Evidence:
    entities = [{"name": n, "type": "ORG", "mentions": 1} for n in names]
    return story_evidence({"body": body, "entities": entities})


def test_three_specific_figures_in_common_confirm_whatever_else_each_adds() -> None:
    brief = evidence(
        ["Brenna Foods Q2"],
        "Brenna Foods reported second-quarter profit of 41.7 million euros, up 9 percent, "
        "on sales of 612 million euros, 4 percent more. Earnings per share were 1.23 euros, "
        "against 1.09 euros a year earlier, 0.84, 0.77, 18 and 12.",
    )
    story = evidence(
        ["Brenna", "Helsinki"],
        "Brenna beat forecasts with a quarterly profit of 41.7 million euros as sales rose "
        "to 612 million euros. Earnings per share of 1.23 euros topped the 1.15 expected; "
        "the shares rose 5.5% and the company kept its outlook of 150-170 million.",
    )
    agreement = Agreement.of(story, brief)
    assert agreement.specific_shared >= 3 and agreement.numbers < 0.8
    assert agreement.same_figures
    assert verified_similarity(0.0, story, brief, hours_apart=1, confirmed=CONFIRMED) >= 0.6


def test_two_specific_figures_of_a_template_do_not() -> None:
    first = evidence(
        ["Brenna Foods"],
        "Brenna Foods reported profit of 41.7 million euros on sales of 612 million euros, "
        "up 9 percent; 22, 31, 44 and 57.",
    )
    other = evidence(
        ["Ostro Mills"],
        "Ostro Mills reported profit of 41.7 million euros on sales of 612 million euros, "
        "up 8 percent; 23, 32, 45 and 58.",
    )
    assert not Agreement.of(other, first).same_figures


def translated(language: str, names: list[str], body: str) -> Evidence:
    entities = [{"name": n, "type": "ORG", "mentions": 1} for n in names]
    return story_evidence({"body": body, "entities": entities, "language": language})


PORTUGUESE_RELEASE = (
    "A taxa de desemprego desceu para 6,15 % no quarto trimestre, com 338,4 mil "
    "desempregados e 212,5 milhões de euros em subsídios, segundo o instituto."
)


def test_three_specific_figures_outweigh_names_written_in_another_language() -> None:
    # A statistics institute's release in Portuguese and the English service's story:
    # the tagger reads the institute and its survey in each language's words.
    portuguese = translated(
        "pt",
        ["Instituto Nacional de Estatística", "Inquérito ao Emprego", "Lisboa", "Porto"],
        PORTUGUESE_RELEASE,
    )
    english = translated(
        "en",
        ["Portugal", "National Statistics Office", "Lisbon", "Porto"],
        "Portugal's jobless rate fell to 6.15% in the fourth quarter, with 338,400 people "
        "out of work and 212.5 million euros in benefits, the statistics office said.",
    )
    agreement = Agreement.of(english, portuguese)
    assert agreement.names < 0.5 and agreement.same_figures
    assert not agreement.conflict(0.0)
    assert verified_similarity(0.0, english, portuguese, hours_apart=1, confirmed=CONFIRMED) > 0


def test_in_one_language_other_names_throughout_still_say_another_story() -> None:
    # The same figures under other names in one language: the names are not translated.
    first = translated(
        "pt",
        ["Instituto Nacional de Estatística", "Inquérito ao Emprego", "Lisboa", "Porto"],
        PORTUGUESE_RELEASE,
    )
    other = translated(
        "pt", ["Banco de Portugal", "Boletim Económico", "Coimbra", "Porto"], PORTUGUESE_RELEASE
    )
    assert Agreement.of(other, first).conflict(0.0)


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        ("naponta 85 ezer utas, 12 milliárd forint", "hu", ["85000", "1.2e+10"]),
        ("32 tusind passagerer og 14 tusen elever", "da", ["32000", "14000"]),
        ("40 duizend bezoekers, 25 mila spettatori", "nl", ["40000", "25000"]),
        # Romanian puts "de" between a count from twenty on and its scale word.
        ("60 de mii de oameni și 38 de miliarde de lei", "ro", ["60000", "3.8e+10"]),
        # Arabic writes "and" and "with" on to the figure, and its own scale words.
        ("قتل 14 شخصا و57 مصابا بـ 33 سيارة و75 ألف متضرر", "ar", ["14", "57", "33", "75000"]),
    ],
)
def test_thousands_in_every_language_and_figures_behind_a_clitic(
    text: str, language: str, figures: list[str]
) -> None:
    assert number_tokens(text, language) == figures
