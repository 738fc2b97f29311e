"""Datelines: "NUSA DUA, Indonesia, July 9 (Reuters) -" -> {raw, place, date, agency}.

Recognised at the start of the story (the dateline and its separator are
removed from the body) and in a format's dateline field:

- "PLACE[, REGION][, DATE] (AGENCY) -" with -, --, –, —, _, :, ".-", = as the
  separator: Reuters, AP, AFP, EFE ("Tegucigalpa, Jan 2 (EFE).-"), dpa
  ("London (dpa) - ", "San Diego (tca/dpa) - "), "Jan 3 (Reuters) -"; the
  region may stand in parentheses ("Zaragoza (Spain), Mar 4 (EFE).-": place
  "Zaragoza, Spain"). Of two agencies the first known one is the dateline's
  agency, the one that wrote the story ("Vienna (APA/dpa) -" -> APA, "Bern
  (awp/sda) -" -> AWP); the raw dateline keeps both;
- no separator after a known agency that follows a date or a place in
  capitals: "MADRID, 4 (EUROPA PRESS) La ...", "New Delhi, Mar 4 (PTI) The
  ...", "BRUXELLES 04/03 (BELGA) La ...", or after any agency's initials in
  capitals that follow a date ("Accra, Dec. 2, 2026 (GNA) The ...");
- an agency in lower case after a date ("Roma, 2 dic. (askanews) - ...");
- "SEOUL, Nov 26 AFP -", "TOKYO, Nov. 14 Kyodo -", "رام الله 7-12-2026 وفا-": a known
  agency after a date without parentheses, in any script (a numeric date may use dashes);
- "(ANSA) - ROMA, 2 OTT -": the agency first, then place and date (ANSA);
- "København /ritzau/:", "MOSCOW, October 14. /TASS/.", "Bucureşti, 9 oct
  /AGERPRES/ -": the agency between slashes (Ritzau, TASS, Agerpres; spaced
  slashes, "أبوظبي في 9 ديسمبر / وام /", around a known agency only), perhaps
  with a partner after it ("Bruxelles /ritzau/AFP:") or the reporter before
  it ("Пловдив, 30 ноември /Десислава Петрова, БТА/": `dateline_byline`), or
  initials parted by spaces (MENA's "القاهرة في 2 ديسمبر /أ ش أ/", whose
  preposition before the date is neither place nor date);
- "RĪGA, 1. decembris, LETA. ...": a known agency after the date and a comma;
  "თბილისი, 2 დეკემბერი. IPN. ...": after the date's full stop, with its own;
  "Tehran, IRNA – ...": after the place and a comma, then a separator;
  "تهران - ایرنا - ...": between spaced dashes after the place;
  "МОСКВА, 3 дек — РИА Новости. ...": after the date and a dash, then a full
  stop or a colon (a reporter before the dash stays in the dateline: "Baku,
  Azerbaijan, Dec. 3 By Name – Trend:");
- "MOSCOW. Dec 3 (Interfax) -", "ASTANA. KAZINFORM –": a full stop after a
  place in capitals parts it as a comma would; a known agency where the place
  would stand is the agency ("NNA - ");
- "Name SURNAME/ANKARA, (DHA) -": the reporter glued to the place by a slash
  (the byline: `dateline_byline`);
- "新华社北京12月3日电" (Chinese services: the reporters in parentheses after it,
  "（记者...）", are the byline: `split_titled_byline`), "الرياض 23 جمادى الآخرة 1448 هـ
  الموافق 03 ديسمبر 2026 م واس" (the Hijri and Gregorian dates, the agency's
  initials), "กรุงเทพฯ 3 ธ.ค.- " (Thai abbreviated months; the Buddhist era's year
  and the agency after the dash: "กรุงเทพฯ 2 ธ.ค. 2569 - สำนักข่าวไทย"), Khmer's words for
  day, month and year ("ភ្នំពេញ ថ្ងៃទី២ ខែធ្នូ ឆ្នាំ២០២៦ (AKP) --"), Urdu's full stop and a
  day glued to its month ("اسلام آباد۔2دسمبر (اے پی پی):"), Ethiopic's comma and word
  separator around the Ethiopian calendar's date ("አዲስ አበባ፣ ኅዳር 23/2019 (ኢዜአ)፡-");
- a full stop after the agency ("Vilnius, lapkričio 30 d. (BNS). ...") is
  no separator: the agency must be known;
- "RENO, Nev.--(BUSINESS WIRE)--": dashes glued to the parentheses;
- "OTTAWA - ", "MILANO, 14 NOV - ": a place in capitals (and a date) and a
  dash, first paragraph only; so is "Ljubljana, 1 December - ", a place in
  any case with a date that names its month, and "Rabat - Le ...", a place in
  capitalised words alone before a lead (MAP, ANGOP);
- "(New York, NY - October 21) ...": place and date in parentheses.
- 【東京共同】 (Japanese services): place and agency in lenticular brackets;
  "(서울=연합뉴스)" (Korean services): place and agency parted by "=" in
  parentheses (the reporters and their title after it, "김지현 기자 =", are
  the byline: `split_titled_byline`).

In scripts without capitals (Arabic, Japanese, Korean) any word may name a
place. Place and date are told apart by the date words of English, French,
German, Spanish, Italian, Portuguese, Romanian, Czech, Slovak, Polish,
Hungarian, Croatian, Serbian, Slovenian, Latvian, Lithuanian, Finnish, Dutch,
Indonesian, Malay, Turkish, Russian, Ukrainian, Bulgarian, Greek and the
Nordic languages (months,
weekdays, numbers, ordinal days, "4 de marzo", "04/03", the year first in
"2026. november 25.", Europa Press's day alone in "MADRID, 4"), after a
comma or, when it starts with a day ("Praha 9. října", "BRUXELLES 04/03"),
after the place; the date is kept as written ("July 9", "8 juil 2022",
"2026. november 25., szerda") without a final full stop, unless that ends a
one-letter abbreviation ("lapkričio 30 d.").

A place in capitals on a line of its own ("ANKARA", as Anadolu's web copy
sets it under the byline) is a dateline only where the caller knows the
story's text starts there: `place_alone`; right after a web page's time stamp
line (`is_web_stamp`: "Publicado em 27/11/2026 - 16:42"), in capitalised words
too ("Brasília"): `place_after_stamp`. A web page's time stamp ("14.11.2025
- Update : 14.11.2025", "Updated: Nov 14, 2025 10:32 GMT") is no dateline:
`is_date_stamp` tells it, for the byline line it ends and the trailers.
"""

