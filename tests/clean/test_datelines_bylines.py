from __future__ import annotations

import pytest

from pipeline.clean import clean_story, parse_byline, parse_dateline, split_byline, split_dateline
from pipeline.clean.bylines import (
    Byline,
    parse_bare_byline,
    split_glued_byline,
    split_titled_byline,
    tidy_byline,
)
from pipeline.clean.datelines import dateline_byline
from pipeline.formats import parse_story


def _dateline(raw, place, date, agency):
    return {"raw": raw, "place": place, "date": date, "agency": agency}


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        ("NUSA DUA, Indonesia, July 9 (Reuters) - Blinken said",
         _dateline("NUSA DUA, Indonesia, July 9 (Reuters) -", "NUSA DUA, Indonesia", "July 9",
                   "Reuters"), "Blinken said"),
        ("WASHINGTON (AP) — The Senate", _dateline("WASHINGTON (AP) —", "WASHINGTON", None, "AP"),
         "The Senate"),
        ("Paris, 8 juil 2022 (AFP) - Le gouvernement",
         _dateline("Paris, 8 juil 2022 (AFP) -", "Paris", "8 juil 2022", "AFP"), "Le gouvernement"),
        ("Tegucigalpa, Jan 2 (EFE).- Test", _dateline("Tegucigalpa, Jan 2 (EFE).-", "Tegucigalpa",
                                                      "Jan 2", "EFE"), "Test"),
        ("San Diego (tca/dpa) - History", _dateline("San Diego (tca/dpa) -", "San Diego", None,
                                                    "dpa"), "History"),
        ("Frankfurt/Main (dpa) - Die", _dateline("Frankfurt/Main (dpa) -", "Frankfurt/Main", None,
                                                 "dpa"), "Die"),
        ("Jan 3 (Reuters) - Residents", _dateline("Jan 3 (Reuters) -", None, "Jan 3", "Reuters"),
         "Residents"),
        ("SEOUL, Nov 26 AFP - Samsung", _dateline("SEOUL, Nov 26 AFP -", "SEOUL", "Nov 26", "AFP"),
         "Samsung"),
        ("København /ritzau/: En mand", _dateline("København /ritzau/:", "København", None,
                                                  "Ritzau"), "En mand"),
        ("OTTAWA - A Manitoba man", _dateline("OTTAWA -", "OTTAWA", None, None), "A Manitoba man"),
        ("Gaza City, Palestinian Territories, May 16, 2021 (AFP) - Israel",
         _dateline("Gaza City, Palestinian Territories, May 16, 2021 (AFP) -",
                   "Gaza City, Palestinian Territories", "May 16, 2021", "AFP"), "Israel"),
        ("(ANSA) - ROMA, 2 OTT - Metropolitane chiuse",
         _dateline("(ANSA) - ROMA, 2 OTT -", "ROMA", "2 OTT", "ANSA"), "Metropolitane chiuse"),
        ("(ANSA) - MILAN, OCT 14 - Milanese fashion",
         _dateline("(ANSA) - MILAN, OCT 14 -", "MILAN", "OCT 14", "ANSA"), "Milanese fashion"),
        ("MOSCOW, October 14. /TASS/. Russia has",
         _dateline("MOSCOW, October 14. /TASS/.", "MOSCOW", "October 14", "TASS"), "Russia has"),
        ("Bucureşti, 9 oct /AGERPRES/ - Guvernul a",
         _dateline("Bucureşti, 9 oct /AGERPRES/ -", "Bucureşti", "9 oct", "Agerpres"),
         "Guvernul a"),
        ("Praha 9. října (ČTK) - Pražská doprava",
         _dateline("Praha 9. října (ČTK) -", "Praha", "9. října", "CTK"), "Pražská doprava"),
        ("RENO, Nev.--(BUSINESS WIRE)--Korvan Battery",
         _dateline("RENO, Nev.--(BUSINESS WIRE)--", "RENO, Nev.", None, "Business Wire"),
         "Korvan Battery"),
        ("Budapest, 2026. november 25., szerda (MTI) - Jövő",
         _dateline("Budapest, 2026. november 25., szerda (MTI) -", "Budapest",
                   "2026. november 25., szerda", "MTI"), "Jövő"),
        ("ZAGREB, 30. studenoga (Hina) - Vlada",
         _dateline("ZAGREB, 30. studenoga (Hina) -", "ZAGREB", "30. studenoga", "HINA"), "Vlada"),
        ("Bratislava 30. novembra (TASR) - Vláda",
         _dateline("Bratislava 30. novembra (TASR) -", "Bratislava", "30. novembra", "TASR"),
         "Vláda"),
        ("ABU DHABI, 30th November, 2026 (WAM) -- The",
         _dateline("ABU DHABI, 30th November, 2026 (WAM) --", "ABU DHABI", "30th November, 2026",
                   "WAM"), "The"),
        ("Vilnius, lapkričio 30 d. (BNS). Vyriausybė",
         _dateline("Vilnius, lapkričio 30 d. (BNS).", "Vilnius", "lapkričio 30 d.", "BNS"),
         "Vyriausybė"),
        ("RĪGA, 1. decembris, LETA. Valdība",
         _dateline("RĪGA, 1. decembris, LETA.", "RĪGA", "1. decembris", "LETA"), "Valdība"),
        ("Пловдив, 30 ноември /Десислава Петрова, БТА/ Общинският",
         _dateline("Пловдив, 30 ноември /Десислава Петрова, БТА/", "Пловдив", "30 ноември",
                   "BTA"), "Общинският"),
        ("Taipei, Nov. 30 (CNA) Taiwan's", _dateline("Taipei, Nov. 30 (CNA)", "Taipei",
                                                     "Nov. 30", "CNA"), "Taiwan's"),
        ("БЕОГРАД, 1. децембра (Танјуг) - Влада",
         _dateline("БЕОГРАД, 1. децембра (Танјуг) -", "БЕОГРАД", "1. децембра", "Tanjug"),
         "Влада"),
        ("Ljubljana, 1. julija (STA) - Vlada",
         _dateline("Ljubljana, 1. julija (STA) -", "Ljubljana", "1. julija", "STA"), "Vlada"),
        ("Ljubljana, 1 December - The government",
         _dateline("Ljubljana, 1 December -", "Ljubljana", "1 December", None), "The government"),
        ("LIÈGE 03/04 (BELGA) = La ville", _dateline("LIÈGE 03/04 (BELGA) =", "LIÈGE", "03/04",
                                                    "Belga"), "La ville"),
        ("Isfahan, IRNA – The provincial", _dateline("Isfahan, IRNA –", "Isfahan", None, "IRNA"),
         "The provincial"),
        ("Accra, Mar. 4, 2026 (GNA) The Ghana", _dateline("Accra, Mar. 4, 2026 (GNA)", "Accra",
                                                          "Mar. 4, 2026", "GNA"), "The Ghana"),
        ("【大阪共同】市は4日", _dateline("【大阪共同】", "大阪", None, "Kyodo"), "市は4日"),
        ("【ワシントン=時事】米政府は", _dateline("【ワシントン=時事】", "ワシントン", None, "Jiji"),
         "米政府は"),
        ("(부산=연합뉴스) 박민수 기자 = 부산시는", _dateline("(부산=연합뉴스)", "부산", None, "Yonhap"),
         "박민수 기자 = 부산시는"),
        ("(세종=연합뉴스) 정부는", _dateline("(세종=연합뉴스)", "세종", None, "Yonhap"), "정부는"),
        ("Torino, 4 mar. (askanews) - Il comune", _dateline("Torino, 4 mar. (askanews) -", "Torino",
                                                             "4 mar", "askanews"), "Il comune"),
        ("الإسكندرية في 4 مارس /أ ش أ/ أعلنت",
         _dateline("الإسكندرية في 4 مارس /أ ش أ/", "الإسكندرية", "4 مارس", "MENA"), "أعلنت"),
        # Spaced slashes around a known agency.
        ("الدوحة في 4 مارس / قنا / أعلنت",
         _dateline("الدوحة في 4 مارس / قنا /", "الدوحة", "4 مارس", "QNA"), "أعلنت"),
        ("Bruxelles / Belga / Le gouvernement",
         _dateline("Bruxelles / Belga /", "Bruxelles", None, "Belga"), "Le gouvernement"),
        # A known agency after a numeric date, without parentheses, in any script.
        ("نابلس 4-3-2026 وفا- أعلنت البلدية",
         _dateline("نابلس 4-3-2026 وفا-", "نابلس", "4-3-2026", "WAFA"), "أعلنت البلدية"),
        ("GENT 04-03-2026 Belga: Het stadsbestuur",
         _dateline("GENT 04-03-2026 Belga:", "GENT", "04-03-2026", "Belga"), "Het stadsbestuur"),
        # A place in Cyrillic or Greek capitals, a full stop and the agency.
        ("КАРАГАНДА. КАЗИНФОРМ – В городе открыли",
         _dateline("КАРАГАНДА. КАЗИНФОРМ –", "КАРАГАНДА", None, "Kazinform"), "В городе открыли"),
        ("ПОЛТАВА – Міська рада ухвалила",
         _dateline("ПОЛТАВА –", "ПОЛТАВА", None, None), "Міська рада ухвалила"),
        # Month words of Albanian, Kiswahili, Azerbaijani, Georgian, Kazakh and Bengali.
        ("Shkodër, 14 nëntor /ATA/ - Bashkia njoftoi",
         _dateline("Shkodër, 14 nëntor /ATA/ -", "Shkodër", "14 nëntor", "ATA"), "Bashkia njoftoi"),
        ("MOMBASA, Machi 9 (Xinhua) -- Bandari imefungwa",
         _dateline("MOMBASA, Machi 9 (Xinhua) --", "MOMBASA", "Machi 9", "Xinhua"),
         "Bandari imefungwa"),
        ("GƏNCƏ, 5 fevral (AFP) - Şəhərdə yeni",
         _dateline("GƏNCƏ, 5 fevral (AFP) -", "GƏNCƏ", "5 fevral", "AFP"), "Şəhərdə yeni"),
        ("ბათუმი, 3 მაისი (AFP) - ქალაქში",
         _dateline("ბათუმი, 3 მაისი (AFP) -", "ბათუმი", "3 მაისი", "AFP"), "ქალაქში"),
        ("АЛМАТЫ, 7 наурыз (Reuters) - Қалада",
         _dateline("АЛМАТЫ, 7 наурыз (Reuters) -", "АЛМАТЫ", "7 наурыз", "Reuters"), "Қалада"),
        ("চট্টগ্রাম, ৯ মার্চ (বাসস) - বন্দরে",
         _dateline("চট্টগ্রাম, ৯ মার্চ (বাসস) -", "চট্টগ্রাম", "৯ মার্চ", "BSS"), "বন্দরে"),
        # A place in the capitals of any script; the agency after the date's full stop, with
        # its own; the Turkic languages' "9-mart".
        ("ԳՅՈՒՄՐԻ, 4 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ: Քաղաքում",
         _dateline("ԳՅՈՒՄՐԻ, 4 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ:", "ԳՅՈՒՄՐԻ", "4 ՄԱՐՏԻ", "Armenpress"), "Քաղաքում"),
        ("ქუთაისი, 6 მარტი. IPN. ქალაქში",
         _dateline("ქუთაისი, 6 მარტი. IPN.", "ქუთაისი", "6 მარტი", "IPN"), "ქალაქში"),
        ("Samarqand, 9-mart /UzA/. Shaharda",
         _dateline("Samarqand, 9-mart /UzA/.", "Samarqand", "9-mart", "UzA"), "Shaharda"),
        # A known agency between spaced dashes after the place, in any script.
        ("مشهد - ایرنا - شهرداری اعلام کرد",
         _dateline("مشهد - ایرنا -", "مشهد", None, "IRNA"), "شهرداری اعلام کرد"),
        ("Lyon - AFP - La mairie a annoncé",
         _dateline("Lyon - AFP -", "Lyon", None, "AFP"), "La mairie a annoncé"),
        # The Thai Buddhist era's year, the agency after the dash; Khmer's day, month and
        # year words; Urdu's full stop and a day glued to its month.
        ("เชียงใหม่ 9 มี.ค. 2570 - สำนักข่าวไทย ฝนตกหนัก",
         _dateline("เชียงใหม่ 9 มี.ค. 2570 - สำนักข่าวไทย", "เชียงใหม่", "9 มี.ค. 2570", "TNA"),
         "ฝนตกหนัก"),
        ("សៀមរាប ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៧ (AKP) -- ភ្លៀង",
         _dateline("សៀមរាប ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៧ (AKP) --", "សៀមរាប", "ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៧", "AKP"),
         "ភ្លៀង"),
        ("لاہور۔9مارچ (اے پی پی): بارش",
         _dateline("لاہور۔9مارچ (اے پی پی):", "لاہور", "9مارچ", "APP"), "بارش"),
        # Ethiopic's comma and word separator, the Ethiopian calendar's month, day and year.
        ("ባሕር ዳር፣ ጥር 5/2019 (ኢዜአ)፡- ዝናብ",
         _dateline("ባሕር ዳር፣ ጥር 5/2019 (ኢዜአ)፡-", "ባሕር ዳር", "ጥር 5/2019", "ENA"), "ዝናብ"),
    ],
)
def test_split_dateline(paragraph, dateline, rest):
    assert split_dateline(paragraph) == (dateline, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Nutrisystem Inc. (NTRI) on Monday reported a profit.",
        "The company (NTRI) - said nothing.",
        "U.S. officials (speaking anonymously) - said the talks failed.",
        "Von den Plänen des Senats ist wenig zu sehen.",
        "Prices of and/or fees for the service rose.",
        "Talks ended in Geneva (Switzerland). Next week they resume.",
        "Paris, Lyon and Marseille, Reuters. The three cities",
        "He said /no/ to the plan.",
        "In Paris, on 4 March - he said - the talks failed.",
        "Paris, Monday - The talks resumed.",
        "Paris, Reuters. The talks resumed.",
        "LONDON (BBC) The broadcaster said.",
        "【速報】政府は4日",
        "(a=b) holds for every case.",
        "Paris (officially) - the city said.",
        "The mayor met Reuters - and said little.",
        "Talks with AFP - the agency - ended.",
        "Berlin / RTL / Die Sendung läuft am Montag.",
        "The talks ended. Reuters. Next week they resume.",
        "Prices rose on 4 March. Analysts said little.",
        "Paris - the city - said it would act.",
        "Lyon - a city of rivers - hosts the summit.",
    ],
)
def test_story_openings_are_not_datelines(paragraph):
    assert split_dateline(paragraph) == (None, paragraph)


