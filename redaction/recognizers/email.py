"""E-mail addresses whatever their domain, encoded or obfuscated ones included."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from redaction.recognizers.pattern_data import group, number_setting, text_setting

__all__ = ["AnyDomainEmailRecognizer"]


class AnyDomainEmailRecognizer(PatternRecognizer):
    """Addresses on any domain, percent-encoded or written "a dot b at c dot be".

    Presidio's own recognizer drops addresses whose top-level domain is not
    on the public suffix list: internal domains (``corp.local``), new or
    reserved ones. A confidential address is confidential on any domain.
    """

    def __init__(self) -> None:
        patterns = []
        for name in ("email_any_domain", "email_obfuscated"):
            settings = group(name)
            patterns.append(
                Pattern(
                    name=name,
                    regex=text_setting(settings, "regex"),
                    score=number_setting(settings, "score"),
                )
            )
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            name="AnyDomainEmailRecognizer",
            patterns=patterns,
        )
