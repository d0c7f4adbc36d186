"""Command-line arguments shared by commands: ids of rows in the store."""

from __future__ import annotations

import typer

__all__ = ["store_id"]


def store_id(value: str) -> int:
    """Parse an id argument; a malformed one is the parser's usage error."""
    from copilot.store import parse_id  # the store loads only when a command runs

    try:
        return parse_id(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
