"""Database tables of the suggestion store: suggestions, outbox, audit, API keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    literal_column,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.elements import ColumnElement

__all__ = [
    "WAITING_JOB_KEY",
    "ApiKeyRow",
    "AuditRow",
    "Base",
    "JobRow",
    "OutboxRow",
    "ScheduleRow",
    "SuggestionRow",
    "is_waiting_job",
]


class Base(DeclarativeBase):
    pass


class SuggestionRow(Base):
    """One piece of advice; its key columns are unique, so replays never duplicate.

    `note_html` is the advice as the reviewer will read it in Odoo; it is kept
    so the outbox can post it later. Nothing else in the store holds text.
    """

    __tablename__ = "suggestion"
    __table_args__ = (
        UniqueConstraint(
            "kind",
            "res_model",
            "res_id",
            "period",
            "content_hash",
            name="uq_suggestion_key",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    res_model: Mapped[str] = mapped_column(String(64))
    res_id: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), index=True)
    user_id: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(String(250))
    note_html: Mapped[str] = mapped_column(Text)
    deadline: Mapped[str] = mapped_column(String(10))
    activity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    correlation_id: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class OutboxRow(Base):
    """A pending write-back; `failed` rows form the exception queue."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suggestion_id: Mapped[int] = mapped_column(ForeignKey("suggestion.id"), unique=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AuditRow(Base):
    """Append-only: rows are inserted, never updated or deleted."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    event: Mapped[str] = mapped_column(String(64))
    correlation_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, object]] = mapped_column(JSON)


class ApiKeyRow(Base):
    """An API key: only the SHA-256 of the token is kept."""

    __tablename__ = "api_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ScheduleRow(Base):
    """When each scheduled scan last started (claimed by one worker)."""

    __tablename__ = "schedule"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_run_at: Mapped[datetime] = mapped_column(DateTime)


class JobRow(Base):
    """A job a webhook asked for, kept until a worker has run it."""

    __tablename__ = "job"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


def is_waiting_job() -> ColumnElement[bool]:
    """A job stored and never run yet: the jobs the waiting-job key spans."""
    # Written out, not bound: PostgreSQL matches an ON CONFLICT clause to this
    # partial index by its predicate, which a prepared statement's parameters
    # would hide.
    return (JobRow.status == literal_column("'pending'")) & (
        JobRow.attempts == literal_column("0")
    )


# One waiting (never run) job per kind and record, so replicas that take
# the same webhook at once store one job; a job already leased, retried or
# finished does not stop a new request for its record.
WAITING_JOB_KEY = Index(
    "uq_job_waiting",
    JobRow.kind,
    JobRow.record_id,
    unique=True,
    sqlite_where=is_waiting_job(),
    postgresql_where=is_waiting_job(),
)
