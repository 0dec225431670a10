"""PostgreSQL: articles' search vectors in a narrow side table, stored inline, for ranking.

``search`` ranks every matching article with ``ts_rank`` before it can keep the top N. Read from
``articles``, each match cost a visit to the wide article row plus a TOAST index probe and two chunk
reads for its ``search_vector`` (about 2.6 kB, stored out of line). ``articles_fts_vectors`` holds
the same vector next to the article id only, with ``STORAGE MAIN`` and a ``toast_tuple_target``
near the page size so that vectors up to ~8 kB stay in the row uncompressed: one heap page read per
match, nothing to decompress. Its GIN index replaces the one on ``articles.search_vector`` (the
column stays, as the source of the copy). The vector is a byte-for-byte copy, so ranks are unchanged.

A trigger on ``articles`` keeps the copy (insert, delete, and updates of id, title or body). The
table name starts with ``articles_fts`` so that schema comparisons skip it like SQLite's FTS5 table.
SQLite: nothing (its FTS5 table already ranks without reading articles).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 08:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UP = [
    """CREATE TABLE articles_fts_vectors (
        article_id integer NOT NULL,
        search_vector tsvector NOT NULL,
        CONSTRAINT pk_articles_fts_vectors PRIMARY KEY (article_id)
    ) WITH (toast_tuple_target = 8160)""",
    "ALTER TABLE articles_fts_vectors ALTER COLUMN search_vector SET STORAGE MAIN",
    """INSERT INTO articles_fts_vectors (article_id, search_vector)
    SELECT id, search_vector FROM articles ORDER BY id""",
    "SET LOCAL maintenance_work_mem = '256MB'",
    """CREATE INDEX ix_articles_fts_vectors_search_vector ON articles_fts_vectors
    USING gin (search_vector)""",
    "DROP INDEX IF EXISTS ix_articles_search_vector",
    """CREATE FUNCTION articles_fts_vectors_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO articles_fts_vectors (article_id, search_vector)
            VALUES (NEW.id, NEW.search_vector);
        ELSIF TG_OP = 'UPDATE' THEN
            UPDATE articles_fts_vectors SET article_id = NEW.id, search_vector = NEW.search_vector
            WHERE article_id = OLD.id;
        ELSE
            DELETE FROM articles_fts_vectors WHERE article_id = OLD.id;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER articles_fts_vectors_sync
    AFTER INSERT OR DELETE OR UPDATE OF id, title, body ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_fts_vectors_sync()""",
    "ANALYZE articles_fts_vectors",
]
DOWN = [
    "DROP TRIGGER IF EXISTS articles_fts_vectors_sync ON articles",
    "DROP FUNCTION IF EXISTS articles_fts_vectors_sync()",
    "DROP TABLE IF EXISTS articles_fts_vectors",
    "SET LOCAL maintenance_work_mem = '256MB'",
    "CREATE INDEX IF NOT EXISTS ix_articles_search_vector ON articles USING gin (search_vector)",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWN:
            op.execute(statement)
