"""Set H's data pools and templates, read from ``set_h_data``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "set_h_data"


@dataclass(frozen=True)
class GivenName:
    name: str
    gender: str


@dataclass(frozen=True)
class Template:
    """One text shape; ``langs[0]`` is the language its titles and dates use."""

    name: str
    langs: tuple[str, ...]
    body: str


@dataclass(frozen=True)
class Pools:
    given: tuple[GivenName, ...]
    surnames: tuple[str, ...]
    brands: tuple[str, ...]
    countries: dict[str, dict[str, Any]]
    lexicon: dict[str, Any]
    templates: tuple[Template, ...]


def _lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def parse_templates(text: str) -> tuple[Template, ...]:
    """Split ``## name | lang,lang`` blocks; the body ends before the next one."""
    templates: list[Template] = []
    header: tuple[str, tuple[str, ...]] | None = None
    body: list[str] = []
    for line in [*text.splitlines(), "## end | en"]:
        if not line.startswith("## "):
            body.append(line)
            continue
        if header is not None:
            templates.append(Template(header[0], header[1], "\n".join(body).strip()))
        name, _, langs = line[3:].partition("|")
        header = (name.strip(), tuple(x.strip() for x in langs.split(",")))
        body = []
    return tuple(templates)


def load_pools() -> Pools:
    given = tuple(
        GivenName(name=line[2:], gender=line[0]) for line in _lines("given.txt")
    )
    templates: list[Template] = []
    for path in sorted(DATA_DIR.glob("templates_*.txt")):
        templates.extend(parse_templates(path.read_text(encoding="utf-8")))
    return Pools(
        given=given,
        surnames=tuple(_lines("surnames.txt")),
        brands=tuple(_lines("brands.txt")),
        countries=json.loads((DATA_DIR / "countries.json").read_text("utf-8")),
        lexicon=json.loads((DATA_DIR / "lexicon.json").read_text("utf-8")),
        templates=tuple(templates),
    )