from __future__ import annotations

import re

from pipeline.clean.agencies import normalise_agency
from pipeline.model import DatelineDoc
from pipeline.months import ALL, WEEKDAYS, alternation

_MONTHS = alternation(ALL)
_WEEKDAYS = alternation(WEEKDAYS)
# "4 mar", "4 de marzo de 2026", "30th November", "March 4", "lapkričio 30 d.", "2-dekabr"
# (the Turkic languages' hyphen), the year first ("2026. november 25."), "04/03", "4.3.", and
# Europa Press's bare day ("MADRID, 4"), which only ever follows the place.
_DATE_PART = re.compile(
    rf"^(?:(?:{_WEEKDAYS})|(?:\d{{4}}\.\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?)?"
    rf"(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\.?(?:\s+d\.?)?)?"
    rf"|\d{{1,2}}-?(?:{_MONTHS})|\d{{4}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
    rf"|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?|\d{{1,2}}-\d{{1,2}}-\d{{4}}|\d{{1,2}})"
    rf"(?:\s+(?:de\s+)?\d{{4}}|/\d{{4}})?$",
    re.I,
)
# The vowel signs of the Brahmic scripts (Bengali, Hindi, Thai, Khmer ...) are combining
# marks, which \w leaves out: an agency's name in them ("বাসস") is still one word.
_WORD_MARKS = "\u0900-\u0dff\u0e00-\u0e7f\u1780-\u17ff"
# Ethiopic's word separator stands for the colon: "(ኢዜአ)፡-".
_SEPARATOR = r"\s*(?:[.፡]?\s*(?:-{1,3}|–|—|_)|[:፡]|\.-|=)\s*"
_DASH = r"(?:-{1,3}|–|—)"
# A Japanese or Chinese date after the place: "東京 ３日", "北京 12月3日".
# Khmer's words for day, month and year before their numbers and name: "ថ្ងៃទី២ ខែធ្នូ ឆ្នាំ២០២៦".
_KHMER_DATE = (
    r"ថ្ងៃទី\d{1,2}\s+ខែ(?:មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ)"
    r"(?:\s+ឆ្នាំ\d{4})?"
)
_TRAILING_DATE = re.compile(
    rf"\s(\d{{1,2}}\.?\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
    rf"|\d{{1,2}}-\d{{1,2}}-\d{{4}}|(?:\d{{1,2}}月)?\d{{1,2}}日|{_KHMER_DATE})$",
    re.I,
)
_PLACE_WORD = re.compile(
    r"^(?:[A-ZÀ-ÞĀ-ſΑ-ΩА-Я0-9\"'(][\w.'’&()/-]*|de|del|la|le|les|am|an|im|upon|on|sur|sul|di|da"
    r"|do|dos|van|von|der|den|el|al|aux|en|y|i|og|och)$"
)
# The place may name its country in parentheses ("Zaragoza (Spain), Mar 4 (EFE).-"); the
# separator may be missing ("MUMBAI, Mar 4 (PTI) Reserve Bank", "MADRID, 4 (EUROPA PRESS)").
_PARENTHESISED = re.compile(
    rf"^(?P<pre>[^\n()]{{0,100}}?(?:\([^\n()]{{1,40}}\)[^\n()]{{0,60}}?)?)\s*"
    rf"\((?P<agency>[^\W\d_][\w{_WORD_MARKS}&./ -]{{0,40}}?)\)(?P<sep>{_SEPARATOR}|\.?\s+|\.?$)"
)
_REGION = re.compile(r"\s*\(([^()]+)\)")
_AGENCY_FIRST = re.compile(
    rf"^\((?P<agency>[^\W\d_][\w&./ -]{{0,20}}?)\)\s*(?:{_DASH}\s*)?"
    rf"(?P<pre>[^\n()]{{1,80}}?)(?P<sep>\s+{_DASH}(?:\s+|$))"
)
_BARE_AGENCY = re.compile(
    rf"^(?P<pre>[^\n()]{{1,80}}?)\s+"
    r"(?P<agency>AFP|AP|REUTERS|Reuters|EFE|dpa|ANSA|AAP|UPI|TASS|XINHUA|Xinhua|TT|NTB|STT"
    r"|Kyodo|KYODO|Yonhap|YONHAP|PTI|IANS|Lusa|LUSA|Belga|BELGA|APA|PAP|CTK|ČTK|Antara|ANTARA"
    r"|Bernama|BERNAMA|Agerpres|AGERPRES|Ritzau|ANP|SDA|ATS)"
    rf"(?P<sep>{_SEPARATOR}|$)"
)
# "رام الله 7-12-2026 وفا- ...": a known agency after the date, without parentheses, in any
# script, then a dash or a colon.
_DATED_AGENCY = re.compile(
    r"^(?P<pre>[^\n()/]{1,60}?)\s+(?P<agency>[^\W\d_][\w-]{1,15}?)"
    rf"(?P<sep>\s*(?:{_DASH}|:)(?:\s+|$))"
)
# "თბილისი, 2 დეკემბერი. IPN. ...": a known agency between the full stop after the date and
# its own.
_STOPPED_AGENCY = re.compile(
    r"^(?P<pre>[^\n()/]{1,60}?\.)\s+(?P<agency>[^\W\d_][\w-]{1,15}?)(?P<sep>\.(?:\s+|$))"
)
# "تهران - ایرنا - ...": a known agency between spaced dashes after the place.
_AGENCY_BETWEEN_DASHES = re.compile(
    rf"^(?P<pre>[^\n()/]{{1,60}}?)\s+{_DASH}\s+(?P<agency>[^\W\d_][\w-]{{1,15}}?)"
    rf"(?P<sep>\s+{_DASH}\s+)"
)
# Initials parted by spaces or full stops: MENA's "أ ش أ".
_SPACED_INITIALS = r"[^\W\d_]{1,3}(?:[ .][^\W\d_]{1,3}){1,3}\.?"
# "København /ritzau/:", "Bruxelles /ritzau/AFP:" (a partner after the writing agency),
# "Пловдив, 30 ноември /Десислава Петрова, БТА/" (the reporter before the agency); the slashes
# may be spaced ("أبوظبي في 9 ديسمبر / وام /"), then around a known agency only.
_SLASHED = re.compile(
    rf"^(?P<pre>[^\n/()]{{1,60}}?)\s*/(?P<spaced>\s)?"
    rf"(?:(?P<reporter>[^\W\d_][^/\n,]{{2,60}}),\s*)?"
    rf"(?P<agency>[^\W\d_][\w-]{{1,15}}|{_SPACED_INITIALS})(?(spaced)\s)/"
    rf"(?:[^\W\d_][\w-]{{1,15}})?[.:]?"
    rf"(?:\s*{_DASH}(?:\s+|$)|\s+|$)"
)
# Japanese services: 【東京共同】, the place and the agency in lenticular brackets, perhaps
# parted by "="; Reuters' Japanese service puts the date between them in full-width square
# brackets, with a dash after them: "［東京 ３日 ロイター］ - ".
_LENTICULAR = re.compile(r"^[【［](?P<inner>[^【】［］\n]{2,30})[】］]\s*(?:[-–—](?:\s+|$))?")
# Korean services: "(서울=연합뉴스)", the place and the agency parted by "=" in parentheses.
_PLACE_EQUALS_AGENCY = re.compile(
    r"^\((?P<pre>[^()=\n]{1,20})=(?P<agency>[^\W\d_][\w&.-]{0,20})\)(?:\s*=)?\s*"
)
# Chinese services: the agency, the place and the date, then 电 (wired): "新华社北京12月3日电";
# the reporters in parentheses after it ("（记者王晓峰、刘佳）") are the byline
# (bylines.split_titled_byline).
_CHINESE = re.compile(
    r"^(?P<agency>[^\W\d_]{1,5}社)(?P<place>[^\W\d_]{1,10}?)(?P<date>\d{1,2}月\d{1,2}日)电"
)
# The Gulf's agencies date by the Hijri calendar, then by the Gregorian one it corresponds to
# (الموافق), and sign with their initials without separator: "الرياض 23 جمادى الآخرة 1448 هـ
# الموافق 03 ديسمبر 2026 م واس".
_HIJRI_MONTHS = (
    "محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب"
    "|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة"
)
_HIJRI_DATELINE = re.compile(
    r"^(?P<place>[\u0600-\u06ff]+(?: [\u0600-\u06ff]+)?)\s+"
    rf"(?P<date>\d{{1,2}}\s+(?:{_HIJRI_MONTHS})\s+\d{{4}}\s*هـ"
    rf"(?:\s+الموافق\s+\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}\s*م)?)"
    r"\s+(?P<agency>[\u0600-\u06ff]{2,8})(?:\s+|$)"
)
# Thai copy: the place, the day and an abbreviated month, ".-" ("กรุงเทพฯ 3 ธ.ค.- ", TNA).
_THAI_MONTHS = "|".join(
    re.escape(month) for month in "ม.ค ก.พ มี.ค เม.ย พ.ค มิ.ย ก.ค ส.ค ก.ย ต.ค พ.ย ธ.ค".split()
)
# "กรุงเทพฯ 2 ธ.ค. 2569 - สำนักข่าวไทย ...": the Buddhist era's year may follow the month, and the
# agency's name the dash.
_THAI_DATELINE = re.compile(
    rf"^(?P<place>[\u0e00-\u0e7f]+)\s+(?P<date>\d{{1,2}}\s+(?:{_THAI_MONTHS})(?:\.\s+\d{{4}})?)"
    r"\.?\s*-\s*"
)
_THAI_AGENCY = re.compile(r"[\u0e00-\u0e7f]+(?=\s|$)")
# "RĪGA, 1. decembris, LETA. Valdība ...": a known agency after the date and a comma; "Tehran,
# IRNA – ...": after the place alone, then with a separator.
_AGENCY_AFTER_DATE = re.compile(
    rf"^(?P<pre>[^\n()/,]{{1,40}}+(?:,[^\n()/,]{{1,40}}+){{0,3}}),"
    rf"\s*(?P<agency>[^\W\d_][\w-]{{1,15}})(?P<sep>{_SEPARATOR}|\.\s+|\.?$)"
)
# "МОСКВА, 3 дек — РИА Новости. Власти ...": a known agency after the date and a dash, then a
# full stop or a colon; the reporter may stand before the dash, in the dateline ("Baku,
# Azerbaijan, Dec. 3 By Name – Trend:").
_AGENCY_AFTER_DASH = re.compile(
    r"^(?P<pre>[^\n()/–—]{1,90}?)\s*[–—]\s*"
    r"(?P<agency>[^\W\d_][\w-]{1,15}(?: [^\W\d_][\w-]{1,15})?)(?P<sep>\.\s+|:\s*|\.?$)"
)
_INNER_BYLINE = re.compile(r"\s+By\s+[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}\s*(?:[–—]|$)")
_REPORTER_WORDS = range(2, 5)
# "Elif KARAKAYA/ANKARA, (DHA) -": the reporter, given names then the surname in capitals,
# glued to the place by a slash (the Turkish agencies' style).
_REPORTER_SLASH = re.compile(
    r"^(?P<reporter>[A-ZÀ-ÞĀ-ſ][a-zß-ÿā-ſ'’-]+(?: [A-ZÀ-ÞĀ-ſ][a-zß-ÿā-ſ'’-]+){0,2}"
    r" [A-ZÀ-ÞĀ-ſ][A-ZÀ-ÞĀ-ſ'’-]+)\s*/\s*(?=\S)"
)
# Capitals of the scripts that have them: Latin, Greek, Cyrillic.
_CAPITAL = "A-ZÀ-ÞĀ-ſΑ-ΩА-ЯЁЄІЇЎҐ"
# "OTTAWA - ", "АЛМАТЫ. КАЗИНФОРМ –": a place in capitals and a dash.
_CAPITALS = re.compile(
    rf"^(?P<pre>[{_CAPITAL}][{_CAPITAL} .'-]{{2,40}}(?:,\s*[{_CAPITAL}0-9][\w.' -]{{1,30}})?)"
    r"(?P<sep>\s+(?:-{1,2}|–|—|_)\s+)"
)
# "Ljubljana, 1 December - ": a place in any case, a date naming its month, a dash.
_PLACE_DATE_DASH = re.compile(
    r"^(?P<pre>[^\n(),\-–—]{1,60}?,\s*[^\n(),\-–—]{3,40}?)(?P<sep>\s+(?:-{1,2}|–|—)\s+)"
)
# "Rabat - Le ministère ...", "Luanda - O Executivo ...": a place in capitalised words alone,
# a spaced dash and the lead's first word, capitalised (MAP, ANGOP).
_TITLE_PLACE_DASH = re.compile(
    r"^(?P<pre>[A-ZÀ-Þ][a-zà-ÿ'’]+(?:[ -](?:[A-ZÀ-Þ][a-zà-ÿ'’]+|de|do|da|del|di|la|el)){0,2})"
    r"(?P<sep>\s+[-–—]\s+)(?=[A-ZÀ-Þ«\"“])"
)
_LEAD_LENGTH = 120
_MONTH_WORD = re.compile(rf"\b(?:{_MONTHS})\b", re.I)
_DESK_CODE = re.compile(r"^[a-z]{1,3}$")
_INITIALS = re.compile(r"^[A-Z]{2,6}$")
_LOWER_CASE_NAME = re.compile(r"^[a-z][a-z-]{2,15}$")
# "ANKARA", "NEW DELHI", "RIO DE JANEIRO": a few words in capitals, nothing else.
_PLACE_ALONE = re.compile(rf"^[{_CAPITAL}][{_CAPITAL}'’.-]+(?: [{_CAPITAL}'’.-]+){{0,2}}$")
# "Brasília", "São Paulo", "Rio de Janeiro": capitalised words with their particles.
_TITLE_PLACE_ALONE = re.compile(
    rf"^[{_CAPITAL}][^\W\d_]+(?:[ -](?:[{_CAPITAL}][^\W\d_]+|de|do|da|dos|das|del|di|la|el))"
    r"{0,3}$"
)
# Section labels set in capitals where a place could stand.
_NOT_A_PLACE = frozenset(
    """update updated urgent breaking flash exclusive analysis factbox explainer opinion
    comment correction advisory preview review feature interview bulletin news live sport
    sports business politics economy markets world video photos watch graphic obituary
    editorial""".split()
)
_STAMP_WORD = (
    r"(?:Published|Posted|Updated?|Last updated|Aktualisiert|Veröffentlicht|Publié|Mis à jour"
    r"|Actualizado|Publicado|Atualizado|Aggiornato|Güncelleme|Yayınlanma)"
)
_STAMP_MOMENT = (
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}[-/]\d{{2}}[-/]\d{{2}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+(?:{_MONTHS})\.?\s+\d{{4}})"
    r"(?:(?:(?:,|\s+-)?\s+|-)\d{1,2}[:.h]\d{2}"
    r"(?:\s*(?:[AP]\.?M\.?|GMT|UTC|CET|CEST|EST|EDT|TSİ|WIB))?)?"
)
# What makes a date a web page's stamp rather than a date alone: a word or a time.
_WEB_STAMP_LENGTH = 80
_DIGIT = re.compile(r"\d")
_STAMP_MARK = re.compile(rf"{_STAMP_WORD}|(?<!\d)\d{{1,2}}[:h]\d{{2}}(?!\d)", re.I)
# Atomic groups: each piece is read one way only, so a long line that is no stamp fails fast.
# The stamp's word may take a preposition: "Publicado em", "Published on", "Publié le".
_STAMP_LEAD = rf"{_STAMP_WORD}(?:\s+(?:on|at|em|am|le|el|il|den))?\s*:?\s*"
_DATE_STAMP = re.compile(
    rf"^(?>{_STAMP_LEAD})?(?>{_STAMP_MOMENT})"
    rf"(?:(?>\s*[-|,/]?\s*)(?>{_STAMP_LEAD})?(?>{_STAMP_MOMENT}))*$",
    re.I,
)
# A stamp line may name the agency before it and the page's sections after it: "KYODO NEWS -
# Dec 1, 2026 - 14:32 | Business, All".
_STAMP_AGENCY = re.compile(r"^(?P<agency>[^\W\d_][\w .-]{1,30}?)\s+[-–—|]\s+")
_STAMP_SECTIONS = re.compile(r"\s*\|\s*[^\W\d_][^\d|]{0,60}$")
_IN_BRACKETS = re.compile(r"^[（(]([^（）()]+)[）)]$")
_IN_PARENTHESES = re.compile(r"^\((?P<pre>[^()\n]{3,60})\)\s+")
_MAX_PLACE_WORDS = 8
_GEORGIAN = re.compile("[\u10d0-\u10ff]")
# "MOSCOW. Dec 3 (Interfax)", "ASTANA. KAZINFORM –": a full stop after a place in capitals
# parts it from what follows as a comma would; not the full stop of an abbreviation ("ST.
# PETERSBURG").
_PLACE_STOP = re.compile(rf"^((?:[{_CAPITAL}'’-]+ )*[{_CAPITAL}][{_CAPITAL}'’-]{{2,}})\.\s+(?=\S)")
_DATE_PREPOSITION = re.compile(r"\s+في$")
_ABBREVIATED_END = re.compile(r"(?<![\w.])[^\W\d_]\.$")


