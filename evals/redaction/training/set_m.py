"""Set M: short personal-data texts of many kinds, seeded and invented.

``python -m evals.redaction.training.set_m`` rewrites ``m.jsonl`` byte for
byte. Each text fills one template of ``set_m_data/templates.txt``; the
spans are recorded while the text is built, never found afterwards.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.redaction.training.set_m_fill import (
    DATA,
    LABELLED,
    UNLABELLED,
    Pools,
    Segment,
    fill,
    load_pools,
)
from evals.redaction.training.set_m_people import (
    ANY_FORMS,
    FORMS,
    Person,
    email,
    profile_url,
)

OUTPUT = Path(__file__).parent / "m.jsonl"
TEMPLATES = DATA / "templates.txt"
SEED = 20261205
TEXT_COUNT = 1500
EMPTY_COUNT = 285
MIN_LENGTH, MAX_LENGTH = 60, 400

PLACEHOLDER = re.compile(r"\{([a-z]+)(\d?)(?::([a-z]+))?\}")
# "[[a|b|c]]" picks one wording, so texts of one template differ more.
ALTERNATIVES = re.compile(r"\[\[([^\]]*)\]\]")
PERSON_KINDS = frozenset({"p", "q"})
PERSON_EXTRA = {"email": "EMAIL_ADDRESS", "url": "URL"}


@dataclass(frozen=True)
class Template:
    """One text shape; ``is_empty`` ones may hold no labelled value."""

    name: str
    body: str
    is_empty: bool


def _check_token(name: str, is_empty: bool, match: re.Match[str]) -> bool:
    """Whether the placeholder is labelled; raise when it is not allowed."""
    kind, number, form = match.groups()
    if kind in PERSON_KINDS:
        if not number or (form and form not in FORMS and form not in PERSON_EXTRA):
            raise ValueError(f"template {name}: bad person {match.group()}")
        labelled = True
    elif kind in LABELLED or kind in UNLABELLED:
        if form:
            raise ValueError(f"template {name}: {match.group()} takes no form")
        labelled = kind in LABELLED
    else:
        raise ValueError(f"template {name}: unknown {match.group()}")
    if labelled and is_empty:
        raise ValueError(f"template {name}: marked empty but holds {match.group()}")
    return labelled


def read_templates(path: Path) -> list[Template]:
    """Templates split on ``=== name [empty]`` lines, each checked."""
    templates: list[Template] = []
    text = "\n" + path.read_text(encoding="utf-8")
    for chunk in text.split("\n=== ")[1:]:
        head, _, body = chunk.partition("\n")
        name, *flags = head.split()
        body = "\n".join(
            line for line in body.strip().splitlines() if not line.startswith("#")
        )
        is_empty = flags == ["empty"]
        if flags not in ([], ["empty"]) or not body:
            raise ValueError(f"template {name}: bad header or no body")
        if name in {t.name for t in templates}:
            raise ValueError(f"template {name}: name used twice")
        labelled = [_check_token(name, is_empty, m) for m in PLACEHOLDER.finditer(body)]
        if not is_empty and not any(labelled):
            raise ValueError(f"template {name}: labels nothing yet is not empty")
        templates.append(Template(name, body, is_empty))
    return templates


def _person(person: Person, form: str, rng: random.Random) -> list[Segment]:
    if form in PERSON_EXTRA:
        maker = email if form == "email" else profile_url
        return [(maker(person, rng), PERSON_EXTRA[form])]
    before, name, after = FORMS[form](person, rng)
    return [(before, None), (name, "PERSON"), (after, None)]


def render(template: Template, rng: random.Random, pools: Pools) -> dict[str, Any]:
    """Fill one template; spans come from the segments as they are joined."""
    people: dict[str, Person] = {}
    fixed: dict[str, list[Segment]] = {}
    used: list[list[Segment]] = []
    taken: set[str] = set()
    segments: list[Segment] = []
    tags = {template.name}
    cursor = 0
    body = ALTERNATIVES.sub(lambda m: rng.choice(m.group(1).split("|")), template.body)
    for match in PLACEHOLDER.finditer(body):
        segments.append((body[cursor : match.start()], None))
        cursor = match.end()
        kind, number, form = match.groups()
        key = kind + number
        if kind in PERSON_KINDS:
            if key not in people:
                people[key] = pools.people.draw(rng, taken, kind == "q")
            form = form or rng.choice(ANY_FORMS)
            tags.add(f"person:{form}")
            segments += _person(people[key], form, rng)
        elif number and key in fixed:
            segments += fixed[key]
        else:
            made = fill(kind, rng, pools)
            while kind in LABELLED and made in used:
                made = fill(kind, rng, pools)
            if kind in LABELLED:
                tags.add(kind)
                used.append(made)
            if number:
                fixed[key] = made
            segments += made
    segments.append((body[cursor:], None))
    return _join(segments, [template.name, *sorted(tags - {template.name})])


def _join(segments: list[Segment], tags: list[str]) -> dict[str, Any]:
    text = ""
    spans: list[dict[str, Any]] = []
    for part, label in segments:
        start = len(text)
        text += part
        if label is None or not part:
            continue
        last = spans[-1] if spans else None
        # "{p1:given} {p2:family}" spells one name: one span, not two.
        if (
            last
            and label == last["type"] == "PERSON"
            and text[last["end"] : start] == " "
        ):
            last["end"] = len(text)
        else:
            spans.append({"type": label, "start": start, "end": len(text)})
    return {"text": text, "spans": spans, "tags": tags}


def _fits(record: dict[str, Any]) -> bool:
    return MIN_LENGTH <= len(record["text"]) <= MAX_LENGTH


def generate() -> list[dict[str, Any]]:
    """The set's records, the same on every run."""
    rng = random.Random(SEED)
    pools = load_pools()
    templates = read_templates(TEMPLATES)
    kinds = {
        flag: [t for t in templates if t.is_empty == flag] for flag in (True, False)
    }
    is_empty = [True] * EMPTY_COUNT + [False] * (TEXT_COUNT - EMPTY_COUNT)
    rng.shuffle(is_empty)
    # Each template is used once per round, so every shape recurs evenly.
    queues: dict[bool, list[Template]] = {True: [], False: []}
    records = []
    for index, wants_empty in enumerate(is_empty, start=1):
        queue = queues[wants_empty]
        if not queue:
            queue.extend(rng.sample(kinds[wants_empty], k=len(kinds[wants_empty])))
        template = queue.pop()
        record = render(template, rng, pools)
        while not _fits(record):
            record = render(template, rng, pools)
        records.append({"id": f"M-{index:04d}", **record})
    return records


def to_jsonl(records: list[dict[str, Any]]) -> str:
    """One JSON object a line, keys in a fixed order, UTF-8 kept as is."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    OUTPUT.write_text(to_jsonl(generate()), encoding="utf-8")


if __name__ == "__main__":
    main()
