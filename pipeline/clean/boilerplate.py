"""Agency trailers and editorial notes that are not the story.

Trailing paragraphs are boilerplate while they match one of the trailer
patterns, scanning back from the end: "(Reporting by ...; Editing by ...)",
"Additional reporting by ...", "(Reporte de ...; Editado en español por ...)",
Reuters' French and German ones ("(Reportage ..., rédigé par ..., édité par
...)", "(Bericht von ..., redigiert von ... Bei Rückfragen ...)"), "Edição:
...", "--With assistance from ...", "To contact the reporter on this story:
...", "(c) Copyright ...", "Our Standards: ...", "Sign up for ...", "-- ends",
"==Kyodo", "(END)", "Enditem", "Enditem/AW", the reporters credited after the
story ("(By Name and Name)"), agency sign-offs ("AFP sn", "dpa wsz jln",
"hh/ph/ts/hd", PAP's "akw/ mrr/", "/ritzau/", "/ritzau/AFP", BTA's "/ВС/",
"APP/mzr/kha", "(Hina) tj vs", "khm.hb", "WAM/Rasha Hamdan/Khalid Nasser", any
known agency with initials ("STA ks/mh"), "ah/ba (dpa, afp)", "(gtr/ap)",
Agerpres's "AGERPRES/(AS - autor: ...)", "(BusinessDesk)", "(©NTB)",
"(ANSA).", also with its web address: "(NAN)(www.nannews.ng)"), the teletype's
"NNNN", rules ("# # #", "– – –"), initials in capitals (PTI's "PTI SKM RHL" and
"SKU ZMN", Lusa's "TQ // EA", Notimex's "NTX/JGR/MVM", Belga's "GVD/", an
editor's "A.B." or "M.N", WAFA's "/ع.ف") or in lower case (CTK's "bak mbr"), a desk's numeric
code (IRNA's "3483**1424"), a desk's note between asterisks ("*** Serviço
áudio disponível em www.lusa.pt ***"), a byline closing the story ("By Jane
Doe"), an update note ("Juttua päivitetty klo 14.20: ...", which also opens a
story as one of its leading notes), an author signing with
the agency ("Anna Kowalska (PAP)", "Autorka: ..."), Antara's credits
("Pewarta: ... Editor: ..."), a help line's name and number ("Lifeline 13 11
14"), the time stamp a byline line ended with ("|14.11.2025 - Update : ...")
or a line of its own had ("Publicado em 27/11/2026 - 16:42"), a web page's
note on what subscribers get, a line naming the agencies the story comes from
("Izvor: Tanjug", "Fuente: EFE"), a note on who funds the coverage ("The
Associated Press receives support from ...", "Ce reportage a été produit avec l'aide
financière ...") or on a story a machine wrote ("This story was first generated with
the help of an automated tool ..."), EFE's marks of the pictures and video that
go with it ("(photo) (video)", also glued to the last paragraph), a correction
note ("Rettet: ...", which also opens a story as one of its leading notes),
contact lines in the languages of the wire ("- Redaktion: ..., Tel.: ...",
"Kontakt:", "Rédaction :", "Redacción:", "Contato:", "İletişim:", "Media
Contact:"). After a "___" rule, AP's taglines ("X contributed to this
report.", "The AP is solely responsible ...") are boilerplate whatever they
say, and so is what follows a press release's contacts heading ("Contacts",
"Media Contact:", "Pressekontakt:"), its company profile's heading ("About Acme",
"Über die Acme AG") or its legal notes' ("Forward-Looking Statements"), when few
paragraphs follow the rule or heading. A dpa
notebook ("# Notebook", "* * * *", "The following information is not for
publication") makes everything after it boilerplate ("dpa-Notizblock" too). A
Reuters trailer, an agency's "(ANSA)." or "/ritzau/" or an end mark
("Enditem", "(END)", "(end)") glued to the last paragraph is cut off it.

End marks in the languages of the wire ("ENDS", "(END)", "Ende", "(Schluss)",
"Fin", "Fim", "Lusa/Fim", "Koniec", "Konec", "Kraj", "Mwisho", "انتهای پیام",
"-- more --", "MORE",
"-0-", "-30-", and a take's continuation mark: "(Forts. mehr)", "(à suivre)"),
an agency's name after dashes ("-- BERNAMA"), a
notes-to-editors heading and a "For more information" or "Más información:"
heading open a closing part near the end, all boilerplate: what follows them
is contacts, initials and notes. Contact lines are recognised by their heading
and a colon, or by a desk's name with a phone number or address ("Redakcja
Kraków, tel. ..."); rights lines in several languages ("RIPRODUZIONE
RISERVATA", "Tous droits réservés"), agency message codes ("APA0312 5 II
0245", "AFP 141530 GMT MAR 26", AGI's "Red/Mau 011712 DIC 26") and ANPA
keyword lines ("BC-US-Rail-Strike,640": `keyword_slug` reads the slug off one
that opens a plain-text story), a syndication note, a "first published" line
("... was first published", "... a été publiée pour la première fois ..."),
the terms of reproduction of a rights footer (a word for republishing or
quoting with one for the permission or link it takes, in the languages of the
wire, naming an agency, a web address or ©) and an agency's name alone ("TT",
"rtr") are trailers.

Related links ("Read more:", "Related coverage:", "Lesen Sie auch:", "À lire
aussi :", "Lees ook:", "Les også:", "Читайте також:", "Pročitajte i:", "Baca
juga:", "Tin liên quan", "İlgili haber:", "Zobacz także:", "اقرأ أيضا:", "関連記事",
"Más en Andina:" ...) are boilerplate wherever they
stand: the heading with its headline on the same line, or a heading alone and
the headline-like paragraphs after it.

Leading editorial notes such as "(Adds comments, detail)", "(In Jan. 3
story, corrects ...)", "(ATTN: ADDS ...)", "EDITOR'S NOTE — ...", an embargo
line ("EMBARGOED TO 0001 SATURDAY DECEMBER 5", "Sperrfrist: ...") or AP's
"THIS IS A BREAKING NEWS UPDATE" are boilerplate too; `split_editorial_notes`
takes them off before the dateline is looked for.

A sentence that merely mentions a contact or a copyright, or a quote that
ends with "ends", is story text: trailers match whole short paragraphs of a
fixed shape, never a word inside prose.
"""

from __future__ import annotations

import re

from pipeline.clean.agencies import normalise_agency
from pipeline.clean.bylines import parse_byline
from pipeline.clean.datelines import is_date_stamp, is_web_stamp