def _is_place(text: str) -> bool:
    words = text.replace(",", " ").split()
    return 0 < len(words) <= _MAX_PLACE_WORDS and all(
        _PLACE_WORD.match(w) or w[:1].isupper() or _caseless(w) for w in words
    )


def _caseless(word: str) -> bool:
    """A word of a script without capitals (Arabic, Japanese, Korean, Georgian, whose
    Mkhedruli letters Unicode calls lower case though the language writes no capitals),
    where a place's name cannot be told by its first letter."""
    first = word[:1]
    return first.isalpha() and (
        _GEORGIAN.match(first) is not None or (not first.isupper() and not first.islower())
    )


def _comma_parts(pre: str) -> tuple[list[str], list[int]]:
    """The parts of "NUSA DUA, Indonesia - July 9" between commas and spaced dashes, and
    where each starts."""
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    # Urdu's full stop and Ethiopic's comma part them as a comma does: "اسلام آباد۔2دسمبر",
    # "አዲስ አበባ፣ ኅዳር 23/2019".
    for index, piece in enumerate(re.split(r"(,|۔|፣|\s+-\s+)", pre)):
        if index % 2 == 0 and piece.strip():
            parts.append(piece.strip())
            starts.append(offset + len(piece) - len(piece.lstrip()))
        offset += len(piece)
    return parts, starts


