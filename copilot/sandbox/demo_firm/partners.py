"""Emit the firm's staff and its clients as partners, users and employees."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from copilot.sandbox.demo_firm.builder import FirmBuilder, Record
from copilot.sandbox.demo_firm.identifiers import (
    Phone,
    draw_name,
    draw_phone,
    email_address,
)
from copilot.sandbox.demo_firm.results import SensitiveValue

__all__ = ["Client", "Person", "Staff", "add_clients", "add_staff"]


@dataclass(frozen=True)
class Person:
    """An invented contact and the partner record that holds it."""

    name: str
    first: str
    email: str
    phone: Phone
    phone_country: str
    title: str
    partner_id: int
    display_name: str


@dataclass(frozen=True)
class Staff:
    """A consultant of the firm: a person with a user and an employee."""

    person: Person
    user_id: int
    employee_id: int
    hourly_cost: float


@dataclass(frozen=True)
class Client:
    """A client company, its address and its contacts."""

    name: str
    partner_id: int
    street: str
    zip_city: str
    country: str
    contacts: tuple[Person, ...]


def add_staff(builder: FirmBuilder) -> dict[str, Staff]:
    """Emit each consultant's partner, user and employee, keyed by role."""
    firm = builder.data.people["firm"]
    company = builder.ref("res.partner", "company")
    nowhere = {"street": False, "city": False, "zip": False, "country_id": False}
    staff: dict[str, Staff] = {}
    for raw in firm["staff"]:
        user_id, employee_id = builder.take("res.users"), builder.take("hr.employee")
        person = _person(
            builder,
            {
                "names": firm["names"],
                "phone": firm["phone"],
                "title": raw["job_title"],
            },
            firm["email_domain"],
            company,
            {
                **nowhere,
                "user_ids": [user_id],
                "company_id": builder.ref("res.company", "company"),
            },
        )
        member = staff[raw["role"]] = Staff(
            person, user_id, employee_id, float(raw["hourly_cost"])
        )
        builder.emit(
            "res.users",
            user_id,
            {
                "login": person.email,
                "name": person.name,
                "partner_id": [person.partner_id, person.display_name],
                "employee_ids": [employee_id],
            },
        )
        manager = staff.get(raw["manager"])
        builder.emit(
            "hr.employee",
            employee_id,
            {
                "name": person.name,
                "user_id": [user_id, person.name],
                "job_id": builder.ref("hr.job", raw["job"]),
                "job_title": raw["job_title"],
                "parent_id": [manager.employee_id, manager.person.name]
                if manager and manager is not member
                else builder.ref("hr.employee", raw["manager"]),
                "hourly_cost": member.hourly_cost,
                "work_email": person.email,
            },
        )
    return staff


def add_clients(builder: FirmBuilder) -> dict[str, Client]:
    """Emit each client company and its contacts, keyed by the data's key."""
    clients: dict[str, Client] = {}
    for raw in builder.data.people["clients"]:
        name, domain = builder.rng.choice(raw["companies"])
        street = builder.rng.choice(raw["streets"])
        partner_id = builder.take("res.partner")
        phone = draw_phone(builder, *raw["phone"])
        org: list[object] = [partner_id, name]
        country = builder.ref("res.country", raw["country"])
        address: Record = {
            "street": street,
            "city": raw["city"],
            "zip": raw["zip"],
            "country_id": country,
            "company_id": False,
        }
        email = f"info@{domain}"
        builder.note(
            SensitiveValue("ORGANIZATION", name),
            SensitiveValue("EMAIL_ADDRESS", email),
            SensitiveValue("PHONE_NUMBER", phone.intl),
            SensitiveValue("LOCATION", street),
        )
        _partner(
            builder,
            partner_id,
            {
                "name": name,
                "display_name": name,
                "is_company": True,
                "parent_id": False,
                "commercial_partner_id": org,
                "email": email,
                "phone": phone.intl,
                **address,
            },
        )
        contacts = tuple(
            _person(builder, spec, domain, org, address) for spec in raw["contacts"]
        )
        clients[raw["key"]] = Client(
            name,
            partner_id,
            street,
            f"{raw['zip']} {raw['city']}",
            str(country[1]),
            contacts,
        )
    return clients


def _person(
    builder: FirmBuilder,
    spec: Mapping[str, Any],
    domain: str,
    org: list[object],
    extra: Record,
) -> Person:
    """Invent a contact of `org` and emit its partner record."""
    first, last = draw_name(builder, spec["names"])
    name, phone = f"{first} {last}", draw_phone(builder, *spec["phone"])
    fold = builder.data.people["ascii_fold"]
    person = Person(
        name=name,
        first=first,
        email=email_address(first, last, domain, fold),
        phone=phone,
        phone_country=spec["phone"][0],
        title=spec["title"],
        partner_id=builder.take("res.partner"),
        display_name=f"{org[1]}, {name}",
    )
    builder.note(
        SensitiveValue("PERSON", name),
        SensitiveValue("EMAIL_ADDRESS", person.email),
        SensitiveValue("PHONE_NUMBER", phone.intl),
    )
    _partner(
        builder,
        person.partner_id,
        {
            "name": name,
            "display_name": person.display_name,
            "is_company": False,
            "parent_id": org,
            "commercial_partner_id": org,
            "email": person.email,
            "phone": phone.intl,
            **extra,
        },
    )
    return person


def _partner(builder: FirmBuilder, partner_id: int, values: Record) -> None:
    builder.emit("res.partner", partner_id, {"user_ids": [], **values})
