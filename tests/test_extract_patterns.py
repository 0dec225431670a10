"""The speed-written regexes match exactly what their plain forms match.

Some patterns are written to open with a character class or a literal (so that the regex
engine can skip ahead), with the boundary test moved after it as a lookbehind. These tests
hold them to the plain, readable form on the fixture corpus and on hand-made edge cases.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsdb.extract import indirect, names, quotes
from newsdb.importer import dates

FIXTURES = Path(__file__).parent / "fixtures"

EDGES = [
    "(Budi) kata (BPBD) dan xBudi, O'Neil (Jokowi) ’Ani l'Oreal 'Ani Budi-santoso A.B. Cd.",
    "Presiden Joko Widodo (Jokowi) dan Wakil Presiden Ma'ruf Amin di Jakarta.",
    *"( (A a(B _Budi 9Budi -Budi ’Budi Budi ÉLISE Ølsen Þór".split(),
    "Rabu (12/1/2022) dan 3 Januari, 12 Januari 2022; 123 Maret x(1/2) (1/2)a 7 Mei1",
    "kata, Kata kata-kata berkata kata_ katakan -kata kata- ujar ujarnya",
]


def _texts() -> list[str]:
    out = list(EDGES)
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir() and p.name != "gold"):
        for path in sorted(folder.rglob("*.txt")):
            out.extend(path.read_text(encoding="utf-8", errors="replace").split("\n"))
    return out


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_fixture_texts_are_there() -> None:
    assert len(_texts()) > 1000  # the fixture corpus was read


def test_run_pattern_matches_its_plain_form() -> None:
    plain = re.compile(rf"(?<![\w'’]){names._TOKEN}(?:{names._LINK}{names._TOKEN})*")
    for text in _texts():
        assert _spans(names.RUN_RE, text) == _spans(plain, text), text


def test_date_mention_pattern_matches_its_plain_form() -> None:
    plain = re.compile(
        rf"(?:\d{{1,2}}\s+(?:{dates._MONTH_RE})(?:\s+\d{{4}})?|\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))(?!\w)"
    )
    for text in _texts():
        assert _spans(dates._MENTION, text) == _spans(plain, text), text


@pytest.mark.parametrize("word", ["kata", "Kata", "ujar", "menurut", "mengatakan", "a-b"])
def test_word_search_matches_its_plain_pattern(word: str) -> None:
    plain = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    for text in _texts():
        hits: list[indirect._Hit] = []
        indirect._word_hits(text, word, hits)
        assert [(h.start(), h.end()) for h in hits] == _spans(plain, text), text


def test_last_word_matches_its_plain_pattern() -> None:
    plain = re.compile(r"([\w'’\-]+)[\s:]*$")
    for text in [*_texts(), "", " :", "a_b-c’d : \n", "x. ", "(Budi)", "kata:  "]:
        for tail in (text, text[-40:], text[:25]):
            m = plain.search(tail)
            assert quotes._last_word(tail) == (m.group(1) if m else ""), tail


def test_comma_before() -> None:
    assert indirect._comma_before("a ,  \u00a0b", 6)
    assert not indirect._comma_before("a , x b", 6)
    assert not indirect._comma_before("   b", 3)
    assert not indirect._comma_before("b", 0)
