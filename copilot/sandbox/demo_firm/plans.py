"""Reserve each project's ids and the placeholder values its texts draw on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from copilot.sandbox.demo_firm.builder import FirmBuilder
from copilot.sandbox.demo_firm.identifiers import (
    draw_iban_be,
    draw_iban_de,
    fold_to_ascii,
)
from copilot.sandbox.demo_firm.partners import Client, Person, Staff
from copilot.sandbox.demo_firm.specs import ProjectSpec
from copilot.sandbox.demo_firm.templates import Token, compose, pii

__all__ = ["Plan", "plan_project", "shared_tokens"]


@dataclass(frozen=True)
class Plan:
    """A project spec with its client, manager, reserved ids and tokens."""

    spec: ProjectSpec
    project_id: int
    update_id: int
    client: Client
    pm: Staff
    milestone_ids: Mapping[str, int]
    task_ids: Mapping[str, int]
    ticket_ids: tuple[int, ...]
    tokens: Mapping[str, Token]


def shared_tokens(builder: FirmBuilder, staff: Mapping[str, Staff]) -> dict[str, Token]:
    """Tokens every project may use: the firm's IBANs and its staff's names."""
    tokens = {
        "iban_be": pii("IBAN_CODE", draw_iban_be(builder)),
        "iban_de": pii("IBAN_CODE", draw_iban_de(builder)),
    }
    for role, member in staff.items():
        tokens[f"{role}_first"] = pii("PERSON", member.person.first)
        tokens[f"{role}_name"] = pii("PERSON", member.person.name)
    return tokens


def plan_project(
    builder: FirmBuilder,
    spec: ProjectSpec,
    clients: Mapping[str, Client],
    staff: Mapping[str, Staff],
    shared: Mapping[str, Token],
) -> Plan:
    """Take the project's ids and gather the tokens its templates name."""
    client, pm = clients[spec.client], staff[spec.pm]
    tokens = {
        **shared,
        "client": pii("ORGANIZATION", client.name),
        "pm_first": pii("PERSON", pm.person.first),
        "pm_name": pii("PERSON", pm.person.name),
    }
    for index, person in enumerate(client.contacts, start=1):
        tokens.update(_contact_tokens(builder, f"c{index}", person, client))
    for m in spec.milestones:
        tokens[f"milestone:{m.key}"] = Token(m.name)
        tokens[f"milestone_date:{m.key}"] = Token(
            _say(builder, builder.day(m.deadline))
        )
    for t in spec.tasks:
        tokens[f"task:{t.key}"] = Token(t.name)
        if t.deadline is not None:
            tokens[f"deadline:{t.key}"] = Token(_say(builder, builder.day(t.deadline)))
    return Plan(
        spec=spec,
        project_id=builder.take("project.project"),
        update_id=builder.take("project.update"),
        client=client,
        pm=pm,
        milestone_ids={
            m.key: builder.take("project.milestone") for m in spec.milestones
        },
        task_ids={t.key: builder.take("project.task") for t in spec.tasks},
        ticket_ids=tuple(builder.take("helpdesk.ticket") for _ in spec.tickets),
        tokens=tokens,
    )


def _contact_tokens(
    builder: FirmBuilder, prefix: str, person: Person, client: Client
) -> dict[str, Token]:
    """A contact's name, e-mail and phone spellings, and a postal signature."""
    fold = builder.data.people["ascii_fold"]
    own = {
        "name": pii("PERSON", person.name),
        "first": pii("PERSON", person.first),
        "name_lower": pii("PERSON", person.name.lower()),
        "name_ascii": pii("PERSON", fold_to_ascii(person.name, fold)),
        "email": pii("EMAIL_ADDRESS", person.email),
        "phone": pii("PHONE_NUMBER", person.phone.intl),
        "phone_national": pii("PHONE_NUMBER", person.phone.national),
        "phone_alt": pii("PHONE_NUMBER", person.phone.alt),
        "title": Token(person.title),
    }
    own["signature"] = compose(
        builder.data.phrases["signature"],
        {
            **own,
            "company": pii("ORGANIZATION", client.name),
            "street": pii("LOCATION", client.street),
            "zip_city": pii("LOCATION", client.zip_city),
            "country": Token(client.country),
            "label": Token(builder.data.phones["labels"][person.phone_country]),
        },
    )
    return {f"{prefix}_{key}": token for key, token in own.items()}


def _say(builder: FirmBuilder, day: date) -> str:
    """A day as chatter writes it, e.g. '4 December'."""
    return f"{day.day} {builder.data.phrases['months'][day.month - 1]}"