# Contact addresses, one or several. Every quantifier is possessive: nothing that
# matched is taken back, so a run of addresses glued together cannot be cut up
# in exponentially many ways when the line turns out not to be a trailer.
_EMAIL = r"[\w.+-]++@[\w-]++\.[\w.-]++"
_URL = r"https?://\S++"
_ADDRESSES = rf"(?:{_EMAIL}|{_URL})(?:\s*+[/,;]?+\s*+(?:{_EMAIL}|{_URL}))*+"
# A desk or contact heading, in the languages of the wire.
_CONTACT_WORD = (
    r"(?:Redaktion(?:en)?|Redazione|Redakcja|Redacción|Rédaction|Redação|Redakce|Redaksjonen"
    r"|Redactie|Redacția|Redacţia|Redakcia|Uredništvo|Toimitus|Szerkesztőség|Redaksi"
    r"|Редакция|Редакція|Kontakt(?:person)?|Contactos?|Contatos?|Contatt[oi]|İletişim|Kontak"
    r"|Kapcsolat|Yhteystiedot|Контакт[ыи]?|Επικοινωνία|Pressestelle|Pressekontakt"
    r"|Contacts? presse|Press office"
    r"|(?:Media |Press )(?:contacts?|enquiries|inquiries|relations))"
)
_MORE_INFORMATION = (
    r"(?:For (?:more|further) information|(?:More|Further) information|Para más información"
    r"|Más información|Für (?:weitere|mehr) Informationen|Weitere Informationen|Rückfragehinweis"
    r"|Pour (?:plus d'|de plus amples )informations?|Plus d'informations"
    r"|Per (?:ulteriori |maggiori )?informazioni|(?:Para )?[Mm]ais informações"
    r"|Więcej informacji|Další informace|Meer informatie|Mer informa(?:sjon|tion)"
    r"|Mere information)"
)
RIGHTS = (
    r"(?:all rights reserved|alle Rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados|riproduzione riservata|wszelkie prawa zastrzeżone"
    r"|všechna práva vyhrazena|tüm hakları saklıdır|todos os direitos reservados"
    r"|všetky práva vyhradené|minden jog fenntartva|sva prava pridržana|visas tiesības aizsargātas"
    r"|visos teisės saugomos|kaikki oikeudet pidätetään|alle rettigheder forbeholdes"
    r"|hak cipta (?:terpelihara|dilindungi)|усі права захищені|все права защищены"
    r"|всички права запазени)"
)
# A rights footer that sets the terms of reproduction: a word for republishing, quoting or
# harvesting the copy (for AI too) and one for the permission or link it takes ("Jebkādu
# LETA publicēto ziņu pārpublicēšana ... bez LETA rakstiskas atļaujas ir aizliegta.", "При
# цитуванні ... гіперпосилання ...", "Dilarang keras mengambil konten ... tanpa izin ...",
# "무단 전재-재배포 ... 금지", "無断転載を禁じます").
_REPRODUCTION = (
    "reproduc", "republi", "redistribut", "quoting", "nachdruck", "weiterverbreit", "reprodu",
    "przedruk",
    "kopírován", "pārpublicē", "perspausdin", "перепублік", "передрук", "цитуванн", "перепечат",
    "препечат", "crawl", "data mining", "mengambil konten", "mengutip", "menyalin", "전재",
    "재배포", "転載", "複製", "转载",
)  # fmt: skip
_REPRODUCTION_TERMS = (
    "permission", "permitted", "prohibited", "forbidden", "hyperlink", "genehmigung", "verboten",
    "untersagt",
    "autoris", "interdit", "prohibid", "proibid", "vietat", "zabronion", "zakázán", "zakázan",
    "atļauj", "aizliegt", "leidim", "draudžiam", "гіперпосилан", "посилання", "обов'язков",
    "обов’язков", "дозвол", "заборон", "разрешени", "запрещ", "забранен", "dilarang", " izin",
    "금지", "禁じ", "禁止",
)  # fmt: skip
_REPRODUCTION_LENGTH = 400
_WEB_ADDRESS = re.compile(r"\w\.(?:[a-z]{2,3}|info)\b|www\.|https?://")
_WORD_PUNCTUATION = "«»\"'“”„()[],.;:!?"
_END_WORD = (
    r"(?:ends?|ende|schluss|fin|fim|koniec|konec|slutt?|loppu|einde|more|kraj|vége|τέλος"
    r"|конец|край|кінець|hết|完|انتهى|mwisho|انتهای پیام"
    # A take that more takes follow: "(Forts. mehr)", "(à suivre)", "(sigue)", "(segue)".
    r"|forts\.(?: (?:mehr|folgt))?|fortsetzung folgt|mehr|à suivre|sigue|segue|continua"
    r"|wordt vervolgd|fortsættes|fortsetter|fortsätter|jatkuu)"
)
_NOTES_TO_EDITORS = (
    r"(?:Notes? (?:to|for) (?:editors|readers)|Editor'?s'? notes?|Ed\.? note"
    r"|Anm(?:erkung)?\.? d(?:er)?\.? Red\.|Hinweis (?:für|an) die Redaktion(?:en)?"
    r"|Note de la rédaction|NDLR|Nota (?:del editor|de la redacción|della redazione|do editor"
    r"|da redação)|Nota dla redakcji)"
)
# EFE's marks of the pictures and video that go with the story: "(photo) (video)".
_MEDIA_MARK = r"\((?i:photo|foto|video|vídeo|audio|infograf[íi]a|graphic)\)"
_TRAILER = re.compile(
    r"^(?:"
    r"\(?\s*(?:Additional\s+)?(?:Reporting|Writing|Editing|Edited|Compiled|Research|Graphics?"
    r"|Translated|Translation|Production|Fact-?checking|Photos?|Video|Sub-?editing)"
    r"(?:\s+by\b|\s*:).*"
    r"|\(?\s*(?:Reporte|Reportaje|Reportagem|Edición|Edição|Editado|Editada)(?:\s+adicional)?"
    r"(?:\s+(?:de|por)\b|\s*:).*"
    # Reuters' services in other languages: "(Reportage Name, avec Name; rédigé par Name,
    # édité par Name)", "(Bericht von Name, redigiert von Name. Bei Rückfragen ...)".
    r"|\(\s*(?:Reportage|Bericht|Reportaje|Reportagem|Servizio|Verslag|Información|Informação)"
    r"\b[^()]{0,200}?\b(?:rédigé|édité|redigiert|bearbeitet|editado|editada|edición|edição"
    r"|a cura|curato|bewerkt)\b.*\)"
    r"|(?:-{1,3}|–|—)?\s*With (?:additional )?(?:assistance|files) (?:from|by)\b.*"
    # The language the story was first written in: "(Original version in French)",
    # "(Translated from German)", "(Traduit de l'anglais)".
    r"|\(\s*(?:Original (?:version|text) in|Translated from|Traduit de|Traducido del?"
    r"|Übersetzt aus dem|Tradotto dal?|Traduzido do|Vertaald uit het)\b[^()]{1,40}\)"
    r"|To contact (?:the )?(?:reporters?|editors?|authors?|writers?)\b.*"
    r"|-\s*(?:Reporting|Editing|Writing|Tel|Contact)\b.*"
    r"|(?:Tel|Phone|Fax|E-?mail)\s*[:.].*"
    r"|\(?\s*(?:©|\(c\)|Copyright\s*(?:©|\(c\))?\s*(?:\d{4}|[A-Z][\w.-]*\s*\d{4})).*"
    r"|Our Standards:.*|Sign up (?:for|here|to)\b.*|Click (?:for|here)\b.*"
    r"|(?:-{1,3}|—)?\s*(?:ends?|END|ENDS|End)\s*(?:-{1,3}|—)?"
    rf"|-?\s*{_CONTACT_WORD}\b.{{0,160}}?(?:@|\+\d|\b(?:tel|tél|phone|fax)\b).*"
    rf"|{_MORE_INFORMATION}\b(?:[^:]{{0,60}}:.*|.{{0,120}}?(?:@|\+\d|https?://|www\.).*)"
    rf"|{_NOTES_TO_EDITORS}\s*[:—–-].*"
    # "RIPRODUZIONE RISERVATA ...", "© 2026 Example, all rights reserved"
    r"|(?:[^.!?\n]{0,100}?(?:©|\(c\)|copyright|\d{4})[^.!?\n]{0,60}[.,]\s*)?"
    rf"{RIGHTS}\b.{{0,160}}"
    r"|\+\d[\d ()./-]{6,20}\d|\(?0\d{1,4}\)?[ /.-]\d[\d ./-]{4,14}\d"
    r"|(?:[-–—_=*~#]\s*){2,}"
    r"|.{0,160}\b(?:contributed to this (?:report|story|article)|helped with this story"
    r"|contribuy(?:ó|eron) (?:a|con) (?:este|esta) (?:despacho|informe|nota|reportaje)"
    r"|contribuí(?:u|ram) para (?:este|esta) (?:despacho|reportagem|matéria|notícia)"
    r"|(?:a|ont) contribué à (?:cet|ce|cette) (?:article|reportage|dépêche)"
    r"|can be reached at|was first published|a été publiée? pour la première fois"
    r"|a d'abord été publiée?|fue publicad[oa] (?:por primera vez|originalmente)"
    r"|foi publicad[oa] (?:pela primeira vez|originalmente)|pubblicat[oa] per la prima volta"
    r"|(?:zuerst|erstmals) veröffentlicht"
    r"|story was (?:generated|produced) by"
    r"|is distributed by|Distributed by|auto-generated from a syndicated feed"
    r"|has not been edited by)\b.*"
    r"|Follow (?:\S+ ){1,4}on (?:Twitter|X|Facebook|Instagram)\b.*"
    # The distributor's line closing a press release: ots' "Original-Content von: ...,
    # übermittelt durch news aktuell".
    r"|Original-Content von:.*"
    r"|Keywords?:.*|Embed\s*\([^()]*\)\s*:?"
    # The editors credited in brackets in Japanese and Chinese copy: "（山本健一 編集：佐藤由美）",
    # "【责任编辑：赵敏】".
    r"|[（(【\[][^（）()【】\[\]\n]{0,30}(?:編集|编辑|編輯)\s*[:：][^（）()【】\[\]\n]{1,30}[）)】\]]"
    # A desk's note set between asterisks: "*** Serviço áudio disponível em www.lusa.pt ***".
    r"|\*{2,}[^*]{1,120}\*{2,}"
    rf"|={{2,}}\s*[^\W\d_][\w .-]{{0,30}}|(?:{_ADDRESSES}\s*)?\(END\)"
    r"|End\s?item(?:/[A-Za-z]{1,4})?"
    rf"|{_MEDIA_MARK}(?:\s+{_MEDIA_MARK})*"
    rf"|-?\s*(?:{_CONTACT_WORD}|Autor(?:ka|zy|ki|ři)?"
    r"|(?:Media |Press |Investor )?Contacts?)(?:\s+[^\W\d_][\w-]*){0,3}\s*:.*"
    rf"|{_ADDRESSES}"
    # A help line's name and number, as stories on suicide or abuse end: "Lifeline 13 11 14".
    r"|(?:[^\W\d_][\w'’&.-]*[ :]\s*){1,4}\(?\+?\d(?:[ ./()-]{0,2}\d){5,14}"
    r")$",
    re.I | re.S,
)
# ANPA's keyword line, the slug and the word count: "BC-US-Rail-Strike,640",
# "^BC-LT--Argentina-Cancer Beauty,466<"; without a count, a slug without spaces.
_KEYWORD_LINE = re.compile(
    r"\^?(?P<slug>(?:BC|AM|PM|AP)(?:-[\w.&'/]*)+(?:\s[\w.&'/-]+){0,5}?)\s?,\s?\d{2,5}<?"
    r"|\^?(?P<bare>(?:BC|AM|PM)(?:-[\w.&'/]*){2,})<?"
)
_KEYWORD_LINE_LENGTH = 120
# Sign-offs are case-sensitive: "AFP sn" and "hh/ph/ts/hd" are, "AP is ..." is not.
_SIGN_OFF = re.compile(
    r"^(?:(?:AFP|dpa|DPA|AP|ANSA|EFE|Reuters|AAP|NTB|TT|STT|Ritzau)"
    r"(?:\s+[a-z0-9à-öø-ÿ]{1,6}(?:[/-][a-z0-9à-öø-ÿ]{1,6})*){1,8}"
    r"|(?:PTI|IANS|ANI|UNI)(?:\s+[A-Z]{2,4}){1,6}|[A-Z]{1,4}(?:\s*//\s*[A-Z]{1,4})+"
    r"|[a-z]{1,5}(?:\s?[-/.]\s?[a-z]{1,5}){1,10}/?|[a-z]{2,4}(?:\s[a-z]{2,4}){1,3}"
    # The agency and the editors' initials: "APP/mzr/kha", "(Hina) tj vs".
    # The desk's code in parentheses may be in lower case: TASR's "(spr) mm jh".
    r"|[A-Z]{2,8}(?:/[a-z]{2,5}){1,6}|\([A-Za-z]{2,12}\)(?:\s+[a-z]{1,5}){1,6}"
    # The desk's codes in capitals, "NTX/JGR/MVM", "GVD/", PTI's "SKU ZMN" without the
    # agency's name; an editor's initials, "A.B.", "M.N".
    # BSS's "BSS/AAS/MKB/1520 hrs" gives the filing time after the codes.
    r"|[A-Z]{2,5}(?:/[A-Z]{2,5}){1,6}(?:/\s?\d{4}\s?(?:hrs|GMT|UTC))?/?|[A-Z]{2,5}/"
    r"|[A-Z]{2,4}(?:\s[A-Z]{2,4}){1,3}"
    # Editors' initials, one or several parted by slashes: "A.B.", "M.N", "M.K/A.A", "R.Sh."
    r"|(?:[A-Z][a-z]?\.\s?){1,3}|[A-Z](?:\.\s?[A-Z][a-z]?){1,2}\.?"
    r"(?:\s?/\s?[A-Z](?:\.\s?[A-Z][a-z]?){0,2}\.?){0,3}"
    # Initials parted by full stops, perhaps after a slash: WAFA's "/ع.ف", "/M.K.", or between
    # slashes: ATA's "/j.p/".
    r"|/(?:[A-Z][a-z]?\.\s?){1,3}|/[a-z]{1,3}(?:\.[a-z]{1,3}){1,3}\.?/|/?[\u0600-\u06ff]{1,2}(?:\.[\u0600-\u06ff]{1,2}){1,3}\.?"
    # Initials in Arabic script, parted by slashes: AFP's Arabic "س ح/ع ش/ب ق".
    r"|[\u0600-\u06ff]{1,2}(?: [\u0600-\u06ff]{1,2})?"
    r"(?:\s?/\s?[\u0600-\u06ff]{1,2}(?: [\u0600-\u06ff]{1,2})?){1,5}"
    # The writer's initials and the agency in parentheses, with the time and date it was
    # filed: Dire's "(Mar/ Dire) 12:41 03-12-26".
    r"|\([A-Z][a-z]{0,4}\s?/\s?[A-Z][\w-]{1,15}\)\s+\d{1,2}[:.]\d{2}\s+\d{2}[-./]\d{2}[-./]\d{2,4}"
    # A desk's numeric code, IRNA's "3483**1424".
    r"|\d{2,6}(?:\s?[*#]{1,3}\s?\d{2,6}){1,3}"
    # "/ritzau/", "/ritzau/AFP"; "ah/ba (dpa, afp)", "(gtr/ap)"; "AGERPRES/(AS - autor: ...)";
    # the teletype's end of message "NNNN".
    r"|/[^\W\d_]{2,15}/(?:[A-Za-z]{2,12})?"
    r"|[a-z]{1,5}(?:\s?/\s?[a-z]{1,5}){1,10}\s*\([A-Za-z]{2,12}(?:\s*[,/]\s*[A-Za-z]{2,12}){0,4}\)"
    r"|\([a-z]{1,5}(?:/[a-z]{1,5}){1,5}\)|[A-Z]{2,12}\s?/\s?\([^()]{1,200}\)|NNNN"
    # Message codes: APA's "APA0312 5 II 0245 ...", AFP's "AFP 141530 GMT MAR 26".
    r"|[A-Z]{2,6}\d{3,5}\s+\d{1,2}\s+[A-Z]{2,3}\s+\d{4}\b.{0,60}"
    # ... or with the date and time it was filed: "APA0231 2026-12-04/09:47".
    r"|[A-Z]{2,6}\d{3,5}\s+\d{4}-\d{2}-\d{2}(?:[/ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?"
    # AFP's "AFP 141530 GMT MAR 26", AGI's "Red/Mau 011712 DIC 26": the desk, day and time,
    # month and year.
    r"|[A-Z][A-Za-z-]{1,12}(?:/[A-Z][A-Za-z-]{1,12})*\s+\d{6}(?:\s+GMT)?\s+[A-Z]{3}\s+\d{2}"
    rf"|{_KEYWORD_LINE.pattern}"
    r"|\(\s*(?:©\s*)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}\s*\)"
    rf"(?:\((?:www\.|https?://)[^()\s]{{3,60}}\))?\.?)$"
)
# Any known agency (or its service after a hyphen, "dpa-infocom") and the desks' and editors'
# codes: "STA ks/mh", "Tanjug ab", "dpa-infocom/lni/jst xx a3 hab".
_CODE = r"[a-z0-9]{1,6}(?:[/-][a-z0-9]{1,6})*"
_AGENCY_INITIALS = re.compile(
    rf"^(?P<agency>[^\W\d_][\w-]{{1,15}})(?:(?:/[a-z0-9]{{1,6}})+(?:\s+{_CODE}){{0,4}}"
    rf"|(?:\s+{_CODE}){{1,4}})$"
)
# The agency, the reporter and the editor who sign the story off: "WAM/Rasha Hamdan/Khalid
# Nasser", in any script ("وام/أحمد النعيمي/مريم الشامسي"); the agency in capitals where the
# script has them.
_AGENCY_AND_NAMES = re.compile(
    r"^(?P<agency>[^\W\d_]{2,8})(?:\s?/\s?[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3}){1,4}$"
)
# The reporter and the editor who sign the story off, without the agency: "Rasha Milhem /
# Mazen Eyon" (SANA).
_PERSON = r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2}"
_NAMES_SIGN_OFF = re.compile(rf"^{_PERSON}(?: / {_PERSON}){{1,3}}$")
# A web page's note on what only subscribers get; looked for in paragraphs that name them.
_SUBSCRIBERS_NOTE = re.compile(
    r"\b(?:contains only an? (?:portion|part|selection|summary) of"
    r"|contact us for (?:subscription|licensing|syndication)"
    r"|(?:full|complete) (?:text|version|story) (?:is )?available (?:only )?to subscribers)\b",
    re.I,
)
# Antara's credits, one or several on a line: "Pewarta: Budi Santoso / Editor: Siti Rahma".
_CREDIT_LABEL = re.compile(
    r"(?<!\w)(?:Pewarta(?: foto)?|Penulis|Editor(?: online| foto)?|Redaktur|Reporter|Fotografer"
    r"|Penerjemah)\s*:",
    re.I,
)
_CREDITED_NAME_LENGTH = 60
_NOT_IN_A_NAME = re.compile(r"[:?!]")
# "Anna Kowalska (PAP)": an author signing with the agency's name.
_SIGNED = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){1,4}\(([^()]{2,20})\)\.?$")
_SECTION_START = re.compile(
    r"^(?:#{1,3}\s*(?:dpa\s+)?(?:notebook|notizblock|notes?)\b.*|dpa[- ](?:notebook|notizblock)"
    r"|(?:\*\s*){3,}"
    r"|The following information is not (?:intended )?for publication.*"
    r"|Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt.*)$",
    re.I,
)
_RELEASE_HEADING = re.compile(
    # the profile's heading names the company: a capital follows, perhaps after an article
    r"^(?:(?:About|Über|À propos d[e'’]|Acerca de|Sobre|Informazioni su|Om|Over)\s+"
    r"(?:(?:the|die|der|das|la|le|les|el|los|il|lo|a|o|de|het)\s+)?(?-i:[A-ZÀ-ÞĀ-Ž])[^.!?:\n]{1,60}"
    r"|Forward[- ]Looking Statements?|Safe Harbou?r Statement|Cautionary (?:Note|Statement)s?"
    r"(?: Regarding Forward[- ]Looking Statements)?|Zukunftsgerichtete Aussagen"
    r"|Déclarations prospectives|Declaraciones (?:prospectivas|a futuro))$",
    re.I,
)
# Near the end, these open a part that is all boilerplate: AP's taglines after a
# rule, a press release's contacts, what follows an end mark or a notes-to-editors
# heading. Each reaches back as far as the part it opens runs long.
_END_MARK = re.compile(
    rf"^(?:[-—(（/]{{0,3}}\s*{_END_WORD}\s*[-—)）/]{{0,3}}|[^\W\d_][\w-]{{1,15}}/(?:fim|fin|ende|end)"
    r"|-0-|-30-)"
    r"(?:\s+[a-z]{1,5}(?:[/-][a-z]{1,5})*/?)?$",
    re.I,
)
# An agency's name after dashes signs the story off ("-- BERNAMA", "--IANS"); the desk's
# initials may follow.
_AGENCY_SIGN_OFF = re.compile(
    r"^(?:-{1,3}|–|—)\s*(?P<agency>[^\W\d_][\w-]{1,15})\s*(?:-{1,3}|–|—)?$"
)
_CLOSING_SECTIONS = (
    (re.compile(r"^(?:_{3,}|(?:Media |Press |Investor )?Contacts?:?|Pressekontakt:?)$", re.I), 4),
    # A press release's company profile and its legal notes close it, before the contacts:
    # "About Acme", "Über die Acme AG", "Forward-Looking Statements".
    (_RELEASE_HEADING, 12),
    # "To contact the reporters on this story:", a heading over the names and addresses.
    (re.compile(r"^To contact (?:the )?(?:reporters?|editors?|authors?|writers?)\b.*:$", re.I), 6),
    (_AGENCY_SIGN_OFF, 3),
    (_END_MARK, 6),
    (re.compile(rf"^{_NOTES_TO_EDITORS}\s*:?$", re.I), 6),
    (re.compile(rf"^{_MORE_INFORMATION}[^:.]{{0,60}}:?$", re.I), 8),
)
# Related links: a heading, with a headline after its colon or in the paragraphs after it.
_RELATED = re.compile(
    r"^(?:Read (?:more|also)|Related(?: coverage| news| stories| articles| content)?|See also"
    r"|Lesen Sie (?:auch|mehr)|Mehr zum Thema|(?:À|A) lire aussi|Lire aussi|Voir aussi"
    r"|Lee (?:también|más)|Leia (?:também|mais)|Leggi anche|Czytaj (?:też|także|również)"
    r"|Čtěte (?:také|též)|Lees ook|Les også|Läs (?:också|även|mer)|Læs (?:også|mere)|Lue myös"
    r"|Читайте (?:також|также|ще)|Читати також|Прочетете (?:още|също)|Pročitajte (?:i|još)"
    r"|Přečtěte si také|Prečítajte si (?:aj|tiež)|Olvassa el ezt is|Lasīt arī|Skaitykite taip pat"
    r"|Baca (?:juga|lagi)|Tin liên quan|Notizie correlate|Noticias relacionadas"
    r"|Notícias relacionadas|Articles liés|Sorodne novice|Povezane (?:vijesti|vesti)"
    r"|Související články|Súvisiace články|Relaterte saker|Relaterade artiklar"
    r"|Relaterede artikler"
    # Turkish, Greek, Romanian, Polish, Spanish, Arabic, Chinese, Japanese and Korean headings.
    r"|[İI]lgili (?:haber(?:ler)?|haberi)|Διαβάστε (?:επίσης|ακόμη)|Cite[șşs]te (?:și|şi|si)"
    r"|Zobacz (?:też|także|również)|Lea también|Te puede interesar|اقرأ (?:أيضا|أيضاً|ايضا)"
    r"|相关(?:新闻|阅读|报道)|関連記事|관련\s?기사"
    # "Más en Andina:", "More from Kyodo:": a known agency's other stories, with a colon.
    r"|(?:More|Más|Mais|Mehr|Plus|Più) (?:from|on|en|em|von|de|da|di|sur)"
    r" (?P<agency>[A-Z][\w-]+)(?=\s*:))"
    r"\s*(?::\s*(?P<headline>.*))?$",
    re.I,
)
# Closing headings and marks are short; a paragraph longer than this is not one.
_HEADING_LENGTH = 80
_LINK_MAX_WORDS = 20
_LINKS_AFTER_HEADING = 6
_SENTENCE_END = re.compile(r"[.!?:;\"'»”]$")
_GLUED_TRAILER = re.compile(
    r"\s+(\((?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled)\s+by\b[^()]*\))\s*$"
    # An end mark before an agency in parentheses: "(END)" is one, not an agency's name. The
    # agency may give its web address after it, without a space: "...2027.(NAN)(www.nan.ng)".
    r"|(?<=[.!?\"»])\s*(?:End\s?item|ENDITEM|\((?:END|[Ee]nd)\)|ENDS?"
    rf"|{_MEDIA_MARK}(?:\s+{_MEDIA_MARK})*"
    r"|(\(([^\W\d_][\w-]{1,15})\)(?:\((?:www\.|https?://)[^()\s]{3,60}\))?\.?)"
    r"|/([^\W\d_][\w-]{1,15})/(?:[A-Za-z]{2,12})?)$"
    # TNA signs off with its name after ".-": "... กลางปีหน้า.-สำนักข่าวไทย" (Thai's vowel
    # and tone marks are no word characters).
    r"|\.-\s?([^\s.\d-][^\s.]{1,20})$"
)
_EDITORIAL_NOTE = re.compile(
    r"^\((?:Adds|Updates|Recasts|Corrects|Refiles|Repeats|Fixes|Changes|Removes|Inserts|Rewrites"
    r"|Releases|Reissues|Re-issues|Moves|Advances|Writes through|Deletes|Clarifies|Embargoed"
    r"|In [^()]{1,120}? story,?|(?:ATTN|Attention|Eds|Editors)(?=\s*:))\b[^()]*\)$",
    re.I,
)
_LEADING_NOTE = re.compile(rf"^{_NOTES_TO_EDITORS}\s*[:—–-]\s*\S.*$", re.I | re.S)
# A correction note says what was corrected, opening or closing the story: "Rettet: I en
# tidligere version ...".
_CORRECTION_NOTE = re.compile(
    r"^(?:Correction|Corrected|Clarification|Rettet|Rettelse|Korrektion|Korrigeret|Korrigert"
    r"|Rättelse|Rättad|Berichtigung|Korrektur|Korrigiert|Corrección|Corregido|Rectificación"
    r"|Correção|Corrigido|Rectificatif|Correctif|Corrigé|Correzione|Rettifica|Oprava"
    r"|Sprostowanie|Korekta|Correctie|Rectificatie|Oikaisu|Korjattu|Ispravak|Popravek)"
    # when, as update notes say it: "Korjattu klo 11.05:", "Corrected at 14:20 GMT:"
    r"(?:\s[^:\n]{0,40}?\d[\d:./h]*[^:\n]{0,20})?\s*:\s*\S.*$",
    re.I | re.S,
)
# "Izvor: Tanjug", "Fuente: EFE": a line naming the agencies the story comes from.
# An update note says when and what was added, opening or closing the story: "Juttua
# päivitetty klo 14.20: lisätty ...", "Updated at 14:20 GMT: adds ...".
_UPDATE_NOTE = re.compile(
    r"^(?:[^\W\d_]+\s+)?(?:updated|päivitetty|uppdaterad|uppdaterat|opdateret|oppdatert"
    r"|aktualisiert|mis à jour|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt"
    r"|zaktualizowan[oy]|aktualizováno|aktualizovan[oé]|frissítve|güncellendi)\b"
    # what was added after a colon, or after a word for "with": "Opdateret kl. 14.10 med ...".
    r"[^:\n]{0,40}?\d[\d:./h]*(?:[^:\n]{0,20}:|\s+(?:with|med|mit|avec|con|com|met|z|ze))"
    r"\s+\S.{0,200}$",
    re.I | re.S,
)
# "This story ...", "Ce reportage ...", "Dieser Text ...": a note on the story itself opens so.
_THIS_STORY = (
    r"(?:This|Ce|Cet|Cette|Este|Esta|Dieser|Diese|Dieses|Questo|Questa|Denne|Dette|Deze|Dit"
    r"|Denna|Detta)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:story|article|report|text|item|series|project|version|reportage"
    r"|dépêche|texte|reportaje|artículo|texto|nota|noticia|historia|versión|reportagem|matéria"
    r"|artigo|notícia|história|versão|Beitrag|Artikel|Bericht|Meldung|articolo|servizio|testo"
    r"|notizia|artikel|artikkel|artiklen|artikkelen|artikeln|tekst|teksten|texten|reportasje"
    r"|bericht)\b"
)
# A note on who funds the coverage: "The Associated Press receives support from ... The AP is
# solely responsible for all content.", "This story was produced with the financial assistance
# of ...", "Ce reportage a été produit avec l'aide financière ...".
_SUPPORT_NOTE = re.compile(
    r"^(?:[^.!?\n]{0,80}\breceives? (?:financial )?support\b.{0,300}?"
    r"\b(?:solely responsible|seule? responsable)\b"
    rf"|{_THIS_STORY}[^.!?\n]{{0,60}}?\b(?:with|avec|con|com|mit|grâce à|thanks to)\b"
    r"[^.!?\n]{0,20}?\b(?:financial|financière|financier|financiero|financiera|financeiro"
    r"|financeira|finanzieller|finanziario|finanziaria|økonomisk)\b).{0,300}$",
    re.I | re.S,
)
# A note that a machine wrote the story and an editor checked it: "This story was first
# generated with the help of an automated tool ...", "Dieser Text wurde mit Hilfe künstlicher
# Intelligenz erstellt ...".
_AUTOMATION_NOTE = re.compile(
    rf"^{_THIS_STORY}(?=[^\n]{{0,160}}?\b(?:generated|generiert|erstellt|généré|générée"
    r"|generad[oa]|gerad[oa]|generat[oa]|generert|genereret|genererad|written|drafted|created"
    r"|produced)\b)"
    r"(?=[^\n]{0,160}?\b(?:automated|automatically|automatisch|automatiquement|automáticamente"
    r"|automaticamente|automatisk|artificial intelligence|künstliche[rn]? Intelligenz"
    r"|intelligence artificielle|inteligencia artificial|inteligência artificial"
    r"|intelligenza artificiale|kunstig intelligens|AI|KI|IA)\b).{0,400}$",
    re.I | re.S,
)
# "This story has been updated to include ...", "This is a corrected story.", "Esta historia
# fue corregida para precisar ...": a note on the version, without the time an update note
# gives: the story, a word for "has been" or "was" and one for updated or corrected.
_REVISED = (
    r"(?:updated|corrected|revised|amended|actualizad[oa]|corregid[oa]|rectificad[oa]"
    r"|atualizad[oa]|corrigid[oa]|mise? à jour|corrigée?|rectifiée?|aktualisiert|korrigiert"
    r"|berichtigt|aggiornat[oa]|corrett[oa]|bijgewerkt|gecorrigeerd|opdateret|korrigeret|rettet"
    r"|oppdatert|korrigert|uppdaterad|uppdaterat|korrigerad|korrigerat|uppdaterats"
    r"|korrigerats|rättats)"
)
_VERSION_NOTE = re.compile(
    rf"^(?:{_THIS_STORY}\s+(?:has been|was|ha sido|fue|foi|a été|wurde|ist|è stat[oa]"
    rf"|er blevet|blev|har blitt|ble|er|har blivit|har|is|werd|zijn)\s+{_REVISED}"
    r"|This is an? (?:updated|corrected) (?:story|version)|This is a breaking news update"
    r"|Esta es una actualización de última hora)\b.{0,200}$",
    re.I | re.S,
)
# An embargo line above the story: "EMBARGOED TO 0001 SATURDAY DECEMBER 5", "Sperrfrist:
# Freitag, 10.00 Uhr"; a word for until, or a colon, and a time or date follow the word.
_EMBARGO_NOTE = re.compile(
    r"^\(?\s*(?:Embargo(?:ed)?|Sperrfrist|Sperrefrist)\s*(?::|-|–|—|\b(?:to|until|till|for|bis"
    r"|jusqu'|jusqu’|hasta|fino|tot|til|do))[^\n]{0,80}\d[^\n]{0,60}$",
    re.I,
)
# An urgency mark on a line of its own above the headline or the text: "URGENT", "EILMELDUNG",
# "URGENTE", "FLASH", "ÚLTIMA HORA", "СРОЧНО", "عاجل" in the wires' languages. It says how
# fast the story was sent, not what happened; in a sentence the words stay. Alone, it is no
# story text wherever it stands (a boilerplate line fed back closes the text).
_URGENCY_MARK = re.compile(
    r"^[*+(\[]*\s*(?:urgent|urgente|urgenti|eilmeldung|eil|flash|breaking(?: news)?|bulletin"
    r"|alert|alerte|alerta|última hora|ultima ora|ostatnia chwila|pilne|naléhavé|spoed|haster"
    r"|brådskande|kiireellinen|sürgős|son dakika|hitno|nujno|срочно|терміново|спешно|έκτακτο"
    r"|επείγον|عاجل|فوری|快讯|速報|속보|dharura|haraka)\s*[!:.)\]*+]*$",
    re.I,
)
_SOURCE_LINE = re.compile(
    r"^(?:Sources?|Izvor|Извор|Fuente|Fonte|Quelle|Źródło|Zdroj|Kilde|Källa|Lähde|Vir|Forrás"
    r"|Sursa|Kaynak|Nguồn|Источник|Джерело|Bron)\s*:\s*(?P<agencies>[^:]{2,80})$",
    re.I,
)
_AGENCY_LIST = re.compile(r"\s*[,/;]\s*|\s+(?:and|und|et|y|e|i|og|och|en|и|і)\s+")
_FIRST_WORD = re.compile(r"^[\W_]*([^\W\d_][\w-]*)")
# An agency's name of two or three words opening a line: "Anadolu Agency", "Kyodo News".
_FULL_NAME_WORDS = 3
_MAX_TRAILER_LENGTH = 600
_AGENCY_ALONE_LENGTH = 40


