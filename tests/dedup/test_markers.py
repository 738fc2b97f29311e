"""Kills, updates and corrections announced in headlines, sluglines, notes and signals."""

from __future__ import annotations

import pytest

from pipeline.dedup.markers import editorial_markers, slug_stem, strip_headline_markers


@pytest.mark.parametrize(
    "fields",
    [
        {"pubstatus": "canceled"},
        {"signals": ["kill"]},
        {"headline": "KILL: Ferry runs aground"},
        {"headline": "MANDATORY KILL - Ferry runs aground"},
        {"headline": "WITHDRAWN-Ferry runs aground"},
        {"headline": "ELIMINATE"},
        {"slugline": "BC-EU--Norway-Ferry, KILL"},
        {"slugline": "NORWAY-FERRY/ (WITHDRAWN)"},
        {"ednote": "Editors: this story has been withdrawn."},
        {"ednote": "Please eliminate the story. It contained an error."},
        {"ednote": "KILL. Legal advice."},
    ],
)
def test_kill_is_recognised(fields: dict) -> None:
    assert editorial_markers(fields).kill


@pytest.mark.parametrize(
    "fields",
    [
        {"headline": "Chemicals kill the grass before the planting"},
        {"headline": "KILLER WHALES SPOTTED OFF NORWAY"},
        {"slugline": "MEXICO-KILLINGS/"},
        {"ednote": "Updates number killed in paragraph 3. CORRECTS NUMBER KILLED."},
        {"body": "The minister withdrew the bill after the story was reported."},
        {"pubstatus": "withheld"},
    ],
)
def test_ordinary_copy_is_not_a_kill(fields: dict) -> None:
    assert not editorial_markers(fields).kill


@pytest.mark.parametrize(
    "fields",
    [
        {"headline": "UPDATE 2-Ferry towed to port"},
        {"headline": "REFILE-Ferry towed to port"},
        {"slugline": "NORWAY-FERRY/ (UPDATE 1, PIX)"},
        {"slugline": "BC-EU--Norway-Ferry, 1st Ld-Writethru,640"},
        {"signals": ["update"]},
        # The services' update tags in brackets, before or after the headline.
        {"headline": "(LEAD) Shipyard crane collapse kills four"},
        {"headline": "Pociąg wykoleił się pod Kielcami. 12 osób rannych (AKTUALIZACJA)"},
        {"headline": "(ACTUALIZACIÓN) Un autobús cae por un barranco en Jaén"},
        {"headline": "Brand in loods bij Moerdijk onder controle (update)"},
        # An editor's note saying what the new version changes, in the note or the body.
        {"ednote": "Eds: RECASTS with investigators' findings"},
        {"body": "Eds: UPDATES with evacuation lifted. Write-thru.\n\nAbout 200 people ..."},
        {"body": "Eds: Write-thru.\n\nAbout 200 people ..."},
        # A note giving the time of the update, in the services' languages, first or last.
        {"body": "Subiu para 12 ...\n\n*Matéria atualizada às 21h15\n\nEdição: Rui Lopes"},
        {"body": "Päivitetty klo 9.20: lisätty poliisin tiedot.\n\nTulipalo ..."},
        {"body": "Der Brand ...\n\nAktualisiert um 18.40 Uhr"},
        {"body": "Updated at 14:05 GMT with the toll.\n\nAbout 200 people ..."},
    ],
)
def test_update_is_recognised(fields: dict) -> None:
    markers = editorial_markers(fields)
    assert markers.update and markers.revision and not markers.kill


@pytest.mark.parametrize(
    "fields",
    [
        {"headline": "CORRECTED-Ferry towed to port"},
        {"slugline": "USA-WEATHER/ (UPDATE 1, PIX, CORRECTED)"},
        {"body": "(In March 4 story, corrects name of port in paragraph 2)\n\nA ferry ..."},
        {"signals": ["correction"]},
    ],
)
def test_correction_is_recognised(fields: dict) -> None:
    assert editorial_markers(fields).correction


def test_markers_survive_junk_fields() -> None:
    junk = {"headline": 7, "slugline": None, "signals": "kill", "ednote": ["x"], "body": b"x"}
    assert editorial_markers(junk) == editorial_markers({})


@pytest.mark.parametrize(
    ("headline", "stripped"),
    [
        ("UPDATE 2-Ferry towed to port", "Ferry towed to port"),
        ("CORRECTED-UPDATE 1-Ferry towed to port", "Ferry towed to port"),
        ("REFILE: Ferry towed to port", "Ferry towed to port"),
        ("Update on the ferry", "Update on the ferry"),
        ("Ferry towed to port", "Ferry towed to port"),
        ("(LEAD) Ferry towed to port", "Ferry towed to port"),
        ("Prom odholowany do portu (AKTUALIZACJA)", "Prom odholowany do portu"),
        ("Veerboot naar haven gesleept (update)", "Veerboot naar haven gesleept"),
        # A flash's tag announces the story; the write-up follows without it.
        ("[속보] 부산항 파업 종료", "부산항 파업 종료"),
        ("\u3010速報\u3011大阪港でストライキ終了", "大阪港でストライキ終了"),
        ("FLASH: Ferry towed to port", "Ferry towed to port"),
        ("EILMELDUNG - UPDATE 1-Fähre abgeschleppt", "Fähre abgeschleppt"),
        ("Flash floods close the port", "Flash floods close the port"),
        # A bracketed word that is no update tag, or one inside the headline, is the headline's.
        ("Ferry towed to port (video)", "Ferry towed to port (video)"),
        ("Ferry (update) towed to port", "Ferry (update) towed to port"),
    ],
)
def test_headline_markers_are_stripped(headline: str, stripped: str) -> None:
    assert strip_headline_markers(headline) == stripped


@pytest.mark.parametrize(
    ("slugline", "stem"),
    [
        ("USA-WEATHER/ (UPDATE 1, PIX, CORRECTED)", "USA-WEATHER"),
        (
            "BC-US--Ethanol-Losing Grassland, 1st Ld-Writethru,1140",
            "BC-US-ETHANOL-LOSING-GRASSLAND",
        ),
        ("BC-US--Ethanol-Losing Grassland, KILL", "BC-US-ETHANOL-LOSING-GRASSLAND"),
        ("", ""),
    ],
)
def test_slug_stem_drops_tags(slugline: str, stem: str) -> None:
    assert slug_stem(slugline) == stem


@pytest.mark.parametrize(
    "body",
    [
        "Updated figures show inflation at 12.5 percent.\n\nPrices ...",
        "The forecast was updated at 18:40 to add a storm warning.",
        "Prices rose.\n\nAtualizada a lista de 12 cidades em alerta, disse o órgão.",
    ],
)
def test_a_sentence_about_an_update_is_no_update_note(body: str) -> None:
    assert not editorial_markers({"body": body}).update
