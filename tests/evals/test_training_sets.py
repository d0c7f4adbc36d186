"""Every training-only set is its generator's exact output, and its labels hold."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from evals.redaction.ner_training import TRAINING_ONLY_SETS
from evals.redaction.training import (
    set_g,
    set_h,
    set_i,
    set_j,
    set_k,
    set_l,
    set_m,
    set_n,
    set_o,
    set_p,
    set_q,
    set_r,
    set_s,
)
from evals.redaction.training.set_i_pools import load_pools
from tests.support.labelled_rows import (
    assert_checksums_hold,
    assert_names_stand_alone,
    assert_spans_hold,
)

_FOLDER = Path(set_g.__file__).parent


def _lines(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _records(records: list[dict[str, Any]]) -> str:
    return _lines([json.dumps(record, ensure_ascii=False) for record in records])


_REGENERATE: dict[str, Callable[[], str]] = {
    "g": lambda: set_g.to_jsonl(set_g.generate()),
    "h": lambda: _lines(set_h.generate()),
    "i": lambda: set_i.to_jsonl(set_i.build_records(load_pools())),
    "j": lambda: set_j.to_jsonl(set_j.generate()),
    "k": lambda: _lines(set_k.generate()),
    "l": lambda: set_l.to_jsonl(set_l.generate()),
    "m": lambda: set_m.to_jsonl(set_m.generate()),
    "n": lambda: set_n.to_jsonl(set_n.generate()),
    "o": lambda: set_o.to_jsonl(set_o.generate()),
    "p": lambda: set_p.to_jsonl(set_p.generate()),
    "q": lambda: _records(set_q.generate()),
    "r": lambda: set_r.to_jsonl(set_r.generate()),
    "s": lambda: _records(set_s.generate()),
}


def _shipped(name: str) -> str:
    return (_FOLDER / f"{name}.jsonl").read_text(encoding="utf-8")


def _rows(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in _shipped(name).splitlines()]


def test_every_training_set_has_a_generator() -> None:
    assert set(_REGENERATE) == set(TRAINING_ONLY_SETS)


@pytest.mark.parametrize("name", TRAINING_ONLY_SETS)
def test_the_file_is_the_generators_exact_output(name: str) -> None:
    assert _REGENERATE[name]() == _shipped(name)


@pytest.mark.parametrize("name", TRAINING_ONLY_SETS)
def test_labels_hold(name: str) -> None:
    """Spans are known types, in order and trimmed; names stand alone; IBANs
    and cards pass their checks."""
    rows = _rows(name)
    assert_spans_hold(rows)
    assert_names_stand_alone(rows)
    assert_checksums_hold(rows)


@pytest.mark.parametrize(
    ("span_type", "value", "check"),
    [
        ("IBAN_CODE", "GB82 WEST 1234 5698 7654 33", assert_checksums_hold),
        ("CREDIT_CARD", "4111 1111 1111 1112", assert_checksums_hold),
        ("PERSON", "@maja", assert_names_stand_alone),
        ("PERSON", "Maja's", assert_names_stand_alone),
    ],
)
def test_the_checks_refuse_a_bad_value(
    span_type: str, value: str, check: Callable[[list[dict[str, Any]]], None]
) -> None:
    """A wrong check digit or a name with its "@" or "'s" fails the checks."""
    row = {"id": "x", "text": value, "spans": [{"type": span_type, "start": 0}]}
    row["spans"][0]["end"] = len(value)
    with pytest.raises(AssertionError):
        check([row])
    good = {
        "IBAN_CODE": "GB82 WEST 1234 5698 7654 32",
        "CREDIT_CARD": "4111 1111 1111 1111",
    }
    if span_type in good:
        check([{**row, "text": good[span_type]}])