def is_trailer(paragraph: str) -> bool:
    """The paragraph is a trailer of one of the shapes above, whatever stands around it."""
    if len(paragraph) > _MAX_TRAILER_LENGTH:
        return False
    if (
        _TRAILER.match(paragraph)
        or _SIGN_OFF.match(paragraph)
        or _opens_closing_part(_AGENCY_INITIALS, paragraph)
        or _END_MARK.match(paragraph)
        or (paragraph.startswith("|") and is_date_stamp(paragraph[1:]))
        or is_web_stamp(paragraph)
    ):
        return True
    if len(paragraph) <= _AGENCY_ALONE_LENGTH and normalise_agency(paragraph.strip("()-–—=/. ")):
        return True  # "TT", "rtr", "-- AFP --"
    if (
        is_signed_by_names(paragraph)
        or _NAMES_SIGN_OFF.match(paragraph)
        or _is_credits(paragraph)
        or _is_subscribers_note(paragraph)
        or _is_reproduction_terms(paragraph)
        or _is_closing_byline(paragraph)
        or _is_source_line(paragraph)
        or _CORRECTION_NOTE.match(paragraph)
        or _UPDATE_NOTE.match(paragraph)
        or _VERSION_NOTE.match(paragraph)
        or _EMBARGO_NOTE.match(paragraph)
        or _URGENCY_MARK.match(paragraph)
        or _SUPPORT_NOTE.match(paragraph)
        or _AUTOMATION_NOTE.match(paragraph)
    ):
        return True
    signed = _SIGNED.match(paragraph)
    return bool(signed and normalise_agency(signed.group(1)))


