"""One filing of a story, framed as an agency's feed frames it, for every format the mix uses.

Each renderer writes the shape the format's parser reads in the corpus and in
`tests/fixtures/stories`: identity (guid, version), provider, times, headline,
byline, dateline in the lead paragraph in the agency's own style, a photo
caption with its credit where the format carries one, and the body's
paragraphs (hard-wrapped where the wire is a teletype or a mail feed). Formats
that carry no guid (plain text, IPTC 7901, ANPA) are named by the Kafka key.
"""

from __future__ import annotations

import textwrap
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape, quoteattr

import orjson

from pipeline.bench.prose import Copy


@dataclass(frozen=True, slots=True)
class Agency:
    name: str  # as the pipeline names the source
    domain: str
    dateline: Callable[[str, str, datetime], str]  # (city, country, time) -> dateline prefix


def _reuters_style(tag: str) -> Callable[[str, str, datetime], str]:
    return lambda city, _country, when: f"{city.upper()}, {when:%b} {when.day} ({tag}) - "


def _ap_style(city: str, country: str, _when: datetime) -> str:
    return f"{city.upper()}, {country} (AP) — "


def _afp_style(city: str, _country: str, when: datetime) -> str:
    return f"{city}, {when:%B} {when.day}, {when.year} (AFP) - "


def _dpa_style(city: str, _country: str, _when: datetime) -> str:
    return f"{city} (dpa) - "


AGENCIES = {
    agency.name: agency
    for agency in (
        Agency("Reuters", "reuters.com", _reuters_style("Reuters")),
        Agency("AP", "ap.org", _ap_style),
        Agency("AFP", "afp.com", _afp_style),
        Agency("dpa", "dpa.com", _dpa_style),
        Agency("AAP", "aap.com.au", _reuters_style("AAP")),
        Agency("PA", "pa.media", _reuters_style("PA")),
        Agency("EFE", "efe.com", _reuters_style("EFE")),
        Agency("TT", "tt.se", _reuters_style("TT")),
        Agency("NTB", "ntb.no", _reuters_style("NTB")),
        Agency("ANSA", "ansa.it", _reuters_style("ANSA")),
        Agency("TASS", "tass.com", _reuters_style("TASS")),
        Agency("Xinhua", "xinhuanet.com", _reuters_style("Xinhua")),
        Agency("Kyodo", "kyodonews.net", _reuters_style("Kyodo")),
    )
}


@dataclass(frozen=True, slots=True)
class Filing:
    """One version of one story as one agency files it."""

    format: str
    agency: Agency
    guid: str
    version: int
    copy: Copy
    headline: str
    paragraphs: tuple[str, ...]
    firstcreated: datetime
    versioncreated: datetime

    def lead_paragraphs(self, dateline: str | None = None) -> list[str]:
        """The paragraphs, the first opening with the agency's dateline."""
        cast = self.copy.cast
        prefix = (
            dateline
            if dateline is not None
            else self.agency.dateline(cast.city, cast.country, self.versioncreated)
        )
        return [prefix + self.paragraphs[0], *self.paragraphs[1:]]

    def caption_text(self) -> str | None:
        if self.copy.caption is None:
            return None
        photographer = self.copy.byline.removeprefix("By ").upper()
        return f"{self.copy.caption} {self.agency.name.upper()}/{photographer}"


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def _xml_paragraphs(paragraphs: list[str], indent: str) -> str:
    return "\n".join(f"{indent}<p>{escape(p)}</p>" for p in paragraphs)


def _wrapped(paragraphs: list[str], indent: str = "") -> list[str]:
    return [
        textwrap.fill(p, width=70, initial_indent=indent, break_on_hyphens=False)
        for p in paragraphs
    ]


def render_ninjs(f: Filing) -> bytes:
    item: dict[str, object] = {
        "guid": f.guid,
        "version": str(f.version),
        "type": "text",
        "language": "en",
        "headline": f.headline,
        "slugline": f.copy.slugline,
        "byline": f.copy.byline,
        "located": f.copy.cast.city,
        "urgency": 3,
        "pubstatus": "usable",
        "firstcreated": _iso(f.firstcreated),
        "versioncreated": _iso(f.versioncreated),
        "source": f.agency.name,
        "subject": [{"code": "04000000", "name": f.copy.cast.topic.name}],
        "body_html": _html(f.lead_paragraphs()),
    }
    caption = f.caption_text()
    if caption is not None:
        item["associations"] = {
            "featuremedia": {
                "guid": f"{f.guid}:picture",
                "type": "picture",
                "version": "1",
                "description_text": caption,
                "byline": f.copy.byline.removeprefix("By ").upper(),
            }
        }
    return orjson.dumps(item, option=orjson.OPT_INDENT_2)