def test_format_dateline_fields():
    assert parse_dateline("STOCKHOLM, Aug 29, 2014 (AFP) -") == _dateline(
        "STOCKHOLM, Aug 29, 2014 (AFP) -", "STOCKHOLM", "Aug 29, 2014", "AFP")
    assert parse_dateline("FORT WASHINGTON, Pa.") == _dateline(
        "FORT WASHINGTON, Pa.", "FORT WASHINGTON, Pa.", None, None)
    assert parse_dateline("MOSCOW, Monday (Reuters)")["date"] == "Monday"
    assert parse_dateline("Försvar TT") == _dateline("Försvar TT", "Försvar", None, "TT")
    assert parse_dateline("(ANSA) - GENOVA, 16 MAG -") == _dateline(
        "(ANSA) - GENOVA, 16 MAG -", "GENOVA", "16 MAG", "ANSA")
    assert parse_dateline("MOSCOW, October 14. /TASS/.") == _dateline(
        "MOSCOW, October 14. /TASS/.", "MOSCOW", "October 14", "TASS")
    assert parse_dateline("Bucureşti, 9 oct /AGERPRES/ -") == _dateline(
        "Bucureşti, 9 oct /AGERPRES/ -", "Bucureşti", "9 oct", "Agerpres")
    assert parse_dateline("Bruxelles /ritzau/AFP") == _dateline(
        "Bruxelles /ritzau/AFP", "Bruxelles", None, "Ritzau")


