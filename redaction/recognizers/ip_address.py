"""IPv4 and IPv6 addresses, but not version numbers that look like them."""

from __future__ import annotations

import ipaddress
import re

from redaction.recognizers.candidates import CandidateRecognizer
from redaction.recognizers.module_versions import ModuleVersions
from redaction.recognizers.pattern_data import pattern_setting

__all__ = ["IpAddressRecognizer"]


class IpAddressRecognizer(CandidateRecognizer):
    """Addresses that Python's ``ipaddress`` accepts, with a prefix length.

    Replaces Presidio's recognizer, which also reads Odoo module versions
    ("17.0.1.3") as addresses: a dotted quad that ``ModuleVersions`` reads
    as a version is not masked.
    """

    entity_type = "IP_ADDRESS"

    def __init__(self) -> None:
        self.pattern = pattern_setting("ip_candidate")
        self._versions = ModuleVersions()
        super().__init__("IpAddressRecognizer")

    def judge(self, text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
        """The address's span if it parses and is not a version number."""
        address = match.group("address")
        try:
            parsed = ipaddress.ip_address(address)
        except ValueError:
            return None
        start, end = match.start(), match.end()
        if parsed.version == 4 and self._versions.is_version(
            text, start, match.end("address")
        ):
            return None
        return start, end, 0.8
