"""Check a model's briefing against the facts it was given.

Numbers come from code: a figure, date or placeholder that no fact contains
rejects the whole narrative. A citation that resolves to no fact drops the
sentence, and the drop is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.briefing.model import BriefingDraft, BriefingInput, DraftItem

__all__ = ["GroundingResult", "check_grounding"]

_NUMBER = re.compile(r"\d{4}-\d{2}-\d{2}|\d+(?:[.,]\d+)?")
_PLACEHOLDER = re.compile(r"<?\b([A-Z][A-Z_]*_\d+)\b>?")


@dataclass(frozen=True)
class GroundingResult:
    draft: BriefingDraft | None
    dropped_items: int
    reason: str | None

    @property
    def accepted(self) -> bool:
        return self.draft is not None


def _numbers(text: str) -> set[str]:
    found = set()
    for token in _NUMBER.findall(text):
        if "-" in token:
            found.add(token)
            continue
        value = float(token.replace(",", "."))
        found.add(f"{value:g}")
    return found


def check_grounding(draft: BriefingDraft, given: BriefingInput) -> GroundingResult:
    """Accept the draft (minus unresolvable sentences) or reject it with a reason."""
    source = " ".join([given.project_label, *(f.statement for f in given.facts)])
    allowed_numbers = _numbers(source) | _numbers(given.today.isoformat())
    allowed_placeholders = set(_PLACEHOLDER.findall(source))
    known_ids = {fact.fact_id for fact in given.facts}

    texts = [draft.headline]
    for item in (*draft.risks, *draft.blockers, *draft.next_steps):
        texts.append(item.text)
    for text in texts:
        invented = _numbers(text) - allowed_numbers
        if invented:
            return GroundingResult(
                None, 0, f"{len(invented)} figure(s) not in the facts"
            )
        unknown = set(_PLACEHOLDER.findall(text)) - allowed_placeholders
        if unknown:
            return GroundingResult(None, 0, f"{len(unknown)} unknown placeholder(s)")

    dropped = 0

    def keep(items: list[DraftItem]) -> list[DraftItem]:
        nonlocal dropped
        kept = []
        for item in items:
            cited = [fid for fid in item.fact_ids if fid in known_ids]
            if not cited:
                dropped += 1
                continue
            kept.append(DraftItem(text=item.text, fact_ids=cited))
        return kept

    checked = BriefingDraft(
        headline=draft.headline,
        risks=keep(draft.risks),
        blockers=keep(draft.blockers),
        next_steps=keep(draft.next_steps),
    )
    if not draft.headline.strip():
        return GroundingResult(None, dropped, "empty headline")
    return GroundingResult(checked, dropped, None)