def _without_final_stop(date: str) -> str:
    """A date's final full stop goes, unless it ends a one-letter abbreviation ("30 d.")."""
    date = date.strip()
    return date if _ABBREVIATED_END.search(date) else date.rstrip(".").strip()


def _place_and_date(pre: str) -> tuple[str | None, str | None] | None:
    """Split "NUSA DUA, Indonesia, July 9" into place and date; None if it is neither."""
    pre = pre.strip().rstrip("-–—").strip().strip(",").strip()
    pre = _PLACE_STOP.sub(r"\1, ", pre)
    if "(" in pre:
        pre = _REGION.sub(r", \1", pre)  # "Zaragoza (Spain)" is "Zaragoza, Spain"
    if not pre:
        return None, None
    parts, starts = _comma_parts(pre)
    date: str | None = None
    while parts and _DATE_PART.match(parts[-1].rstrip(".")):
        parts.pop()
        date = pre[starts[len(parts)] :]  # kept as written: "2026. november 25., szerda"
    trailing = _TRAILING_DATE.search(parts[-1]) if parts and not date else None
    if trailing:
        # "القاهرة في 2 ديسمبر": the preposition before the date is neither place nor date.
        parts[-1] = _DATE_PREPOSITION.sub("", parts[-1][: trailing.start()]).strip()
        date = trailing.group(1)
    place = ", ".join(parts) or None
    date = _without_final_stop(date) if date else None
    if place and not _is_place(place):
        return None
    return place, date


