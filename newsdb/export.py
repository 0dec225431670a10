"""The export contract (DESIGN.md): one JSON object per article, or one CSV row per quote.

Streaming in constant memory: articles (all, or those an ``ExportFilter`` selects: outlet, local
days) are read in id order, one keyset page at a time
(``WHERE id > :last ORDER BY id LIMIT :n``), and the children of a page (bylines, wire sources,
related headlines, people, quotes) are fetched with one query each for that page only.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import ColumnElement, Connection, Engine, and_, func, select, true
from sqlalchemy.orm import Session

from newsdb.models import (
    Article,
    ArticlePerson,
    ArticleStaff,
    Outlet,
    Person,
    Quote,
    RelatedHeadline,
    SourceFile,
    WireSource,
)
from newsdb.queries.common import date_filter, outlet_filter
from newsdb.readonly import read_engine

PAGE_SIZE = 500

#: Keys of each exported article, in order (the contract in DESIGN.md).
ARTICLE_KEYS = (
    "id", "source_path", "sha256", "outlet", "title", "slug", "url", "section", "published_at",
    "date_text", "dateline", "authors", "editors", "photo_credit", "wire_sources",
    "related_headlines", "body", "people", "quotes",
)  # fmt: skip
#: Columns of the CSV export: one row per quote, with its article's identity and metadata.
CSV_COLUMNS = (
    "article_id", "source_path", "outlet", "title", "url", "published_at", "quote_index",
    "text", "speaker", "kind", "verb", "paragraph", "start", "end", "via",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which articles to export: an outlet (name or domain) and local days, inclusive; None: any."""

    outlet: str | None = None
    since: date | None = None
    until: date | None = None

    def condition(self, conn: Connection) -> ColumnElement[bool]:
        """The SQL condition; an outlet the archive does not know raises QueryError."""
        with Session(bind=conn) as session:
            by_outlet = outlet_filter(session, self.outlet)
        return and_(by_outlet, date_filter(self.since, self.until))


def iter_articles(
    engine: Engine, *, page_size: int = PAGE_SIZE, only: ExportFilter | None = None
) -> Iterator[dict[str, Any]]:
    """Every article (or those ``only`` selects) as a contract dict, in id order, ``page_size`` at a time."""
    last_id = 0
    reader = read_engine(engine)
    where: ColumnElement[bool] | None = None
    while True:
        with reader.connect() as conn:
            if where is None:
                where = (only or ExportFilter()).condition(conn)
            page = _article_page(conn, last_id, page_size, where)
            if not page:
                return
            _attach_children(conn, page)
        yield from page.values()
        last_id = max(page)


def article_record(conn: Connection, article_id: int) -> dict[str, Any] | None:
    """One article as a contract dict, or None when there is no such article."""
    page = _article_page(conn, article_id - 1, 1)
    if article_id not in page:
        return None
    _attach_children(conn, page)
    return page[article_id]


