"""News and picture agencies: the names they go by, and the one we index.

`normalise_agency` maps the spellings found in metadata, datelines and
credit lines ("REUTERS", "reuters.com", "Thomson Reuters", "AP Photo",
"ASSOCIATED PRESS", "AFP PHOTO", "Agence France-Presse", "EPA-EFE" ...) to
a canonical name, or None for an unknown name. Names that datelines give
follow the entity tagger's agency list (pipeline/entities/data/agencies.tsv),
so that both name the same organisation: Keystone-SDA's German service
"sda" is SDA, its French one "ats" is ATS, "EUROPA PRESS" is Europa Press.
"""

from __future__ import annotations

import functools
import re

_CANONICAL: dict[str, tuple[str, ...]] = {
    "Reuters": (
        "reuters",
        "thomson reuters",
        "reuters.com",
        "rtr",
        "reuters tv",
        "ロイター",
        "路透社",
    ),
    "AP": (
        "ap",
        "associated press",
        "the associated press",
        "ap photo",
        "ap photos",
        "ap.org",
        "ap images",
        "apnews",
    ),
    "AFP": (
        "afp",
        "afp photo",
        "agence france-presse",
        "agence france presse",
        "afp.com",
        "afp tv",
        "afptv",
        "أ ف ب",
        "أ.ف.ب",
    ),
    "EPA": ("epa", "european pressphoto agency", "epa images", "epa-efe"),
    "EFE": ("efe", "agencia efe", "efe.com"),
    "TASS": ("tass", "itar-tass", "tass.ru", "тасс", "итар-тасс"),
    "Xinhua": ("xinhua", "xinhua news agency", "xinhuanet", "新华社", "新華社"),
    "Anadolu": ("anadolu", "anadolu agency", "anadolu ajansi", "anadolu ajansı", "aa"),
    "Sputnik": ("sputnik", "sputnik/ria novosti"),
    # RIA Novosti signs its Russian copy itself, as the entity tagger names it.
    "RIA Novosti": ("ria novosti", "ria-novosti", "риа новости"),
    "Getty Images": (
        "getty images",
        "getty",
        "gettyimages.com",
        "getty images inc.",
        "getty images north america",
        "getty images europe",
        "gyi",
    ),
    "dpa": (
        "dpa",
        "deutsche presse-agentur",
        "deutsche presse-agentur gmbh",
        "dpa.com",
        "dpa.de",
        "picture alliance",
        "picture-alliance",
        "dpa-tns",
        "dpa international",
    ),
    "ANSA": ("ansa",),
    # Japanese and Korean services write their own names: 共同 (Kyodo), 時事 (Jiji), 연합뉴스.
    "Kyodo": ("kyodo", "kyodo news", "共同", "共同通信", "共同通信社"),
    "Yonhap": ("yonhap", "yonhap news agency", "연합뉴스", "연합"),
    "PA": ("pa", "press association", "pa media", "pa wire", "pa images", "pa.media"),
    "AAP": ("aap", "australian associated press"),
    "NTB": ("ntb", "ntb scanpix", "ntb.no"),
    "TT": ("tt", "tt nyhetsbyrån", "tt.se"),
    "STT": ("stt", "stt.fi"),
    "Ritzau": ("ritzau", "ritzau.dk"),
    # Picture services that credit in their own names, as Keystone does beside SDA.
    "Lehtikuva": ("lehtikuva", "stt-lehtikuva"),
    "Ritzau Scanpix": ("ritzau scanpix",),
    "Sipa": ("sipa", "sipa usa", "sipa press"),
    "ZUMA": ("zuma", "zuma wire", "zuma press"),
    "NurPhoto": ("nurphoto",),
    "SOPA Images": ("sopa images",),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "ANA-MPE": (
        "ana-mpe",
        "ana-mpa",
        "απε-μπε",
        "athens-macedonian news agency",
        "ana-mpe.gr",
        "amna",
    ),
    "CP": ("cp", "the canadian press", "canadian press"),
    # The Canadian Press's French service signs as its own name, as Keystone-SDA's does.
    "PC": ("pc", "la presse canadienne", "presse canadienne"),
    "Belga": ("belga",),
    "ANP": ("anp",),
    "Keystone": ("keystone",),
    # Keystone-SDA's text services sign in German (sda) and French (ats).
    "SDA": ("sda", "keystone-sda", "schweizerische depeschenagentur"),
    "ATS": ("ats", "keystone-ats", "agence télégraphique suisse", "agence telegraphique suisse"),
    "AWP": ("awp", "awp finanznachrichten"),
    "APA": ("apa", "austria presse agentur"),
    "KCNA": ("kcna",),
    "SANA": ("sana", "سانا"),
    "WAFA": ("wafa", "وفا"),
    "IRNA": ("irna", "islamic republic news agency", "إرنا", "ایرنا"),
    "Bernama": ("bernama",),
    "Antara": ("antara", "antara foto"),
    "PAP": ("pap",),
    "CTK": ("ctk", "čtk"),
    "MTI": ("mti",),
    "HINA": ("hina",),
    "TASR": ("tasr",),
    "BTA": ("bta", "бта", "bulgarian news agency"),
    "LETA": ("leta",),
    "BNS": ("bns", "baltic news service"),
    "ELTA": ("elta",),
    # Arabic services sign with their initials or names: "/أ ش أ/" (MENA), "(كونا)", "(وام)".
    "MENA": ("mena", "middle east news agency", "أ ش أ", "أ.ش.أ", "أش أ"),
    "KUNA": ("kuna", "kuwait news agency", "كونا"),
    "WAM": ("wam", "emirates news agency", "وام"),
    "APP": ("app", "associated press of pakistan", "اے پی پی"),
    "CNA": ("cna", "central news agency", "focus taiwan"),
    "Imago": ("imago", "imago images"),
    "Abaca": ("abaca", "abacapress"),
    "Shutterstock": ("shutterstock", "rex/shutterstock", "rex features"),
    "Alamy": ("alamy",),
    "USA Today": ("usa today", "usa today network", "usa today sports"),
    "Business Wire": ("business wire", "businesswire.com"),
    "BusinessDesk": ("businessdesk",),
    "Agencia Brasil": ("agencia brasil", "agência brasil"),
    "UPI": ("upi", "united press international"),
    "Agerpres": ("agerpres",),
    "Europa Press": ("europa press", "europapress", "europapress.es"),
    "Servimedia": ("servimedia",),
    "Lusa": ("lusa", "agência lusa", "agencia lusa"),
    "PTI": ("pti", "press trust of india"),
    "IANS": ("ians",),
    "ANI": ("ani", "asian news international"),
    "Jiji": ("jiji", "jiji press", "時事", "時事通信", "時事通信社"),
    "Interfax": ("interfax", "интерфакс"),
    "Ukrinform": ("ukrinform", "укрінформ"),
    "Telam": ("telam", "télam"),
    "Notimex": ("notimex",),
    "Prensa Latina": ("prensa latina",),
    "Andina": ("andina", "agencia andina"),
    "ABI": ("abi", "agencia boliviana de información", "agencia boliviana de informacion"),
    "VNA": ("vna", "ttxvn", "vietnam news agency", "thông tấn xã việt nam"),
    "PNA": ("pna", "philippine news agency"),
    "STA": ("sta", "slovenian press agency", "slovenska tiskovna agencija"),
    "SITA": ("sita", "slovenská tlačová agentúra"),
    "Tanjug": ("tanjug", "танјуг"),
    "FENA": ("fena", "federalna novinska agencija"),
    "MINA": ("mina", "mina news", "mina-news"),
    "MIA": ("mia", "миа", "media information agency"),
    "AGI": ("agi", "agenzia italia"),
    "Adnkronos": ("adnkronos",),
    "LaPresse": ("lapresse",),
    "NAN": ("nan", "news agency of nigeria"),
    "KNA": ("kna", "kenya news agency"),
    "RNZ": ("rnz", "radio new zealand"),
    # Agencies of the Gulf, the Levant, the Maghreb, Africa and Asia; the Arabic services'
    # initials and the Thai one's name as they sign their copy ("واس", "/قنا/").
    "SPA": ("spa", "saudi press agency", "واس"),
    "QNA": ("qna", "qatar news agency", "قنا"),
    "Petra": ("petra", "jordan news agency", "بترا"),
    "NNA": ("nna", "national news agency"),
    "MAP": ("map", "maghreb arabe presse", "lamap"),
    "TAP": ("tap", "tunis afrique presse"),
    "BSS": ("bss", "bangladesh sangbad sangstha", "বাসস"),
    "GNA": ("gna", "ghana news agency"),
    "ANGOP": ("angop", "agência angola press", "agencia angola press"),
    "TNA": ("tna", "thai news agency", "สำนักข่าวไทย"),
    "BelTA": ("belta", "белта"),
    "Kazinform": ("kazinform", "kazinform news agency", "казинформ"),
    "Trend": ("trend", "trend news agency"),
    "DHA": ("dha", "demirören haber ajansı", "demiroren haber ajansi"),
    "Dire": ("dire", "agenzia dire"),
    # National agencies of the Balkans, the Caucasus, Central Asia, the Horn of Africa and
    # Cambodia, as they sign in their own scripts too ("ԱՐՄԵՆՊՐԵՍ", "ኢዜአ").
    "ATA": ("ata", "agjencia telegrafike shqiptare", "albanian telegraphic agency"),
    "Armenpress": ("armenpress", "արմենպրես"),
    "ENA": ("ena", "ethiopian news agency", "ኢዜአ"),
    "UzA": ("uza", "o'zbekiston milliy axborot agentligi", "ўза"),
    "IPN": ("ipn", "interpressnews"),
    "AKP": ("akp", "agence kampuchea presse"),
    # Press-release wires, which set their names where an agency's dateline has it.
    "PR Newswire": ("pr newswire", "prnewswire", "prnewswire-firstcall"),
    "GlobeNewswire": ("globenewswire", "globe newswire"),
    "ots": ("ots", "news aktuell", "ots.at"),
}
_LOOKUP = {alias: name for name, aliases in _CANONICAL.items() for alias in aliases}
_LOOKUP.update({name.lower(): name for name in _CANONICAL})
# Words that make a credit token an organisation rather than a person.
ORGANISATION_WORDS = frozenset(
    {
        "agency",
        "news",
        "press",
        "images",
        "image",
        "pictures",
        "photos",
        "photo",
        "media",
        "tv",
        "television",
        "handout",
        "service",
        "ministry",
        "office",
        "police",
        "army",
        "government",
        "presidency",
        "press office",
        "foundation",
        "network",
        "wire",
        "channel",
        "broadcasting",
        "kremlin",
        "palace",
        "house",
        "department",
        "council",
        "university",
        "museum",
        "corp",
    }
)
_SERVICE_WORDS = frozenset(
    {"image", "images", "photo", "photos", "foto", "fotos", "pictures", "wire", "tv", "video"}
)
# Trailing noise of agency names ("Reuters. All rights reserved", "Getty Images Inc."),
# stripped from the end one piece at a time: the glued pieces may touch the name,
# the company forms follow a space.
_GLUED_NOISE = ("all rights reserved.", "all rights reserved", "(c)", "©")
_COMPANY_FORMS = ("gmbh", "ltd.", "ltd", "llc", "inc.", "inc")