def test_a_dateline_holding_the_reporter_between_slashes_gives_the_byline():
    dateline, _ = split_dateline("Пловдив, 30 ноември /Десислава Петрова, БТА/ Общинският")
    assert dateline_byline(dateline) == "Десислава Петрова, БТА"
    assert dateline_byline(split_dateline("København /ritzau/: En mand")[0]) is None


@pytest.mark.parametrize(
    ("paragraph", "byline", "rest"),
    [
        ("（记者王芳、陈磊）记者从省政府获悉", "王芳、陈磊, 记者", "记者从省政府获悉"),
        ("（记者 赵强）新的机场将于明年启用", "赵强, 记者", "新的机场将于明年启用"),
        ("（完）", None, None),
        ("记者王芳报道", None, None),
    ],
)
def test_chinese_reporters_after_the_dateline_are_the_byline(paragraph, byline, rest) -> None:
    split = split_titled_byline(paragraph)
    assert (split is None and byline is None) or split == (byline, rest)


def test_korean_reporters_named_with_their_title_are_the_byline_of_the_agency() -> None:
    assert split_titled_byline("박민수 이지은 기자 = 부산시는 4일") == ("박민수 이지은", "부산시는 4일")
    assert split_titled_byline("부산시는 4일 기자회견을 열고") is None
    story = "부산시, 버스 요금 동결\n\n(부산=연합뉴스) 박민수 기자 = 부산시는 4일 요금을 동결했다.\n\n시는 밝혔다."
    article = clean_story(parse_story(story.encode()))
    assert (article["byline"], article["byline_agency"]) == ("박민수", "Yonhap")
    assert article["body"].startswith("부산시는 4일")


