"""Odoo's own labels are no one's name; names beside them still are."""

from __future__ import annotations

import pytest

from redaction import EntitySpan, PresidioAnalyzer
from redaction.odoo_labels import OdooLabels
from tests.support.people import people_found

_TERMS = ("Vendor Bill", "Sales Order", "Purchase", "Upsell", "Gift Card")
_PLAIN = frozenset({"include", "order", "the", "for"})


def _labels() -> OdooLabels:
    return OdooLabels(lambda word: word.casefold() in _PLAIN, terms=_TERMS)


@pytest.mark.parametrize(
    ("text", "found", "entity_type", "is_label"),
    [
        pytest.param("Vendor Bill from Korvex", "Bill", "PERSON", True,
                     id="inside-a-label"),
        pytest.param("Subject: Sales Order for Korvex", "Sales Order", "PERSON",
                     True, id="whole-label"),
        pytest.param("apply to Gift Cards as well", "Gift Cards", "PERSON", True,
                     id="plural"),
        pytest.param("between Sales and Purchase for", "Purchase", "PERSON", True,
                     id="app-name"),
        pytest.param("S00004: Order Upsell", "Order Upsell", "PERSON", True,
                     id="label-and-everyday-word"),
        pytest.param("Upsell S00021 today", "Upsell S00021", "PERSON", True,
                     id="label-and-reference"),
        pytest.param("reconcile the sales order", "sales order", "ORGANIZATION",
                     True, id="any-case"),
        pytest.param("Bill the customer", "Bill", "PERSON", False,
                     id="no-label-around"),
        pytest.param("Vendor Bill Hopper", "Bill Hopper", "PERSON", False,
                     id="surname-beside-label"),
        pytest.param("Ask Purchaseman", "Purchaseman", "PERSON", False,
                     id="label-inside-a-word"),
        pytest.param("Vendor Bill from Korvex", "Bill", "IBAN_CODE", False,
                     id="not-a-name-type"),
    ],
)  # fmt: skip
def test_labels(text: str, found: str, entity_type: str, is_label: bool) -> None:
    """A span of label and everyday words is a label; a possible name is not."""
    start = text.index(found)
    span = EntitySpan(entity_type, start, start + len(found), 0.85)
    assert _labels().is_label(text, span) is is_label


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Vendor Bill from Tessaron SA matched to Purchase Order P07.",
                     set(), id="vendor-bill-and-purchase-order"),
        pytest.param("Will the promotion apply to Gift Cards as well?", set(),
                     id="gift-cards"),
        pytest.param("Bill Hopper approved the Vendor Bill.", {"Bill Hopper"},
                     id="a-person-named-bill"),
        pytest.param("Go to Purchase > Orders and set the default to Draft.\n",
                     set(), id="a-record-state"),
    ],
)  # fmt: skip
def test_the_analyzer_masks_no_odoo_label_as_a_person(
    ner_analyzer: PresidioAnalyzer, text: str, names: set[str]
) -> None:
    """Odoo's document names stay readable; people beside them do not."""
    assert set(people_found(ner_analyzer, text)) == names
