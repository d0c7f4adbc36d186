"""Set E regenerates byte for byte, its labels hold, and its parts share nothing."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from evals.redaction.independent import set_e, set_e_values
from evals.redaction.independent.set_e_pools import Pools, split_pools

_HERE = Path(set_e.__file__).resolve().parent


@pytest.fixture(scope="module")
def generated() -> dict[str, list[str]]:
    return set_e.generate()


def _pool_values(pools: Pools) -> dict[str, set[str]]:
    return {
        "given": {n for c in pools.cultures for n, _ in c.given},
        "family": {n for c in pools.cultures for n in c.family},
        "street": {s for c in pools.countries for s in c.streets},
        "city": {city[0] for c in pools.countries for city in c.cities},
        "firm pattern": {p for group in pools.firm_patterns for p in group},
        "brand": set(pools.brands),
        "mail domain": set(pools.webmail),
        "product": set(pools.products),
        "template": {t.text for t in pools.templates},
    }


def test_the_files_are_what_the_generator_writes(
    generated: dict[str, list[str]],
) -> None:
    for name, lines in generated.items():
        written = (_HERE / f"{name}.jsonl").read_text("utf-8")
        assert written == "\n".join(lines) + "\n", name


def test_generating_twice_gives_the_same_lines(
    generated: dict[str, list[str]],
) -> None:
    assert set_e.generate() == generated


@pytest.mark.parametrize("name", list(set_e.PARTS))
def test_every_label_points_at_its_value(
    generated: dict[str, list[str]], name: str
) -> None:
    rows = [json.loads(line) for line in generated[name]]
    assert len(rows) == 600
    assert sum(1 for row in rows if not row["spans"]) == 160
    for row in rows:
        text, previous_end = row["text"], 0
        for span in row["spans"]:
            value = text[span["start"] : span["end"]]
            assert value and value == value.strip(), row["id"]
            assert value[-1] not in ",;:'", row["id"]
            assert span["start"] >= previous_end, row["id"]
            previous_end = span["end"]


@pytest.mark.parametrize(
    "pool", ["given", "family", "street", "city", "firm pattern", "brand", "template"]
)
def test_the_parts_share_no_pool_value(pool: str) -> None:
    tuned, untouched = (_pool_values(p) for p in split_pools(set_e.SPLIT_SEED))
    assert tuned[pool] and untouched[pool]
    assert not tuned[pool] & untouched[pool]


@pytest.mark.parametrize("name", list(set_e.PARTS))
def test_cards_pass_luhn_and_ibans_their_check_digits(
    generated: dict[str, list[str]], name: str
) -> None:
    for row in map(json.loads, generated[name]):
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
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
    ("pattern", "placeholders", "shape"),
    [
        ("020 7946 0###", "#NDA", r"020 7946 0\d{3}"),
        ("(N##) 555-01##", "#NDA", r"\([2-9]\d\d\) 555-01\d\d"),
        ("D### AA", "#NDA", r"[1-9]\d{3} [A-Z]{2}"),
        ("ORD-#####", "#", r"ORD-\d{5}"),
    ],
)
def test_fill_replaces_only_placeholders(
    pattern: str, placeholders: str, shape: str
) -> None:
    value = set_e_values.fill(random.Random(7), pattern, placeholders)
    assert re.fullmatch(shape, value)
