"""Checks shared by the table-driven extraction tests (habits, recall, voices): which people an
article yields, and who speaks a quotation."""

from __future__ import annotations

from newsdb.extract import extract
from newsdb.records import ParsedArticle


def assert_people(article: ParsedArticle, present: set[str], absent: set[str]) -> None:
    """Every name in ``present`` is one of the article's people, none in ``absent`` is."""
    people = {p.name for p in extract(article).people}
    assert present <= people, sorted(people)
    assert not (absent & people), sorted(people)


def assert_speaker(article: ParsedArticle, text: str, speaker: str | None) -> None:
    """The first direct or partial quotation that starts with ``text`` is ``speaker``'s."""
    quotes = [q for q in extract(article).quotes if q.kind != "indirect"]
    found = [q for q in quotes if q.text.startswith(text)]
    assert found, [q.text for q in quotes]
    assert found[0].speaker == speaker
