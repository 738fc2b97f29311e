"""What each parser takes from its format: identity, status, times, captions."""

from __future__ import annotations

import json

from pipeline.clean import clean_story
from pipeline.formats import parse_story


def test_nitf_embargo_caption_and_byline(story_bytes):
    story = parse_story(story_bytes("nitf_pa_budget_embargoed.xml"))
    assert story.guid == "pa-2024-03-06-budget-fuel"
    assert story.version == 2
    assert story.pubstatus == "withheld"
    assert story.embargo == "2024-03-06T12:30:00Z"
    assert story.versioncreated == "2024-03-06T10:15:00Z"
    assert story.byline == "By Helen Carter, PA Political Correspondent"
    assert story.dateline == "London"
    assert story.urgency == 3
    assert story.language == "en"
    assert [c.text for c in story.captions] == [
        "A motorist fills up at a petrol station in Manchester. Peter Byrne/PA Wire"
    ]


def test_nitf_management_status_canceled_is_a_kill(story_bytes):
    story = parse_story(story_bytes("nitf_aap_kill.xml"))
    assert story.pubstatus == "canceled"
    assert "kill" in story.signals
    assert story.versioncreated == "2024-04-11T17:15:00Z"


def test_g2_correction_keeps_reuters_opaque_version(story_bytes):
    story = parse_story(story_bytes("g2_reuters_correction.xml"))
    assert story.version == 1715679730
    assert story.signals == ["correction"]
    assert story.dateline is None  # Reuters' dateline element is a timestamp
    assert story.captions == []  # a text item's descRole:caption is an index line
    assert story.body.startswith("(Corrects spelling")


def test_g2_picture_item_is_a_story_without_body(story_bytes):
    story = parse_story(story_bytes("g2_reuters_picture_pool.xml"))
    assert story.body == ""
    assert story.byline is None
    assert story.captions[0].text.endswith("REUTERS/Guglielmo Mangiapane/Pool")
    assert story.captions[0].credit.raw == "REUTERS/GUGLIELMO MANGIAPANE"


def test_g2_message_picks_the_packaged_text_item_and_attaches_pictures(story_bytes):
    story = parse_story(story_bytes("g2_tt_package_with_picture.xml"))
    assert story.guid == "http://tt.se/media/text/240902-tag"
    assert story.version == 3
    assert story.signals == ["update"]
    assert story.firstcreated == "2024-09-02T09:30:00Z"
    assert [(c.text, c.credit.raw) for c in story.captions] == [
        ("Ett regionaltåg väntar vid Centralstationen i Göteborg. Arkivbild.", "Adam Ihse/TT")
    ]


def test_g2_canceled_item(story_bytes):
    story = parse_story(story_bytes("g2_dpa_withdrawn.xml"))
    assert (story.pubstatus, story.signals, story.body) == ("canceled", ["kill"], "")
    assert story.versioncreated == "2024-06-11T14:40:00Z"


def test_newsml1_guid_is_stable_across_revisions(story_bytes):
    story = parse_story(story_bytes("newsml1_afp_floods.xml"))
    assert story.guid == "urn:newsml:afp.com:20240417T080000Z:TX-PAR-ABC12"
    assert story.version == 2
    assert story.signals == ["update"]
    assert story.dateline == "Nairobi, April 17, 2024 (AFP) -"
    assert story.byline == "Nicholas Kamau"
    assert story.ednote == "UPDATES toll, ADDS quotes"


def test_ninjs1_association_becomes_caption(story_bytes):
    story = parse_story(story_bytes("ninjs1_aap_rates.json"))
    assert story.version == 3
    assert story.source == "AAP"
    assert story.captions[0].credit.raw == "BIANCA DE MARCHI"


def test_ninjs2_embargo_html_body_and_figure(story_bytes):
    story = parse_story(story_bytes("ninjs2_dpa_books_embargo.json"))
    assert story.embargo == "2024-07-05T08:00:00Z"
    assert story.pubstatus == "withheld"
    assert story.body.startswith("Frankfurt/Main (dpa) - Die Deutschen")
    assert story.body.count("\n\n") == 2  # three paragraphs from the HTML rendition
    assert story.captions[0].credit.raw == "Foto: Frank Rumpenhorst/dpa"


def test_ninjs_canceled_picture(story_bytes):
    story = parse_story(story_bytes("ninjs_ntb_picture_canceled.json"))
    assert story.pubstatus == "canceled"
    assert story.language == "no"
    assert story.captions[0].text.endswith("Foto: Cornelius Poppe / NTB")


def test_ap_json_item_in_envelope(story_bytes):
    story = parse_story(story_bytes("apjson_rail_bill.json"))
    assert story.guid == "3f1d2c4b5a6978e0f1a2b3c4d5e6f708"
    assert story.version == 2
    assert story.byline == "MARY CLARE JALONICK, Associated Press"
    assert story.signals == ["update"]
    assert story.source == "AP"


