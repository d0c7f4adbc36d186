"""Pools of set R read from set_r_data/: countries with their cities, streets and
postcode shapes, firms, mail domains, web hosts, jobs and templates."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from evals.redaction.training.set_r_people import Culture, load_cultures

DATA = Path(__file__).with_name("set_r_data")


def _sections(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = ""
    for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            current = line[3:].strip()
            out[current] = []
        else:
            out[current].append(line)
    return out


@dataclass
class Country:
    names: list[str] = field(default_factory=list)
    cities: list[tuple[str, str]] = field(default_factory=list)
    streets: list[str] = field(default_factory=list)
    postcode: str = ""


def load_places() -> dict[str, Country]:
    places: dict[str, Country] = {}
    for code, lines in _sections("places.txt").items():
        entry = Country()
        for line in lines:
            key, _, rest = line.partition(":")
            rest = rest.strip()
            if key == "names":
                entry.names = rest.split("|")
            elif key == "cities":
                for item in rest.split():
                    city, _, region = item.replace("_", " ").partition(";")
                    entry.cities.append((city, region))
            elif key == "streets":
                entry.streets = rest.split("|")
            elif key == "postcode":
                entry.postcode = rest
        places[code] = entry
    return places


def load_templates(kind: str) -> list[tuple[str, str]]:
    out = []
    for raw in (
        (DATA / f"templates_{kind}.txt").read_text(encoding="utf-8").splitlines()
    ):
        if not raw.strip() or raw.startswith("#"):
            continue
        name, _, text = raw.partition(" | ")
        out.append((name.strip(), text.replace("\\n", "\n").replace("\\t", "\t")))
    return out


class Pools:
    def __init__(self) -> None:
        self.cultures: list[Culture] = load_cultures()
        self.weights = [3.0 if c.name == "wordnames" else 1.0 for c in self.cultures]
        self.places = load_places()
        orgs = _sections("orgs.txt")
        self.patterns, self.brands = orgs["patterns"], orgs["brands"]
        misc = _sections("misc.txt")
        self.maildomains, self.webhosts, self.jobs = (
            misc["maildomains"],
            misc["webhosts"],
            misc["jobs"],
        )
