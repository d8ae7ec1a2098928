"""Create intake_outbox, the consented first-session notes waiting for (or past) delivery.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "intake_outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("body", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("next_attempt_at", sa.DateTime, nullable=False),
        sa.Column("claimed_until", sa.DateTime),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.String(200)),
        sa.Column("delivered_at", sa.DateTime),
        sa.UniqueConstraint("reference", name="uq_intake_outbox_reference"),
    )
    op.create_index("ix_intake_outbox_status_next_attempt_at", "intake_outbox", ["status", "next_attempt_at"])


def downgrade() -> None:
    op.drop_index("ix_intake_outbox_status_next_attempt_at", table_name="intake_outbox")
    op.drop_table("intake_outbox")