def _dateline(raw: str, pre: str, agency: str | None) -> DatelineDoc | None:
    reporter = _REPORTER_SLASH.match(pre)
    split = _place_and_date(pre[reporter.end() :] if reporter else pre)
    if split is None:
        return None
    place, date = split
    if place and agency is None:
        head, _, last = place.rpartition(",")
        if normalise_agency(last):
            # "NNA - ...", "ASTANA. KAZINFORM – ...": the agency where the place would stand.
            agency = last.strip()
            place = head.rstrip(" ,") or None
    if agency:
        # The agency that wrote the story comes first ("APA/dpa", "awp/sda"); a partner's
        # unknown name ("tca/dpa") or a desk's code ("dpa/lsw") gives way to a known one.
        known = [normalise_agency(a) for a in agency.split("/")]
        agency = next((a for a in known if a), None) or agency
    if not (place or date or agency):
        return None
    return {"raw": raw.strip(), "place": place, "date": date, "agency": agency}


def _slashed_agency(agency: str) -> bool:
    """Between slashes, an agency is known or in capitals: "/ritzau/", "/TASS/", not "/or/"."""
    return bool(normalise_agency(agency) or agency.isupper())


def _reporter_or_none(match: re.Match[str]) -> bool:
    """What stands before the agency between the slashes is a reporter's name, if anything."""
    reporter = match.group("reporter")
    return reporter is None or _reporter_name(reporter)


