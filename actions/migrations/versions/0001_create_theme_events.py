"""Create theme_events, the anonymous theme log (contract: ../shared/THEMES.md).

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "theme_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("session_key", sa.Text, nullable=False),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("theme", sa.Text, nullable=False),
        sa.Column("occurred_on", sa.Date, nullable=False),
        sa.Column("event_id", sa.String(32), nullable=False),
        sa.UniqueConstraint("event_id", name="uq_theme_events_event_id"),
    )
    op.create_index("ix_theme_events_session_key", "theme_events", ["session_key"])
    op.create_index("ix_theme_events_occurred_on_theme", "theme_events", ["occurred_on", "theme"])


def downgrade() -> None:
    op.drop_index("ix_theme_events_occurred_on_theme", table_name="theme_events")
    op.drop_index("ix_theme_events_session_key", table_name="theme_events")
    op.drop_table("theme_events")