def _without_noise(key: str) -> str:
    end = len(key)  # the key is cut by moving its end, never by copying it
    while True:
        glued = next((s for s in _GLUED_NOISE if key.endswith(s, 0, end)), None)
        if glued:
            end = _end_before_spaces(key, end - len(glued))
            if glued.startswith("all") and end and key[end - 1] in ".,":
                end -= 1
            continue
        form = next(
            (
                f
                for f in _COMPANY_FORMS
                if key.endswith(f, 0, end) and key[end - len(f) - 1 : end - len(f)].isspace()
            ),
            None,
        )
        if form is None:
            return key[:end]
        end = _end_before_spaces(key, end - len(form))


def _end_before_spaces(key: str, end: int) -> int:
    while end and key[end - 1].isspace():
        end -= 1
    return end


# Names are looked up again and again (every credit, byline and dateline names a few):
# short ones are remembered.
_REMEMBERED_LENGTH = 128


def normalise_agency(name: str | None) -> str | None:
    """The canonical agency name, or None when the name is not a known agency."""
    if not name:
        return None
    if len(name) <= _REMEMBERED_LENGTH:
        return _remembered(name)
    return _canonical(name)


@functools.lru_cache(maxsize=4096)
def _remembered(name: str) -> str | None:
    return _canonical(name)