def _reporter_name(text: str) -> bool:
    words = text.split()
    return len(words) in _REPORTER_WORDS and all(w[:1].isupper() for w in words)


def dateline_byline(dateline: DatelineDoc | None) -> str | None:
    """The byline a dateline holds between the slashes, the reporter and the agency
    ("Пловдив, 30 ноември /Десислава Петрова, БТА/" -> "Десислава Петрова, БТА"), or glued to
    the place ("Name SURNAME/ANKARA, (DHA) -" -> "Name SURNAME, DHA"), or None."""
    glued = _REPORTER_SLASH.match(dateline["raw"]) if dateline and dateline["agency"] else None
    if glued and dateline:
        return f"{glued.group('reporter')}, {dateline['agency']}"
    match = _SLASHED.match(dateline["raw"]) if dateline else None
    reporter = match.group("reporter") if match else None
    if match is None or reporter is None or not _reporter_name(reporter):
        return None
    return f"{reporter.strip()}, {match.group('agency')}"


def _plausible_agency(agency: str) -> bool:
    words = agency.split()
    return bool(
        normalise_agency(agency)
        or any(normalise_agency(a) for a in agency.split("/"))
        or (len(words) <= 3 and all(w[:1].isupper() for w in words))
    )


def _unseparated_agency(match: re.Match[str], paragraph: str) -> bool:
    """A dateline may lack its separator ("MADRID, 4 (EUROPA PRESS) La ...") when a known
    agency (with partners or a desk's code), or initials in capitals that the caller finds
    after a date ("Abuja, Dec. 2, 2026 (NAN) The ..."), is followed by a capital or the
    paragraph's end."""
    agencies = match.group("agency").split("/")
    rest = paragraph[match.end() :]
    return (
        bool(normalise_agency(agencies[0]) or _INITIALS.match(agencies[0]))
        and all(normalise_agency(a) or _DESK_CODE.match(a) for a in agencies[1:])
        and (not rest or not rest[0].islower())
    )


def _place_and_month(found: DatelineDoc) -> bool:
    """A place that ends in a name, not a particle ("In Paris, on 4 March - ..."), and a
    date that names its month."""
    place, date = found["place"], found["date"]
    return bool(place and place.split()[-1][:1].isupper() and _MONTH_WORD.search(date or ""))


def _enclosed_dateline(paragraph: str) -> tuple[DatelineDoc, str] | None:
    """The place and the agency enclosed together: 【東京共同】, "(서울=연합뉴스) Name 기자 =";
    the agency after "=" is one by its place, in brackets a known one ends the text."""
    match = _PLACE_EQUALS_AGENCY.match(paragraph)
    if match:
        found = _dateline(match.group(0), match.group("pre"), match.group("agency"))
        return (found, paragraph[match.end() :]) if found else None
    match = _LENTICULAR.match(paragraph)
    if match is None:
        return None
    inner = match.group("inner")
    start = next((i for i in range(1, len(inner)) if normalise_agency(inner[i:])), None)
    if start is None:
        return None
    found = _dateline(match.group(0), inner[:start].rstrip("= "), inner[start:])
    return (found, paragraph[match.end() :]) if found else None


def _hijri_dateline(paragraph: str) -> tuple[DatelineDoc, str] | None:
    match = _HIJRI_DATELINE.match(paragraph)
    agency = normalise_agency(match.group("agency")) if match else None
    return _place_date_agency(paragraph, match, agency) if match and agency else None


