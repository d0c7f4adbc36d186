"""The deny-list finds Odoo's own names and numbers in any spelling."""

from __future__ import annotations

import pytest

from copilot.errors import RedactionError
from redaction import DenyList, DenyListEntry


def _found(deny_list: DenyList, text: str) -> dict[str, str | None]:
    return {text[s.start : s.end]: s.canonical for s in deny_list.find(text)}


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        pytest.param(
            "Call with ilse vandermoortel today",
            "ilse vandermoortel",
            "Ilse Vandermoortel",
            id="lower-case",
        ),
        pytest.param(
            "ILSE VANDERMOORTEL signed",
            "ILSE VANDERMOORTEL",
            "Ilse Vandermoortel",
            id="capitals",
        ),
        pytest.param(
            "Soren Odegard agreed", "Soren Odegard", "Søren Ødegård", id="no-accents"
        ),
        pytest.param(
            "Anais Lefevre Duchamp wrote",
            "Anais Lefevre Duchamp",
            "Anaïs Lefèvre-Duchamp",
            id="no-accents-no-hyphen",
        ),
        pytest.param(
            "Ilse  \n Vandermoortel",
            "Ilse  \n Vandermoortel",
            "Ilse Vandermoortel",
            id="odd-whitespace",
        ),
        pytest.param(
            "login ilse_vandermoortel failed",
            "ilse_vandermoortel",
            "Ilse Vandermoortel",
            id="underscore-username",
        ),
        pytest.param("Ilse said yes", "Ilse", "Ilse Vandermoortel", id="first-name"),
        pytest.param(
            "ask vandermoortel", "vandermoortel", "Ilse Vandermoortel", id="surname"
        ),
        pytest.param(
            "Vandermoortel, Ilse",
            "Vandermoortel, Ilse",
            "Ilse Vandermoortel",
            id="surname-first",
        ),
        pytest.param(
            "mr Van den Broeck",
            "Van den Broeck",
            "Wouter Van den Broeck",
            id="particle-surname",
        ),
        pytest.param("Søren", "Søren", "Søren Ødegård", id="accented-first-name"),
        pytest.param(
            "BRIGHTLANE LOGISTICS BV",
            "BRIGHTLANE LOGISTICS BV",
            "Brightlane Logistics BV",
            id="company-capitals",
        ),
        pytest.param(
            "at Brightlane Logistics today",
            "Brightlane Logistics",
            "Brightlane Logistics BV",
            id="company-without-legal-form",
        ),
        pytest.param(
            "ILSE.VANDERMOORTEL@BRIGHTLANE.EXAMPLE",
            "ILSE.VANDERMOORTEL@BRIGHTLANE.EXAMPLE",
            "ilse.vandermoortel@brightlane.example",
            id="email-capitals",
        ),
        pytest.param(
            "IBAN be71-0961-2345-6769",
            "be71-0961-2345-6769",
            "BE71 0961 2345 6769",
            id="iban-dashes",
        ),
        pytest.param(
            "IBAN BE71096123456769.",
            "BE71096123456769",
            "BE71 0961 2345 6769",
            id="iban-compact",
        ),
    ],
)
def test_finds_known_value_in_any_spelling(
    deny_list: DenyList, text: str, surface: str, canonical: str
) -> None:
    """Case, accents, spacing, word order and legal forms do not hide a value."""
    assert _found(deny_list, text).get(surface) == canonical


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("+32 470 12 34 56", id="international"),
        pytest.param("+32470123456", id="international-compact"),
        pytest.param("0470/12.34.56", id="slash-and-dots"),
        pytest.param("0470 12 34 56", id="national-spaces"),
        pytest.param("0470-123456", id="national-dash"),
        pytest.param("0032 470 12 34 56", id="double-zero-prefix"),
        pytest.param("+32 (0)470 12 34 56", id="trunk-zero-in-brackets"),
    ],
)
def test_phone_entry_matches_regardless_of_punctuation(
    deny_list: DenyList, text: str
) -> None:
    """A known phone number is found however it is written."""
    spans = deny_list.find(f"Call {text} today")
    phones = [s for s in spans if s.canonical == "+32 470 12 34 56"]
    assert phones
    digits = "".join(c for c in f"Call {text} today"[phones[0].start : phones[0].end])
    assert "".join(filter(str.isdigit, digits)).endswith("470123456")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jan was late again", id="first-name-shared-by-two-people"),
        pytest.param("please mark the task done", id="first-name-is-common-word"),
        pytest.param("Al said so", id="first-name-too-short"),
        pytest.param("the support team answered", id="company-is-common-word"),
        pytest.param("Ilsebeth and Vandermoortels", id="longer-words"),
        pytest.param("BE72 0961 2345 6769", id="other-number"),
    ],
)
def test_ignores_ambiguous_short_or_common_words(
    deny_list: DenyList, text: str
) -> None:
    """Tokens that could mean someone else, or anything, are not matched alone."""
    assert deny_list.find(text) == []


def test_full_name_is_found_even_when_first_name_is_shared(
    deny_list: DenyList,
) -> None:
    """Both people called Jan are found by their full names."""
    found = _found(deny_list, "Jan Peeters and jan de smedt")
    assert found["Jan Peeters"] == "Jan Peeters"
    assert found["jan de smedt"] == "Jan De Smedt"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("🇧🇪😀 Søren Ødegård ✨", id="emoji-and-flag"),
        pytest.param("日本語のメモ: Søren Ødegård", id="cjk"),
        pytest.param("👩🏽‍💻👨‍👩‍👧 Søren Ødegård", id="zwj-sequences"),
    ],
)
def test_offsets_survive_emoji_and_multibyte(deny_list: DenyList, text: str) -> None:
    """Spans point at the name itself after emoji and other wide characters."""
    assert "Søren Ødegård" in _found(deny_list, text)


def test_handles_a_few_thousand_entries() -> None:
    """Thousands of people compile into one index and are all findable."""
    entries = [
        DenyListEntry("PERSON", f"Person{n:04d} Family{n:04d}") for n in range(4000)
    ]
    deny_list = DenyList.from_entries(entries)
    assert len(deny_list) == 4000
    found = deny_list.find("Notes from person3999 family3999 and Person0001.")
    assert {s.canonical for s in found} == {
        "Person3999 Family3999",
        "Person0001 Family0001",
    }


@pytest.mark.parametrize(
    "entity_type",
    [
        pytest.param("person", id="lower-case"),
        pytest.param("", id="empty"),
        pytest.param("PERSON NAME", id="space"),
    ],
)
def test_entry_rejects_malformed_entity_type(entity_type: str) -> None:
    """Entity types become placeholder names, so they must be upper-case words."""
    with pytest.raises(RedactionError):
        DenyListEntry(entity_type, "Ilse Vandermoortel")


def test_empty_deny_list_finds_nothing() -> None:
    """An empty deny-list is valid and inert."""
    assert DenyList.empty().find("Ilse Vandermoortel") == []
