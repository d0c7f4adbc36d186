"""The product's labelled set: Odoo-style notes, tickets and e-mail threads.

Generated from a seed, so every run scores the same 320 items. Every
person, company, number and address is invented. The hard cases are on
purpose: names in lower case, capitals, without accents, surname first or
alone; national phone formats of European and North American countries;
IBANs grouped, compact, dashed or lower-case; card numbers; addresses in
signatures; e-mails in links and split across inline HTML tags; portal
links carrying tokens; IP addresses; contract references the firm marks
confidential. Odoo references, dates, amounts and versions are not labelled
and must stay readable.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from evals.redaction.firm import Firm, Person, build_firm
from evals.redaction.labelled import LabelledText, TextBuilder
from evals.redaction.odoo_html import html_item
from evals.redaction.values import card_number, iban, ip_address, phone_number, token

__all__ = ["CONTRACT_PATTERN", "SEED", "odoo_notes"]

SEED = 20241204
CONTRACT_PATTERN = {"CONTRACT_REF": r"\bCTR-\d{4}-\d{4}\b"}
"""The confidential identifier pattern the firm configures for this set."""

_ADDRESSES = (
    ("Rue de la Loi {n}", "1040 Brussels"),
    ("Keizersgracht {n}", "1015 CJ Amsterdam"),
    ("Hauptstraße {n}", "10115 Berlin"),
    ("{n} Baker Street", "London NW1 6XE"),
    ("Kortrijksesteenweg {n}", "9000 Gent"),
    ("{n} Avenue des Champs", "75008 Paris"),
    ("{n} Queen Street West", "Toronto, ON M5H 2M9"),
    ("{n} Market Street", "San Francisco, CA 94103"),
)
_NOISE = (
    "See SO0{n} and INV/2024/0{n}.",
    "Module sale_timesheet 17.0.1.{d} upgraded on 2024-03-{d}.",
    "Budget: EUR 12,{n}.00 for 7.5 h of work.",
    "Task #{n} moved to In Progress.",
    "Milestone M{d} is due on 2024-05-1{d}.",
)


def _noise(rng: random.Random) -> str:
    return rng.choice(_NOISE).format(n=rng.randint(100, 999), d=rng.randint(1, 9))


def _name_form(b: TextBuilder, rng: random.Random, person: Person) -> None:
    """Write a person's name the way people really type it."""
    forms = [
        person.name,
        person.name,
        person.first,
        person.name.lower(),
        person.name.upper(),
        f"{person.last}, {person.first}",
    ]
    if not person.name.isascii():
        forms.append(person.name.replace("é", "e").replace("ï", "i").replace("ø", "o"))
    b.value("PERSON", rng.choice(forms) if person.is_known else person.name)


def _signature(b: TextBuilder, rng: random.Random, person: Person) -> None:
    street, city = rng.choice(_ADDRESSES)
    b.say(rng.choice(("\n\nKind regards,\n", "\n\nBest regards,\n", "\n\n-- \n")))
    b.value("PERSON", person.name).say("\n").value("ORGANIZATION", person.company)
    b.say("\n").value("LOCATION", street.format(n=rng.randint(2, 180)))
    b.say("\n").value("LOCATION", city).say("\n")
    b.say(rng.choice(("Tel: ", "T ", "Mobile: ", "Phone "))).value(
        "PHONE_NUMBER", phone_number(rng)
    )
    b.say("\n").value("EMAIL_ADDRESS", person.email).say("\n")


def _task_note(rng: random.Random, firm: Firm) -> TextBuilder:
    who, other = rng.sample(firm.known, 2)
    b = TextBuilder()
    b.say("Call with ")
    _name_form(b, rng, who)
    b.say(rng.choice((" today. ", " this morning. ")))
    b.say(_noise(rng) + " ")
    b.say("Client asked to refund to ").value("IBAN_CODE", iban(rng))
    b.say(". Follow-up by ")
    _name_form(b, rng, other)
    b.say(rng.choice((", reach her on ", ", call back on ", ", mobile ")))
    b.value("PHONE_NUMBER", phone_number(rng)).say(". ")
    b.say("Contract ").value("CONTRACT_REF", f"CTR-2024-{rng.randint(1, 9999):04d}")
    b.say(" applies. " + _noise(rng))
    return b


def _ticket(rng: random.Random, firm: Firm) -> TextBuilder:
    reporter = rng.choice(firm.external + firm.known)
    b = TextBuilder()
    b.say(rng.choice(("Hello,\n\n", "Hi team,\n\n", "Dear support,\n\n")))
    b.say("The portal link ").value(
        "URL",
        f"https://portal.{reporter.domain}/my/invoices/{rng.randint(10, 99)}"
        f"?access_token={token(rng)}",
    )
    b.say(" fails since the upgrade. Our server ").value("IP_ADDRESS", ip_address(rng))
    b.say(" logs a 403. ")
    b.say(rng.choice(("Payment with card ", "We paid by card ", "Card used: ")))
    b.value("CREDIT_CARD", card_number(rng)).say(" was charged twice. ")
    b.say(_noise(rng) + "\nThanks,\n").value("PERSON", reporter.name).say("\n")
    b.say(rng.choice(("Phone: ", "Tel. ", "Direct line: ")))
    b.value("PHONE_NUMBER", reporter.phone)
    return b


def _thread(rng: random.Random, firm: Firm) -> TextBuilder:
    sender, reader = rng.choice(firm.external), rng.choice(firm.known)
    b = TextBuilder()
    b.say("From: ").value("PERSON", sender.name).say(" <")
    b.value("EMAIL_ADDRESS", sender.email).say(">\nTo: ").value(
        "EMAIL_ADDRESS", reader.email
    )
    b.say(f"\nSubject: Re: timesheets week {rng.randint(1, 52)}\n\n")
    b.say(rng.choice(("Dear ", "Hi ", "Hello "))).value("PERSON", reader.first)
    folder = sender.last.lower().replace(" ", "")
    b.say(",\n\nI uploaded the export to ").value(
        "URL", f"https://files.{sender.domain}/~{folder}/export.xlsx"
    )
    b.say(". " + _noise(rng))
    _signature(b, rng, sender)
    b.say("\n> On Monday ")
    _name_form(b, rng, reader)
    b.say(" wrote:\n> Could you send the timesheets? " + _noise(rng))
    return b


_BUILDERS: tuple[tuple[str, Callable[[random.Random, Firm], TextBuilder]], ...] = (
    ("task_note", _task_note),
    ("ticket", _ticket),
    ("email_thread", _thread),
)


def odoo_notes(count: int = 320, seed: int = SEED) -> tuple[Firm, list[LabelledText]]:
    """The firm and ``count`` labelled items, the same for the same seed."""
    rng = random.Random(seed)
    firm = build_firm(seed)
    items: list[LabelledText] = []
    for index in range(count):
        item_id = f"odoo-{index:04d}"
        if index % 4 == 3:
            items.append(html_item(rng, firm, item_id))
            continue
        kind, build = _BUILDERS[index % 4]
        items.append(build(rng, firm).build(item_id, kind))
    return firm, items