def _article_page(
    conn: Connection, after: int, size: int, where: ColumnElement[bool] | None = None
) -> dict[int, dict[str, Any]]:
    stmt = (
        select(
            Article.id,
            SourceFile.path,
            SourceFile.sha256,
            Outlet.name,
            Article.title,
            Article.slug,
            Article.url,
            Article.section,
            Article.published_local,
            Article.date_text,
            Article.dateline,
            Article.photo_credit,
            Article.body,
        )  # fmt: skip
        .join(SourceFile, SourceFile.id == Article.source_file_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .where(Article.id > after, true() if where is None else where)
        .order_by(Article.id)
        .limit(size)
    )
    page: dict[int, dict[str, Any]] = {}
    for row in conn.execute(stmt):
        (aid, path, sha, outlet, title, slug, url, section, published, date_text, dateline, credit, body) = (
            row
        )
        page[aid] = {
            "id": aid, "source_path": path, "sha256": sha, "outlet": outlet, "title": title,
            "slug": slug, "url": url, "section": section, "published_at": published,
            "date_text": date_text, "dateline": dateline, "authors": [], "editors": [],
            "photo_credit": credit, "wire_sources": [], "related_headlines": [], "body": body,
            "people": [], "quotes": [],
        }  # fmt: skip
    return page


def _attach_children(conn: Connection, page: dict[int, dict[str, Any]]) -> None:
    ids = list(page)
    staff = select(ArticleStaff.article_id, ArticleStaff.role, ArticleStaff.name).where(
        ArticleStaff.article_id.in_(ids), ArticleStaff.role.in_(("author", "editor"))
    )
    for aid, role, name in conn.execute(staff.order_by(ArticleStaff.article_id, ArticleStaff.position)):
        page[aid]["authors" if role == "author" else "editors"].append(name)
    wires = select(WireSource.article_id, WireSource.name).where(WireSource.article_id.in_(ids))
    for aid, name in conn.execute(wires.order_by(WireSource.article_id, WireSource.position)):
        page[aid]["wire_sources"].append(name)
    related = select(RelatedHeadline.article_id, RelatedHeadline.headline).where(
        RelatedHeadline.article_id.in_(ids)
    )
    for aid, headline in conn.execute(related.order_by(RelatedHeadline.article_id, RelatedHeadline.position)):
        page[aid]["related_headlines"].append(headline)
    _attach_people(conn, page, ids)
    _attach_quotes(conn, page, ids)


def _attach_people(conn: Connection, page: dict[int, dict[str, Any]], ids: Sequence[int]) -> None:
    """People as this article names them: the archive may know a fuller name (joined by person_id)."""
    stmt = (
        select(
            ArticlePerson.article_id,
            ArticlePerson.name_used,
            ArticlePerson.aliases,
            ArticlePerson.roles,
            ArticlePerson.mention_count,
        )  # fmt: skip
        .where(ArticlePerson.article_id.in_(ids))
        .order_by(ArticlePerson.article_id, ArticlePerson.mention_count.desc(), ArticlePerson.name_used)
    )
    for aid, name, aliases, roles, mentions in conn.execute(stmt):
        page[aid]["people"].append(
            {"name": name, "aliases": list(aliases or []), "roles": list(roles or []), "mentions": mentions}
        )


def _attach_quotes(conn: Connection, page: dict[int, dict[str, Any]], ids: Sequence[int]) -> None:
    stmt = (
        select(
            Quote.article_id,
            Quote.text,
            func.coalesce(ArticlePerson.name_used, Person.name),
            Quote.kind,
            Quote.verb,
            Quote.paragraph,
            Quote.start_char,
            Quote.end_char,
            Quote.via,
        )  # fmt: skip
        .outerjoin(Person, Person.id == Quote.speaker_id)
        .outerjoin(
            ArticlePerson,
            (ArticlePerson.article_id == Quote.article_id) & (ArticlePerson.person_id == Quote.speaker_id),
        )
        .where(Quote.article_id.in_(ids))
        .order_by(Quote.article_id, Quote.start_char, Quote.id)
    )
    for aid, text, speaker, kind, verb, paragraph, start, end, via in conn.execute(stmt):
        page[aid]["quotes"].append(
            {"text": text, "speaker": speaker, "kind": kind, "verb": verb, "paragraph": paragraph,
             "start": start, "end": end, "via": via}
        )  # fmt: skip


def write_jsonl(
    engine: Engine, out: TextIO, *, page_size: int = PAGE_SIZE, only: ExportFilter | None = None
) -> int:
    """Write every article (or those ``only`` selects) as one JSON line to ``out``; returns the count."""
    count = 0
    for article in iter_articles(engine, page_size=page_size, only=only):
        out.write(json.dumps(article, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(
    engine: Engine, out: TextIO, *, page_size: int = PAGE_SIZE, only: ExportFilter | None = None
) -> int:
    """Write one CSV row per quote (:data:`CSV_COLUMNS`); articles without quotes have no row.

    Returns the number of quotes written.
    """
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for article in iter_articles(engine, page_size=page_size, only=only):
        head = [article[k] for k in ("id", "source_path", "outlet", "title", "url", "published_at")]
        for index, quote in enumerate(article["quotes"]):
            tail = [quote[k] for k in ("text", "speaker", "kind", "verb", "paragraph", "start", "end", "via")]
            writer.writerow([*head, index, *tail])
            count += 1
    return count


def export(
    engine: Engine,
    out: TextIO,
    fmt: str = "jsonl",
    *,
    page_size: int = PAGE_SIZE,
    only: ExportFilter | None = None,
) -> int:
    """Export the archive (or the articles ``only`` selects) to ``out`` as ``jsonl`` (articles) or
    ``csv`` (quotes); returns the count."""
    writers = {"jsonl": write_jsonl, "csv": write_csv}
    if fmt not in writers:
        raise ValueError(f"export format must be jsonl or csv, not {fmt!r}")
    return writers[fmt](engine, out, page_size=page_size, only=only)


def export_to_file(
    engine: Engine, path: str | os.PathLike[str], fmt: str = "jsonl", *, only: ExportFilter | None = None
) -> int:
    """Export to the file at ``path``, whole or not at all: written beside it, then renamed over it.

    (A device or a FIFO, such as ``/dev/stdout``, is written straight through.)

    An error part-way (a full disk, a lost connection) leaves no half-written file, and an existing
    file is replaced only by a complete export. Returns the count, like :func:`export`.
    """
    if fmt not in ("jsonl", "csv"):
        raise ValueError(f"export format must be jsonl or csv, not {fmt!r}")
    target = Path(path)
    if target.exists() and not target.is_file():  # /dev/stdout, a FIFO (a folder fails to open)
        with target.open("w", encoding="utf-8", newline="") as stream:
            return export(engine, stream, fmt, only=only)
    target = target.resolve()  # through a symlink: replace the file, not the link
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as stream:
            count = export(engine, stream, fmt, only=only)
        os.chmod(temp, target.stat().st_mode & 0o7777 if target.exists() else 0o644)  # mkstemp: 0600
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count
