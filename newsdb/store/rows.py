"""Pure row builders: a :class:`PreparedArticle` → plain dicts for Core ``executemany`` inserts.

Nothing here touches a database. Values are clipped to the column sizes of the schema, so that
PostgreSQL (which enforces ``VARCHAR(n)``) and SQLite (which does not) store the same thing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

from newsdb.extract.people import person_key
from newsdb.records import QUOTE_KINDS, Extraction, ParsedArticle
from newsdb.store.records import PreparedArticle

#: A word of a quote's text key: the runs of word characters (the same words as replacing the runs of
#: other characters by spaces and splitting, in a third less time).
_WORD = re.compile(r"\w+")


def clip(value: str | None, size: int) -> str | None:
    """``value`` cut to ``size`` characters (None stays None)."""
    if value is None:
        return None
    return value if len(value) <= size else value[:size]


#: name → person key, as far as this process has met names (bounded: cleared when full).
_NAME_KEYS: dict[str, str] = {}
NAME_KEYS_MAX = 65536


def name_key(name: str) -> str:
    """The matching key of a person's name: the extractor's ``person_key``, cached."""
    key = _NAME_KEYS.get(name)
    if key is None:
        if len(_NAME_KEYS) >= NAME_KEYS_MAX:
            _NAME_KEYS.clear()
        key = _NAME_KEYS[name] = person_key(name)
    return key


def learn_name_keys(keys: dict[str, str] | None) -> None:
    """Name keys another process derived (``PreparedArticle.name_keys``): no need to derive them."""
    if keys:
        if len(_NAME_KEYS) + len(keys) > NAME_KEYS_MAX:
            _NAME_KEYS.clear()
        _NAME_KEYS.update(keys)


def derived_keys(parsed: ParsedArticle, extraction: Extraction) -> tuple[dict[str, str], tuple[str, ...]]:
    """The name keys and quote text keys the writer needs for one article (pure; run in a worker)."""
    names = [*parsed.authors, *parsed.editors, *parsed.photographers]
    for found in extraction.people:
        names.append(found.name)
        names.extend(found.aliases)
    names.extend(q.speaker for q in extraction.quotes if q.speaker)
    keys = {name: person_key(name) for name in names}
    return keys, tuple(quote_text_key(q.text) if q.text else "" for q in extraction.quotes)


def quote_text_key(text: str) -> str:
    """A key under which the same quote in several articles is found: its words, casefolded,
    without accents or punctuation, hashed (sha256 hex)."""
    plain = text.casefold()
    if not plain.isascii():
        plain = unicodedata.normalize("NFKD", plain)
        if not plain.isascii():
            plain = "".join(c for c in plain if not unicodedata.combining(c))
    return hashlib.sha256(" ".join(_WORD.findall(plain)).encode("utf-8")).hexdigest()


def source_file_row(item: PreparedArticle, run_id: int | None, now: datetime) -> dict[str, Any]:
    return {
        "source_key": item.source_key,
        "path": item.path,
        "sha256": item.sha256,
        "size": item.size,
        "encoding": clip(item.encoding, 32),
        "raw_text": item.raw_text,
        "hints": item.hints,
        "run_id": run_id,
        "imported_at": now,
    }


def count_words(body: str) -> int:
    return len(body.split())


def article_fields(
    parsed: ParsedArticle, outlet_id: int | None, extractor_version: str, word_count: int | None = None
) -> dict[str, Any]:
    """The article columns that extraction decides (not its identity or revision); ``word_count``
    when the worker counted it already.

    ``published_date`` is the local calendar day: the layout's when the text gives only a day, else
    the day of the published instant in its own offset.
    """
    published = parsed.published_at
    if published is not None and published.tzinfo is None:
        published = None  # refuse to guess a zone: the date text is kept
    body = parsed.body
    return {
        "outlet_id": outlet_id,
        "title": parsed.title,
        "slug": parsed.slug,
        "url": parsed.url,
        "section": clip(parsed.section, 255),
        "dateline": clip(parsed.dateline, 255),
        "published_at": published.astimezone(UTC) if published else None,
        "published_local": clip(published.isoformat(), 40) if published else None,
        "published_date": parsed.published_date or (published.date() if published else None),
        "date_text": parsed.date_text,
        "body": body,
        "photo_caption": parsed.photo_caption,
        "photo_credit": parsed.photo_credit,
        "language": clip(parsed.language or "id", 16),
        "word_count": count_words(body) if word_count is None else word_count,
        "layout": clip(parsed.layout or "generic", 64),
        "extractor_version": clip(extractor_version, 64),
    }


def staff_rows(article_id: int, parsed: ParsedArticle) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for role, names in (
        ("author", parsed.authors),
        ("editor", parsed.editors),
        ("photographer", parsed.photographers),
    ):
        for position, name in enumerate(dict.fromkeys(n for n in names if n.strip())):
            rows.append(
                {
                    "article_id": article_id,
                    "role": role,
                    "position": position,
                    "name": clip(name, 255),
                    "key": clip(name_key(name) or name.casefold(), 255),
                }
            )
    return rows


def headline_rows(article_id: int, parsed: ParsedArticle) -> list[dict[str, Any]]:
    return [
        {"article_id": article_id, "position": i, "headline": headline}
        for i, headline in enumerate(parsed.related_headlines)
    ]


def wire_rows(article_id: int, parsed: ParsedArticle) -> list[dict[str, Any]]:
    names = dict.fromkeys(n for n in parsed.wire_sources if n.strip())
    return [{"article_id": article_id, "position": i, "name": clip(n, 255)} for i, n in enumerate(names)]


def quote_rows(article_id: int, item: PreparedArticle, speaker_ids: dict[str, int]) -> list[dict[str, Any]]:
    """Quote rows; ``speaker_ids`` maps the extractor's speaker names to person ids."""
    rows: list[dict[str, Any]] = []
    keys = item.quote_keys
    for i, quote in enumerate(item.extraction.quotes):
        if quote.kind not in QUOTE_KINDS or not quote.text:
            continue
        start, end = sorted((quote.start, quote.end))
        rows.append(
            {
                "article_id": article_id,
                "speaker_id": speaker_ids.get(quote.speaker) if quote.speaker else None,
                "text": quote.text,
                "text_key": keys[i] if keys is not None else quote_text_key(quote.text),
                "kind": quote.kind,
                "verb": clip(quote.verb, 64),
                "paragraph": quote.paragraph,
                "start_char": start,
                "end_char": end,
                "via": clip(quote.via, 255),
                "speaker_description": quote.speaker_description,
            }
        )
    return rows
