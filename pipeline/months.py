"""Month and weekday words of the languages wire copy is written in: one list for every
stage that reads dates.

Cleaning finds datelines by them ("PARIS, 4 mars (AFP) -", "BRATISLAVA 30. novembra
(TASR) -"); dedup tells a date from a figure of the story by them ("13. März" is no
figure). Kept apart, a language added for one stage went unknown to the other.

Words are lower case with their diacritics, in the form dates use: the genitive of
the Slavic and Baltic languages ("listopadu"), Finnish's partitive ("marraskuuta"),
Arabic's one-word names of Egypt and the Gulf ("ديسمبر") and of the Levant ("نيسان"),
and the spellings copy without diacritics uses ("maerz", "fevrier", "aralik").
Albanian, Azerbaijani, Uzbek, Kiswahili, Armenian (genitive), Georgian, Kazakh, Bengali,
Urdu and the Ethiopian calendar's Amharic months are listed as their national agencies date
their copy. Abbreviations are apart:
"set", "out", "mag" or "gen" are words of their own elsewhere, so only a reader that
sees the rest of a date around them may take them for months.
"""

from __future__ import annotations

from collections.abc import Iterable

# English, whose services write the month before the day ("March 4").
ENGLISH = frozenset(
    "january february march april may june july august september october november december".split()
)

# The other languages, whose services put the day first ("4 mars", "13. März").
DAY_FIRST = frozenset(
    """
    januar jänner jaenner februar märz maerz april mai juni juli august september oktober
    november dezember
    janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre
    decembre
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro
    januari februari maart mei augustus augusti maj marts desember maret agustus mac julai
    ogos disember
    ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie
    stycznia lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia
    października pazdziernika listopada grudnia
    ledna února března dubna května června července srpna září října listopadu prosince
    januára februára apríla mája júna júla augusta septembra októbra novembra decembra
    januarja februarja aprila junija julija avgusta oktobra
    siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna studenoga studenog
    prosinca
    január február március április május június július augusztus szeptember október
    janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris
    novembris decembris
    sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio
    gruodžio
    tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta
    syyskuuta lokakuuta marraskuuta joulukuuta
    ocak şubat subat mart nisan mayıs mayis haziran temmuz ağustos agustos eylül eylul ekim
    kasım kasim aralık aralik
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
    януари февруари април май юни юли август септември октомври ноември декември
    јануара фебруара марта априла маја јуна јула августа септембра октобра новембра
    децембра
    ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου
    οκτωβρίου νοεμβρίου δεκεμβρίου
    يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر
    ديسمبر شباط آذار اذار نيسان أيار ايار حزيران تموز أيلول ايلول
    janar shkurt prill qershor korrik gusht shtator tetor nëntor dhjetor
    yanvar fevral aprel iyun iyul avqust avgust sentyabr sentabr oktyabr oktabr noyabr dekabr
    januari februari machi aprili juni julai agosti septemba oktoba novemba desemba
    հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի
    հոկտեմբերի նոյեմբերի դեկտեմբերի
    იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი
    ნოემბერი დეკემბერი
    қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан
    জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর
    جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر
    መስከረም ጥቅምት ኅዳር ህዳር ታኅሣሥ ታህሳስ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜ
    """.split()
)

# Abbreviations, with or without their full stop in the copy.
ENGLISH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Malay's ("3 Dis", "5 Ogo"), Russian's and Ukrainian's ("3 дек", "5 лис") too.
DAY_FIRST_ABBREVIATIONS = frozenset(
    """
    okt dez fév fev avr juil déc abr ago dic gen mag giu lug set ott out ian iun iul noi
    ogo dis
    янв фев мар апр июн июл авг сен окт ноя дек
    січ лют бер кві тра чер лип сер вер жов лис гру
    """.split()
)
ALL = ENGLISH | ENGLISH_ABBREVIATIONS | DAY_FIRST | DAY_FIRST_ABBREVIATIONS

# Days of the week, which open some datelines ("Friday, March 4") and which Brazilian and
# Portuguese copy follows with the day of the month in brackets ("nesta sexta-feira (19)").
WEEKDAYS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    lundi mardi mercredi jeudi vendredi samedi dimanche
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    lunes martes miércoles jueves viernes sábado domingo
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    hétfő kedd szerda csütörtök péntek szombat vasárnap
    ponedjeljak utorak srijeda četvrtak petak subota nedjelja
    pondelok utorok streda štvrtok piatok sobota nedeľa
    maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
    """.split()
)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of `words`, the longest first so that none is cut short
    by a word it starts with ("mar" before "march")."""
    return "|".join(sorted(set(words), key=lambda word: (-len(word), word)))
