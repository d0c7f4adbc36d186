"""National identity and tax numbers of the firm's European markets.

Presidio ships checksum-verified recognizers for them, registered for each
country's language only; the analyzer runs in English, so they are
registered here for English text too. Each number is kept only when its
check digit or letter holds ("RSSMRA85T10A562S", "12345678Z").
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

__all__ = ["national_id_recognizers"]


def national_id_recognizers(language: str) -> list[EntityRecognizer]:
    """Italian fiscal codes, Spanish NIF and NIE, UK national insurance,
    Finnish and Swedish personal identity numbers, for ``language``."""
    # Presidio is imported here, not at import time (see engine).
    from presidio_analyzer.predefined_recognizers import (
        EsNieRecognizer,
        EsNifRecognizer,
        FiPersonalIdentityCodeRecognizer,
        ItFiscalCodeRecognizer,
        SePersonnummerRecognizer,
        UkNinoRecognizer,
    )

    return [
        ItFiscalCodeRecognizer(supported_language=language),
        EsNifRecognizer(supported_language=language),
        EsNieRecognizer(supported_language=language),
        UkNinoRecognizer(supported_language=language),
        FiPersonalIdentityCodeRecognizer(supported_language=language),
        SePersonnummerRecognizer(supported_language=language),
    ]
