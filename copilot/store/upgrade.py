"""Bring a store written by an earlier version up to date, once, at start-up."""

from __future__ import annotations

import logging

from sqlalchemy import Engine, delete, exists, inspect, text
from sqlalchemy.schema import CreateIndex

from copilot.store.tables import WAITING_JOB_KEY, JobRow, is_waiting_job

__all__ = ["add_waiting_job_key"]

logger = logging.getLogger(__name__)


def add_waiting_job_key(engine: Engine) -> None:
    """Give an older store's job table its unique key on waiting jobs.

    Waiting jobs the older check-then-insert let in twice (same kind and
    record, never run) are merged first: the oldest stays and the later
    ones, the same request again, are deleted. Safe when several processes
    start at once; a store that has the key is left alone.
    """
    if WAITING_JOB_KEY.name in {i["name"] for i in inspect(engine).get_indexes("job")}:
        return
    older = JobRow.__table__.alias("older")
    twins = delete(JobRow).where(
        is_waiting_job(),
        exists().where(
            older.c.kind == JobRow.kind,
            older.c.record_id == JobRow.record_id,
            older.c.status == "pending",
            older.c.attempts == 0,
            older.c.id < JobRow.id,
        ),
    )
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Conflicts with itself and with writers: processes upgrading at
            # once take turns, and no job lands between the merge and the key.
            connection.execute(text("LOCK TABLE job IN SHARE ROW EXCLUSIVE MODE"))
        merged = connection.execute(twins).rowcount
        connection.execute(CreateIndex(WAITING_JOB_KEY, if_not_exists=True))
    if merged:
        logger.warning("merged %s duplicate waiting webhook jobs", merged)
