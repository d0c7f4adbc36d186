"""Set K's pools and the invented firms and people drawn from them."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.redaction.training.set_k_values import fill_digits, slug

DATA_DIR = Path(__file__).with_name("set_k_data")
LANGS = ("en", "de", "fr", "nl", "it")
_MAIL_STYLES = ("g.s", "gs", "g", "s.g", "g_s")


def _lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def read_blocks(name: str) -> dict[str, str]:
    """Blocks of a template file: ``@@ id`` opens one, text follows."""
    blocks: dict[str, list[str]] = {}
    current: list[str] = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("@@ "):
            current = blocks.setdefault(line[3:].strip(), [])
        else:
            current.append(line)
    return {key: "\n".join(body).strip("\n") for key, body in blocks.items()}


@dataclass(frozen=True)
class Pools:
    """Everything the generator draws from, read once from ``set_k_data``."""

    given: list[str]
    surnames: list[str]
    countries: dict[str, Any]
    firms: dict[str, Any]
    vocab: dict[str, Any]
    templates: dict[str, str]
    parts: dict[str, str]

    @classmethod
    def load(cls) -> Pools:
        templates: dict[str, str] = {}
        for lang in LANGS:
            templates.update(read_blocks(f"templates_{lang}.txt"))
        templates.update(read_blocks("negatives.txt"))
        return cls(
            given=_lines("given_names.txt"),
            surnames=_lines("surnames.txt"),
            countries=json.loads((DATA_DIR / "countries.json").read_text("utf-8")),
            firms=json.loads((DATA_DIR / "firms.json").read_text("utf-8")),
            vocab=json.loads((DATA_DIR / "vocab.json").read_text("utf-8")),
            templates=templates,
            parts=read_blocks("parts.txt"),
        )

    def countries_for(self, lang: str) -> list[str]:
        return [code for code, c in self.countries.items() if c["lang"] == lang]


@dataclass(frozen=True)
class Firm:
    """A client, supplier or consultancy, with one address and one domain."""

    name: str
    country: str
    street: str
    postcode: str
    city: str
    domain: str
    tel: str
    itel: str
    mail_style: str

    @property
    def url(self) -> str:
        return f"www.{self.domain}"


@dataclass(frozen=True)
class Person:
    """An invented person working at ``firm``."""

    given: str
    surname: str
    firm: Firm
    title: str
    tel: str
    itel: str
    mob: str

    @property
    def mail(self) -> str:
        g, s = slug(self.given), slug(self.surname)
        local = {
            "g.s": f"{g}.{s}",
            "gs": f"{g[0]}{s}",
            "g": g,
            "s.g": f"{s}.{g}",
            "g_s": f"{g}_{s}",
        }[self.firm.mail_style]
        return f"{local}@{self.firm.domain}"


def make_firm(
    rng: random.Random, pools: Pools, country: str, surnames: list[str], kind: str
) -> Firm:
    """A firm in ``country``; ``kind`` is ``consultancy`` or ``trade``."""
    spec = pools.countries[country]
    suffix = rng.choice(spec["suffix"])
    if kind == "consultancy":
        name = rng.choice(pools.firms["consultancies"])
        stem = name
    elif rng.random() < 0.3:
        joiner = pools.firms["joiners"][spec["lang"]]
        name = f"{surnames[0]}{joiner}{surnames[1]} {suffix}"
        stem = f"{surnames[0]}{surnames[1]}"
    else:
        brand = rng.choice(pools.firms["brands"])
        sector = rng.choice(pools.firms["sectors"][spec["lang"]])
        name = f"{brand} {sector} {suffix}"
        stem = f"{brand}-{sector}"
    domain = "-".join(slug(part) for part in stem.split("-") if slug(part))
    return Firm(
        name=name,
        country=country,
        street=rng.choice(spec["streets"]).replace("#", str(rng.randint(1, 180))),
        postcode=fill_digits(rng, rng.choice(spec["postcode"])),
        city=rng.choice(spec["cities"]),
        domain=f"{domain}.{spec['tld']}",
        tel=fill_digits(rng, rng.choice(spec["tel"])),
        itel=fill_digits(rng, rng.choice(spec["itel"])),
        mail_style=rng.choice(_MAIL_STYLES),
    )


def make_person(
    rng: random.Random, pools: Pools, names: tuple[str, str], firm: Firm, lang: str
) -> Person:
    spec = pools.countries[firm.country]
    return Person(
        given=names[0],
        surname=names[1],
        firm=firm,
        title=rng.choice(pools.vocab["titles"][lang]),
        tel=fill_digits(rng, rng.choice(spec["tel"])),
        itel=fill_digits(rng, rng.choice(spec["itel"])),
        mob=fill_digits(rng, rng.choice(spec["mob"])),
    )
