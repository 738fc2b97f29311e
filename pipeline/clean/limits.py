"""How much each short field of the article may hold.

Short fields (guid, headline, slugline, byline, source, dateline, subjects,
credit lines) are aggregated and searched as whole terms; a feed that puts a
page of text, or megabytes, into one of them would make the document costly
or unindexable (Elasticsearch refuses a term over 32766 bytes; the index
template's `ignore_above` keeps longer values out of its term index, above
these limits). So, when the article is built:

- a value a format delivered that is longer than its limit is cut at a word
  boundary and ends in "…", which says it was cut;
- a guid that long is replaced by "sha1:" and the digest of the whole guid:
  cutting it could make two stories one, its digest cannot;
- an urgency outside 0-9, the scale every format uses, is dropped;
- text that comes from the story itself (a byline or a headline read from
  the first paragraphs) is never cut: a paragraph too long to be one stays
  in the body, where no word of it is lost.
"""

from __future__ import annotations

import hashlib

GUID_LIMIT = 256
HEADLINE_LIMIT = 512
BYLINE_LIMIT = 512
SLUGLINE_LIMIT = 256
SOURCE_LIMIT = 128
DATELINE_LIMIT = 256
SUBJECT_LIMIT = 256
SUBJECTS = 200
CREDIT_LIMIT = 512
URGENCY_RANGE = range(10)
# Markup and runs of spaces can make a delivered value longer than its text: this
# many times its limit is read before it is repaired, and the rest ignored.
RAW_READ_FACTOR = 4
MARK = "…"


def bounded(text: str, limit: int) -> str:
    """`text`, or its start cut at a space before `limit` characters and marked "…"."""
    if len(text) <= limit:
        return text
    head = text[: limit - len(MARK)]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip() + MARK


def bounded_guid(guid: str) -> str:
    """The guid, or "sha1:" and its digest when it is longer than GUID_LIMIT."""
    if len(guid) <= GUID_LIMIT:
        return guid
    return "sha1:" + hashlib.sha1(guid.encode("utf-8", "surrogatepass")).hexdigest()


def bounded_urgency(urgency: int | None) -> int | None:
    return urgency if urgency in URGENCY_RANGE else None
