"""Last check before a payload leaves the process: no known original inside."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping
from types import MappingProxyType

from copilot.errors import RedactionError
from redaction.deny_list import DenyList
from redaction.spans import EntitySpan, merge_spans
from redaction.vault import PseudonymVault

__all__ = ["LeakDetected", "LeakGuard", "known_values_in"]

logger = logging.getLogger(__name__)


class LeakDetected(RedactionError):
    """A payload contains an original value; it must not be sent.

    The message and ``entity_counts`` name entity types and counts only,
    never a value.
    """

    def __init__(self, entity_counts: Mapping[str, int]) -> None:
        self.entity_counts: Mapping[str, int] = MappingProxyType(
            dict(sorted(entity_counts.items()))
        )
        total = sum(self.entity_counts.values())
        listed = ", ".join(f"{kind}={n}" for kind, n in self.entity_counts.items())
        super().__init__(
            f"payload blocked: it contains {total} known confidential "
            f"value(s) ({listed})"
        )


def known_values_in(
    text: str, deny_list: DenyList, vault: PseudonymVault
) -> list[EntitySpan]:
    """Deny-list and vault values in ``text``, ignoring the vault's placeholders.

    Matching is case-, accent- and whitespace-insensitive.
    """
    blanked = vault.blank(text)
    return merge_spans([*deny_list.find(blanked), *vault.find(blanked)])


class LeakGuard:
    """Scans outbound payloads for every original the scope knows."""

    def __init__(self, deny_list: DenyList, vault: PseudonymVault) -> None:
        self._deny_list = deny_list
        self._vault = vault

    def check(self, payload: str) -> None:
        """Return if ``payload`` is clean; raise ``LeakDetected`` if not.

        Any failure of the check itself raises ``RedactionError``: a payload
        that could not be checked is not sent.
        """
        if not isinstance(payload, str):
            raise RedactionError("the leak guard checks text payloads only")
        try:
            found = known_values_in(payload, self._deny_list, self._vault)
        except Exception as exc:
            raise RedactionError(
                f"the leak guard could not check the payload ({type(exc).__name__})"
            ) from exc
        if found:
            counts = Counter(span.entity_type for span in found)
            logger.warning("leak guard blocked a payload: %d value(s)", len(found))
            raise LeakDetected(counts)
