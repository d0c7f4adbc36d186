"""Set L's data pools and its template reader, loaded from set_l_data/."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("set_l_data")
PLACEHOLDER = re.compile(r"\{([a-z]+)(\d?)(?::([a-z]+))?\}")
PERSON_FORMS = frozenset(
    {
        "full",
        "given",
        "family",
        "initial",
        "inverted",
        "upper",
        "caps",
        "handle",
        "lgiven",
        "email",
        "echo",
    }
)
LABELLED_KEYS = frozenset({"p", "org", "loc", "phone", "iban", "card", "ip", "url"})
WORD_KINDS = frozenset({"s", "i", "f", "h", "t"})
VOCAB_KEYS = frozenset({"ref", "day", "month", "amount", "tool", "team", "title"})


@dataclass(frozen=True)
class Template:
    """One text shape; `is_empty` templates may hold no labelled value."""

    name: str
    body: str
    is_empty: bool


@dataclass(frozen=True)
class WordUse:
    """A word that can be a name, used as an ordinary word in `text`."""

    kind: str
    word: str
    text: str


@dataclass(frozen=True)
class Pools:
    """Everything the generator draws from, read once per run."""

    given: tuple[str, ...]
    family: tuple[str, ...]
    organizations: tuple[str, ...]
    locations: tuple[str, ...]
    word_uses: tuple[WordUse, ...]
    public_figures: frozenset[str]
    vocab: dict[str, tuple[str, ...]]
    templates: tuple[Template, ...]


def _lines(path: Path) -> list[str]:
    rows = path.read_text(encoding="utf-8").splitlines()
    return [r.strip() for r in rows if r.strip() and not r.startswith("#")]


def _unique(path: Path) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_lines(path)))


def read_word_uses(path: Path) -> tuple[WordUse, ...]:
    """Rows `kind|word|text`; the word must occur in its text."""
    uses = []
    for row in _lines(path):
        kind, word, text = row.split("|")
        if kind not in WORD_KINDS or word.lower() not in text.lower():
            raise ValueError(f"bad word use: {row}")
        uses.append(WordUse(kind, word, text))
    return tuple(uses)


def read_vocab(path: Path) -> dict[str, tuple[str, ...]]:
    """Rows `key|value` of unlabelled fillers: references, teams, tools."""
    vocab: dict[str, list[str]] = {}
    for row in _lines(path):
        key, value = row.split("|")
        if key not in VOCAB_KEYS:
            raise ValueError(f"unknown vocabulary key: {row}")
        vocab.setdefault(key, []).append(value)
    return {key: tuple(values) for key, values in vocab.items()}


def _check_template(name: str, body: str, is_empty: bool) -> None:
    for match in PLACEHOLDER.finditer(body):
        key, _, form = match.groups()
        known = key in LABELLED_KEYS or key in WORD_KINDS or key in VOCAB_KEYS
        if not known or (key == "p") != (form is not None):
            raise ValueError(f"template {name}: unknown {match.group(0)}")
        if key == "p" and form not in PERSON_FORMS:
            raise ValueError(f"template {name}: unknown form {form}")
        if is_empty and key in LABELLED_KEYS:
            raise ValueError(f"template {name} is empty but holds {key}")
    leftover = PLACEHOLDER.sub("", body)
    if "{" in leftover or "}" in leftover:
        raise ValueError(f"template {name}: stray brace")


def read_templates(path: Path) -> tuple[Template, ...]:
    """Blocks opened by `=== name` or `=== name empty`; refuses an empty
    template that holds a labelled placeholder, or an unknown placeholder."""
    templates: list[Template] = []
    header: list[str] | None = None
    body: list[str] = []

    def close() -> None:
        if header is None:
            return
        name, is_empty = header[0], header[1:] == ["empty"]
        if header[1:] not in ([], ["empty"]):
            raise ValueError(f"template {name}: bad header")
        text = "\n".join(body).strip("\n")
        _check_template(name, text, is_empty)
        templates.append(Template(name, text, is_empty))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            close()
            header, body = line[4:].split(), []
        elif header is not None:
            body.append(line)
    close()
    names = [t.name for t in templates]
    if len(set(names)) != len(names):
        raise ValueError("template names repeat")
    return tuple(templates)


def load_pools() -> Pools:
    return Pools(
        given=_unique(DATA / "given_names.txt"),
        family=_unique(DATA / "family_names.txt"),
        organizations=_unique(DATA / "organizations.txt"),
        locations=_unique(DATA / "locations.txt"),
        word_uses=read_word_uses(DATA / "word_uses.txt"),
        public_figures=frozenset(_lines(DATA / "public_figures.txt")),
        vocab=read_vocab(DATA / "vocab.txt"),
        templates=read_templates(DATA / "templates.txt"),
    )
