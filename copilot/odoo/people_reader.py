"""The people and companies Odoo knows, read for the redaction deny-list."""

from __future__ import annotations

from typing import Any

from copilot.odoo import normalize as n
from copilot.odoo.fetcher import ModelFetcher
from copilot.odoo.field_lists import FieldPlan
from copilot.records import Person, RecordRef

__all__ = ["read_people"]


def read_people(fetch: ModelFetcher) -> tuple[Person, ...]:
    """Partners, contacts, users and employees whose names must be masked."""
    found: list[Person] = []
    plan = fetch.plan("res.partner")
    v = plan.value
    for row in fetch.search_read(plan, [], order="id asc"):
        found.append(
            Person(
                ref=RecordRef("res.partner", int(row["id"])),
                name=n.as_text(v(row, "name")),
                email=n.as_optional_text(v(row, "email")),
                phone=n.as_optional_text(v(row, "phone"))
                or n.as_optional_text(v(row, "mobile")),
                mobile=n.as_optional_text(v(row, "mobile")),
                is_company=n.as_bool(v(row, "is_company")),
                address=_address(row, plan),
            )
        )
    plan = fetch.plan("res.users")
    v = plan.value
    for row in fetch.search_read(plan, [], order="id asc"):
        found.append(
            Person(
                ref=RecordRef("res.users", int(row["id"])),
                name=n.as_text(v(row, "name")),
                email=n.as_optional_text(v(row, "email"))
                or _email_like(v(row, "login")),
            )
        )
    if fetch.has("hr.employee"):
        plan = fetch.plan("hr.employee")
        v = plan.value
        for row in fetch.search_read(plan, [], order="id asc"):
            found.append(
                Person(
                    ref=RecordRef("hr.employee", int(row["id"])),
                    name=n.as_text(v(row, "name")),
                    email=n.as_optional_text(v(row, "work_email")),
                    phone=n.as_optional_text(v(row, "work_phone")),
                    mobile=n.as_optional_text(v(row, "mobile_phone")),
                )
            )
    return tuple(person for person in found if person.name)


def _email_like(value: object) -> str | None:
    text = n.as_text(value)
    return text if "@" in text else None


def _address(row: dict[str, Any], plan: FieldPlan) -> str | None:
    parts = [
        n.as_text(plan.value(row, name)).strip()
        for name in ("street", "street2", "zip", "city")
    ]
    joined = " ".join(part for part in parts if part)
    return joined or None