def _thai_dateline(paragraph: str) -> tuple[DatelineDoc, str] | None:
    match = _THAI_DATELINE.match(paragraph)
    if match is None:
        return None
    named = _THAI_AGENCY.match(paragraph, match.end())
    agency = normalise_agency(named.group(0)) if named else None
    found, rest = _place_date_agency(paragraph, match, agency)
    if named and agency:
        found["raw"] = paragraph[: named.end()]
        rest = paragraph[named.end() :].lstrip()
    return found, rest


def _place_date_agency(
    paragraph: str, match: re.Match[str], agency: str | None
) -> tuple[DatelineDoc, str]:
    """The dateline a pattern's place and date groups read, as written, and the rest."""
    found: DatelineDoc = {
        "raw": match.group(0).strip(),
        "place": match.group("place"),
        "date": match.group("date"),
        "agency": agency,
    }
    return found, paragraph[match.end() :]


def _chinese_dateline(paragraph: str) -> tuple[DatelineDoc, str] | None:
    match = _CHINESE.match(paragraph)
    if match is None or not normalise_agency(match.group("agency")):
        return None
    pre = f"{match.group('place')} {match.group('date')}"
    found = _dateline(match.group(0), pre, match.group("agency"))
    return (found, paragraph[match.end() :]) if found else None


def _title_place(text: str) -> bool:
    """Capitalised words that may name a place: no section label, no agency."""
    return text.lower() not in _NOT_A_PLACE and not normalise_agency(text)


def dates_staff_copy(dateline: DatelineDoc | None) -> bool:
    """The dateline is the one an agency gives its own staff's copy: place and agency
    enclosed together (【東京共同】, "(서울=연합뉴스)", the Japanese and Korean services), the
    Chinese services' "新华社北京12月3日电", or
    the agency after the date and a dash ("Baku, Azerbaijan, Dec. 3 – Trend:"); a byline
    under it is the agency's."""
    raw = dateline["raw"] if dateline else ""
    return bool(
        _PLACE_EQUALS_AGENCY.match(raw)
        or _LENTICULAR.match(raw)
        or _CHINESE.fullmatch(raw)
        or (dateline and dateline["agency"] and _AGENCY_AFTER_DASH.fullmatch(raw))
    )


def split_dateline_byline(paragraph: str) -> tuple[str, str] | None:
    """(the byline, the paragraph without it) when the reporter stands inside a dateline
    that names the agency after a dash ("Baku, Azerbaijan, Dec. 3 By Name – Trend: ..." ->
    "By Name", "Baku, Azerbaijan, Dec. 3 – Trend: ..."); None otherwise."""
    match = _AGENCY_AFTER_DASH.match(paragraph)
    inner = _INNER_BYLINE.search(match.group("pre")) if match else None
    if match is None or inner is None or not normalise_agency(match.group("agency")):
        return None
    end = inner.start() + len(inner.group(0).rstrip("–— "))  # the dash stays
    rest = paragraph[: inner.start()] + paragraph[end:]
    return paragraph[inner.start() : end].strip(), rest


def _dated_or_separated(found: DatelineDoc, match: re.Match[str]) -> bool:
    """An agency after a comma ends a dateline after a date ("RĪGA, 1. decembris, LETA.") or
    before a separator ("Tehran, IRNA – "); a full stop alone may end a sentence."""
    return bool(found["date"] or match.group("sep").strip(" ."))


