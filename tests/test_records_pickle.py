"""Records cross process boundaries by pickle (work items out to the workers, prepared articles back):
a round trip must give an equal record, every field kept, for every record type."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import UTC, date, datetime
from typing import Any

import pytest

from newsdb import records
from newsdb.importer import discover, workers
from newsdb.records import (
    DecodedText,
    Extraction,
    FoundPerson,
    FoundQuote,
    ParsedArticle,
    SourceHints,
    pickled_by_fields,
)
from newsdb.store import records as store_records
from newsdb.store.records import FailedInput, PreparedArticle

HINTS = SourceHints("Kompas TV", "https://kompas.tv/a", "Judul", "2024-01-02", "id-1", True)
DECODED = DecodedText("teks", "cp1252", "ab" * 32, 4)
PARSED = ParsedArticle(
    paragraphs=("Satu.", "Dua."),
    layout="kompastv",
    outlet="Kompas TV",
    outlet_domain="kompas.tv",
    title="Judul",
    slug="judul",
    url="https://kompas.tv/a",
    section="Nasional",
    published_at=datetime(2024, 1, 2, 3, 4, tzinfo=UTC),
    date_text="Selasa, 2 Januari 2024",
    dateline="JAKARTA",
    authors=("Ani",),
    editors=("Budi",),
    photographers=("Cici",),
    photo_caption="Foto.",
    photo_credit="Antara",
    wire_sources=("Reuters",),
    related_headlines=("Berita lain",),
    language="en",
    published_date=date(2024, 1, 2),
    date_mentions=("Senin",),
)
PERSON = FoundPerson("Joko Widodo", "joko widodo", ("Jokowi",), ("Presiden",), 3)
QUOTE = FoundQuote("Kita bisa", "partial", 1, 7, 16, "Joko Widodo", "kata", "AP", "seorang warga")
EXTRACTION = Extraction((PERSON,), (QUOTE,), "9.9")
PREPARED = PreparedArticle(
    source_key="id-1",
    path="a.jsonl:1",
    sha256="cd" * 32,
    size=4,
    encoding="utf-8",
    raw_text="teks",
    hints={"outlet": "Kompas TV"},
    parsed=PARSED,
    extraction=EXTRACTION,
    name_keys={"Joko Widodo": "joko widodo"},
    quote_keys=("ef" * 32,),
    word_count=2,
)
#: One instance of every pickled record type, every field set to something other than its default.
INSTANCES: list[Any] = [
    HINTS,
    DECODED,
    PARSED,
    PERSON,
    QUOTE,
    EXTRACTION,
    PREPARED,
    FailedInput("a.txt", "layout", "no body"),
    discover.WorkItem("a.txt", "key", "ef" * 32, b"bytes", HINTS),
    workers.StoredText("a.txt", "key", DECODED, HINTS),
]


def _record_types() -> set[type]:
    """Every dataclass of the modules whose records cross process boundaries."""
    found = set()
    for module in (records, store_records, discover, workers):
        for value in vars(module).values():
            own = isinstance(value, type) and value.__module__ == module.__name__
            if own and dataclasses.is_dataclass(value):
                found.add(value)
    return found


def test_every_record_type_is_covered() -> None:
    covered = {type(i) for i in INSTANCES}
    pickled = {t for t in _record_types() if "__reduce__" in vars(t)}
    assert pickled <= covered
    assert {DecodedText, SourceHints, ParsedArticle, FoundPerson, FoundQuote, Extraction} <= pickled
    assert {PreparedArticle, FailedInput, discover.WorkItem, workers.StoredText} <= pickled


@pytest.mark.parametrize("record", INSTANCES, ids=lambda r: type(r).__name__)
def test_round_trip_keeps_every_field(record: Any) -> None:
    for f in dataclasses.fields(record):  # the table itself: no field left at its default
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        assert getattr(record, f.name) != default, f"{type(record).__name__}.{f.name} is at its default"
    for protocol in (2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(record, protocol))
        assert type(back) is type(record)
        assert back == record
        for f in dataclasses.fields(record):
            assert getattr(back, f.name) == getattr(record, f.name), f.name


def test_a_field_outside_init_is_refused() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Derived:
        a: int
        b: int = dataclasses.field(default=0, init=False)

    with pytest.raises(TypeError, match="__init__"):
        pickled_by_fields(Derived)


def test_a_subclass_is_refused_rather_than_pickled_without_its_fields() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Tagged(FailedInput):
        tag: str = "x"

    with pytest.raises(TypeError, match="Tagged"):
        pickle.dumps(Tagged("a.txt", "layout", "no body", "y"))
