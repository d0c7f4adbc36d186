"""Command-line arguments shared by commands: ids of stored rows and Odoo records."""

from __future__ import annotations

import typer

__all__ = ["odoo_id", "store_id"]


def store_id(value: str) -> int:
    """Parse an id argument; a malformed one is the parser's usage error."""
    from copilot.store import parse_id  # the store loads only when a command runs

    try:
        return parse_id(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


# Odoo's ids are PostgreSQL serial columns, 32 bits as the store's are: one
# rule, so 0, -1 or 2147483648 never reaches Odoo.
odoo_id = store_id
