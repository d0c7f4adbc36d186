"""Pattern recognizers that business text needs beyond Presidio's built-ins."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presidio_analyzer import (
    AnalysisExplanation,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from copilot.errors import RedactionError
from redaction.iban import iban_length, is_valid_iban
from redaction.package_data import read_object, read_string_list

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["extra_recognizers"]

_DATA = "patterns.json"
_IBAN_RECOGNIZER = "GroupedIbanRecognizer"


def _bad_setting(key: str) -> RedactionError:
    return RedactionError(f"redaction data file {_DATA} has a bad {key}")


def _text_setting(group: dict[str, object], key: str) -> str:
    value = group.get(key)
    if not isinstance(value, str):
        raise _bad_setting(key)
    return value


def _number_setting(group: dict[str, object], key: str) -> float:
    value = group.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _bad_setting(key)
    return float(value)


class GroupedIbanRecognizer(LocalRecognizer):
    """IBANs written in any grouping, with spaces or dashes, any case.

    A candidate is cut to its country's IBAN length and kept only if its
    mod-97 checksum holds, so "BE71 096 1234 567 69" is found and "BE72 ..."
    is not.
    """

    def __init__(self) -> None:
        settings = read_object(_DATA, "iban_candidate")
        self._pattern = re.compile(_text_setting(settings, "regex"))
        super().__init__(
            supported_entities=["IBAN_CODE"],
            name=_IBAN_RECOGNIZER,
            supported_language="en",
            context=list(read_string_list(_DATA, "iban_context")),
        )

    def load(self) -> None:
        """Nothing to load: the pattern is compiled on construction."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Every valid IBAN in ``text``."""
        results: list[RecognizerResult] = []
        for match in self._pattern.finditer(text):
            end = _iban_end(text, match.start(), match.end())
            if end is not None:
                results.append(self._result(match.start(), end))
        return results

    def _result(self, start: int, end: int) -> RecognizerResult:
        # Presidio's context enhancer writes into the explanation.
        explanation = AnalysisExplanation(
            recognizer=_IBAN_RECOGNIZER,
            original_score=1.0,
            textual_explanation="IBAN with a valid checksum",
        )
        return RecognizerResult("IBAN_CODE", start, end, 1.0, explanation)


def _iban_end(text: str, start: int, stop: int) -> int | None:
    """Where the IBAN starting at ``start`` ends, if it is a valid one."""
    length = iban_length(text[start : start + 2])
    if length is None:
        return None
    kept: list[str] = []
    position = start
    while position < stop and len(kept) < length:
        if text[position].isalnum():
            kept.append(text[position])
        position += 1
    if len(kept) < length:
        return None
    if position < len(text) and text[position].isalnum():
        return None
    return position if is_valid_iban("".join(kept)) else None


class InternationalPhoneRecognizer(PatternRecognizer):
    """Numbers written with a ``+`` or ``00`` country prefix.

    libphonenumber rejects numbers it cannot validate (a made-up extension
    range, a new numbering plan); a country prefix is evidence enough.
    """

    def __init__(self) -> None:
        settings = read_object(_DATA, "international_phone")
        self._min_digits = _number_setting(settings, "min_digits")
        self._max_digits = _number_setting(settings, "max_digits")
        pattern = Pattern(
            name="international_phone",
            regex=_text_setting(settings, "regex"),
            score=_number_setting(settings, "score"),
        )
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="InternationalPhoneRecognizer",
            patterns=[pattern],
            context=list(read_string_list(_DATA, "phone_context")),
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject matches with too few or too many digits for a phone number."""
        digits = sum(char.isdigit() for char in pattern_text)
        if pattern_text.startswith("00"):
            digits -= 2
        return not self._min_digits <= digits <= self._max_digits


class AnyDomainEmailRecognizer(PatternRecognizer):
    """E-mail addresses whatever their domain, percent-encoded ones included.

    Presidio's own recognizer drops addresses whose top-level domain is not
    on the public suffix list: internal domains (``corp.local``), new or
    reserved ones. A confidential address is confidential on any domain.
    """

    def __init__(self) -> None:
        settings = read_object(_DATA, "email_any_domain")
        pattern = Pattern(
            name="email_any_domain",
            regex=_text_setting(settings, "regex"),
            score=_number_setting(settings, "score"),
        )
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            name="AnyDomainEmailRecognizer",
            patterns=[pattern],
        )


def extra_recognizers() -> list[LocalRecognizer]:
    """The recognizers to add to Presidio's predefined ones.

    The phone recognizer replaces Presidio's own, which only knows eight
    regions; the list here covers the firm's European and English-speaking
    markets. Luxembourg, Denmark, Norway and Brazil are left out on purpose:
    their short national numbers match Odoo references and ISO dates
    ("4521", "2024-03-15", "45000123"); written with a country prefix they
    are still found by the international recognizer.
    """
    phone = PhoneRecognizer(
        supported_regions=list(read_string_list(_DATA, "phone_regions")),
        context=list(read_string_list(_DATA, "phone_context")),
    )
    return [
        phone,
        InternationalPhoneRecognizer(),
        GroupedIbanRecognizer(),
        AnyDomainEmailRecognizer(),
    ]
