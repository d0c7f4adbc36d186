"""Postal addresses written as a block of short lines, as on an envelope.

A street line ("20789 Allika 46") or a flat line ("Suite 501") opens the
block; the town ("Riisa", "SEINÄJOKI") and country-and-postcode
("Estonia 62488") lines under it belong to it, across one blank line and
whatever quote marks ("> ") the lines carry. Each line is one LOCATION.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presidio_analyzer import RecognizerResult

from redaction.recognizers.context import result
from redaction.recognizers.pattern_data import pattern_setting
from redaction.recognizers.rule_based import RuleRecognizer

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["AddressBlockRecognizer"]

_NAME = "AddressBlockRecognizer"
_SCORE = 0.55
_LINE = re.compile(r"[^\n]*")
_MAX_LINE = 60


class AddressBlockRecognizer(RuleRecognizer):
    """Blocks with a flat line, or with two street or postcode lines."""

    def __init__(self) -> None:
        self._prefix = pattern_setting("address_block_line_prefix")
        self._unit = pattern_setting("address_block_unit")
        self._strong = (
            pattern_setting("address_block_street"),
            pattern_setting("address_block_postcode"),
        )
        self._town = pattern_setting("address_block_town")
        super().__init__("LOCATION", _NAME)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Every line of every address block."""
        if "\n" not in text:
            return []
        found: list[RecognizerResult] = []
        block: list[tuple[int, int, str]] = []
        blank_run = 0
        for line in _LINE.finditer(text):
            kind, start, end = self._line_kind(line)
            if kind == "blank":
                blank_run += 1
                if blank_run > 1:
                    found.extend(self._closed(block))
                    block = []
                continue
            is_opening = kind in ("unit", "strong")
            if kind == "other" or (kind == "town" and not block):
                found.extend(self._closed(block))
                block = []
            elif block or is_opening:
                block.append((start, end, kind))
            blank_run = 0
        found.extend(self._closed(block))
        return found

    def _line_kind(self, line: re.Match[str]) -> tuple[str, int, int]:
        body = line.group(0)
        prefix = self._prefix.match(body)
        offset = prefix.end() if prefix else 0
        content = body[offset:].rstrip()
        start = line.start() + offset
        end = start + len(content)
        if not content:
            return "blank", start, end
        if len(content) > _MAX_LINE:
            return "other", start, end
        if self._unit.match(content):
            return "unit", start, end
        if any(pattern.match(content) for pattern in self._strong):
            return "strong", start, end
        if self._town.match(content):
            return "town", start, end
        return "other", start, end

    @staticmethod
    def _closed(block: list[tuple[int, int, str]]) -> list[RecognizerResult]:
        kinds = [kind for _, _, kind in block]
        if "unit" not in kinds and kinds.count("strong") < 2:
            return []
        return [
            result("LOCATION", start, end, _SCORE, _NAME, "address block")
            for start, end, _ in block
        ]
