"""Liputan6 (liputan6.com).

Dateline ``Liputan6.com, Jakarta - ``; editor codes ``(Tin/Ysl)`` and ``(*)``. Stories taken from
sister sites end with a credit, on its own line or glued to the last paragraph by the scraper's commas::

    ... kata Taifur., ,Reporter: Adi Nugroho,Sumber: Merdeka
    Sumber: The Mirror,Disadur dari Bola.com (Penulis:Serafin Unus Pasi, published 9/9/2019)
    ..., ,Disadur dari: , (Penulis Muhammad Adiyaksa/ Editor Rizki Hidayat, published 01/09/2019),

The credit leaves the body: the reporter/writer goes to the authors, the editor to the editors, the
sources (``Merdeka``, ``The Mirror``, ``Bola.com``) to the wire sources.
"""

from __future__ import annotations

import re

from newsdb.importer.parsers.base import Draft, Layout
from newsdb.importer.parsers.sindonews import LABEL_LOST_CREDIT

_REPORTER = re.compile(
    r"(?:^|,\s*)Reporter\s*:\s*(?P<reporter>[^,]{2,60}?)(?:\s*,\s*Sumber\s*:\s*(?P<source>[^,]*?))?[,.\s]*$"
)
_SYNDICATION = re.compile(
    r"(?:^|,\s*)(?:Sumber\s*:\s*(?P<source>[^,]*?)\s*,\s*)?(?:Sumber asli\s*:[^,]*,\s*)?"
    r"Disadur dari\s*:?\s*,?\s*(?P<origin>[^(,]*?)\s*,?\s*\((?P<credit>[^()]*)\)[,.\s]*$"
)
_LEADING_REPORTER = re.compile(
    r"Reporter\s*:\s*(?P<reporter>[^,]{2,60}?)\s*,\s*Sumber\s*:\s*(?P<source>[A-Z][\w.]{2,20})\s*,\s*(?=\S)"
)
_WRITER = re.compile(r"Penulis\s*:?\s*(?P<name>[^/,]+?)\s*(?:/|,|$)")
_EDITOR = re.compile(r"Editor\s*:?\s*(?P<name>[^/,]+?)\s*(?:/|,|$)")


def read_credits(draft: Draft) -> None:
    """Take syndication credits and reporter lines out of the body, wherever the scraper left them."""
    kept: list[str] = []
    for para in draft.paragraphs:
        lead = _LEADING_REPORTER.match(para)
        if lead is not None:
            _record(lead, draft)
            para = para[lead.end() :]
        credit = _SYNDICATION.match(para) or _REPORTER.match(para)
        if credit is not None:
            _record(credit, draft)
        elif para:
            kept.append(para)
    draft.paragraphs = kept
    while draft.paragraphs:
        last = draft.paragraphs[-1]
        m = _SYNDICATION.search(last) or _REPORTER.search(last)
        if m is None:
            return
        _record(m, draft)
        draft.paragraphs[-1] = last[: m.start()].rstrip(" ,")
        if not draft.paragraphs[-1]:
            draft.paragraphs.pop()


def _record(m: re.Match[str], draft: Draft) -> None:
    groups = m.groupdict()
    if groups.get("reporter"):
        draft.authors.append(groups["reporter"])
    for key in ("source", "origin"):
        if groups.get(key):
            draft.wire_sources.append(groups[key].strip(" ,:"))
    if groups.get("credit"):
        _read_credit(groups["credit"], draft)


def _read_credit(credit: str, draft: Draft) -> None:
    writer, editor = _WRITER.search(credit), _EDITOR.search(credit)
    if writer is not None:
        draft.authors.append(writer.group("name"))
    if editor is not None:
        draft.editors.append(editor.group("name"))


LAYOUT = Layout(
    name="liputan6",
    outlet="liputan6",
    evidence=(
        r"Liputan6\.com\s*,|Reporter\s*:[^,]{2,60},\s*Sumber\s*:\s*Merdeka"
        r"|\((?:[A-Z][a-z]{1,7})/(?:[A-Z][a-z]{1,7})\)$|Disadur dari\s*:|Sumber asli\s*:"
    ),
    drop=(r"\*\s*Fakta atau Hoaks\?.*", r"Simak ulasan selengkapnya .{0,60}berikut:?", LABEL_LOST_CREDIT),
    footer=read_credits,
)
