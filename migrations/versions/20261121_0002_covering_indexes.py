"""Covering indexes for quotes by speaker, timelines and co-mentions.

With these, ``newsdb query quotes --speaker`` and ``newsdb query timeline`` decide their order and
limit from indexes alone (speaker → kind → article → position; article → published instant;
person → article) and read full rows only for the rows they print. See docs/benchmarks.md, "Queries".

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 05:27:39.935791
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("article_people", schema=None) as batch_op:
        batch_op.create_index(
            "ix_article_people_person_id_article_id", ["person_id", "article_id"], unique=False
        )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index("ix_articles_id_published_at", ["id", "published_at"], unique=False)
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_quotes_speaker_id_kind_article_id",
            ["speaker_id", "kind", "article_id", "start_char", "id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_quotes_speaker_id_kind_article_id")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index("ix_articles_id_published_at")
    with op.batch_alter_table("article_people", schema=None) as batch_op:
        batch_op.drop_index("ix_article_people_person_id_article_id")
