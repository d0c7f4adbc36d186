"""Name, place, firm and filler pools for training set I, read from set_i_data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).parent / "set_i_data"


@dataclass(frozen=True)
class Country:
    """A country's display name, cities and value shapes (``#`` digit, ``A`` letter)."""

    code: str
    name: str
    cities: tuple[str, ...]
    phones: tuple[str, ...]
    postcode: str


@dataclass(frozen=True)
class Template:
    """One text shape; a name starting with ``neg_`` must render no value at all."""

    name: str
    lang: str
    body: str

    @property
    def is_negative(self) -> bool:
        return self.name.startswith("neg_")


@dataclass(frozen=True)
class Pools:
    """Everything the renderer draws from; loaded once by the entry point."""

    given: tuple[str, ...]
    word_given: tuple[str, ...]
    surnames: tuple[str, ...]
    word_surnames: tuple[str, ...]
    countries: dict[str, Country]
    languages: dict[str, tuple[str, ...]]
    iban_countries: dict[str, str]
    streets: dict[str, tuple[str, ...]]
    firms: dict[str, tuple[str, ...]]
    fixed_firms: tuple[str, ...]
    mail_domains: tuple[str, ...]
    fillers: dict[str, tuple[str, ...]]
    templates: tuple[Template, ...]


def _read_lines(path: Path) -> tuple[str, ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and line[0] != "#")


def parse_templates(source: str) -> tuple[Template, ...]:
    """Split ``## name lang`` blocks; text before the first header is a comment."""
    templates: list[Template] = []
    for chunk in ("\n" + source).split("\n## ")[1:]:
        header, _, body = chunk.partition("\n")
        name, lang = header.split()
        templates.append(Template(name, lang, body.strip("\n")))
    return tuple(templates)


def load_pools(data_dir: Path = DATA_DIR) -> Pools:
    """Read every pool file; raises ``OSError`` or ``KeyError`` on a broken data dir."""
    places = json.loads((data_dir / "places.json").read_text(encoding="utf-8"))
    firms = json.loads((data_dir / "firms.json").read_text(encoding="utf-8"))
    fillers = json.loads((data_dir / "fillers.json").read_text(encoding="utf-8"))
    countries = {
        code: Country(
            code,
            entry["name"],
            tuple(entry["cities"]),
            tuple(entry["phones"]),
            entry["postcode"],
        )
        for code, entry in places["countries"].items()
    }
    templates: list[Template] = []
    for path in sorted(data_dir.glob("templates_*.txt")):
        templates.extend(parse_templates(path.read_text(encoding="utf-8")))
    return Pools(
        given=_read_lines(data_dir / "given.txt"),
        word_given=_read_lines(data_dir / "word_given.txt"),
        surnames=_read_lines(data_dir / "surnames.txt"),
        word_surnames=_read_lines(data_dir / "word_surnames.txt"),
        countries=countries,
        languages={k: tuple(v) for k, v in places["languages"].items()},
        iban_countries=dict(places["iban_countries"]),
        streets={
            "en": tuple(places["street_patterns"]),
            "es": tuple(places["street_patterns_es"]),
            "pt": tuple(places["street_patterns_pt"]),
        },
        firms={
            "en": tuple(firms["patterns"]),
            "es": tuple(firms["patterns_es"]),
            "pt": tuple(firms["patterns_pt"]),
        },
        fixed_firms=tuple(firms["fixed"]),
        mail_domains=tuple(firms["mail_domains"]),
        fillers={k: tuple(v) for k, v in fillers.items()},
        templates=tuple(templates),
    )
