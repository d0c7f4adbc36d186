"""Body of `copilot keys list`: ids, roles and dates, as a table or JSON."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from copilot.cli.output import print_json
from copilot.settings import Settings
from copilot.store import ApiKeyRegistry
from copilot.wiring import open_existing_store

__all__ = ["run_list"]


def run_list(settings: Settings, *, as_json: bool) -> None:
    registry = ApiKeyRegistry(open_existing_store(settings))
    rows = [r.as_dict() for r in registry.records()]
    if as_json:
        print_json(rows)
        return
    table = Table(title="API keys")
    for column in ("id", "role", "created (UTC)", "revoked (UTC)"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            str(row["id"]),
            str(row["role"]),
            str(row["created_at"]),
            str(row["revoked_at"] or "-"),
        )
    Console().print(table)
