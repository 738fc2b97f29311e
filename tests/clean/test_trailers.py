"""Trailers, desk notes, related links and picture placeholders in the styles and
languages of many agencies; and the story text that must stay where it is.

All copy is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.clean import clean_story, split_boilerplate
from pipeline.clean.boilerplate import split_editorial_notes, trailer_agency
from pipeline.clean.captions import split_captions, split_placeholders
from pipeline.formats import parse_story

STORY = ["The council approved the plan on Tuesday.", "Work starts in May, the mayor said."]


@pytest.mark.parametrize(
    "trailer",
    [
        ["Redakcja Kraków, tel. 12 422 11 00"],
        ["Redazione ANSA Napoli - Tel. 081 5512345 - napoli@ansa.it"],
        ["- Redaktion: Lena Kroll, Tel.: +49 40 4113 2850"],
        ["Rédaction : redaction@example.fr"],
        ["Media contact: press@council.example, 01522 550 000"],
        ["For more information, please contact: Jamie Ortega, +1 614 555 0142"],
        ["For more information, please contact:", "Jamie Ortega", "+1 614 555 0142"],
        ["Más información:", "prensa@renfe.example"],
        ["RIPRODUZIONE RISERVATA © Copyright ANSA"],
        ["(c) 2026 Example News, all rights reserved"],
        ["Copyright © 2026 Anadolu Ajansı. Tüm hakları saklıdır."],
        ["(This story has not been edited by our staff and is auto-generated from a feed.)"],
        [
            "ENDS",
            "Notes to editors",
            "The committee met on Thursday.",
            "Media contact: a@b.example",
        ],
        ["Ende", "/ml/"],
        ["(Schluss) kb/ts", "APA0312 5 II 0245 Fr, 14.Mär 2026"],
        ["Fin"],
        ["Redakcja: Jan Nowak", "+48 22 509 22 22"],
        ["FIN"],
        ["Koniec", "luk/ mhr/"],
        ["Konec", "jkl mal"],
        ["RMC // JMR", "Lusa/Fim"],
        ["-- more --", "bur-js/ach", "AFP 141530 GMT MAR 26"],
        ["MORE", "AAP jp/kw"],
        ["dpa kl yyzz n1 ab"],
        ["TT"],
        ["rtr"],
        ["===="],
        ["Editor's note: This story was updated to correct the date of the vote."],
        ["bak mbr"],
        ["Pewarta: Budi Santoso", "Editor: Siti Rahma", "COPYRIGHT © ANTARA 2025"],
        ["Pewarta: Budi Santoso / Editor: Siti Rahma"],
        ["Lifeline 13 11 14", "beyondblue 1300 22 4636"],
        ["Telefonseelsorge: 0800 111 0 111"],
        ["|14.11.2025 - Update : 14.11.2025"],
        [
            "Anadolu Agency website contains only a portion of the news stories offered to "
            "subscribers in the AA News Broadcasting System (HAS), and in summarized form. "
            "Please contact us for subscription options."
        ],
        ["BC-US-Rail-Strike,640"],
        ["ah/ba (dpa, afp)"],
        ["(gtr/ap)"],
        ["AGERPRES/(AS - autor: Ana Pop, editor: Ion Ionescu)"],
        ["/ritzau/AFP"],
        ["Contato: imprensa@example.br"],
        ["İletişim: basin@example.com.tr"],
        ["Kontaktperson: Kari Nordmann, tlf. 22 00 00 00"],
        ["# # #"],
        ["– – –"],
        ["NNNN"],
        ["APP/mzr/kha"],
        ["(Hina) tj vs"],
        ["khm.hb"],
        ["/ВС/"],
        ["WAM/Rasha Hamdan/Khalid Nasser"],
        ["-- BERNAMA", "SRN ZUK"],
        ["(By Lin Pei-shan and Huang Yi-chen)", "Enditem/AW"],
        ["(Reporte de Camila Rojas; Editado en español por Javier López Aranda)"],
        ["Edição: Carla Nogueira"],
        ["--With assistance from Mei Tanaka.",
         "To contact the reporter on this story: Erik Thorsen in Oslo at et@example.net"],
        ["Cette dépêche a été publiée pour la première fois par La Presse Canadienne le 27 "
         "novembre 2026."],
        ["Jebkādu LETA publicēto ziņu pārpublicēšana un izplatīšana bez LETA rakstiskas "
         "atļaujas ir aizliegta."],
        ["Reproduction of this article without written permission of AFP is prohibited."],
        ["При цитуванні матеріалів гіперпосилання на «ukrinform.ua» обов'язкове."],
        ["HAK CIPTA TERPELIHARA"],
        ["dpa-Notizblock", "## Internet", "- [Mitteilung](https://example.de)"],
        ["(Reportage Léa Martin, avec Hugo Petit à Nantes; rédigé par Léa Martin, édité par "
         "Marc Roux)"],
        ["(Bericht von Anna Vogt, redigiert von Tim Kranz. Bei Rückfragen wenden Sie sich bitte "
         "an unsere Redaktion unter desk@example.de (für Politik).)"],
        ["-0-", "NTX/JGR/MVM"],
        ["A.B."],
        ["Red/Mau 011712 DIC 26"],
        ["Izvor: Tanjug"],
        ["Fuente: EFE y AFP"],
        ["STA ks/mh"],
        ["-30-"],
        ["Kraj"],
        ["TRK PLM"],
        ["JDV/"],
        ["K.L"],
        ["5512**2207"],
        ["*** Audio disponível em www.example.pt ***"],
        ["By Achieng Otieno"],
        ["Este reportaje fue publicado por primera vez por Prensa Example el 3 de marzo."],
        ["Ce texte a d'abord été publié par La Presse Canadienne le 4 mars 2026."],
        ["Artikel aktualisiert um 15.40 Uhr: ergänzt um die Reaktion der Opposition."],
        ["Dilarang mengutip atau menyalin berita ini tanpa izin dari Kantor Berita ANTARA."],
        ["<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"],
        ["© 共同通信社 無断転載を禁じます"],
        ["Crawling of this site for AI training without permission of AFP is prohibited."],
        ["Editor online: Mara Ionescu"],
        ["Redactie: Joris Bakker, tel. 020 555 0123"],
        ["Yhteystiedot: toimitus@example.fi"],
        ["Контакты: press@example.ru"],
        ["Contacts presse : presse@example.fr"],
        ["(NAN)(www.example.ng)", "COO/AOS"],
        ["Note to readers: This is a corrected story. An earlier version gave 2027."],
        ["This article was updated to add the minister's remarks."],
        ["Esta noticia fue actualizada con la reacción del Gobierno."],
        ["When quoting materials of Example Agency, a hyperlink to example.com is required."],
        ["--(AAP)", "P.R/J.S"],
        ["KNA/ABC/DEF/0930 hrs"],
        ["==========  A.Kh."],
        ["（完）", "【编辑：李明】"],
        ["（田中一郎　編集：鈴木花子）"],
        ["//انتهى//"],
        ["(Reportaje de Ana Ruiz; edición de Luis Gil)"],
        ["Full text available to subscribers of Example Business Newswire."],
        ["م ع/ س ح"],
        ["(Gio/ Dire) 09:15 05-11-26", "NNNN"],
        ["（2026/11/05-09:30）"],
        ["Lina Haddad / Omar Saleh"],
        ["(Fortsetzung folgt)"],
        ["(à suivre)", "AFP0412 2026-11-05/14:20"],
        ["(sigue)"],
        ["Rättelse kl. 10.15: Beloppet är 40 miljoner kronor, inte 14 miljoner."],
        ["Corrected at 09:40 GMT: fixes the spelling of the mayor's name."],
        ["— With files from Reuters"],
        ["(Original version in German)"],
        ["(Traduit de l'anglais)"],
        [
            "To contact the reporter on this story:",
            "Jo Lindqvist in Oslo at jlindqvist@news.example",
            "To contact the editors responsible for this story:",
            "Sam Okafor at sokafor@news.example",
        ],
        ["/م.ح"],
        ["/M.S."],
        [
            "The Associated Press receives support from the Example Foundation for coverage of"
            " rural schools. The AP is solely responsible for all content."
        ],
        ["This story was produced with the financial assistance of the Example News Fund."],
        ["Ce reportage a été produit avec l'aide financière du Fonds Exemple pour le journalisme."],
        ["Este reportaje fue elaborado con el apoyo financiero de la Fundación Ejemplo."],
        [
            "This story was first generated with the help of an automated tool using data from"
            " the state election office and edited by a staff editor."
        ],
        ["Dieser Text wurde mit Hilfe künstlicher Intelligenz erstellt und redaktionell geprüft."],
        # Desks' codes after the agency's service and in parentheses in lower case.
        ["dpa-AFX/mar/kre xx b2 tmk"],
        ["(eko) jb ps"],
        # The agency and the people who sign off, in a script without capitals.
        ["قنا/سعيد المري/هند الكواري"],
        # Notes that the story was corrected or updated, in the wire's languages.
        ["Esta noticia fue corregida para precisar el número de heridos."],
        ["Cet article a été corrigé : le maire s'appelle Martin, et non Morin."],
        ["Dieser Bericht wurde korrigiert: Die Brücke kostet 40 Millionen Euro."],
        ["Questo articolo è stato aggiornato con le dichiarazioni del sindaco."],
        ["Denne artikel er blevet opdateret med nye tal."],
        ["Denne artikkelen er oppdatert med nye tall."],
        ["Denna artikel har uppdaterats med nya siffror."],
        # End marks in Kiswahili and Persian; initials between slashes parted by full stops.
        ["Mwisho"],
        ["انتهای پیام"],
        ["/k.m/"],
        # Contributors' lines of AP's Spanish and Portuguese services and of AFP in French.
        ["La periodista de AP Ana Ríos en Quito contribuyó a este despacho."],
        ["Os jornalistas da AP Rui Costa e Ana Lima contribuíram para esta reportagem."],
        ["Léa Martin a contribué à cet article."],
        # ots' distributor line.
        ["Original-Content von: Musterwerke AG, übermittelt durch news aktuell"],
        # A press release's profile, legal notes and contacts, each after its heading.
        [
            "About Fernmoor Robotics",
            "Fernmoor Robotics builds warehouse robots for retailers in 14 countries.",
            "Forward-Looking Statements",
            "This release contains forward-looking statements that involve risks.",
            "Media Contact:",
            "Dana Whitlow",
            "+1 617-555-0100",
            "SOURCE Fernmoor Robotics",
        ],
        [
            "Über die Brenntal Energie AG",
            "Die Brenntal Energie AG versorgt 200.000 Haushalte mit Strom.",
            "Pressekontakt:",
            "Brenntal Energie AG Petra Vogt Telefon: 0711 555 0123",
        ],
    ],
)
def test_trailers_leave_the_story(trailer: list[str]) -> None:
    body, boilerplate = split_boilerplate([*STORY, *trailer])
    assert body == STORY
    assert boilerplate == trailer


@pytest.mark.parametrize(
    ("links", "kept"),
    [
        (["Read more:", "Bank keeps rates on hold", "Analysis: the wage puzzle"], []),
        (["Related coverage:", "Birth rate falls to record low"], []),
        (["Lesen Sie auch:", "Elbvertiefung: Streit geht weiter"], []),
        (["À lire aussi : Les grands chantiers parisiens"], ["Le chantier commence lundi."]),
        (["Lees ook: Gent verstrengt parkeerregels"], ["Unizo spreekt van een klap."]),
        (["Les også:", "Rekordmange søker høyere utdanning"], []),
        (["Läs också: Rekordmånga reste med pendeltåg"], []),
        (["Читайте також: У Києві відновили рух трамваїв"], ["Кредит надано на 13 років."]),
        (["Pročitajte i:", "Vlada prihvatila zakon o stanovanju"], []),
        (["Related news:", "Eco Fund runs out of money for solar subsidies"], []),
        (["Más en Andina:", "• Senamhi prevé lluvias intensas en la sierra sur"], []),
        (["Tin liên quan:", "Hà Nội mở thêm tuyến xe buýt điện"], []),
        (["İlgili haber: Ankara'da metro hattı uzatılıyor"], []),
        (["Zobacz także:", "Rada miasta przyjęła budżet"], []),
        (["Διαβάστε επίσης: Νέα γραμμή μετρό στην Αθήνα"], []),
        (["اقرأ أيضا: افتتاح طريق جديد في المدينة"], []),
        (["関連記事", "新しい路線バスが運行開始"], []),
        (["관련 기사: 시내버스 노선 개편"], []),
    ],
)
def test_related_links_leave_the_story_wherever_they_stand(
    links: list[str], kept: list[str]
) -> None:
    body, boilerplate = split_boilerplate([*STORY, *links, *kept])
    assert body == [*STORY, *kept]
    assert boilerplate == links


@pytest.mark.parametrize(
    "ending",
    [
        "Contact with the company's press office went unanswered on Friday.",
        "Copyright lawyers said the case could take years to resolve.",
        '"This is where free riding ends," said Nora Pike.',
        "The copyright of the photographs stays with the museum, she said.",
        "For more information on the new rules, residents can consult the city website.",
        "Read more about the plan in the council's report, the mayor said.",
        "The fight, she said, ends here.",
        "Fin de la grève à la SNCF.",
        "MARKET REACTION",
        "Le prossime tappe",
        "The firm said, all rights reserved under the old contract would lapse.",
        "2026-03-14",
        "MH370 was never found.",
        "A320 jets make up most of the fleet",
        "1 2 3 4 5 6 7 8",
        "Reporter: Will the plan go ahead?",
        "Netflix said it added 5 million subscribers in the quarter.",
        "The final score was Sydney 21 14",
        "Updated figures are due on 14.11.2025, the ministry said.",
        "Reproduction of the fish depends on the water temperature, scientists said.",
        "The newspaper republished the photo without permission, the court found.",
        "EU/US trade talks",
        "The plan, he said, is to reproduce the success of the first phase.",
        "Source: officials close to the talks.",
        "(Reportage from the front line follows in our evening edition.)",
        "More on Tuesday: the council meets again.",
        "Reuters could not verify the claim.",
        "Tanjug Tower stands on Mount Avala",
        "The figures updated in 2024: the ministry said growth was weak.",
        "By then, the council had voted.",
        "NEW RULES",
        "The party receives support from farmers in the north, polls show.",
        "The club was built with financial help from the town.",
        "The report was generated by the ministry's new software, officials said.",
        "The company said the summary was produced with an AI tool.",
        "This year's budget comes with financial risks, analysts said.",
        "The hospital receives support from the state for coverage of uninsured patients.",
        "This year the plan was updated twice, officials said.",
        "(Laughs) he said no.",
        "Reuters/Ipsos polls show a close race",
        "About 40 people attended",
        "Mwisho wa mwaka, bei zitapanda.",
    ],
)
def test_story_text_that_mentions_a_trailer_word_stays(ending: str) -> None:
    body, boilerplate = split_boilerplate([*STORY, ending])
    assert body == [*STORY, ending]
    assert boilerplate == []


def test_a_link_heading_takes_only_headlines_after_it() -> None:
    paragraphs = [*STORY, "Related:", "Mayor re-elected", "The vote was close, officials said."]
    body, boilerplate = split_boilerplate(paragraphs)
    assert body == [*STORY, "The vote was close, officials said."]
    assert boilerplate == ["Related:", "Mayor re-elected"]


@pytest.mark.parametrize(
    ("last", "kept", "glued"),
    [
        ("Fu Linghui told a press conference. Enditem", "Fu Linghui told a press conference.",
         "Enditem"),
        ('"We are ready," he said. (END)', '"We are ready," he said.', "(END)"),
        ("The vote is on Friday. ENDS", "The vote is on Friday.", "ENDS"),
        ("Plants have 70 megawatts. (end)", "Plants have 70 megawatts.", "(end)"),
        ("- Det handler om job, siger hun. /ritzau/", "- Det handler om job, siger hun.",
         "/ritzau/"),
        ("Students say it is too dear. (photo) (video)", "Students say it is too dear.",
         "(photo) (video)"),
        ("Work starts in May.(NAN)(www.example.ng)", "Work starts in May.",
         "(NAN)(www.example.ng)"),
        ("Toget kører fra maj. /ritzau/AFP", "Toget kører fra maj.", "/ritzau/AFP"),
        ("As obras começam em maio. (foto)", "As obras começam em maio.", "(foto)"),
        ("การก่อสร้างจะเริ่มในปีหน้า.-สำนักข่าวไทย", "การก่อสร้างจะเริ่มในปีหน้า",
         ".-สำนักข่าวไทย"),
    ],
)
def test_an_end_mark_glued_to_the_last_paragraph_is_cut_off(
    last: str, kept: str, glued: str
) -> None:
    assert split_boilerplate([*STORY, last]) == ([*STORY, kept], [glued])


def test_a_sentence_ending_in_a_word_like_an_end_mark_keeps_it() -> None:
    assert split_boilerplate([*STORY, "It was, she said, the end"])[1] == []


def test_leading_editors_notes_come_off_before_the_dateline() -> None:
    paragraphs = ["EDITOR'S NOTE — This story is part of a series.", "MILLBROOK, Vt. (AP) — Text."]
    assert split_editorial_notes(paragraphs) == (
        ["MILLBROOK, Vt. (AP) — Text."],
        ["EDITOR'S NOTE — This story is part of a series."],
    )
    article = clean_story(
        parse_story("\n\n".join(["Headline here", *paragraphs, "More text here."]).encode())
    )
    assert article["dateline"] is not None and article["dateline"]["agency"] == "AP"
    assert article["boilerplate"][0].startswith("EDITOR'S NOTE")


@pytest.mark.parametrize(
    "note",
    [
        "(ATTN: ADDS governor's remarks in paras 4-6)",
        "(EDS: Updates with vote count)",
        "Rettet: I en tidligere version stod der 2027. Det korrekte er 2028.",
        "Correction: An earlier version of this story gave the wrong year.",
        "Päivitetty klo 9.05: lisätty poliisin tiedote.",
        "Story updated at 11:20 GMT: adds the minister's comments.",
        "Oppdatert kl. 09.40 med uttalelse fra politiet.",
        "Updated at 15:05 with the mayor's comments.",
        "This story has been updated to include comment from the governor.",
        "Hinweis an die Redaktionen: Diese Meldung ersetzt die Meldung dpa 0211.",
        "EMBARGOED UNTIL 00:01 GMT, TUESDAY 10 NOVEMBER",
        "Sperrfrist: Dienstag, 10. November, 10.00 Uhr",
        "THIS IS A BREAKING NEWS UPDATE. Check back for more.",
    ],
)
def test_a_desk_attention_note_opens_the_story_as_boilerplate(note: str) -> None:
    assert split_editorial_notes([note, "SEOUL (Yonhap) -- Text."]) == (
        ["SEOUL (Yonhap) -- Text."],
        [note],
    )


@pytest.mark.parametrize(
    ("lines", "agency"),
    [
        (["/ritzau/"], "Ritzau"),
        (["AAP jp/kw"], "AAP"),
        (["==Kyodo"], "Kyodo"),
        (["Ende", "(©NTB)"], "NTB"),
        (["Koniec", "luk/ mhr/"], None),
        (["Redaktion: Lena Kroll, Tel.: +49 40 4113 2850, E-Mail: hamburg@dpa.com"], None),
        (["Anadolu Agency website contains only a portion of the news stories."], "Anadolu"),
        (["Additional reporting by Jana Weber in Berlin, editing by Tom Roe"], None),
    ],
)
def test_the_agency_a_sign_off_names(lines: list[str], agency: str | None) -> None:
    assert trailer_agency(lines) == agency


def test_a_sign_off_gives_the_source_when_nothing_else_does() -> None:
    text = "Aarhus får ny letbane\n\nKommunen har fået grønt lys fredag.\n\nDet koster meget.\n\n/ritzau/"
    assert clean_story(parse_story(text.encode()))["source"] == "Ritzau"


def test_picture_placeholders_become_captions_and_their_labels_boilerplate() -> None:
    paragraphs = ["Text.", "[BILD: Betalstationer vid Essingeleden. Foto: Fredrik Sandberg/TT]"]
    body, captions, labels = split_placeholders([*paragraphs, "[IMAGE]", "[IMAGE: The square]"])
    assert body == ["Text."]
    assert labels == ["[BILD]", "[IMAGE]", "[IMAGE]"]
    assert [c["text"] for c in captions] == ["Betalstationer vid Essingeleden.", "The square"]
    assert captions[0]["credit"] is not None
    assert captions[0]["credit"]["agencies"] == ["TT"]
    assert captions[0]["credit"]["photographers"] == ["Fredrik Sandberg"]
    assert captions[1]["credit"] is None


def test_an_end_mark_that_looks_like_a_credit_is_no_caption() -> None:
    body, captions = split_captions([*STORY, "Lusa/Fim"])
    assert body == [*STORY, "Lusa/Fim"]
    assert captions == []


def test_a_turkish_photo_credit_in_parentheses_makes_a_caption() -> None:
    caption = "Başkan açılış töreninde konuştu. (Fotoğraf: Murat Kaya - Anadolu Ajansı)"
    body, captions = split_captions([*STORY, caption])
    assert body == STORY
    credit = captions[0]["credit"]
    assert credit is not None
    assert (credit["agencies"], credit["photographers"]) == (["Anadolu"], ["Murat Kaya"])


def test_a_russian_tass_dateline() -> None:
    text = (
        "Заголовок новости здесь\n\nМОСКВА, 14 марта. /ТАСС/. Двенадцать новых станций "
        "откроются в Москве.\n\nСтроительство идёт по графику."
    )
    article = clean_story(parse_story(text.encode()))
    assert article["dateline"] is not None
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("МОСКВА", "14 марта")
    assert article["source"] == "TASS"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Embargo on fuel exports to end in March, minister says",
        "Embargo talks stall as 27 states fail to agree",
    ],
)
def test_a_headline_about_an_embargo_is_no_embargo_note(paragraph: str) -> None:
    assert split_editorial_notes([paragraph, "SEOUL (Yonhap) -- Text."])[1] == []