@pytest.mark.parametrize(
    ("paragraph", "names", "affiliation", "agency"),
    [
        ("By Jane Doe, Reuters", "Jane Doe", "Reuters", "Reuters"),
        ("By PAUL BYRNE and ALMUDENA CALATRAVA", "Paul Byrne and Almudena Calatrava", None, None),
        ("Von Christian Hollmann, dpa", "Christian Hollmann", "dpa", "dpa"),
        ("By Sam Lister, Press Association Political Correspondent", "Sam Lister",
         "Press Association Political Correspondent", "PA"),
        ("By JANE MORALES and TOM BECKER Associated Press", "Jane Morales and Tom Becker",
         "Associated Press", "AP"),
        ("Par Jean-Luc Martin, AFP", "Jean-Luc Martin", "AFP", "AFP"),
        ("By Bernard Condon, AP Business Writer", "Bernard Condon", "AP Business Writer", "AP"),
        ("Par Claire DUBOIS", "Claire Dubois", None, None),
        ("By Tom Krasovic, The San Diego Union-Tribune", "Tom Krasovic",
         "The San Diego Union-Tribune", None),
        ("By Jane Doe, John Roe and Mary Poe", "Jane Doe, John Roe and Mary Poe", None, None),
    ],
)
def test_byline_names_affiliation_and_agency(paragraph, names, affiliation, agency):
    assert split_byline(parse_byline(paragraph)) == Byline(names, affiliation, agency)


