"""The vault gives each value one placeholder and takes it back reliably."""

from __future__ import annotations

import pytest

import redaction.vault as vault_module
from redaction import PseudonymVault


@pytest.mark.parametrize(
    ("entity_type", "first", "second"),
    [
        pytest.param("PERSON", "Ilse Vandermoortel", "ILSE VANDERMOORTEL", id="case"),
        pytest.param("PERSON", "Søren Ødegård", "Soren Odegard", id="accents"),
        pytest.param("PERSON", "Ilse Vandermoortel", "Ilse  Vandermoortel", id="space"),
        pytest.param(
            "EMAIL_ADDRESS",
            "Ilse.Vandermoortel@Brightlane.example",
            "ilse.vandermoortel@brightlane.example",
            id="email-case",
        ),
        pytest.param(
            "PHONE_NUMBER", "+32 470 12 34 56", "0470/12.34.56", id="phone-forms"
        ),
        pytest.param(
            "IBAN_CODE", "BE71 0961 2345 6769", "be71096123456769", id="iban-grouping"
        ),
    ],
)
def test_same_value_gets_same_placeholder(
    entity_type: str, first: str, second: str
) -> None:
    """Spelling variants of one value share its placeholder."""
    vault = PseudonymVault()
    assert vault.placeholder_for(entity_type, first) == vault.placeholder_for(
        entity_type, second
    )


def test_distinct_values_never_share_a_placeholder() -> None:
    """Different people get different placeholders, numbered per type."""
    vault = PseudonymVault()
    placeholders = [
        vault.placeholder_for("PERSON", "Ilse Vandermoortel"),
        vault.placeholder_for("PERSON", "Jan Peeters"),
        vault.placeholder_for("EMAIL_ADDRESS", "jan@korvex.example"),
        vault.placeholder_for("PERSON", "Jan De Smedt"),
    ]
    assert placeholders == [
        "<PERSON_1>",
        "<PERSON_2>",
        "<EMAIL_ADDRESS_1>",
        "<PERSON_3>",
    ]


@pytest.mark.parametrize(
    ("model_output", "restored"),
    [
        pytest.param("<PERSON_1> agreed.", "Ilse Vandermoortel agreed.", id="exact"),
        pytest.param("<PERSON_1>'s team", "Ilse Vandermoortel's team", id="possessive"),
        pytest.param("PERSON_1 agreed", "Ilse Vandermoortel agreed", id="no-brackets"),
        pytest.param("<person_1> agreed", "Ilse Vandermoortel agreed", id="lower-case"),
        pytest.param("[PERSON_1]", "Ilse Vandermoortel", id="square-brackets"),
        pytest.param("{PERSON-1}", "Ilse Vandermoortel", id="braces-and-dash"),
        pytest.param("< PERSON_1 >", "Ilse Vandermoortel", id="inner-spaces"),
        pytest.param("&lt;PERSON_1&gt;", "Ilse Vandermoortel", id="html-escaped"),
        pytest.param(
            "Mail <EMAIL_ADDRESS_1>.", "Mail jan@korvex.example.", id="compound-type"
        ),
        pytest.param("<PERSON_9> is unknown", "<PERSON_9> is unknown", id="unknown"),
        pytest.param("version_1 and SO_1", "version_1 and SO_1", id="not-placeholders"),
    ],
)
def test_restore_tolerates_reworded_placeholders(
    model_output: str, restored: str
) -> None:
    """Originals come back however a model rewrote the placeholder."""
    vault = PseudonymVault()
    vault.placeholder_for("PERSON", "Ilse Vandermoortel")
    vault.placeholder_for("EMAIL_ADDRESS", "jan@korvex.example")
    assert vault.restore(model_output) == restored


