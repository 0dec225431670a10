"""Frozen records passed between the pure stages and the store.

    bytes ──read──▶ DecodedText ──layout──▶ ParsedArticle ──extract──▶ Extraction ──store──▶ database

Nothing here knows about the ORM or a database session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T")

#: Paragraphs of an article body are joined with this separator; every character
#: span (``start``/``end``) in an :class:`Extraction` is an offset into that joined body.
PARAGRAPH_SEPARATOR = "\n\n"

QUOTE_KINDS = ("direct", "partial", "indirect")
STAFF_ROLES = ("author", "editor", "photographer", "reporter")


def pickled_by_fields(cls: type[T]) -> type[T]:
    """Pickle a frozen slots dataclass as its class called with its field values, in field order.

    The ``__setstate__`` dataclasses generate for frozen slots classes calls ``dataclasses.fields()``
    for every object unpickled; an import unpickles every record the workers send back, and that
    was the largest cost of receiving their results. Apply it above ``@dataclass``; every field must
    be an ``__init__`` argument.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    if not names or not all(f.init for f in fields(cls)):  # type: ignore[arg-type]
        raise TypeError(f"{cls.__name__}: every field must be an __init__ argument")
    values: Callable[[Any], tuple[Any, ...]]
    if len(names) == 1:
        one = attrgetter(names[0])
        values = lambda obj: (one(obj),)  # noqa: E731
    else:
        values = attrgetter(*names)

    def __reduce__(self: T) -> tuple[type[T], tuple[Any, ...]]:
        if type(self) is not cls:  # a subclass would come back as ``cls``, its own fields lost
            raise TypeError(f"{type(self).__name__} inherits {cls.__name__}'s pickling by fields")
        return cls, values(self)

    setattr(cls, "__reduce__", __reduce__)  # noqa: B010 - a method added to an existing class
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DecodedText:
    """Output of the ``read`` stage: text plus how it was decoded."""

    text: str
    encoding: str  # the codec actually used, e.g. "utf-8", "utf-16-le", "cp1252"
    sha256: str  # of the raw bytes
    size: int  # raw byte count


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SourceHints:
    """What a file's surroundings tell about it: a JSON Lines sidecar, a JSONL record, CLI options.

    Hints fill what the text itself lacks; the user's options (``--outlet``, ``--published``) fill what
    both the text and the metadata lack.
    """

    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # as given: ISO 8601 or any form the dates module understands
    source_id: str | None = None  # a stable id from the source, e.g. a JSONL record's url
    force_outlet: bool = False  # True when ``outlet`` is the user's --outlet: a fallback for the text


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """Output of the ``layout`` stage: page furniture separated from the story."""

    paragraphs: tuple[str, ...]  # body paragraphs, no furniture
    layout: str = "generic"  # name of the layout module that produced it
    outlet: str | None = None  # display name, e.g. "Kompas TV"
    outlet_domain: str | None = None  # e.g. "kompas.tv"
    title: str | None = None
    slug: str | None = None
    url: str | None = None
    section: str | None = None
    published_at: datetime | None = None  # timezone-aware, in the original offset
    date_text: str | None = None  # the date as written in the text
    dateline: str | None = None  # e.g. "MOSKOW"
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    photo_caption: str | None = None
    photo_credit: str | None = None
    wire_sources: tuple[str, ...] = ()
    related_headlines: tuple[str, ...] = ()
    language: str = "id"
    # Added by the layout stage (issue 3); defaults keep older callers working.
    published_date: date | None = None  # calendar day when known, even without a time (published_at None)
    date_mentions: tuple[str, ...] = ()  # dates written in the running text, e.g. "Selasa, 18 Februari"

    @property
    def body(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    def paragraph_offsets(self) -> tuple[int, ...]:
        """Start offset of each paragraph inside :attr:`body`."""
        offsets, pos = [], 0
        for para in self.paragraphs:
            offsets.append(pos)
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        return tuple(offsets)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class FoundPerson:
    """A person of the story (never a byline)."""

    name: str  # canonical: the fullest form the article gives, no honorifics
    key: str  # normalised name used to match people across articles
    aliases: tuple[str, ...] = ()  # other forms used in the article
    roles: tuple[str, ...] = ()  # role/title phrases as written
    mentions: int = 1


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class FoundQuote:
    text: str  # words inside the marks, without marks or trailing comma
    kind: str  # one of QUOTE_KINDS
    paragraph: int  # index into ParsedArticle.paragraphs
    start: int  # span of ``text`` in ParsedArticle.body
    end: int
    speaker: str | None = None  # FoundPerson.name, or None when the text does not say
    verb: str | None = None  # the speech cue, e.g. "kata", "katanya", "menyebut"
    via: str | None = None  # secondary source, e.g. "Associated Press"
    speaker_description: str | None = None  # who, when not a named person ("seorang warga")


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    people: tuple[FoundPerson, ...] = ()
    quotes: tuple[FoundQuote, ...] = ()
    extractor_version: str = field(default="")
