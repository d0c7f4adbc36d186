"""Names inside Odoo product display names are product text, not people."""

from __future__ import annotations

import pytest

from redaction import DEFAULT_MIN_SCORE, EntitySpan, PresidioAnalyzer
from redaction.product_names import ProductNames

# Every name below is invented for these tests.
_NAMES = frozenset({"megan", "zorvetta", "customizable", "hopper"})


def _products() -> ProductNames:
    return ProductNames(lambda word: word.casefold() in _NAMES)


@pytest.mark.parametrize(
    ("text", "found", "is_product"),
    [
        pytest.param("Please check [FURN_6666] Acoustic Bloc Screens today",
                     "Acoustic Bloc Screens", True, id="dictionary-words"),
        pytest.param("[FURN_6666] Acoustic Bloc Screens", "FURN_6666] Acoustic",
                     True, id="span-takes-in-the-reference"),
        pytest.param("[FURN_8855] Drawer", "Drawer", True, id="one-word"),
        pytest.param("[FURN_0096] Customizable Desk (Steel)", "Customizable",
                     False, id="unknown-word-stays"),
        pytest.param("[SRV_1] Coaching Megan Hopper", "Megan Hopper", False,
                     id="first-name"),
        pytest.param("[SRV_1] Coaching for Zorvetta", "Zorvetta", False,
                     id="unknown-name"),
        pytest.param("[HOPPER] Desk", "HOPPER] Desk", False,
                     id="reference-without-digit"),
        pytest.param("[FURN_5] Desk\nDrawer Smith", "Drawer", False,
                     id="next-line"),
        pytest.param("Drawer sent by mail", "Drawer", False, id="no-product"),
    ],
)  # fmt: skip
def test_product_names(text: str, found: str, is_product: bool) -> None:
    """Dictionary words after a bracketed reference, on its line, are a product."""
    start = text.index(found)
    span = EntitySpan("ORGANIZATION", start, start + len(found), 0.85)
    assert _products().is_product(text, span) is is_product


def test_people_are_never_products() -> None:
    """Only name types are judged."""
    text = "[FURN_8855] Drawer"
    span = EntitySpan("EMAIL_ADDRESS", 12, 18, 0.85)
    assert _products().is_product(text, span) is False


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        pytest.param("Please check [FURN_6666] Acoustic Bloc Screens on the quote.",
                     set(), id="product"),
        pytest.param("[SRV_1] Coaching for Zorvetta Quelbrink",
                     {"Zorvetta Quelbrink"}, id="person-in-a-product-line"),
    ],
)  # fmt: skip
def test_the_analyzer_leaves_product_names_readable(
    ner_analyzer: PresidioAnalyzer, text: str, masked: set[str]
) -> None:
    """A product's name is readable; a person named beside it is masked."""
    found = {
        text[span.start : span.end]
        for span in ner_analyzer.analyze(text)
        if span.entity_type in {"PERSON", "ORGANIZATION", "LOCATION"}
        and span.score >= DEFAULT_MIN_SCORE
    }
    assert found == masked
