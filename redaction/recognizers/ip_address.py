"""IPv4 and IPv6 addresses, but not version numbers that look like them."""

from __future__ import annotations

import ipaddress
import re

from redaction.recognizers.candidates import CandidateRecognizer
from redaction.recognizers.context import has_cue_before
from redaction.recognizers.pattern_data import pattern_setting, words

__all__ = ["IpAddressRecognizer"]


class IpAddressRecognizer(CandidateRecognizer):
    """Addresses that Python's ``ipaddress`` accepts, with a prefix length.

    Replaces Presidio's recognizer, which also reads Odoo module versions
    ("17.0.1.3") as addresses: a dotted quad right after a version cue
    ("version", "module", "v") is not masked; a cue elsewhere nearby, or
    after the quad, does not count.
    """

    entity_type = "IP_ADDRESS"

    def __init__(self) -> None:
        self.pattern = pattern_setting("ip_candidate")
        self._version_cues = words("version_context")
        super().__init__("IpAddressRecognizer")

    def judge(self, text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
        """The address's span if it parses and is not a version number."""
        address = match.group("address")
        try:
            parsed = ipaddress.ip_address(address)
        except ValueError:
            return None
        start, end = match.start(), match.end()
        # Only a cue right before the number: "10.1.2.3, module 17.0" is an
        # address followed by a version, not a version.
        if parsed.version == 4 and has_cue_before(text, start, self._version_cues):
            return None
        return start, end, 0.8
