"""Deny-list entries for redaction, from the people and companies Odoo knows."""

from __future__ import annotations

from collections.abc import Iterable

from copilot.records import Person
from redaction import DenyListEntry

__all__ = ["deny_list_entries"]


def deny_list_entries(people: Iterable[Person]) -> list[DenyListEntry]:
    """Every name, e-mail, phone and address of partners, users and employees."""
    entries: dict[tuple[str, str], DenyListEntry] = {}

    def add(entity_type: str, value: str | None) -> None:
        if value and len(value.strip()) >= 3:
            key = (entity_type, value.strip().casefold())
            entries.setdefault(
                key, DenyListEntry(entity_type=entity_type, value=value.strip())
            )

    for person in people:
        add("ORGANIZATION" if person.is_company else "PERSON", person.name)
        add("EMAIL_ADDRESS", person.email)
        add("PHONE_NUMBER", person.phone)
        add("PHONE_NUMBER", person.mobile)
        add("LOCATION", person.address)
    return list(entries.values())
