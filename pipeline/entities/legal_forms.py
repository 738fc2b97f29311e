"""Legal forms of companies: the words after a name that say it is a company.

Most are written in capitals right after the name and end its capitalised run ("Nordic
Timber AG", "Maasvlakte Shipping B.V."). Others need the run to be carried on over them:

- in lower case: "Volksbank Hohenlohe eG", "Hydrobudowa Śląsk Sp. z o.o.", "Steppe
  Metals plc", "Moravské Stavby a.s.", "Jadranska Plovidba d.o.o.", "Woonprojecten nv";
- after a comma, as Spanish, Portuguese, Central European and Asian registers write them:
  "Tejo Ferries, S.A.", "Construcciones Tajo, S.A.U.", "Grupo Ferroviario del Istmo, S.A.B.
  de C.V.", "Vydrica Stavby, s.r.o.", "Shaanxi Solar Co., Ltd."; only forms no other word is
  spelled like, so that "in Lagos, SA" (South Africa) stays two names;
- with a part in brackets: "Kiwano Energy Storage (Pty) Ltd";
- before the name in quotation marks, as Russian, Ukrainian and Bulgarian copy writes it:
  "ООО «Баренцев промысел»", "ТОВ «Дніпровський млин»", "ЕООД „Странджа“"
  (`quoted_companies`): the form, the marks and the name are the company's name.

A form ends the name: "of"/"di" after it leads to the company's seat ("Cascade Timber
Products Inc. of Hamilton"). A form with an inner capital is one only as written ("SpA",
not the surname "Spa").
"""

from __future__ import annotations

from pipeline.entities.tokens import Token, fold

# After a known company's name they leave it that company, and after any name they close
# it ("Alpine Salt Holdings and Nordic Timber AG" are two).
LEGAL_FORMS = frozenset(
    """sa s.a. plc inc inc. co co. corp corp. ltd ltd. limited ag se nv n.v. bv b.v. asa ab as a/s
    oyj spa s.p.a. gmbh llc l.l.c. sas s.a.s. s.l. kgaa s.a.u. s.a.b. s.l.u. s.r.l. srl a.s. a.ş.
    jsc pjsc c.v. lda lda. ltda ltda. aps oy dac pte k.k. pllc llp sarl kft kft. zrt zrt. nyrt nyrt.
    bhd berhad""".split()
) | frozenset(
    # In Cyrillic and Greek letters: Bulgarian, Macedonian and Serbian forms after the name
    # ("Одесос Шипинг ЕООД", "Охридски Бисер ДООЕЛ"), the Greek "Α.Ε." and "Ε.Π.Ε.".
    fold(form)
    for form in "ЕООД ООД ЕАД АД ДООЕЛ ДОО Α.Ε. ΑΕ Ε.Π.Ε. ΕΠΕ Ι.Κ.Ε. ΙΚΕ".split()
)
_LOWER_CASE = (
    ("sp.", "z", "o.o."),
    ("z", "o.o."),
    ("e.v.",),
    ("eg",),
    ("plc",),
    # Czech and Slovak, Croatian, Slovene and Serbian, Icelandic: "Moravské Stavby a.s.",
    # "Jadranska Plovidba d.o.o.", "Norðurljós hf."
    ("a.s.",),
    ("s.r.o.",),
    ("spol.", "s", "r.o."),
    ("d.o.o.",),
    ("d.d.",),
    # the same in Serbian Cyrillic, and its joint-stock company: "Подунавље Транс д.о.о.",
    # "Фрушкогорски винари а.д."
    ("д.о.о.",),
    ("а.д.",),
    ("hf.",),
    ("ehf.",),
    # Dutch and Flemish: "Limburgse Woonprojecten nv", "Adviesbureau Kempen bv", "Kempen
    # Advocaten cvba"
    ("bv",),
    ("nv",),
    ("bvba",),
    ("cvba",),
    ("b.v.",),
    ("n.v.",),
)
# Forms after a comma: none of them is a place's or a body's initials.
_AFTER_COMMA = frozenset(
    """s.a. s.a.u. s.a.b. s.l. s.l.u. s.p.a. spa s.r.l. srl n.v. b.v. s.a.s. a.s. a.ş. ltd ltd.
    inc inc. llc l.l.c. plc gmbh jsc pjsc lda lda. ltda ltda.""".split()
)
# Lower-case forms that Czech, Slovak, Slovene, Croatian and Serbian registers write after a
# comma: "Lužické sklo, s.r.o.", "Solni cvet Piran, d.o.o."; no other word is spelled so.
_LOWER_CASE_AFTER_COMMA = tuple(
    form
    for form in _LOWER_CASE
    if form[0] in ("a.s.", "s.r.o.", "spol.", "d.o.o.", "d.d.", "д.о.о.", "а.д.")
)
_LOWER_CASE_AFTER_COMMA_STARTS = frozenset(form[0] for form in _LOWER_CASE_AFTER_COMMA)
# The second part of a Mexican form: "S.A.B. de C.V.", "S. de R.L."
_SECOND_PARTS = frozenset("c.v. r.l.".split())
# In brackets before "Ltd": South Africa's "(Pty) Ltd", Pakistan's and Sri Lanka's "(Pvt) Ltd".
_BRACKETED = frozenset("pty pvt private".split())
_LIMITED = frozenset("ltd ltd. limited".split())
# Where a form that needs the run carried on can start.
STARTS = frozenset(form[0] for form in _LOWER_CASE) | frozenset(",(")
# The words a name that ends in one of these forms ends with.
ENDINGS = LEGAL_FORMS | frozenset(form[-1] for form in _LOWER_CASE)


