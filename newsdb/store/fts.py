"""SQLite full-text index maintenance for large imports ("bulk mode").

The FTS5 tables ``articles_fts`` and ``quotes_fts`` index their content tables through triggers, row
by row. For an import that is large against the archive, indexing everything once at the end
(FTS5 ``rebuild``) costs less: bulk mode drops the six triggers, imports, then rebuilds both indexes
and creates the triggers again, in one transaction.

Kill-safety rests on one invariant: **when all six triggers exist, the indexes match their tables.**
Triggers are dropped only by bulk mode and created only by :func:`repair_fts`, right after a rebuild
in the same transaction. Every newsdb writer (``import_paths``, ``reprocess``) calls
:func:`repair_fts` when it starts, so an import killed in bulk mode is repaired by the next run; a
concurrent importer that finds the triggers gone repairs too (the bulk importer's rows so far are
indexed by the rebuild, its later rows by the triggers), and the bulk importer's own final repair
finds nothing left to do. Until then, full-text search does not see that import's articles.

The trigger statements are the ones revision 0001 creates (a test compares them with a migrated
database, so the two cannot drift apart silently).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

FTS_TABLES = ("articles_fts", "quotes_fts")
TRIGGERS: dict[str, str] = {
    "articles_fts_ai": """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    "articles_fts_ad": """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
    END""",
    "articles_fts_au": """CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    "quotes_fts_ai": """CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    "quotes_fts_ad": """CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    "quotes_fts_au": """CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
}
#: Bulk mode pays when the import is at least this large, and at least as large as the archive (the
#: final rebuild reads the whole archive; the triggers cost about twice a rebuild per article).
BULK_MIN_INPUTS = 1000


#: FTS5's buffer of pending index entries (its ``hashsize`` setting, 1 MB by default) while rebuilding:
#: a larger buffer writes fewer, larger segments, which then take fewer merges. The rebuild of the
#: 14 k bulk articles costs ~20-28 % less CPU (alone 0.82-0.86 -> 0.65-0.68 s, in whole imports
#: 0.78-0.82 -> 0.57-0.59 s; docs/benchmarks.md) for ~15 MB more memory while it runs.
REBUILD_HASHSIZE = 8 * 2**20
DEFAULT_HASHSIZE = 2**20


def _has_fts(conn: Connection) -> bool:
    query = text(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('articles_fts', 'quotes_fts')"
    )
    return conn.dialect.name == "sqlite" and conn.execute(query).scalar_one() == len(FTS_TABLES)


def missing_triggers(conn: Connection) -> list[str]:
    """The FTS triggers the database lacks (none on PostgreSQL, or without the FTS tables)."""
    if not _has_fts(conn):
        return []
    query = text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    present = set(conn.execute(query).scalars())
    return [name for name in TRIGGERS if name not in present]


def repair_fts(conn: Connection) -> bool:
    """Rebuild both indexes and create the missing triggers when any is missing; whether it did."""
    with conn.begin():
        missing = missing_triggers(conn)
        if not missing:
            return False
        for table in FTS_TABLES:
            set_option = text(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', :size)")
            conn.execute(set_option, {"size": REBUILD_HASHSIZE})
            conn.execute(text(f"INSERT INTO {table}({table}) VALUES ('rebuild')"))
            conn.execute(set_option, {"size": DEFAULT_HASHSIZE})  # what later writes use
        for name in missing:
            conn.execute(text(TRIGGERS[name]))
    return True


def suspend_fts(conn: Connection) -> None:
    """Drop the FTS triggers (bulk mode); :func:`repair_fts` brings the index and them back."""
    with conn.begin():
        if _has_fts(conn):
            for name in TRIGGERS:
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def wants_bulk(conn: Connection, expected_inputs: int) -> bool:
    """Whether an import of about ``expected_inputs`` articles should run in bulk mode (SQLite).
    Reads in the caller's transaction (or autobegins one)."""
    if conn.dialect.name != "sqlite" or expected_inputs < BULK_MIN_INPUTS:
        return False
    if not _has_fts(conn):
        return False
    return int(conn.execute(text("SELECT count(*) FROM articles")).scalar_one()) <= expected_inputs
