"""Fixtures: a fresh store per test, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from copilot.store import SuggestionStore, make_engine
from copilot.store.tables import Base
from tests.store.fakes import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(
    request: pytest.FixtureRequest, tmp_path: Path, clock: Clock
) -> Iterator[SuggestionStore]:
    """A store with empty tables: 3 attempts, 10 s doubling backoff (15 s cap)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'copilot.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    Base.metadata.drop_all(engine)
    created = SuggestionStore(
        engine, now=clock, max_attempts=3, backoff_s=10, backoff_max_s=15
    )
    created.create_schema()
    yield created
    engine.dispose()
