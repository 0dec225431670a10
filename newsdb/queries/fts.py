"""Full-text search on both engines, from user text that is never trusted as query syntax.

The user's text is cut into words; on SQLite each word becomes a quoted FTS5 string (``"putin"
"ukraina"``, implicit AND), on PostgreSQL the same words go through ``plainto_tsquery('simple', …)``.
Either way the text travels as a bound parameter, and both engines match the articles holding
every word (case-insensitively; the ``simple`` configuration does no stemming, like FTS5).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, column, func, literal_column, select, table
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause

from newsdb.errors import QueryError
from newsdb.models import Quote
from newsdb.store.fts import missing_triggers

_WORD = re.compile(r"[^\W_]+")  # letters and digits: what both tokenizers keep

ARTICLES_FTS = table("articles_fts", column("rowid"))
QUOTES_FTS = table("quotes_fts", column("rowid"))
#: PostgreSQL (revision 0005): each article's ``search_vector``, copied inline by a trigger.
ARTICLES_FTS_VECTORS = table("articles_fts_vectors", column("article_id"), column("search_vector"))
_SIMPLE: ColumnClause[Any] = literal_column("'simple'::regconfig")


#: The canned queries that read the full-text indexes.
FULL_TEXT_QUERIES = frozenset({"search", "quote-search"})


def index_pending(session: Session) -> bool:
    """Whether the SQLite full-text index lags its tables: a bulk import is running, or one was
    killed and no writer has repaired the index since (``newsdb db repair`` does)."""
    return bool(missing_triggers(session.connection()))


def words(text: str) -> list[str]:
    """The words of a search text; refuses text without any."""
    found = _WORD.findall(text or "")
    if not found:
        raise QueryError("the search text holds no words")
    return found


def fts5_query(text: str) -> str:
    """An FTS5 query matching every word of ``text`` literally: each word is a quoted string."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words(text))


def _tsquery(text: str) -> ColumnElement[Any]:
    return func.plainto_tsquery(_SIMPLE, " ".join(words(text)))


def ts_query_once(text: str) -> ColumnElement[Any]:
    """The tsquery of ``text`` as a scalar subquery: PostgreSQL parses it once per statement
    (an InitPlan) instead of once per row wherever it appears outside the index condition."""
    return select(_tsquery(text)).scalar_subquery()


def quote_match(dialect: str, text: str) -> ColumnElement[bool]:
    """Quotes whose text holds every word of ``text``."""
    if dialect == "sqlite":
        hits = select(QUOTES_FTS.c.rowid).where(fts5_match("quotes_fts", text))
        return Quote.id.in_(hits.scalar_subquery())
    return literal_column("quotes.search_vector").op("@@")(_tsquery(text))


def fts5_rank(name: str, *weights: float) -> ColumnElement[float]:
    """FTS5 ``bm25`` (lower is better) of the FTS table ``name``; the statement must MATCH it."""
    return func.bm25(literal_column(name), *weights)


def fts5_match(name: str, text: str) -> ColumnElement[bool]:
    return literal_column(name).op("MATCH")(fts5_query(text))


def fts5_snippet(name: str, column_index: int, tokens: int = 16) -> ColumnElement[str]:
    return func.snippet(literal_column(name), column_index, "[", "]", "…", tokens)


def ts_rank(qualified_column: str, text: str) -> ColumnElement[float]:
    """PostgreSQL ``ts_rank`` (higher is better) of a ``search_vector`` column against ``text``."""
    return func.ts_rank(literal_column(qualified_column), _tsquery(text))


def ts_match(qualified_column: str, text: str) -> ColumnElement[bool]:
    return literal_column(qualified_column).op("@@")(_tsquery(text))


def ts_headline(document: Any, text: str) -> ColumnElement[str]:
    options = "StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter=…"
    return func.ts_headline(_SIMPLE, document, _tsquery(text), options)