def test_records_round_trip() -> None:
    """A vault rebuilt from its records assigns and restores the same way."""
    vault = PseudonymVault()
    vault.placeholder_for("PERSON", "Ilse Vandermoortel")
    vault.placeholder_for("PHONE_NUMBER", "+32 470 12 34 56")
    rebuilt = PseudonymVault.from_records(vault.records())
    assert rebuilt.records() == vault.records()
    assert rebuilt.placeholder_for("PERSON", "ilse vandermoortel") == "<PERSON_1>"
    assert rebuilt.placeholder_for("PERSON", "Jan Peeters") == "<PERSON_2>"
    assert rebuilt.restore("<PHONE_NUMBER_1>") == "+32 470 12 34 56"


def test_find_locates_known_values_in_new_text() -> None:
    """A value the vault holds is found again in any spelling."""
    vault = PseudonymVault()
    vault.placeholder_for("PERSON", "Sarah Okonkwo")
    text = "Later SARAH OKONKWO wrote back."
    spans = vault.find(text)
    assert [text[s.start : s.end] for s in spans] == ["SARAH OKONKWO"]


@pytest.mark.parametrize(
    ("entity_type", "value"),
    [
        pytest.param("PERSON", "Will", id="common-word"),
        pytest.param("PERSON", "Al", id="too-short"),
        pytest.param("US_SSN", "12", id="short-number"),
    ],
)
def test_short_or_common_values_are_not_searched_elsewhere(
    entity_type: str, value: str
) -> None:
    """Masking every "will" because a name was "Will" would ruin the text."""
    vault = PseudonymVault()
    vault.placeholder_for(entity_type, value)
    assert vault.find(f"We {value.lower()} see, {value}.") == []


def test_unsearched_value_is_replaced_but_not_searched() -> None:
    """A value kept unsearched is restorable but not looked for elsewhere."""
    vault = PseudonymVault()
    placeholder = vault.placeholder_for("ORGANIZATION", "Zephyrine", is_searched=False)
    assert vault.find("ZEPHYRINE again") == []
    assert vault.restore(placeholder) == "Zephyrine"
    assert [r.is_searched for r in vault.records()] == [False]


def test_value_once_searched_stays_searched() -> None:
    """Seeing a value again as a strong finding makes it searched from then on."""
    vault = PseudonymVault()
    vault.placeholder_for("ORGANIZATION", "Zephyrine", is_searched=False)
    vault.placeholder_for("ORGANIZATION", "zephyrine")
    assert len(vault.find("ZEPHYRINE again")) == 1
    rebuilt = PseudonymVault.from_records(vault.records())
    assert len(rebuilt.find("ZEPHYRINE again")) == 1


@pytest.mark.parametrize(
    ("values", "checked"),
    [
        pytest.param([("PERSON", "Zephyrine Okafor")] * 3, 1, id="same-value"),
        pytest.param(
            [("PERSON", "Zephyrine Okafor"), ("PERSON", "ZEPHYRINE OKAFOR")],
            1,
            id="same-key",
        ),
        pytest.param(
            [("PERSON", "Zephyrine Okafor"), ("PERSON", "Bram Quistelier")] * 2,
            2,
            id="two-values",
        ),
        pytest.param([("PHONE_NUMBER", "+32 470 12 34 56")] * 2, 6, id="phone-forms"),
    ],
)
def test_each_key_is_offered_to_the_index_once(
    monkeypatch: pytest.MonkeyPatch, values: list[tuple[str, str]], checked: int
) -> None:
    """A value seen again is not checked for indexing again; finds are unchanged."""
    calls: list[str] = []

    def counted(kind: object, key: str) -> bool:
        calls.append(key)
        return is_indexable(kind, key)  # type: ignore[arg-type]

    is_indexable = vault_module._is_indexable
    monkeypatch.setattr(vault_module, "_is_indexable", counted)
    vault = PseudonymVault()
    for entity_type, value in values:
        vault.placeholder_for(entity_type, value)
    assert len(calls) == checked
    assert vault.find(f"Seen: {values[0][1]}.") != []
