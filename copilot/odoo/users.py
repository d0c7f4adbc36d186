"""Which Odoo users may be handed advice to review."""

from __future__ import annotations

from collections.abc import Sequence

from copilot.odoo.connection import RpcCaller

__all__ = ["active_internal_users"]


def active_internal_users(rpc: RpcCaller, user_ids: Sequence[int]) -> frozenset[int]:
    """Which of ``user_ids`` are active employees' accounts (not portal, not bots).

    Archived users such as OdooBot must not be handed advice to review; a
    search leaves archived records out unless asked.
    """
    if not user_ids:
        return frozenset()
    rows = rpc.execute_kw(
        "res.users",
        "search_read",
        [[["id", "in", list(user_ids)], ["share", "=", False]]],
        {"fields": ["id"]},
    )
    return frozenset(int(row["id"]) for row in rows)
