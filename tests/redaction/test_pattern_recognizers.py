"""Presidio's recognizers plus ours find the numbers business text carries."""

from __future__ import annotations

import pytest

from redaction import DEFAULT_MIN_SCORE, PresidioAnalyzer
from redaction.iban import is_valid_iban


def _found(analyzer: PresidioAnalyzer, text: str, entity_type: str) -> set[str]:
    return {
        text[span.start : span.end]
        for span in analyzer.analyze(text)
        if span.entity_type == entity_type and span.score >= DEFAULT_MIN_SCORE
    }


@pytest.mark.parametrize(
    "iban",
    [
        pytest.param("BE71 0961 2345 6769", id="spaces"),
        pytest.param("BE71-0961-2345-6769", id="dashes"),
        pytest.param("be71 0961 2345 6769", id="lower-case"),
        pytest.param("BE71 096 1234 567 69", id="irregular-groups"),
        pytest.param("NL91ABNA0417164300", id="compact-with-bank-code"),
        pytest.param("GB82 WEST 1234 5698 7654 32", id="letters-inside"),
        pytest.param("DE89 3704 0044 0532 0130 00", id="german"),
    ],
)
def test_finds_iban_in_any_grouping(
    pattern_analyzer: PresidioAnalyzer, iban: str
) -> None:
    """An IBAN with a valid checksum is found whatever its spacing."""
    text = f"Please transfer to {iban} and confirm."
    assert iban in _found(pattern_analyzer, text, "IBAN_CODE")


@pytest.mark.parametrize(
    ("text", "ibans"),
    [
        pytest.param(
            "Please pay PO00871 to NL91 ABNA 0417 1643 00 by Friday.",
            {"NL91 ABNA 0417 1643 00"},
            id="after-an-order-reference",
        ),
        pytest.param(
            "Old NL91 ABNA 0417 1643 00 and new DE89 3704 0044 0532 0130 00.",
            {"NL91 ABNA 0417 1643 00", "DE89 3704 0044 0532 0130 00"},
            id="two-in-a-sentence",
        ),
        pytest.param(
            "IBANs: NL91ABNA0417164300 DE89370400440532013000",
            {"NL91ABNA0417164300", "DE89370400440532013000"},
            id="two-compact-in-a-row",
        ),
        pytest.param(
            "ref ab12 x be71 0961 2345 6769",
            {"be71 0961 2345 6769"},
            id="after-a-short-code",
        ),
    ],
)
def test_finds_iban_inside_a_longer_candidate(
    pattern_analyzer: PresidioAnalyzer, text: str, ibans: set[str]
) -> None:
    """A rejected or cut candidate does not hide an IBAN that starts in it."""
    assert _found(pattern_analyzer, text, "IBAN_CODE") == ibans


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("IBAN BE72 0961 2345 6769", id="bad-checksum"),
        pytest.param("IBAN ZZ71 0961 2345 6769", id="unknown-country"),
    ],
)
def test_ignores_invalid_iban(pattern_analyzer: PresidioAnalyzer, text: str) -> None:
    """A string shaped like an IBAN but failing its checksum is not one."""
    assert _found(pattern_analyzer, text, "IBAN_CODE") == set()


@pytest.mark.parametrize(
    ("candidate", "is_valid"),
    [
        pytest.param("BE71096123456769", True, id="belgian"),
        pytest.param("be71096123456769", True, id="lower-case"),
        pytest.param("BE71096123456768", False, id="one-digit-off"),
        pytest.param("BE7109612345676", False, id="too-short"),
        pytest.param("BE71 0961 2345 6769", False, id="spaces-not-stripped"),
    ],
)
def test_iban_checksum(candidate: str, is_valid: bool) -> None:
    """The mod-97 check and the country length both apply."""
    assert is_valid_iban(candidate) is is_valid


@pytest.mark.parametrize(
    "phone",
    [
        pytest.param("+32 470 12 34 56", id="belgian-mobile-international"),
        pytest.param("0470/12.34.56", id="belgian-mobile-slashes-dots"),
        pytest.param("+32 2 123 45 67", id="belgian-unassigned-range"),
        pytest.param("+44 20 7946 0958", id="london"),
        pytest.param("(415) 555-0132", id="us-brackets"),
        pytest.param("+1 415 555 0132", id="us-international"),
        pytest.param("06 12 34 56 78", id="french-national"),
        pytest.param("+31 6 12345678", id="dutch-mobile"),
        pytest.param("030 1234567", id="berlin-national"),
        pytest.param("+352 621 123 456", id="luxembourg-international"),
    ],
)
def test_finds_phone_in_common_formats(
    pattern_analyzer: PresidioAnalyzer, phone: str
) -> None:
    """National and international phone formats are found above the threshold."""
    text = f"You can reach me on {phone} after lunch."
    assert phone in _found(pattern_analyzer, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Invoiced on 2024-03-15 as planned.", id="iso-date"),
        pytest.param("Sale order SO0042 is confirmed.", id="sale-order"),
        pytest.param("See INV/2024/00123 for details.", id="invoice-number"),
        pytest.param("Task 4521 and project 2024-017 are late.", id="task-ids"),
        pytest.param("Budget 12.500,00 EUR, 1,234.50 hours.", id="amounts"),
        pytest.param("Reference 45000123 is paid.", id="eight-digit-reference"),
    ],
)
def test_odoo_references_are_not_phones(
    pattern_analyzer: PresidioAnalyzer, text: str
) -> None:
    """Dates, amounts and Odoo references stay readable."""
    assert _found(pattern_analyzer, text, "PHONE_NUMBER") == set()


@pytest.mark.parametrize(
    ("text", "address"),
    [
        pytest.param(
            "mailto:Ilse.Vandermoortel@brightlane.example?subject=Quote",
            "Ilse.Vandermoortel@brightlane.example",
            id="mailto-with-query",
        ),
        pytest.param(
            "<ilse+odoo@brightlane.example>",
            "ilse+odoo@brightlane.example",
            id="angle-brackets-plus-tag",
        ),
        pytest.param(
            "href=mailto:ilse%40brightlane.example",
            "ilse%40brightlane.example",
            id="percent-encoded-at",
        ),
        pytest.param(
            "ping jan@intranet.corp.local.",
            "jan@intranet.corp.local",
            id="internal-domain",
        ),
        pytest.param(
            "write to jan.peeters@korvex.example;wouter@korvex.example",
            "jan.peeters@korvex.example",
            id="semicolon-list",
        ),
    ],
)
def test_finds_email_inside_links_and_lists(
    pattern_analyzer: PresidioAnalyzer, text: str, address: str
) -> None:
    """Addresses are found inside mailto links, brackets and lists."""
    assert address in _found(pattern_analyzer, text, "EMAIL_ADDRESS")


def test_patterns_only_mode_finds_no_names(pattern_analyzer: PresidioAnalyzer) -> None:
    """Without NER, names depend on the deny-list alone."""
    text = "Yesterday Marieke Claes from finance called about the invoice."
    assert _found(pattern_analyzer, text, "PERSON") == set()
    assert pattern_analyzer.model_name is None


def test_ner_mode_finds_unknown_names(ner_analyzer: PresidioAnalyzer) -> None:
    """With NER, a name nobody listed is still found."""
    text = "Yesterday Marieke Claes from finance called about the invoice."
    assert _found(ner_analyzer, text, "PERSON") == {"Marieke Claes"}
    assert ner_analyzer.model_name is not None