def is_signed_by_names(paragraph: str) -> bool:
    """ "WAM/Rasha Hamdan/Khalid Nasser": a known agency, then the people who sign off."""
    match = _AGENCY_AND_NAMES.match(paragraph)
    agency = match.group("agency") if match else ""
    return bool(agency and not any(c.islower() for c in agency) and normalise_agency(agency))


def _is_reproduction_terms(paragraph: str) -> bool:
    """A rights footer's terms: reproduction and its conditions, naming whose copy it is
    (an agency, a web address, ©); a sentence about reproducing something else is not."""
    if len(paragraph) > _REPRODUCTION_LENGTH:
        return False
    lowered = paragraph.lower()  # word stems are looked for as substrings: fast
    return (
        any(w in lowered for w in _REPRODUCTION)
        and any(w in lowered for w in _REPRODUCTION_TERMS)
        and (
            "©" in paragraph
            or "(c)" in lowered
            or _WEB_ADDRESS.search(paragraph) is not None
            or any(normalise_agency(w.strip(_WORD_PUNCTUATION)) for w in paragraph.split())
        )
    )


def _is_closing_byline(paragraph: str) -> bool:
    """ "(By Lin Pei-shan and Huang Yi-chen)", "By Jane Doe": the reporters credited after
    the story (a byline that closes it opens nothing)."""
    if paragraph.startswith("(") and paragraph.endswith(")"):
        paragraph = paragraph[1:-1]
    return parse_byline(paragraph) is not None


