"""Page furniture every layout shares: the patterns, as data, compiled once.

A line of text is one of: *stop* (everything after it is page chrome), *drop* (a furniture line),
*related* (a "Baca juga" headline), *byline* (author/editor/reporter), *source* (``Sumber : ...``),
or a body paragraph. Outlet modules add their own drop/stop patterns to these.
"""

from __future__ import annotations

import re

#: Lines after which nothing belongs to the article.
STOP_LINES = (
    r"BERITA LAINNYA",
    r"Berita Terkait",
    r"Close Ads\s*[xX×]?",
    r"Artikel ini telah tayang di\b.*",
    r"\([^()]{3,60}\)\s*,\s*Artikel ini telah tayang di\b.*",
    r"Copyright\s*(?:©\s*)?\d{4}\b.*",
    r"©\s*\d{4}\b.*",
)

#: Whole lines that are furniture wherever they stand (case-insensitive).
DROP_LINES = (
    r"SCROLL TO CONTINUE WITH CONTENT",
    r"ADVERTISEMENT",
    r"Advertisement",
    r"(?i:loading\.{0,3})",
    r"(?i:#\s*Grow\s*Fear\s*less\b.{0,20})",
    r"Penulis\s*:\s*",
    r"\(\s*,?\s*\)[,\s]*",
    r"(?:Video|Foto|Photo) by\s*:.{0,60}",
    r"\((?:Foto|FOTO|Dok|Ilustrasi|Sumber foto)\s*:[^()]{2,80}\)",
    r"Tonton juga \".{5,200}\" di sini\s*:?",
    r"\(\*\)",
    r"(?:Simak|Lihat|Tonton|Saksikan)(?: juga)?\s+(?:[Vv]ideo|Live)\b.*",
    r"(?:Simak|Lihat|Tonton) [Vv]ideo\b.*",
    r"Advertisement\s*-\s*Scroll to Continue",
    r"Iklan",
    r"Share(?: this)?",
    r"Bagikan",
    r"(?:Foto|Video|Gambar|Ilustrasi)\s*:\s*.{0,120}",
    r"\[[A-Za-z]{2,8}(?:/[A-Za-z]{2,8}){0,3}\](?:,*loading\.{0,3})?",
    r"\((?:[A-Z][a-z]{1,7}|[a-z]{2,12})(?:\s*/\s*(?:[A-Z][a-z]{1,7}|[a-z]{2,12})){1,5}\)",
    r"\[Gambas:[^\]]{0,60}\]",
    r"[-–—_*=~.•]{1,}",
    r"[\"“”'’.,\s]{1,6}",
    r"\([A-Z][a-z]+(?: [A-Z][a-z]+)+/[A-Z][a-z]{1,7}\)",
    r"\(\s*[a-z]{2,8}\s*\)(?:,*loading\.{0,3})?",
    r"Halaman\s+\d+(?:\s+\d+)*(?:\s+(?:Selanjutnya|Berikutnya))?",
    r"(?:Baca berita lainnya|Ikuti berita .{2,40}) di Google News\.?",
    r"Dengarkan berita ini",
)

#: "Baca juga" lines: the headline when the link text survived, else nothing (the rest is body text).
RELATED_LINE = r"\(?\s*(?i:baca\s+juga)\s*:?\s*(?P<related>.*?)\s*\)?"

#: "Baca selengkapnya di <link>": the link text is gone; what follows the commas is body text.
READ_MORE_LINE = r"(?i:baca (?:berita )?selengkapnya|simak selengkapnya(?= di\b))(?:\s+di\b)?(?P<more>.*)"

#: Bylines. Named groups: author, editor, reporter, source.
BYLINE_LINES = (
    r"Penulis\s*:?\s*(?P<author>[^|]{2,80}?)\s*\|\s*Editor\s*:?\s*(?P<editor>[^|]{2,80}?)",
    r"Laporan (?:Wartawan|Reporter|Koresponden) [^,]{2,40}?,\s*(?P<author4>[A-Z][^,]{1,60}?)[,.\s]*",
    r"Reporter\s*:\s*(?P<reporter>[^,|]{2,60}?)\s*(?:[,|]\s*(?:Editor\s*:\s*(?P<editor2>[^,|]{2,60}?)\s*)?"
    r"(?:[,|]\s*)?(?:Sumber\s*:\s*(?P<source>[^,]*?))?)?[,\s]*",
    r"Sumber\s*:\s*(?P<source2>[^,:]{2,40}?)\s*,\s*Reporter\s*:\s*(?P<reporter2>[^,|]{2,60}?)[,\s]*",
    r"Penulis\s*:\s*(?P<author2>[^,|]{2,60}?)[,\s]*",
    r"Penulis\s+(?P<author3>[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,4})[,\s]*",
    r"Editor\s*:\s*(?P<editor3>[^,|]{2,60}?)[,\s]*",
)