@pytest.mark.parametrize(
    ("delivered", "names", "affiliation", "agency"),
    [
        ("Anna Berg/TT", "Anna Berg", "TT", "TT"),
        ("NTB", None, "NTB", "NTB"),
        ("Kyodo News", None, "Kyodo News", "Kyodo"),
        ("By dpa correspondents", None, "dpa correspondents", "dpa"),
        ("The Sports Network", None, "The Sports Network", None),
        ("Ken Albright, AP Sports Writer; Lisa Moreno, AP Sports Writer",
         "Ken Albright and Lisa Moreno", "AP Sports Writer", "AP"),
        ("Geir Molnes / Faktisk.no", "Geir Molnes / Faktisk.no", None, None),
        ("NTB-AFP-DPA", "NTB-AFP-DPA", None, None),
        ("Ana Lima, Correspondent for AFP", "Ana Lima", "Correspondent for AFP", "AFP"),
        ("Luana Ferraz, Repórter da Agência Brasil", "Luana Ferraz",
         "Repórter da Agência Brasil", "Agencia Brasil"),
        # A job at the agency after a dash, as a format's byline field may give it.
        ("Tiago Moura - Repórter da Agência Brasil", "Tiago Moura",
         "Repórter da Agência Brasil", "Agencia Brasil"),
        ("Selin Kaya - AA Muhabiri", "Selin Kaya", "AA Muhabiri", "Anadolu"),
        ("Aistė Gedvilaitė, ELTA", "Aistė Gedvilaitė", "ELTA", "ELTA"),
        ("MENA", None, "MENA", "MENA"),
        ("Erik Thorsen, Bloomberg News", "Erik Thorsen", "Bloomberg News", "Bloomberg"),
        ("par Camille Roussel", "Camille Roussel", None, None),
        ("FENA", None, "FENA", "FENA"),
        # Who helped report, after "with", and where the writer filed from are no names.
        ("Nadia Farouk with Omar Haddad in Cairo", "Nadia Farouk", None, None),
        ("Lena Vogt mit Jonas Brandt in Berlin, dpa", "Lena Vogt", "dpa", "dpa"),
        ("par Hugo Petit avec Léa Martin à Nantes", "Hugo Petit", None, None),
        ("Sara Holm in Oslo", "Sara Holm", None, None),
        ("Sara Holm in Oslo and Ian Kerr in New York", "Sara Holm and Ian Kerr", None, None),
        # Filipino's "Ni" and the words for author with a colon introduce a byline.
        ("Ni Jose Dimaculangan", "Jose Dimaculangan", None, None),
        ("Müəllif: Rəşad Quliyev", "Rəşad Quliyev", None, None),
        ("Muallif: Dilnoza Karimova", "Dilnoza Karimova", None, None),
        ("Yazar: Emre Aydın", "Emre Aydın", None, None),
    ],
)
def test_delivered_bylines_are_split(delivered, names, affiliation, agency):
    assert split_byline(tidy_byline(delivered)) == Byline(names, affiliation, agency)


