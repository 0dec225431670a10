"""Canned queries: named functions with typed parameters, documented output columns, both engines.

from newsdb.queries import run_query
result = run_query(session, "quotes", speaker="Lavrov")
"""

from __future__ import annotations

from newsdb.queries.registry import (
    CannedQuery,
    QueryParam,
    QueryResult,
    get_query,
    list_queries,
    reading,
    run_query,
)

__all__ = ["CannedQuery", "QueryParam", "QueryResult", "get_query", "list_queries", "reading", "run_query"]
