"""The demo's dedicated integration user: how a firm should connect the copilot.

It is an ordinary internal user (no `ir.model` access); activities it
schedules show it as their creator, apart from any person's account.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from copilot.sandbox.access import SandboxUser

if TYPE_CHECKING:
    from copilot.sandbox.store import OdooStore

__all__ = [
    "INTEGRATION_LOGIN",
    "INTEGRATION_NAME",
    "add_integration_user",
    "integration_sandbox_user",
    "integration_uid",
]

INTEGRATION_LOGIN = "copilot"
INTEGRATION_NAME = "Copilot Integration"
# What a firm should grant it: read everything the jobs read, write nothing
# but activities and chatter messages.
INTEGRATION_WRITABLE_MODELS = frozenset({"mail.activity", "mail.message"})

Records = dict[str, list[dict[str, Any]]]


def add_integration_user(records: Records) -> int:
    """Add the user and its partner to `records`; return the user's id."""
    users = records.setdefault("res.users", [])
    existing = [u for u in users if u.get("login") == INTEGRATION_LOGIN]
    if existing:
        return int(existing[0]["id"])
    partners = records.setdefault("res.partner", [])
    partner_id = max((int(p["id"]) for p in partners), default=0) + 1
    user_id = max((int(u["id"]) for u in users), default=0) + 1
    company = [1, "YourCompany"]
    partners.append(
        {
            "id": partner_id,
            "name": INTEGRATION_NAME,
            "display_name": INTEGRATION_NAME,
            "is_company": False,
            "parent_id": False,
            "commercial_partner_id": [partner_id, INTEGRATION_NAME],
            "type": "contact",
            "email": False,
            "phone": False,
            "active": True,
            "user_ids": [user_id],
            "company_id": company,
        }
    )
    users.append(
        {
            "id": user_id,
            "login": INTEGRATION_LOGIN,
            "name": INTEGRATION_NAME,
            "partner_id": [partner_id, INTEGRATION_NAME],
            "employee_ids": [],
            "share": False,
            "active": True,
            "company_id": company,
            "tz": "Europe/Brussels",
            "lang": "en_US",
            "notification_type": "inbox",
        }
    )
    return user_id


def integration_uid(store: OdooStore) -> int:
    """The integration user's id in a store built by `build_demo_store`."""
    found = store.search("res.users", [["login", "=", INTEGRATION_LOGIN]])
    if not found:
        raise LookupError("the store has no integration user")
    return int(found[0])


def integration_sandbox_user(store: OdooStore, password: str) -> SandboxUser:
    """The login the sandbox accepts for the integration user, with its rights."""
    return SandboxUser(
        login=INTEGRATION_LOGIN,
        password=password,
        uid=integration_uid(store),
        writable_models=INTEGRATION_WRITABLE_MODELS,
    )