def _canonical(name: str) -> str | None:
    key = " ".join(name.strip().strip("()/").split()).lower()
    key = key.removeprefix("©").removeprefix("(c)").strip()
    if key in _LOOKUP:
        return _LOOKUP[key]
    key = _without_noise(key).strip()
    if key in _LOOKUP:
        return _LOOKUP[key]
    if key.startswith("www."):
        return _LOOKUP.get(key[4:])
    head, _, last = key.rpartition(" ")
    if head and last in _SERVICE_WORDS:
        return _LOOKUP.get(head)  # "AAP Image", "EPA Images", "PA Wire"
    return None


# An agency's services in another language that sign as their own names: The Canadian Press's
# French service (PC), Keystone-SDA's French one (ATS).
_LANGUAGE_SERVICES = {"PC": "CP", "ATS": "SDA"}


def language_service_of(service: str | None, agency: str) -> bool:
    """`service` is a known agency's service in another language, signing as its own name."""
    return _LANGUAGE_SERVICES.get(service or "") == agency


def is_organisation(token: str) -> bool:
    words = token.lower().replace(".", " ").split()
    return any(word in ORGANISATION_WORDS for word in words)


# A lead that names the agency whose correspondent reports the story: "..., повідомляє
# кореспондент Укрінформу", "передает корреспондент ТАСС", "an Ukrinform correspondent
# reports", "AA muhabiri".
_CORRESPONDENT_WORDS = (
    r"(?:correspondents?|korrespondent(?:en)?|кореспондент|корреспондент|corresponsal"
    r"|correspondant|corrispondente|correspondente|korespondent|dopisovatel|dopisnik|muhabiri)"
)
# The name before the word ("Ukrinform's correspondent") or after it ("кореспондент ...").
_CORRESPONDENT = (
    re.compile(rf"([^\W\d_][\w-]{{1,20}})['’]?s?\s+{_CORRESPONDENT_WORDS}\b", re.I),
    re.compile(
        rf"\b{_CORRESPONDENT_WORDS}\s+(?:(?:of|for|de|du|di|da|del) (?:the )?)?"
        r"([^\W\d_][\w-]{1,20})",
        re.I,
    ),
)
# The words' stems, looked for as substrings first: most leads name no correspondent.
_CORRESPONDENT_STEMS = (
    "correspond", "korrespond", "кореспондент", "корреспондент", "corrispond", "korespond",
    "dopis", "muhabir",
)  # fmt: skip
# Slavic languages inflect the name after the word: "кореспондент Укрінформу", "Tanjuga".
_CASE_ENDINGS = ("у", "а", "u", "a")


def correspondent_agency(paragraph: str) -> str | None:
    """The known agency whose correspondent the paragraph says reports the story."""
    lowered = paragraph.lower()
    if not any(stem in lowered for stem in _CORRESPONDENT_STEMS):
        return None
    names = (match.group(1) for pattern in _CORRESPONDENT for match in pattern.finditer(paragraph))
    for name in names:
        agency = normalise_agency(name)
        if agency is None and name.endswith(_CASE_ENDINGS):
            agency = normalise_agency(name[:-1])
        if agency:
            return agency
    return None
