"""``person_events``: each quote with a speaker and each mention, with its article's day and instant.

A person's quotes (``quotes --speaker``) and timeline are ordered by the article's day, then
instant. Those live on ``articles``, so ordering a heavily quoted person's rows meant looking up
every one of their articles before ``LIMIT`` could apply. ``person_events`` carries the sort keys
next to the person, in an index that the queries walk in order and leave after ``LIMIT`` rows.

The database keeps it right by itself: triggers on ``quotes`` and ``article_people`` (insert,
update, delete) and on ``articles`` (a changed day or instant) on both engines. Nothing writes it
from Python. ``untimed`` (no instant) leads the index after the person so that dated-with-time and
day-only rows are each one ordered range on both engines.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 07:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Columns of person_events in insert order, and the SELECTs that derive them from the source tables.
COLUMNS = "article_id, person_id, quote_id, position, kind, untimed, published_date, published_at"
FROM_QUOTE = """SELECT {q}.article_id, {q}.speaker_id, {q}.id, {q}.start_char, {q}.kind,
    a.published_at IS NULL, a.published_date, a.published_at
    FROM articles AS a WHERE a.id = {q}.article_id"""
FROM_MENTION = """SELECT {m}.article_id, {m}.person_id, 0, -1, 'mention',
    a.published_at IS NULL, a.published_date, a.published_at
    FROM articles AS a WHERE a.id = {m}.article_id"""
DELETE_QUOTE = """DELETE FROM person_events
    WHERE article_id = OLD.article_id AND person_id = OLD.speaker_id AND quote_id = OLD.id"""
DELETE_MENTION = """DELETE FROM person_events
    WHERE article_id = OLD.article_id AND person_id = OLD.person_id AND quote_id = 0"""
SET_DATES = """UPDATE person_events
    SET untimed = NEW.published_at IS NULL, published_date = NEW.published_date,
        published_at = NEW.published_at
    WHERE article_id = NEW.id"""
DATES_CHANGED = """OLD.published_date IS NOT NEW.published_date
    OR OLD.published_at IS NOT NEW.published_at"""

SQLITE_UP = [
    f"""CREATE TRIGGER person_events_quote_ai AFTER INSERT ON quotes
    WHEN NEW.speaker_id IS NOT NULL BEGIN
        INSERT INTO person_events ({COLUMNS}) {FROM_QUOTE.format(q="NEW")};
    END""",
    f"""CREATE TRIGGER person_events_quote_ad AFTER DELETE ON quotes
    WHEN OLD.speaker_id IS NOT NULL BEGIN {DELETE_QUOTE}; END""",
    f"""CREATE TRIGGER person_events_quote_au
    AFTER UPDATE OF id, article_id, speaker_id, start_char, kind ON quotes BEGIN
        {DELETE_QUOTE};
        INSERT INTO person_events ({COLUMNS}) {FROM_QUOTE.format(q="NEW")} AND NEW.speaker_id IS NOT NULL;
    END""",
    f"""CREATE TRIGGER person_events_mention_ai AFTER INSERT ON article_people BEGIN
        INSERT INTO person_events ({COLUMNS}) {FROM_MENTION.format(m="NEW")};
    END""",
    f"CREATE TRIGGER person_events_mention_ad AFTER DELETE ON article_people BEGIN {DELETE_MENTION}; END",
    f"""CREATE TRIGGER person_events_mention_au AFTER UPDATE OF article_id, person_id ON article_people
    BEGIN
        {DELETE_MENTION};
        INSERT INTO person_events ({COLUMNS}) {FROM_MENTION.format(m="NEW")};
    END""",
    f"""CREATE TRIGGER person_events_article_au AFTER UPDATE OF published_date, published_at ON articles
    WHEN {DATES_CHANGED} BEGIN {SET_DATES}; END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS person_events_article_au",
    "DROP TRIGGER IF EXISTS person_events_mention_au",
    "DROP TRIGGER IF EXISTS person_events_mention_ad",
    "DROP TRIGGER IF EXISTS person_events_mention_ai",
    "DROP TRIGGER IF EXISTS person_events_quote_au",
    "DROP TRIGGER IF EXISTS person_events_quote_ad",
    "DROP TRIGGER IF EXISTS person_events_quote_ai",
]
POSTGRES_UP = [
    f"""CREATE FUNCTION person_events_quote() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' AND OLD.speaker_id IS NOT NULL THEN
            {DELETE_QUOTE};
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.speaker_id IS NOT NULL THEN
            INSERT INTO person_events ({COLUMNS}) {FROM_QUOTE.format(q="NEW")};
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER person_events_quote
    AFTER INSERT OR DELETE OR UPDATE OF id, article_id, speaker_id, start_char, kind ON quotes
    FOR EACH ROW EXECUTE FUNCTION person_events_quote()""",
    f"""CREATE FUNCTION person_events_mention() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            {DELETE_MENTION};
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO person_events ({COLUMNS}) {FROM_MENTION.format(m="NEW")};
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER person_events_mention
    AFTER INSERT OR DELETE OR UPDATE OF article_id, person_id ON article_people
    FOR EACH ROW EXECUTE FUNCTION person_events_mention()""",
    f"""CREATE FUNCTION person_events_article() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {SET_DATES};
        RETURN NULL;
    END $$""",
    f"""CREATE TRIGGER person_events_article
    AFTER UPDATE OF published_date, published_at ON articles FOR EACH ROW
    WHEN ({DATES_CHANGED.replace("IS NOT", "IS DISTINCT FROM")})
    EXECUTE FUNCTION person_events_article()""",
]
POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS person_events_article ON articles",
    "DROP FUNCTION IF EXISTS person_events_article()",
    "DROP TRIGGER IF EXISTS person_events_mention ON article_people",
    "DROP FUNCTION IF EXISTS person_events_mention()",
    "DROP TRIGGER IF EXISTS person_events_quote ON quotes",
    "DROP FUNCTION IF EXISTS person_events_quote()",
]
# Existing rows, in primary key order (cheapest for the index builds that follow).
FILL = [
    f"""INSERT INTO person_events ({COLUMNS})
    SELECT q.article_id, q.speaker_id, q.id, q.start_char, q.kind,
        a.published_at IS NULL, a.published_date, a.published_at
    FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
    WHERE q.speaker_id IS NOT NULL
    UNION ALL
    SELECT m.article_id, m.person_id, 0, -1, 'mention',
        a.published_at IS NULL, a.published_date, a.published_at
    FROM article_people AS m JOIN articles AS a ON a.id = m.article_id
    ORDER BY 1, 2, 3""",
]


def upgrade() -> None:
    op.create_table(
        "person_events",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("untimed", sa.Boolean(), nullable=False),
        sa.Column("published_date", sa.Date(), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("article_id", "person_id", "quote_id", name=op.f("pk_person_events")),
        sqlite_with_rowid=False,
    )
    for statement in FILL:
        op.execute(statement)
    op.create_index(
        "ix_person_events_person_id_untimed_published_date",
        "person_events",
        [
            "person_id",
            "untimed",
            "published_date",
            "published_at",
            "article_id",
            "position",
            "quote_id",
            "kind",
        ],
        unique=False,
    )
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_UP if dialect == "sqlite" else POSTGRES_UP:
        op.execute(statement)
    if dialect == "postgresql":  # statistics now, not at autovacuum's leisure (SQLite plans fine without)
        op.execute("ANALYZE person_events")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_DOWN if dialect == "sqlite" else POSTGRES_DOWN:
        op.execute(statement)
    op.drop_index("ix_person_events_person_id_untimed_published_date", table_name="person_events")
    op.drop_table("person_events")
