"""Engine from a database URL: SQLite file by default, PostgreSQL through psycopg."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError

from copilot.errors import ConfigurationError

__all__ = ["database_url", "make_engine"]


def database_url(configured: str | None, data_dir: Path) -> str:
    """The configured URL, or a SQLite file in the data directory."""
    if configured:
        return configured
    return f"sqlite:///{data_dir / 'copilot.db'}"


def make_engine(url: str) -> Engine:
    """Build an engine; `postgresql://` URLs use the psycopg 3 driver."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigurationError(
            "COPILOT_DATABASE_URL is not a database URL, e.g. "
            "postgresql://user@host/copilot or sqlite:///copilot.db."
        ) from exc
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "handle_error", partial(_refused, parsed.database))
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise ConfigurationError(
            "COPILOT_DATABASE_URL must be a sqlite:// or postgresql:// URL."
        )
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_pragmas(connection: object, _record: object) -> None:
    # WAL lets readers (the CLI, the API) work while a job writes.
    cursor = connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _refused(path: str | None, context: ExceptionContext) -> None:
    """Name the SQLite answers the operator must act on (a damaged file, one
    that may not be written, a full disk) instead of an unexpected error."""
    name = getattr(context.original_exception, "sqlite_errorname", None) or ""
    if name in {"SQLITE_NOTADB", "SQLITE_CORRUPT"}:
        problem = (
            "is damaged or is not a SQLite database; move it aside to start "
            "an empty store, or restore it from a backup"
        )
    elif name.startswith("SQLITE_READONLY"):
        problem = (
            "is read-only; let the user the copilot runs as write the file "
            "and its folder"
        )
    elif name == "SQLITE_FULL":
        problem = "is full; free some space on its disk"
    else:
        return
    raise ConfigurationError(
        f"The suggestion store {path} {problem}."
    ) from context.sqlalchemy_exception