@pytest.mark.parametrize(
    ("paragraph", "byline"),
    [
        # Names in the letters of every language that has capitals, and the job held at the
        # agency in the local language after a dash.
        ("Ayşe Kılıç - AA Muhabiri", "Ayşe Kılıç, AA Muhabiri"),
        ("Łukasz Żmuda", "Łukasz Żmuda"),
        ("Jiří Dvořák, ČTK", "Jiří Dvořák, ČTK"),
        ("Dmitrijs Ozoliņš - LETA korespondents", None),
        ("Ayşe Kılıç - Sabah Gazetesi", None),
    ],
)
def test_bare_bylines_in_many_languages(paragraph, byline):
    assert parse_bare_byline(paragraph, alone=True) == byline


def test_a_byline_with_its_job_in_the_local_language_under_the_headline() -> None:
    article = clean_story(parse_story(
        "Sahil yolunda çalışma başladı\n\nEmre Doğan - AA Muhabiri\n\n"
        "İZMİR (AA) - Büyükşehir Belediyesi sahil yolunda yenileme çalışması başlattı.\n\n"
        "Çalışmanın mayıs ayında bitmesi planlanıyor.\n".encode()))
    assert article["headline"] == "Sahil yolunda çalışma başladı"
    assert (article["byline"], article["byline_agency"]) == ("Emre Doğan", "Anadolu")
    assert article["body"].startswith("Büyükşehir Belediyesi")


@pytest.mark.parametrize(
    ("line", "headline", "byline"),
    [
        ("Kessler Freight to cut 1,200 jobs as orders slump By Oliver Grant",
         "Kessler Freight to cut 1,200 jobs as orders slump", "Oliver Grant"),
        ("Storm hits coast By JANE ROE, Associated Press", "Storm hits coast",
         "JANE ROE, Associated Press"),
    ],
)
def test_a_byline_glued_to_the_headline_line_is_split_off(line, headline, byline):
    assert split_glued_byline(line) == (headline, byline)


@pytest.mark.parametrize(
    "line",
    [
        "Man Shot By Police Officer In Denver",
        "Talks Stall By Design, Officials Say",
        "By Jane Doe",
        "Rescued By Fishermen From Sinking Boat",
    ],
)
def test_headlines_ending_in_by_phrases_keep_them(line):
    assert split_glued_byline(line) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "By contrast, the company said it would not comment.",
        "Von Berlin aus fährt der Zug weiter nach Hamburg.",
        "Par ailleurs, le ministre a démenti.",
        "par ailleurs, le ministre a démenti.",
        "von der Leyen sprach am Montag in Brüssel.",
        "Por la tarde, el presidente habló con la prensa.",
        "By the end of the year, prices had doubled.",
    ],
)
def test_sentences_are_not_bylines(paragraph):
    assert parse_byline(paragraph) is None


@pytest.mark.parametrize(
    "paragraph",
    ["Ni el gobierno ni la oposición", "ni Ana ni Luis", "Author: unknown, the police said."],
)
def test_sentences_opening_with_an_introducer_word_are_no_bylines(paragraph: str) -> None:
    assert parse_byline(paragraph) is None
