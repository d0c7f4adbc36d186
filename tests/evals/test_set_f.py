"""Set F regenerates byte for byte, its labels hold, and its parts share nothing."""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from evals.redaction.independent import set_f, set_f_values
from evals.redaction.independent.set_f_pools import Pools, split_pools
from evals.redaction.independent.set_f_render import TextRenderer

_HERE = Path(set_f.__file__).resolve().parent


@pytest.fixture(scope="module")
def generated() -> dict[str, list[str]]:
    return set_f.generate()


def _rows(generated: dict[str, list[str]], name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in generated[name]]


def _pool_values(pools: Pools) -> dict[str, set[str]]:
    return {
        "given": {n for c in pools.cultures for n in c.male + c.female},
        "family": {n for c in pools.cultures for n in c.family},
        "street": {s for c in pools.countries for s in c.streets + c.person_streets},
        "city": {s for c in pools.countries for s in c.cities + c.name_cities},
        "firm surname": set(pools.firm_surnames),
        "firm pattern": {p for group in pools.firm_patterns.values() for p in group},
        "brand": set(pools.brands),
        "mail domain": set(pools.webmail),
        "template": {t.text for t in pools.templates},
        "template id": {t.template_id for t in pools.templates},
    }


def test_the_files_are_what_the_generator_writes(
    generated: dict[str, list[str]],
) -> None:
    """The committed files are the generator's exact output."""
    for name, lines in generated.items():
        written = (_HERE / f"{name}.jsonl").read_text("utf-8")
        assert written == "\n".join(lines) + "\n", name


def test_generating_twice_gives_the_same_lines(
    generated: dict[str, list[str]],
) -> None:
    """The same seeds give the same texts and labels."""
    assert set_f.generate() == generated


@pytest.mark.parametrize("name", list(set_f.PARTS))
def test_every_label_points_at_its_value(
    generated: dict[str, list[str]], name: str
) -> None:
    """Each span is a non-empty, trimmed value; spans are ordered and disjoint."""
    rows = _rows(generated, name)
    assert len(rows) == set_f.TEXTS
    assert sum(1 for row in rows if not row["spans"]) == set_f.CLEAN
    for row in rows:
        text, previous_end = str(row["text"]), 0
        for span in row["spans"]:
            value = text[span["start"] : span["end"]]
            assert value and value == value.strip(), row["id"]
            assert value[-1] not in ",;:'", row["id"]
            assert value[0] not in "@<\"'", row["id"]
            assert span["start"] >= previous_end, row["id"]
            previous_end = span["end"]


@pytest.mark.parametrize("name", list(set_f.PARTS))
def test_no_two_person_spans_touch(generated: dict[str, list[str]], name: str) -> None:
    """A name written as one run ("Hoa VU") is one span, never two."""
    for row in _rows(generated, name):
        spans = row["spans"]
        for left, right in itertools.pairwise(spans):
            gap = str(row["text"])[left["end"] : right["start"]]
            touching = left["type"] == right["type"] == "PERSON"
            assert not (touching and gap in ("", " ")), row["id"]


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("Hi {first#1}, {mr#1} said", ["PERSON", "PERSON"]),
        ("{handle#2} see {email#2}", ["PERSON", "EMAIL_ADDRESS"]),
        ("{sorg#1} at {addr#1:line}", ["ORGANIZATION", "LOCATION"]),
        ("IBAN {iban:DE} / card {card}", ["IBAN_CODE", "CREDIT_CARD"]),
        ("[a|b] {ref} {module} {tool} {date}", []),
    ],
)
def test_spans_are_recorded_while_writing(template: str, expected: list[str]) -> None:
    """Labels come from the slots; titles, '@' and plain slots stay unlabelled."""
    pools = split_pools(set_f.SPLIT_SEED)[0]
    for seed in range(20):
        rendered = TextRenderer(pools, random.Random(seed)).render(template, "en")
        text = "".join(rendered.builder.pieces)
        types = [s.entity_type for s in rendered.builder.spans]
        assert types[: len(expected)] == expected and set(types) <= set(expected)
        for span in rendered.builder.spans:
            value = text[span.start : span.end]
            assert not value.startswith(("@", "Mr", "Ms", "Dr")), value


@pytest.mark.parametrize(
    "pool",
    [
        "given",
        "family",
        "street",
        "city",
        "firm surname",
        "firm pattern",
        "brand",
        "mail domain",
        "template",
        "template id",
    ],
)
def test_the_parts_share_no_pool_value(pool: str) -> None:
    """Each pool is cut in two; the halves are disjoint and neither is empty."""
    tuned, untouched = (_pool_values(p) for p in split_pools(set_f.SPLIT_SEED))
    assert tuned[pool] and untouched[pool]
    assert not tuned[pool] & untouched[pool]


@pytest.mark.parametrize("name", list(set_f.PARTS))
def test_cards_pass_luhn_and_ibans_their_check_digits(
    generated: dict[str, list[str]], name: str
) -> None:
    """Every labelled card and IBAN is valid, spaced or not."""
    for row in _rows(generated, name):
        for span in row["spans"]:
            value = str(row["text"])[span["start"] : span["end"]]
            compact = re.sub(r"[ -]", "", value)
            if span["type"] == "CREDIT_CARD":
                assert _luhn_ok(compact), row["id"]
            if span["type"] == "IBAN_CODE":
                moved = compact[4:] + compact[:4]
                assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _luhn_ok(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char) * (2 if index % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


@pytest.mark.parametrize(
    ("shape", "pattern"),
    [
        ("020 7946 0###", r"020 7946 0\d{3}"),
        ("@@@@##", r"[A-Z]{4}\d{2}"),
        ("0%-###", r"0[2-9]-\d{3}"),
        ("INV/2026/#####", r"INV/2026/\d{5}"),
    ],
)
def test_fill_shape_replaces_only_placeholders(shape: str, pattern: str) -> None:
    """'#' is a digit, '%' a non-zero digit, '@' a capital; the rest is kept."""
    assert re.fullmatch(pattern, set_f_values.fill_shape(random.Random(3), shape))