def test_ap_json_without_provider_leaves_a_partners_source_to_its_byline():
    def item(title: str) -> bytes:
        return json.dumps({"data": {"item": {
            "altids": {"itemid": "a1b2c3"}, "type": "text", "headline": "Ferry fares rise",
            "bylines": [{"by": "Jane Roe", "title": title}],
            "body_html": "<p>HALIFAX — Ferry fares will rise in May.</p>"}}}).encode()

    assert parse_story(item("The Canadian Press")).source is None
    assert clean_story(parse_story(item("The Canadian Press")))["source"] == "CP"
    assert parse_story(item("AP Business Writer")).source == "AP"


def test_anpa_header_lines_and_take_key(story_bytes):
    story = parse_story(story_bytes("anpa_storms_writethru.tst"))
    assert story.slugline == "BC-US--Storms-Texas, 2nd Ld-Writethru"
    assert story.headline == "Storms knock out power to thousands across Texas"
    assert story.byline == "By JAMIE STENGLE, Associated Press"
    assert story.ednote == "Eds: Updates with latest outage figures. With AP Photos."
    assert story.version == 3
    assert story.urgency == 5
    assert story.versioncreated == "2024-05-28T18:45:00Z"
    assert story.body.startswith("DALLAS (AP) — Severe thunderstorms")


def test_anpa_header_lines_without_marks(story_bytes):
    story = parse_story(story_bytes("anpa_no_caret_header.tst"))
    assert story.slugline == "BC-US-Bridge-Collapse"
    assert story.headline == "Bridge collapse closes river traffic in Pittsburgh"
    assert story.byline == "By DANA KOWALSKI, Associated Press"
    assert story.body.startswith("PITTSBURGH (AP) — A section of a pedestrian bridge")


def test_g2_creator_names_the_byline_and_a_picture_keeps_its_rights_holder(story_bytes):
    story = parse_story(story_bytes("g2_creator_byline_picture_holder.xml"))
    assert story.byline == "Tobias Lenz"  # the login "lenz.tobias" is no name
    assert [(c.text, c.credit.raw if c.credit else None, c.rights_holder)
            for c in story.captions] == [
        ("Radfahrer im Alten Elbtunnel in Hamburg.", "Marcus Brandt", "dpa")]


def test_ninjs_picture_keeps_its_copyright_holder(story_bytes):
    story = parse_story(story_bytes("ninjs_picture_copyrightholder.json"))
    assert [(c.credit.raw if c.credit else None, c.rights_holder) for c in story.captions] == [
        ("Joel Carrett", "AAP")]


def test_anpa_kill(story_bytes):
    story = parse_story(story_bytes("anpa_storms_kill.tst"))
    assert story.pubstatus == "canceled"
    assert story.signals == ["kill"]


def test_iptc7901_header_block(story_bytes):
    story = parse_story(story_bytes("iptc7901_dpa_heating.txt"))
    assert story.headline == "Germany to phase out gas heating subsidies by 2027"
    assert story.slugline == "Germany/energy/"
    assert story.source == "dpa"
    assert story.urgency == 3
    assert story.signals == ["update"]
    assert story.body.lstrip().startswith("Berlin (dpa) - Germany will phase out")


def test_iptc7901_headline_and_byline_lines_both_ending_in_equals(story_bytes):
    story = parse_story(story_bytes("iptc7901_dpa_byline_line.txt"))
    assert story.headline == "Neue S-Bahn-Strecke wird erst 2037 fertig"
    assert story.byline == "Von Jana Weber, dpa"
    assert story.body.lstrip().startswith("München (dpa/lby) - Die Strecke")


def test_ritzau_annulled_is_a_kill(story_bytes):
    story = parse_story(story_bytes("ritzau_annulled.xml"))
    assert story.pubstatus == "canceled"
    assert story.signals == ["kill"]
    assert story.dateline == "Aarhus /ritzau/"
    assert story.versioncreated == "2024-02-20T13:05:00Z"  # Copenhagen time, winter
    assert story.body == ("Meldingen om at motorvej E45 var lukket ved Aarhus er forkert og "
                          "annulleres.\n\nRitzau beklager fejlen.")


def test_corpus_reuters_kill_and_correction_share_a_guid(corpus_file):
    killed = parse_story(corpus_file(
        "wire/tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538").read_bytes())
    corrected = parse_story(corpus_file(
        "wire/tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838").read_bytes())
    assert killed.guid == corrected.guid
    assert (killed.pubstatus, killed.signals) == ("canceled", ["kill"])
    assert corrected.signals == ["correction"]
    assert killed.versioncreated > corrected.versioncreated


def test_corpus_afp_declared_latin1_is_utf8(corpus_file):
    story = parse_story(corpus_file("wire/afp20.xml").read_bytes())
    assert story.headline.startswith("Décès de Naomi Musenga")
    assert story.language == "fr"


def test_corpus_pa_embargo(corpus_file):
    story = parse_story(corpus_file("wire/pa3.xml").read_bytes())
    assert (story.pubstatus, story.embargo) == ("withheld", "2016-09-08T23:01:00Z")


def test_anpa_byline_in_another_language_without_marks(story_bytes):
    data = story_bytes("anpa_no_caret_header.tst").replace(
        b"By DANA KOWALSKI\nAssociated Press\n", b"Por Dana Kowalski\n"
    )
    story = parse_story(data)
    assert story.byline == "Por Dana Kowalski"
    assert story.headline == "Bridge collapse closes river traffic in Pittsburgh"