def _is_source_line(paragraph: str) -> bool:
    """ "Izvor: Tanjug", "Fuente: EFE y AFP": known agencies named as the story's source."""
    match = _SOURCE_LINE.match(paragraph)
    agencies = _AGENCY_LIST.split(match.group("agencies").strip(" .")) if match else []
    return bool(agencies) and all(normalise_agency(agency) for agency in agencies)


def _is_subscribers_note(paragraph: str) -> bool:
    return "ubscri" in paragraph and bool(_SUBSCRIBERS_NOTE.search(paragraph))


def _is_credits(paragraph: str) -> bool:
    """Labelled names and nothing else: "Pewarta: Budi Santoso / Editor: Siti Rahma"."""
    if not _CREDIT_LABEL.match(paragraph):
        return False
    labels = list(_CREDIT_LABEL.finditer(paragraph))
    ends = [label.start() for label in labels[1:]] + [len(paragraph)]
    spans = zip(labels, ends, strict=True)
    names = (paragraph[label.end() : end].strip(" /|,\n") for label, end in spans)
    # A question or an exclamation after "Reporter:" is an interview's line, not a credit.
    return all(
        0 < len(name) <= _CREDITED_NAME_LENGTH and not _NOT_IN_A_NAME.search(name) for name in names
    )


