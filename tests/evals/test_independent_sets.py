"""The independent redaction sets load, and their labels point at their values."""

from __future__ import annotations

import pytest

from evals.redaction.independent.__main__ import SETS, load_set

_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD"}
_E_TYPES = _TYPES | {"LOCATION", "ORGANIZATION", "URL", "IP_ADDRESS"}
"""Sets E and F also label the values their hard negatives are made of."""


@pytest.mark.parametrize("name", SETS)
def test_each_set_holds_labelled_and_clean_texts(name: str) -> None:
    items = load_set(name)
    types = _E_TYPES if name.startswith(("e_", "f_")) else _TYPES
    assert len(items) >= 500
    assert sum(1 for item in items if not item.spans) >= 150
    for item in items:
        for span in item.spans:
            assert span.entity_type in types
            value = item.text[span.start : span.end]
            assert value and value == value.strip(), item.item_id


@pytest.mark.parametrize("prefix", ["c", "e", "f"])
def test_the_untouched_part_shares_no_text_with_the_tuned_one(prefix: str) -> None:
    tuned = {item.text for item in load_set(f"{prefix}_tune")}
    assert not tuned & {item.text for item in load_set(f"{prefix}_untouched")}
