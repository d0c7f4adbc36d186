"""A validation set for PERSON masking: invented names in varied sentence frames.

Generated from a seed: 401 texts, 300 drafted from 94 frames (e-mails and
signatures, chat lines, attendee lists, CRM and HR notes, tickets, reviews,
quotes, dialogues, unusual verbs, possessives, titles and initials, names
that are English words, lower case, capitals) and 130 from 57 name-free
frames, shuffled, with repeated texts dropped (101 name-free texts remain).
Names join a given name and a surname drawn at random from per-culture
pools, with apostrophes, particles, hyphens, English-word names and names
built from syllables, so no combination is meant to denote a real person.
Only names are labelled: titles, companies, cities and Odoo words are not.

The product's name rules were tuned on this set: it is a validation set,
not a held-out one. The word lists and frames live in ``name_frames.json``.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from evals.redaction.labelled import LabelledText, TextBuilder

__all__ = ["NAME_FREE_KIND", "SEED", "name_frames"]

SEED = 20261205
NAME_FREE_KIND = "name-free"
"""The ``kind`` of the texts drafted from name-free frames."""

_NAMED_DRAFTS, _NAMED_REPEATS = 300, 3
_NAME_FREE_DRAFTS, _NAME_FREE_REPEATS = 130, 2
_TOKEN = re.compile(r"\{([A-Z]+)(?::([a-z_]+))?(?::(word))?\}")
"""``{A}`` a person in a random form, ``{A:first}`` in a set form,
``{A:first:word}`` a person whose names are English words, ``{CITY}`` a filler."""
_TITLED = "title_"


@dataclass(frozen=True)
class _Frame:
    """A sentence template; ``group`` becomes the item's ``kind``."""

    group: str
    template: str


@dataclass(frozen=True)
class _Tables:
    """The word lists and frames of ``name_frames.json``."""

    cultures: dict[str, tuple[list[str], list[str]]]
    surname_shapes: dict[str, list[str]]
    given_shapes: dict[str, list[str]]
    word_given: list[str]
    word_surnames: list[str]
    titles: list[str]
    syllables: list[str]
    shape_weights: dict[str, int]
    random_forms: list[str]
    fillers: dict[str, list[str]]
    named: list[_Frame]
    name_free: list[_Frame]


@dataclass(frozen=True)
class _Person:
    given: str
    surname: str
    title: str


def _load_tables() -> _Tables:
    raw: dict[str, Any] = json.loads(
        resources.files("evals.redaction")
        .joinpath("name_frames.json")
        .read_text("utf-8")
    )
    return _Tables(
        cultures={
            name: (pools["given"], pools["surnames"])
            for name, pools in raw["cultures"].items()
        },
        surname_shapes=raw["surname_shapes"],
        given_shapes=raw["given_shapes"],
        word_given=raw["word_given"],
        word_surnames=raw["word_surnames"],
        titles=raw["titles"],
        syllables=raw["syllables"],
        shape_weights=raw["name_shape_weights"],
        random_forms=[
            form
            for form, weight in raw["random_form_weights"].items()
            for _ in range(weight)
        ],
        fillers=raw["fillers"],
        named=[_Frame(f["group"], f["template"]) for f in raw["name_frames"]],
        name_free=[
            _Frame(NAME_FREE_KIND, f["template"]) for f in raw["name_free_frames"]
        ],
    )


def _syllable_name(rng: random.Random, syllables: list[str], count: int) -> str:
    return "".join(rng.choice(syllables) for _ in range(count)).capitalize()


def _draw_person(rng: random.Random, tables: _Tables, shape: str | None) -> _Person:
    """A random person; ``shape`` forces one, e.g. ``"word"``."""
    weights = tables.shape_weights
    shape = shape or rng.choices(list(weights), weights=list(weights.values()))[0]
    given_pool, surname_pool = tables.cultures[rng.choice(list(tables.cultures))]
    given, surname = rng.choice(given_pool), rng.choice(surname_pool)
    if shape in tables.surname_shapes:
        surname = rng.choice(tables.surname_shapes[shape])
    elif shape in tables.given_shapes:
        given = rng.choice(tables.given_shapes[shape])
    elif shape == "word":
        given, surname = rng.choice(tables.word_given), rng.choice(tables.word_surnames)
        while surname == given:
            surname = rng.choice(tables.word_surnames)
    elif shape == "syllable":
        given = _syllable_name(rng, tables.syllables, rng.randint(2, 3))
        surname = _syllable_name(rng, tables.syllables, rng.randint(2, 4))
    return _Person(given, surname, rng.choice(tables.titles))


def _name_text(person: _Person, form: str) -> str:
    """The name as written in ``form``, title aside."""
    given, surname = person.given, person.surname
    full = f"{given} {surname}"
    return {
        "full": full,
        "first": given,
        "last": surname,
        "init_last": f"{given[0]}. {surname}",
        "first_init": f"{given} {surname[0]}.",
        "lower_full": full.lower(),
        "lower_first": given.lower(),
        "upper_full": full.upper(),
        "upper_last": surname.upper(),
        "last_comma_first": f"{surname}, {given}",
    }[form]


def _draft(rng: random.Random, tables: _Tables, template: str) -> TextBuilder:
    """Fill a template; each person keeps one identity within the text."""
    b = TextBuilder()
    persons: dict[str, _Person] = {}
    position = 0
    for match in _TOKEN.finditer(template):
        b.say(template[position : match.start()])
        key, form, word = match.groups()
        position = match.end()
        if key in tables.fillers:
            b.say(rng.choice(tables.fillers[key]))
            continue
        if key not in persons:
            persons[key] = _draw_person(rng, tables, "word" if word else None)
        person = persons[key]
        form = form or rng.choice(tables.random_forms)
        if form.startswith(_TITLED):
            b.say(person.title + " ")
            form = form.removeprefix(_TITLED)
        b.value("PERSON", _name_text(person, form))
    return b.say(template[position:])


def _plan(
    rng: random.Random, frames: list[_Frame], repeats: int, total: int
) -> list[_Frame]:
    """Every frame ``repeats`` times, then random frames up to ``total``."""
    plan = [frame for frame in frames for _ in range(repeats)]
    while len(plan) < total:
        plan.append(rng.choice(frames))
    return plan


def name_frames(seed: int = SEED) -> list[LabelledText]:
    """The labelled texts, the same for the same seed; name-free ones have no spans."""
    rng = random.Random(seed)
    tables = _load_tables()
    plan = _plan(rng, tables.named, _NAMED_REPEATS, _NAMED_DRAFTS)
    plan += _plan(rng, tables.name_free, _NAME_FREE_REPEATS, _NAME_FREE_DRAFTS)
    drafts = [(frame.group, _draft(rng, tables, frame.template)) for frame in plan]
    rng.shuffle(drafts)
    items: list[LabelledText] = []
    seen: set[str] = set()
    for kind, builder in drafts:
        item = builder.build(f"frames-{len(items):04d}", kind)
        if item.text not in seen:
            seen.add(item.text)
            items.append(item)
    return items
