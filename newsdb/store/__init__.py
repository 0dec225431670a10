"""The store: writing extracted articles to the database, people resolved across the archive.

Only this package (and the query layer) touches the database. Its input is
:class:`PreparedArticle` (read → layout → extract already done, in any process); its unit of work is
a batch written by :class:`ArticleWriter` in one transaction, each article whole or not at all.
"""

from __future__ import annotations

from newsdb.store.people import ArchivePeople
from newsdb.store.records import BatchResult, FailedInput, PreparedArticle
from newsdb.store.rows import quote_text_key
from newsdb.store.writer import ArticleWriter, Placed, clear_extraction

__all__ = [
    "ArchivePeople",
    "ArticleWriter",
    "BatchResult",
    "FailedInput",
    "Placed",
    "PreparedArticle",
    "clear_extraction",
    "quote_text_key",
]