def _glued_trailer(paragraph: str) -> re.Match[str] | None:
    """A Reporting-by trailer, an end mark or an agency's "(ANSA)." or "/ritzau/", glued to
    the end of a paragraph."""
    glued = _GLUED_TRAILER.search(paragraph)
    agency = glued.group(3) or glued.group(4) or glued.group(5) if glued else None
    if agency and not normalise_agency(agency):
        return None
    return glued


def split_editorial_notes(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(paragraphs, the notes that open the story: "(Adds ...)", "EDITOR'S NOTE — ...",
    "URGENT")."""
    index = 0
    while index < len(paragraphs) and _is_leading_note(paragraphs[index]):
        index += 1
    return paragraphs[index:], paragraphs[:index]


def _is_leading_note(paragraph: str) -> bool:
    return bool(
        _EDITORIAL_NOTE.match(paragraph)
        or _LEADING_NOTE.match(paragraph)
        or _CORRECTION_NOTE.match(paragraph)
        or _UPDATE_NOTE.match(paragraph)
        or _VERSION_NOTE.match(paragraph)
        or _EMBARGO_NOTE.match(paragraph)
        or _URGENCY_MARK.match(paragraph)
    )


def _is_link_headline(paragraph: str) -> bool:
    return (
        len(paragraph.split()) <= _LINK_MAX_WORDS
        and not _SENTENCE_END.search(paragraph)
        and not is_trailer(paragraph)
    )


def _related_heading(paragraph: str) -> re.Match[str] | None:
    related = _RELATED.match(paragraph)
    agency = related.group("agency") if related else None
    return None if agency and not normalise_agency(agency) else related


def _split_related_links(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(paragraphs, related-link lines), the first paragraph always kept."""
    body = paragraphs[:1]
    links: list[str] = []
    index = 1
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        related = _related_heading(paragraph)
        headline = related.group("headline") if related else None
        if related is None or (headline and len(headline.split()) > _LINK_MAX_WORDS):
            body.append(paragraph)
            index += 1
            continue
        links.append(paragraph)
        index += 1
        if headline:
            continue
        last = min(len(paragraphs), index + _LINKS_AFTER_HEADING)
        while index < last and _is_link_headline(paragraphs[index]):
            links.append(paragraphs[index])
            index += 1
    return body, links


def _opens_closing_part(pattern: re.Pattern[str], paragraph: str) -> bool:
    match = pattern.match(paragraph)
    if match is None:
        return False
    return "agency" not in pattern.groupindex or bool(_signing_agency(match.group("agency")))


def _signing_agency(name: str) -> str | None:
    """A known agency, or the agency whose service the name gives after a hyphen ("dpa-AFX",
    "dpa-infocom")."""
    head, hyphen, _ = name.partition("-")
    return normalise_agency(name) or (normalise_agency(head) if hyphen else None)


def _closing_section(body: list[str]) -> int | None:
    """Where a part near the end that is all boilerplate starts, if any."""
    starts = (
        index
        for pattern, reach in _CLOSING_SECTIONS
        for index in range(max(1, len(body) - reach), len(body))
        if len(body[index]) <= _HEADING_LENGTH and _opens_closing_part(pattern, body[index])
    )
    return min(starts, default=None)


def split_boilerplate(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(story paragraphs, boilerplate lines in their original order)."""
    body, head = split_editorial_notes(list(paragraphs))
    body, links = _split_related_links(body)
    tail: list[str] = []
    section = next((i for i, p in enumerate(body) if i and _SECTION_START.match(p)), None)
    if section is None:
        section = _closing_section(body)
    if section is not None:
        tail = body[section:]
        del body[section:]
    while body and is_trailer(body[-1]):
        tail.insert(0, body.pop())
    if body:
        glued = _glued_trailer(body[-1])
        if glued:
            tail.insert(0, glued.group(0).strip())
            body[-1] = body[-1][: glued.start()].rstrip()
            while body and is_trailer(body[-1]):
                tail.insert(0, body.pop())
    while body and _EDITORIAL_NOTE.match(body[-1]):
        tail.insert(0, body.pop())
    return body, head + links + tail


def is_editorial_note(line: str) -> bool:
    """ "(Adds analyst comment)", "(Corrects spelling of name)": a desk's note in parentheses
    on what this version changes."""
    return bool(_EDITORIAL_NOTE.match(line))


def is_end_mark(paragraph: str) -> bool:
    """ "ENDS", "Ende", "Lusa/Fim", "-- more --": the desk's mark that the story is over."""
    return bool(_END_MARK.match(paragraph))


def keyword_slug(paragraph: str) -> str | None:
    """The slug of an ANPA keyword line ("BC-US-Rail-Strike,640" -> "BC-US-Rail-Strike")."""
    if len(paragraph) > _KEYWORD_LINE_LENGTH:
        return None
    match = _KEYWORD_LINE.fullmatch(paragraph.strip())
    return (match.group("slug") or match.group("bare")) if match else None


def trailer_agency(lines: list[str]) -> str | None:
    """The agency a sign-off names ("/ritzau/", "AAP jp/kw", "==Kyodo"), last line first; a
    longer line only by an agency's full name ("Anadolu Agency website contains ...")."""
    for line in reversed(lines):
        if len(line) > _AGENCY_ALONE_LENGTH:
            words = line.split(None, _FULL_NAME_WORDS)[:_FULL_NAME_WORDS]
            for size in range(_FULL_NAME_WORDS, 1, -1):
                agency = normalise_agency(" ".join(words[:size]))
                if agency:
                    return agency
            continue
        first = _FIRST_WORD.match(line)
        agency = normalise_agency(first.group(1)) if first else None
        if agency:
            return agency
    return None
