"""Creating a store's tables, also when several processes start at once."""

from __future__ import annotations

import time

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from copilot.errors import ConfigurationError
from copilot.store.tables import Base
from copilot.store.upgrade import add_waiting_job_key

__all__ = ["create_tables"]

# PostgreSQL's codes for a table, index or type another transaction made
# first: duplicate_table, duplicate_object, unique_violation (its catalog).
_PG_MADE_MEANWHILE = frozenset({"42P07", "42710", "23505"})
# A lock SQLite refuses at once (two connections turning a new file to WAL)
# is a race; one refused after the 30 s busy timeout is not.
_AT_ONCE_S = 1.0
_IN_MEMORY = frozenset({None, "", ":memory:"})


def create_tables(engine: Engine) -> None:
    """Create missing tables and keys; existing data is kept.

    Processes that start on an empty store at once race to create each
    table: checking first and then creating, the slower one's CREATE finds
    the table made meanwhile and fails, and that process looks again. Each
    such failure leaves one more table made, so one attempt per table, plus
    one, is enough; any other failure (an unreachable server, a damaged
    file) is reported at once.
    """
    attempts = len(Base.metadata.tables) + 1
    for attempt in range(1, attempts + 1):
        started = time.monotonic()
        try:
            Base.metadata.create_all(engine)
            add_waiting_job_key(engine)
        except SQLAlchemyError as exc:
            raced = _made_meanwhile(exc, time.monotonic() - started)
            if attempt == attempts or not raced:
                raise _cannot_open() from exc
        else:
            _forget_cached_schemas(engine)
            return


def _forget_cached_schemas(engine: Engine) -> None:
    """Close the pooled SQLite connections, so the next ones read the schema.

    A SQLite connection caches the schema and checks it against the file only
    when a statement starts reading; an INSERT ... ON CONFLICT is matched to
    its key earlier, when it is compiled. A connection that read the job
    table before another process or thread added the waiting-job key would
    refuse every enqueue ("ON CONFLICT clause does not match any PRIMARY KEY
    or UNIQUE constraint"). An in-memory database lives only in its
    connection, so it is kept.
    """
    if engine.dialect.name == "sqlite" and not _is_in_memory(engine):
        engine.dispose()


def _is_in_memory(engine: Engine) -> bool:
    """ ":memory:", or a shared one named by URI ("file:db?mode=memory")."""
    return engine.url.database in _IN_MEMORY or engine.url.query.get("mode") == "memory"


def _made_meanwhile(exc: SQLAlchemyError, seconds: float) -> bool:
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) in _PG_MADE_MEANWHILE:
        return True
    name = getattr(orig, "sqlite_errorname", None)
    if name is None:
        return False
    # SQLite's messages are never translated.
    return "already exists" in str(orig) or (
        name == "SQLITE_BUSY" and seconds < _AT_ONCE_S
    )


def _cannot_open() -> ConfigurationError:
    """The operator's error (SQLite's own refusals are named by the engine)."""
    return ConfigurationError(
        "Cannot open the suggestion store; check COPILOT_DATABASE_URL "
        "and that COPILOT_DATA_DIR is writable."
    )