def render_ap_json(f: Filing) -> bytes:
    item = {
        "altids": {"itemid": f.guid, "etag": f"{f.guid}_{f.version:03d}"},
        "version": f.version,
        "type": "text",
        "urgency": 3,
        "language": "en",
        "versioncreated": _iso(f.versioncreated),
        "firstcreated": _iso(f.firstcreated),
        "pubstatus": "usable",
        "headline": f.headline,
        "slugline": f.copy.slugline,
        "bylines": [{"by": f.copy.byline.removeprefix("By ").upper(), "title": "Associated Press"}],
        "dateline": f.copy.cast.city.upper(),
        "provider": f.agency.name,
        "body_html": _html(f.lead_paragraphs()),
    }
    return orjson.dumps({"api_version": "2.0", "data": {"item": item}}, option=orjson.OPT_INDENT_2)


def render_newsml_g2(f: Filing) -> bytes:
    caption = f.caption_text()
    description = (
        f'        <description role="descRole:caption">{escape(caption)}</description>\n'
        if caption
        else ""
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header>
    <sent>{_iso(f.versioncreated)}</sent>
    <sender>{escape(f.agency.domain)}</sender>
  </header>
  <itemSet>
    <newsItem guid={quoteattr(f.guid)} version="{f.version}" standard="NewsML-G2" standardversion="2.10" xml:lang="en">
      <itemMeta>
        <itemClass qcode="icls:text"/>
        <provider literal={quoteattr(f.agency.domain)}/>
        <versionCreated>{_iso(f.versioncreated)}</versionCreated>
        <firstCreated>{_iso(f.firstcreated)}</firstCreated>
        <pubStatus qcode="stat:usable"/>
      </itemMeta>
      <contentMeta>
        <urgency>3</urgency>
        <language tag="en"/>
        <slugline separator="-">{escape(f.copy.slugline)}</slugline>
        <headline>{escape(f.headline)}</headline>
        <by>{escape(f.copy.byline)}</by>
        <creditline>{escape(f.agency.name)}</creditline>
{description}      </contentMeta>
      <contentSet>
        <inlineXML contenttype="application/xhtml+html">
          <html xmlns="http://www.w3.org/1999/xhtml">
            <head><title/></head>
            <body>
{_xml_paragraphs(f.lead_paragraphs(), "              ")}
            </body>
          </html>
        </inlineXML>
      </contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
""".encode()  # noqa: E501


def render_nitf(f: Filing) -> bytes:
    paragraphs = f.lead_paragraphs()
    caption = f.caption_text()
    media = (
        '\n      <media media-type="image">\n'
        f"        <media-caption>{escape(caption)}</media-caption>\n      </media>"
        if caption
        else ""
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.4//EN" baselang="en-US">
  <head>
    <title>{escape(f.headline)}</title>
    <docdata management-status="usable">
      <doc-id id-string={quoteattr(f.guid)}/>
      <du-key version="{f.version}" key={quoteattr(f.copy.slugline)}/>
      <urgency ed-urg="4"/>
      <date.issue norm="{f.versioncreated:%Y%m%dT%H%M%S}+0000"/>
    </docdata>
    <revision-history norm="{f.firstcreated:%Y%m%dT%H%M%S}+0000"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>{escape(f.headline)}</hl1></hedline>
      <byline>{escape(f.copy.byline)}</byline>
      <distributor>{escape(f.agency.name)}</distributor>
    </body.head>
    <body.content>
      <p>{escape(paragraphs[0])}</p>{media}
{_xml_paragraphs(paragraphs[1:], "      ")}
    </body.content>
  </body>
</nitf>
""".encode()


def render_newsml1(f: Filing) -> bytes:
    cast = f.copy.cast
    dateline = f.agency.dateline(cast.city, cast.country, f.versioncreated).rstrip(" -")
    item_id = f.guid.rsplit(":", 1)[-1]
    return f"""<?xml version="1.0" encoding="utf-8"?>
<NewsML Version="1.2">
  <NewsEnvelope>
    <DateAndTime>{f.versioncreated:%Y%m%dT%H%M%S}Z</DateAndTime>
  </NewsEnvelope>
  <NewsItem xml:lang="en">
    <Identification>
      <NewsIdentifier>
        <ProviderId>{escape(f.agency.domain)}</ProviderId>
        <DateId>{f.firstcreated:%Y%m%d}</DateId>
        <NewsItemId>{escape(item_id)}</NewsItemId>
        <RevisionId PreviousRevision="{f.version - 1}" Update="N">{f.version}</RevisionId>
        <PublicIdentifier>{escape(f.guid)}:{f.version}</PublicIdentifier>
      </NewsIdentifier>
    </Identification>
    <NewsManagement>
      <NewsItemType FormalName="News"/>
      <FirstCreated>{f.firstcreated:%Y%m%dT%H%M%S}+0000</FirstCreated>
      <ThisRevisionCreated>{f.versioncreated:%Y%m%dT%H%M%S}+0000</ThisRevisionCreated>
      <Status FormalName="Usable"/>
    </NewsManagement>
    <NewsComponent>
      <NewsLines>
        <DateLine>{escape(dateline)}</DateLine>
        <HeadLine>{escape(f.headline)}</HeadLine>
        <SlugLine>{escape(f.copy.slugline)}</SlugLine>
      </NewsLines>
      <AdministrativeMetadata>
        <Provider><Party FormalName={quoteattr(f.agency.name)}/></Provider>
        <Creator><Party FormalName={quoteattr(f.copy.byline.removeprefix("By "))}/></Creator>
      </AdministrativeMetadata>
      <DescriptiveMetadata>
        <Language FormalName="en"/>
      </DescriptiveMetadata>
      <ContentItem>
        <MediaType FormalName="Text"/>
        <Format FormalName="NITF3.1"/>
        <DataContent>
          <nitf><body><body.content>
{_xml_paragraphs(list(f.paragraphs), "            ")}
          </body.content></body></nitf>
        </DataContent>
      </ContentItem>
    </NewsComponent>
  </NewsItem>
</NewsML>
""".encode()


def _take_key(f: Filing) -> str:
    if f.version <= 1:
        return ""
    ordinal = {2: "1st", 3: "2nd", 4: "3rd"}.get(f.version, f"{f.version - 1}th")
    return f"{ordinal} Ld-Writethru"


def render_anpa(f: Filing) -> bytes:
    """AP's teletype: SYN SYN SOH header, keyword line, caret header lines, tabbed paragraphs."""
    keyword = f"BC-{f.copy.slugline.rstrip('/').replace('/', '-')}"
    take = _take_key(f)
    words = sum(len(p.split()) for p in f.paragraphs)
    lead = f.lead_paragraphs(f"{f.copy.cast.city.upper()}, {f.copy.cast.country} (AP) _ ")
    body = "\n \n".join(f"\t   {p}" for p in lead)
    heading = f"{keyword}, {take}" if take else keyword
    text = (
        f"\x16\x16\x01w{zlib.crc32(f.guid.encode()) % 10000:04d}\x1fbench\n"
        f"r a\x13\x11 {keyword} {take}   {f.versioncreated:%m-%d} {words:04d}\n"
        f"\x02^{heading},{words}<\n"
        f"^{f.headline}<\n"
        f"^{f.copy.byline.upper().replace('BY ', 'By ')}=\n"
        "^Associated Press=\n"
        f"{body}\n\n"
        f"\t   \x03AP-WF-{f.versioncreated:%m-%d-%y %H%M}GMT<\n\x0c\n\x04"
    )
    return text.encode()


def render_iptc7901(f: Filing) -> bytes:
    """dpa's teletype: SOH header with the source, keyword, STX, header block ending ' =', text."""
    status = "" if f.version <= 1 else f"{_ordinal(f.version - 1)} LEAD\n"
    wrapped = "\n\n".join(_wrapped(f.lead_paragraphs(), indent="   "))
    text = (
        f"\x01eca{f.version:03d} 3 i {len(wrapped) // 6}  {f.agency.name} 0112\n\n"
        f"{f.copy.slugline}\n"
        f"\x02{status}{f.headline} =\n\n"
        f"{wrapped}\n\n"
        f"dpa {f.copy.byline[3:5].lower()} xx\n\n"
        f"\x03{f.versioncreated:%d%H%M} GMT {f.versioncreated:%b}\n"
    )
    return text.replace("\n", "\r\n").encode()


def _ordinal(number: int) -> str:
    return {1: "1ST", 2: "2ND", 3: "3RD"}.get(number, f"{number}TH")


def render_text(f: Filing) -> bytes:
    """Mail or FTP copy: an optional caption glued on top, then hard-wrapped paragraphs."""
    parts = []
    caption = f.caption_text()
    if caption is not None:
        parts.append(textwrap.fill(caption, width=95))
    parts.append(f.headline)
    parts.extend(_wrapped(f.lead_paragraphs()))
    return ("\n\n".join(parts) + "\n").encode()


RENDERERS: dict[str, Callable[[Filing], bytes]] = {
    "ninjs": render_ninjs,
    "ap-json": render_ap_json,
    "newsml-g2": render_newsml_g2,
    "nitf": render_nitf,
    "newsml-1": render_newsml1,
    "anpa": render_anpa,
    "iptc7901": render_iptc7901,
    "text": render_text,
}