#: ``Sumber : Associated Press`` (wire or syndication source), short lines only.
SOURCE_LINE = (
    r"Sumber\s*:\s*(?P<wire>[^,:]{2,60}?)[,.\s]*"
    r"|\(\s*(?P<wire2>AFP|AP|Reuters|REUTERS|Antara|ANTARA|Xinhua|Bloomberg|Kyodo|dpa)\s*\)"
    # Deutsche Welle style credit: editor codes, then the agencies: "rap/ts (AFP, dpa)"
    r"|[a-z]{2,4}(?:/[a-z]{2,4})+\s*\((?P<wires>[A-Za-z]{2,12}(?:\s*,\s*[A-Za-z]{2,12}){0,4})\)"
)

#: Datelines at the start of the first paragraph: ``MOSKOW, KOMPAS.TV - ``, ``JAKARTA - ``,
#: ``Liputan6.com, Jakarta - ``, ``Phillip Island - ``, or a bare ``- `` left from a stripped one.
_CITY = r"(?:[A-Z][A-Za-z'’.]*|[A-Z]{2,})(?:[ ][A-Z][A-Za-z'’.]*){0,3}"
_MARK = (
    r"(?:KOMPAS\.(?:TV|com|COM)|Kompas\.(?:com|tv)|TRIBUNNEWS\.COM|Tribunnews\.com|"
    r"Liputan6\.com|Merdeka\.com|merdeka\.com|SINDOnews(?:\.com)?|Sindonews\.com|"
    r"Okezone(?:\.com)?|okezone\.com|KapanLagi\.com|Kapanlagi\.com|Fimela\.com|"
    r"detik(?:com|news|sport|finance|health|inet|oto|hot|travel|food|edu)|ANTARA(?: News)?|"
    r"[A-Za-z0-9-]+\.(?:com|tv|id|co\.id|net))"
)
DATELINE = re.compile(
    rf"(?:(?:(?P<lead>{_MARK})\s*,\s*)?"
    rf"(?:(?P<city>{_CITY})(?:\s*,\s*(?P<mark>{_MARK}))?|(?P<solo>{_MARK}))"
    r"(?:\s*\([A-Za-z/ ]{1,30}\))?(?:\s+[-–—]+\s*|\s*[-–—]+\s+)"  # "K-Pop" is a word, not a dateline
    r"|[-–—]+\s*)"
    r",*\s*(?=\S)"
)
#: ``Kompas.com - 12/01/2022, 22:40 WIB``: the outlet's name, then the date (a header line).
MARKED_DATE = re.compile(rf"{_MARK}\s*[-–—|]\s*(?P<date>.{{6,60}})")
#: A "city" that is really the outlet's name: ``KOMPAS.COM - ``.
MARK_ONLY = re.compile(rf"{_MARK}|[A-Za-z0-9-]+\.(?:COM|TV|ID|NET)")

#: Inline furniture inside a paragraph.
INLINE_RELATED = re.compile(r"\s*\(\s*Baca(?: juga| JUGA)\s*:?\s*(?P<related>[^()]*)\)\s*", re.IGNORECASE)
_PAGE_JUNK = r"\s*,*\s*(?i:loading\.{0,3}|#\s*Grow\s*Fear\s*less with Fimela|SCROLL TO CONTINUE WITH CONTENT)"
_CODE = r"(?:[a-z]{2,12}(?:/[a-z]{2,12}){0,5}|[A-Z][a-z]{1,7}/[A-Z][a-z]{1,7})"
#: Any paragraph: page junk and ``[mus]``-style codes glued to its end.
TRAILING_JUNK = re.compile(rf"(?:{_PAGE_JUNK}|\s*\[{_CODE}\])+\s*,*\s*$")
#: The last paragraph only: also ``(inews)``, ``(Tin/Ysl)`` codes; elsewhere ``(yoy)`` may be content.
TRAILING_JUNK_LAST = re.compile(rf"(?:{_PAGE_JUNK}|\s*[\[(]{_CODE}[\])])+\s*,*\s*$")


def alternation(patterns: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)
