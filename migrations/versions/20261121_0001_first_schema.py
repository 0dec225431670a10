"""First schema: outlets, imports, source files, articles, people, quotes; full-text search; views.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 05:05:47.709262
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("seen", sa.Integer(), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("newsdb_version", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_runs")),
    )
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("domain", sa.String(length=255), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlets")),
        sa.UniqueConstraint("domain", name=op.f("uq_outlets_domain")),
        sa.UniqueConstraint("name", name=op.f("uq_outlets_name")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("key", name=op.f("uq_people_key")),
    )
    op.create_table(
        "import_errors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["import_runs.id"],
            name=op.f("fk_import_errors_run_id_import_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_errors")),
    )
    with op.batch_alter_table("import_errors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_errors_run_id"), ["run_id"], unique=False)

    op.create_table(
        "person_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=255), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_person_aliases_person_id_people"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_aliases")),
        sa.UniqueConstraint("person_id", "key", name=op.f("uq_person_aliases_person_id_key")),
    )
    with op.batch_alter_table("person_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_aliases_key"), ["key"], unique=False)

    op.create_table(
        "source_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_key", sa.Text(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("encoding", sa.String(length=32), nullable=False),
        sa.Column("raw_text", sa.Text(), nullable=False),
        sa.Column("hints", sa.JSON(), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["import_runs.id"],
            name=op.f("fk_source_files_run_id_import_runs"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_files")),
        sa.UniqueConstraint("sha256", name=op.f("uq_source_files_sha256")),
    )
    with op.batch_alter_table("source_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_files_run_id"), ["run_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_source_files_source_key"), ["source_key"], unique=False)

    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_key", sa.Text(), nullable=False),
        sa.Column("source_file_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("slug", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("section", sa.String(length=255), nullable=True),
        sa.Column("dateline", sa.String(length=255), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_local", sa.String(length=40), nullable=True),
        sa.Column("published_date", sa.Date(), nullable=True),
        sa.Column("date_text", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("photo_caption", sa.Text(), nullable=True),
        sa.Column("photo_credit", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("layout", sa.String(length=64), nullable=False),
        sa.Column("extractor_version", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlets.id"], name=op.f("fk_articles_outlet_id_outlets")),
        sa.ForeignKeyConstraint(
            ["source_file_id"], ["source_files.id"], name=op.f("fk_articles_source_file_id_source_files")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("source_key", name=op.f("uq_articles_source_key")),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(
            "ix_articles_outlet_id_published_at", ["outlet_id", "published_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_articles_published_at"), ["published_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_published_date"), ["published_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_source_file_id"), ["source_file_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_url"), ["url"], unique=False)

    op.create_table(
        "article_people",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("name_used", sa.String(length=255), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("mention_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_people_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_article_people_person_id_people"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", "person_id", name=op.f("pk_article_people")),
    )
    with op.batch_alter_table("article_people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_people_person_id"), ["person_id"], unique=False)

    op.create_table(
        "article_staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.CheckConstraint(
            "role IN ('author', 'editor', 'photographer', 'reporter')", name=op.f("ck_article_staff_role")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_staff_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_staff")),
        sa.UniqueConstraint(
            "article_id", "role", "position", name=op.f("uq_article_staff_article_id_role_position")
        ),
    )
    with op.batch_alter_table("article_staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_staff_key"), ["key"], unique=False)

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("verb", sa.String(length=64), nullable=True),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("via", sa.String(length=255), nullable=True),
        sa.Column("speaker_description", sa.Text(), nullable=True),
        sa.CheckConstraint("kind IN ('direct', 'partial', 'indirect')", name=op.f("ck_quotes_kind")),
        sa.CheckConstraint("start_char <= end_char", name=op.f("ck_quotes_span")),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_quotes_article_id_articles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["people.id"], name=op.f("fk_quotes_speaker_id_people"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
    )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quotes_article_id"), ["article_id"], unique=False)
        batch_op.create_index("ix_quotes_speaker_id_article_id", ["speaker_id", "article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quotes_text_key"), ["text_key"], unique=False)

    op.create_table(
        "related_headlines",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_related_headlines_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "position", name=op.f("pk_related_headlines")),
    )
    op.create_table(
        "wire_sources",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_wire_sources_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "position", name=op.f("pk_wire_sources")),
    )
    with op.batch_alter_table("wire_sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wire_sources_name"), ["name"], unique=False)

    _create_full_text_search()
    for statement in VIEWS_UP:
        op.execute(statement)


def downgrade() -> None:
    for name in VIEW_NAMES:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    _drop_full_text_search()
    with op.batch_alter_table("wire_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wire_sources_name"))

    op.drop_table("wire_sources")
    op.drop_table("related_headlines")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quotes_text_key"))
        batch_op.drop_index("ix_quotes_speaker_id_article_id")
        batch_op.drop_index(batch_op.f("ix_quotes_article_id"))

    op.drop_table("quotes")
    with op.batch_alter_table("article_staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_staff_key"))

    op.drop_table("article_staff")
    with op.batch_alter_table("article_people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_people_person_id"))

    op.drop_table("article_people")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_url"))
        batch_op.drop_index(batch_op.f("ix_articles_source_file_id"))
        batch_op.drop_index(batch_op.f("ix_articles_published_date"))
        batch_op.drop_index(batch_op.f("ix_articles_published_at"))
        batch_op.drop_index("ix_articles_outlet_id_published_at")

    op.drop_table("articles")
    with op.batch_alter_table("source_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_files_source_key"))
        batch_op.drop_index(batch_op.f("ix_source_files_run_id"))

    op.drop_table("source_files")
    with op.batch_alter_table("person_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_aliases_key"))

    op.drop_table("person_aliases")
    with op.batch_alter_table("import_errors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_errors_run_id"))

    op.drop_table("import_errors")
    op.drop_table("people")
    op.drop_table("outlets")
    op.drop_table("import_runs")


# --- full-text search: engine specific, outside the models on purpose --------------------------

SQLITE_FTS_UP = [
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
]
SQLITE_FTS_DOWN = [
    "DROP TRIGGER IF EXISTS quotes_fts_au",
    "DROP TRIGGER IF EXISTS quotes_fts_ad",
    "DROP TRIGGER IF EXISTS quotes_fts_ai",
    "DROP TABLE IF EXISTS quotes_fts",
    "DROP TRIGGER IF EXISTS articles_fts_au",
    "DROP TRIGGER IF EXISTS articles_fts_ad",
    "DROP TRIGGER IF EXISTS articles_fts_ai",
    "DROP TABLE IF EXISTS articles_fts",
]
# 'simple' configuration: no stemming, so that SQLite and PostgreSQL match the same words.
POSTGRES_FTS_UP = [
    """ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(body, '')), 'B')) STORED""",
    "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)",
    """ALTER TABLE quotes ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, text)) STORED""",
    "CREATE INDEX ix_quotes_search_vector ON quotes USING gin (search_vector)",
]
POSTGRES_FTS_DOWN = [
    "DROP INDEX IF EXISTS ix_quotes_search_vector",
    "ALTER TABLE quotes DROP COLUMN IF EXISTS search_vector",
    "DROP INDEX IF EXISTS ix_articles_search_vector",
    "ALTER TABLE articles DROP COLUMN IF EXISTS search_vector",
]


def _create_full_text_search() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS_UP if dialect == "sqlite" else POSTGRES_FTS_UP:
        op.execute(statement)


def _drop_full_text_search() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS_DOWN if dialect == "sqlite" else POSTGRES_FTS_DOWN:
        op.execute(statement)


# --- views: the stable SQL interface for other applications ------------------------------------

VIEW_NAMES = ("quote_view", "article_view")
VIEWS_UP = [
    """CREATE VIEW article_view AS
    SELECT a.id AS article_id, a.title, o.name AS outlet, a.url, a.section, a.dateline,
           a.published_at, a.published_local, a.published_date, a.date_text, a.language,
           a.word_count, a.revision,
           sf.path AS source_path, sf.sha256
    FROM articles a
    JOIN source_files sf ON sf.id = a.source_file_id
    LEFT JOIN outlets o ON o.id = a.outlet_id""",
    """CREATE VIEW quote_view AS
    SELECT q.id AS quote_id, q.text, q.kind, q.verb, q.via,
           q.speaker_id, p.name AS speaker, q.speaker_description,
           q.article_id, a.title AS article_title, o.name AS outlet, a.url,
           a.published_at, a.published_local, a.published_date, q.paragraph, q.start_char, q.end_char
    FROM quotes q
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN people p ON p.id = q.speaker_id
    LEFT JOIN outlets o ON o.id = a.outlet_id""",
]