def split_dateline(paragraph: str, *, first: bool = True) -> tuple[DatelineDoc | None, str]:
    """(dateline, rest of the paragraph) when the paragraph opens with a dateline."""
    enclosed = (
        _enclosed_dateline(paragraph)
        or _chinese_dateline(paragraph)
        or _hijri_dateline(paragraph)
        or _thai_dateline(paragraph)
    )
    if enclosed:
        return enclosed
    match = _AGENCY_FIRST.match(paragraph)
    if match and _plausible_agency(match.group("agency")):
        found = _dateline(match.group(0), match.group("pre"), match.group("agency"))
        if found and found["date"]:
            return found, paragraph[match.end() :]
    match = _PARENTHESISED.match(paragraph)
    if match:
        # A full stop after the agency ends a sentence: "Vilnius, ... (BNS). Vyriausybė".
        separated = bool(match.group("sep").strip(" ."))
        agency = match.group("agency")
        plausible = _plausible_agency(agency)
        if (
            (plausible or bool(_LOWER_CASE_NAME.match(agency)))
            if separated
            else _unseparated_agency(match, paragraph)
        ):
            found = _dateline(match.group(0), match.group("pre"), agency)
            # Without a separator, only after a date or, for a known agency, a place in
            # capitals ("MADRID, 4", "NEW DELHI (PTI)"); an agency that writes its name in
            # lower case ("Roma, 2 dic. (askanews) -") only after a date.
            if found and (
                (separated and plausible)
                or found["date"]
                or (normalise_agency(found["agency"]) and (found["place"] or "").isupper())
            ):
                return found, paragraph[match.end() :]
    for pattern in (
        _BARE_AGENCY,
        _SLASHED,
        _AGENCY_AFTER_DATE,
        _AGENCY_AFTER_DASH,
        _DATED_AGENCY,
        _STOPPED_AGENCY,
        _AGENCY_BETWEEN_DASHES,
    ):
        match = pattern.match(paragraph)
        if not match:
            continue
        if pattern is _SLASHED:
            agency = match.group("agency")
            plausible = (
                normalise_agency(agency) is not None
                if match.group("spaced")
                else _slashed_agency(agency)
            ) and _reporter_or_none(match)
        elif pattern in (
            _AGENCY_AFTER_DATE,
            _AGENCY_AFTER_DASH,
            _DATED_AGENCY,
            _STOPPED_AGENCY,
            _AGENCY_BETWEEN_DASHES,
        ):
            plausible = bool(normalise_agency(match.group("agency")))
        else:
            plausible = bool(match.group("sep")) or match.end() == len(paragraph)
        if plausible:
            pre = match.group("pre")
            if pattern is _AGENCY_AFTER_DASH:
                pre = _INNER_BYLINE.sub("", pre)
            found = _dateline(match.group(0), pre, match.group("agency"))
            if pattern in (_DATED_AGENCY, _STOPPED_AGENCY) and found and not found["date"]:
                continue  # without a date, a name and a dash open a sentence too
            if found and (
                pattern is _SLASHED or pattern is _BARE_AGENCY or _dated_or_separated(found, match)
            ):
                return found, paragraph[match.end() :]
    if first:
        match = _CAPITALS.match(paragraph)
        if match:
            found = _dateline(match.group(0), match.group("pre"), None)
            if found:
                return found, paragraph[match.end() :]
        match = _PLACE_DATE_DASH.match(paragraph)
        if match:
            found = _dateline(match.group(0), match.group("pre"), None)
            if found and _place_and_month(found):
                return found, paragraph[match.end() :]
        match = _TITLE_PLACE_DASH.match(paragraph)
        if match and len(paragraph) >= _LEAD_LENGTH and _title_place(match.group("pre")):
            found = _dateline(match.group(0), match.group("pre"), None)
            if found:
                return found, paragraph[match.end() :]
        match = _IN_PARENTHESES.match(paragraph)
        if match and _MONTH_WORD.search(match.group("pre")):
            found = _dateline(match.group(0), match.group("pre"), None)
            if found and found["date"]:
                return found, paragraph[match.end() :]
    return None, paragraph


def _field_agency(name: str) -> bool:
    """What ends a dateline field in parentheses is its agency when known or in capitals
    ("Hanoi (VNA)"); else it names the place's region ("Zaragoza (Spain)")."""
    return bool(any(normalise_agency(a) for a in name.split("/")) or name.isupper())


def parse_dateline(text: str) -> DatelineDoc | None:
    """Parse a dateline on its own, as a format's dateline field gives it."""
    text = " ".join(text.split())
    if not text:
        return None
    found, rest = split_dateline(text)
    if found and not rest.strip():
        return found
    match = _PARENTHESISED.match(text)
    if match and match.end() == len(text) and _field_agency(match.group("agency")):
        return _dateline(text, match.group("pre"), match.group("agency"))
    pre = text.rstrip(" -–—_:")
    found = _dateline(text, pre, None) if pre else None  # "NNA -": the agency alone
    return found or {"raw": text, "place": text if pre else None, "date": None, "agency": None}


def is_date_stamp(text: str) -> bool:
    """ "14.11.2025 - Update : 14.11.2025", "Updated: Nov 14, 2025 10:32 GMT": a web page's
    time stamp, dates and times with the words that announce them, nothing else."""
    return bool(_DATE_STAMP.match(text.strip()))


def is_web_stamp(text: str) -> bool:
    """ "30.11.2026 14:25", "Publicado em 27/11/2026 - 16:42": a time stamp on a line of its
    own, told from a date alone ("2026-03-14") by its time or its word; perhaps after the
    agency and before the page's sections ("KYODO NEWS - Dec 1, 2026 - 14:32 | Business"), or
    in parentheses ("（2026/12/03-07:15）")."""
    if len(text) > _WEB_STAMP_LENGTH:
        return False
    # Jiji's web copy closes with the stamp in full-width parentheses: "（2026/12/03-07:15）".
    text = _IN_BRACKETS.sub(r"\1", text.strip())
    agency = _STAMP_AGENCY.match(text)
    if agency and normalise_agency(agency.group("agency")):
        text = text[agency.end() :]
    sections = _STAMP_SECTIONS.search(text)
    if sections:
        text = text[: sections.start()]
    return (
        _DIGIT.search(text) is not None and is_date_stamp(text) and bool(_STAMP_MARK.search(text))
    )


def place_after_stamp(paragraph: str) -> DatelineDoc | None:
    """ "Brasília", "ANKARA": a place on a line of its own, in capitals or capitalised words,
    as web copy sets it between the page's time stamp and the text."""
    text = paragraph.strip()
    if _TITLE_PLACE_ALONE.match(text) and _title_place(text):
        return {"raw": text, "place": text, "date": None, "agency": None}
    return place_alone(paragraph)


def place_alone(paragraph: str) -> DatelineDoc | None:
    """ "ANKARA" on a line of its own: the dateline of a story whose text starts there."""
    text = paragraph.strip()
    if (
        not _PLACE_ALONE.match(text)
        or any(word in _NOT_A_PLACE for word in text.lower().split())
        or normalise_agency(text)
    ):
        return None
    return {"raw": text, "place": text, "date": None, "agency": None}
