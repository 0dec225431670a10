"""detikcom (detik.com and its channels: detikNews, detikSport, detikFinance, ...).

Furniture: ``SCROLL TO CONTINUE WITH CONTENT`` and ``ADVERTISEMENT`` between paragraphs; video teasers
(``Simak juga Video ...``, ``Tonton juga video "..." di sini:``, ``Lihat juga Video: ...``); live-show
promos (``Saksikan Live DetikPagi :``, ``"Detik Pagi, Jangan Tidur Lagi!"``). The dateline is mixed case
(``Jakarta - ``, ``Phillip Island - ``) or missing (the 2025 dumps keep it in a separate element).
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout

LAYOUT = Layout(
    stop=(r"Baca artikel detik\w*,? .{0,300}selengkapnya\b.*",),
    name="detik",
    outlet="detik",
    evidence=(
        r"SCROLL TO CONTINUE WITH CONTENT|(?:Simak|Tonton|Lihat) juga [Vv]ideo|Saksikan Live ?[Dd]etik"
        r"|detik(?:com|news|sport|finance|health|inet|oto|hot|travel|food|edu)\s*[-–—]"
        r"|\"Detik (?:Pagi|Sore),"
    ),
    mixed_case_dateline=True,
    drop=(
        r"Saksikan Live ?[Dd]etik\w*\s*:?",
        r"\"Detik (?:Pagi|Sore), [^\"]{5,40}\"",
        r"Halaman selanjutnya.*",
    ),
)