def legal_form_end(tokens: list[Token], end: int) -> int:
    """Where a legal form that follows a name at tokens[end] ends, when the run has to be
    carried on over it (see the module docstring); `end` when none does."""
    key = tokens[end].key
    if key == ",":
        if tokens[end].after_break:
            return end
        if end + 1 < len(tokens) and tokens[end + 1].key in _LOWER_CASE_AFTER_COMMA_STARTS:
            for form in _LOWER_CASE_AFTER_COMMA:
                if _spells(tokens, end + 1, form):
                    return end + 1 + len(form)
        if not is_form(tokens, end + 1, _AFTER_COMMA):
            return end  # most commas after a name: no legal form follows
        stop = end + 2
        if _spells(tokens, stop, ("de",)) and is_form(tokens, stop + 1, _SECOND_PARTS):
            stop += 2
        return stop
    if key == "(":
        bracketed = (
            is_form(tokens, end + 1, _BRACKETED)
            and _spells(tokens, end + 2, (")",))
            and is_form(tokens, end + 3, _LIMITED)
        )
        return end + 4 if bracketed else end
    for form in _LOWER_CASE:
        if form[0] == key and _spells(tokens, end, form):
            return end + len(form)
    return end


# Forms whose inner capital tells them from a word or a name: "Eolica Sicana SpA" but "Chiara
# Spa", the surname, or the town; each is also written in capitals ("SPA").
_CASED_FORMS = {"spa": "SpA", "aps": "ApS", "gmbh": "GmbH", "mbh": "mbH", "kgaa": "KGaA"}


def written_as_form(token: Token) -> bool:
    """Whether a word spelled like a legal form is written as one: "SpA", not "Spa"."""
    cased = _CASED_FORMS.get(token.key)
    return cased is None or token.text == cased or token.text.isupper()


def seat_follows(tokens: list[Token], j: int) -> bool:
    """Whether "of"/"di"/"de" at tokens[j], right after a legal form, leads to the company's
    seat rather than going on with its name: "Cascade Timber Products Inc. of Hamilton",
    "Eolica Sicana Srl di Catania"; not the second part of a Mexican form ("S.A. de C.V.")."""
    return j > 0 and tokens[j - 1].key in ENDINGS and not is_form(tokens, j + 1, _SECOND_PARTS)


def _spells(tokens: list[Token], start: int, keys: tuple[str, ...]) -> bool:
    stop = start + len(keys)
    return stop <= len(tokens) and all(
        tokens[start + k].key == key and not tokens[start + k].after_break
        for k, key in enumerate(keys)
    )


# Legal forms written before a company's name in quotation marks: Russian (ООО, АО, ПАО,
# ЗАО, ОАО, НАО), Ukrainian (ТОВ, ПрАТ, ПАТ, АТ, ТДВ), Bulgarian (ЕООД, ООД, ЕАД, АД).
PREFIX_FORMS = frozenset(
    fold(form) for form in "ООО АО ПАО ЗАО ОАО НАО ТОВ ПрАТ ПАТ АТ ТДВ ЕООД ООД ЕАД АД".split()
)
_OPENING_MARKS = frozenset('« „ “ "'.split())
_CLOSING_MARKS = frozenset('» “ ” "'.split())
# Words a company's name in quotation marks holds at most: a longer quotation is speech.
_MAX_QUOTED_WORDS = 6


def quoted_companies(tokens: list[Token]) -> list[tuple[int, int]]:
    """The token spans of companies named by a legal form and their name in quotation marks
    ("ООО «Баренцев промысел»"): the form first, the closing mark last."""
    spans = []
    for i, token in enumerate(tokens[:-2]):
        if token.key not in PREFIX_FORMS or not token.text[-1].isupper():
            continue
        if tokens[i + 1].text not in _OPENING_MARKS or not tokens[i + 2].capitalised:
            continue
        for k in range(i + 3, min(i + 3 + _MAX_QUOTED_WORDS, len(tokens))):
            if tokens[k].after_break:
                break
            if tokens[k].text in _CLOSING_MARKS:
                spans.append((i, k + 1))
                break
    return spans


def is_form(tokens: list[Token], index: int, forms: frozenset[str]) -> bool:
    """A capitalised legal form of `forms` at tokens[index]."""
    return (
        index < len(tokens)
        and tokens[index].key in forms
        and tokens[index].text[:1].isupper()
        and not tokens[index].after_break
    )
