"""Indexes for ordering by the published day, then the instant.

The canned queries order articles by ``published_date`` (the local day, known even when the source
gives no time) and then ``published_at``. The covering index ``(id, published_at)`` of revision 0002
becomes ``(id, published_date, published_at)``, and an outlet's articles get
``(outlet_id, published_date, published_at)``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 06:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index("ix_articles_id_published_at")
        batch_op.create_index(
            "ix_articles_id_published_date_published_at",
            ["id", "published_date", "published_at"],
            unique=False,
        )
        batch_op.create_index(
            "ix_articles_outlet_id_published_date",
            ["outlet_id", "published_date", "published_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index("ix_articles_outlet_id_published_date")
        batch_op.drop_index("ix_articles_id_published_date_published_at")
        batch_op.create_index("ix_articles_id_published_at", ["id", "published_at"], unique=False)
