"""Check a model's briefing against the facts it was given.

Numbers come from code: a figure, date, number word, placeholder, link or
e-mail address that the cited facts do not contain rejects the whole
narrative, and so does a draft that leaves out a warning, contradicts the
computed status, carries instructions, or is too long to be a briefing. A
sentence citing no known fact is dropped, and counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from copilot.briefing.model import BriefingDraft, BriefingInput, DraftItem
from copilot.facts import ProjectStatus
from copilot.injection import injection_cue

__all__ = ["GroundingResult", "check_grounding"]

_NUMBER = re.compile(r"\d{4}-\d{2}-\d{2}|\d+(?:[.,]\d+)?")
_PLACEHOLDER = re.compile(r"<?\b([A-Z][A-Z_]*_\d+)\b>?")
_NUMBER_WORD = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"billion|dozen|half|double|triple|twice)\b",
    re.IGNORECASE,
)
# Redaction masks every URL and e-mail address, so one in an answer was
# made up (or planted by a record's text) and would reach the reviewer as a
# link in Odoo.
_LINK = re.compile(
    r"\b(?:https?|ftp|mailto):\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
_ALL_CLEAR = re.compile(
    r"\b(?:on track|on schedule|no (?:risks?|issues?|action)|nothing needs)\b",
    re.IGNORECASE,
)
_TROUBLE = re.compile(r"\b(?:off track|at risk|behind schedule)\b", re.IGNORECASE)
_INSTRUCTION = re.compile(
    r"\b(?:ignore (?:all |any )?(?:previous|prior|above) instructions|"
    r"disregard (?:the )?(?:rules|instructions)|system prompt)\b|^\s*(?:system|"
    r"assistant|user)\s*:",
    re.IGNORECASE | re.MULTILINE,
)

# What one reviewer's To-Do can hold: a headline of a sentence or two, each
# item a sentence that restates its facts, and a few items per fact.
MAX_HEADLINE_CHARS = 500
MAX_ITEM_CHARS = 1000
MAX_ITEMS_PER_FACT = 3

# A draft that repeats these is following instructions found in the data.
# Advice to change a record stays allowed: only a person can act on it.
_OBEYED_CUES = ("override_instructions", "external_action")


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
        found.add(f"{float(token.replace(',', '.')):g}")
    return found


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _NUMBER_WORD.findall(text)}


def _rejection(text: str, source: str) -> str | None:
    """Why `text` says more than `source` holds, or None."""
    if set(_PLACEHOLDER.findall(text)) - set(_PLACEHOLDER.findall(source)):
        return "unknown placeholders"
    # A placeholder's number is not a figure: <PERSON_2> claims no "2".
    text, source = _PLACEHOLDER.sub(" ", text), _PLACEHOLDER.sub(" ", source)
    if _numbers(text) - _numbers(source):
        return "figures not in the facts"
    if _words(text) - _words(source):
        return "number words not in the facts"
    if set(_LINK.findall(text)) - set(_LINK.findall(source)):
        return "links not in the facts"
    if _INSTRUCTION.search(text) or injection_cue(text, _OBEYED_CUES):
        return "instructions in the answer"
    return None


def check_grounding(draft: BriefingDraft, given: BriefingInput) -> GroundingResult:
    """Accept the draft (minus unresolvable sentences) or reject it with a reason."""
    statements = {fact.fact_id: fact.statement for fact in given.facts}
    everything = " ".join(
        [given.project_label, given.today.isoformat(), *statements.values()]
    )

    reason = _oversize(draft, len(given.facts)) or _rejection(
        draft.headline, everything
    )
    if reason is None and not draft.headline.strip():
        reason = "empty headline"
    if reason is None:
        reason = _status_contradiction(draft.headline, given.status)
    if reason is not None:
        return GroundingResult(None, 0, reason)

    dropped = 0
    kept: dict[str, list[DraftItem]] = {}
    for section, items in (
        ("risks", draft.risks),
        ("blockers", draft.blockers),
        ("next_steps", draft.next_steps),
    ):
        kept[section] = []
        for item in items:
            cited = [fid for fid in item.fact_ids if fid in statements]
            if not cited:
                dropped += 1
                continue
            source = " ".join(
                [
                    given.project_label,
                    given.today.isoformat(),
                    *(statements[f] for f in cited),
                ]
            )
            # A sentence may name only who its own facts name: a placeholder
            # from another fact would pin that person to the wrong record.
            reason = _rejection(item.text, source)
            if reason is not None:
                return GroundingResult(None, dropped, reason)
            kept[section].append(DraftItem(text=item.text, fact_ids=cited))

    missing = _uncited_warnings(given, (i for items in kept.values() for i in items))
    if missing:
        return GroundingResult(None, dropped, f"{missing} warning fact(s) left out")
    return GroundingResult(
        BriefingDraft(headline=draft.headline, **kept), dropped, None
    )


def _oversize(draft: BriefingDraft, fact_count: int) -> str | None:
    """Why the draft is too long to be a briefing, or None."""
    items = [*draft.risks, *draft.blockers, *draft.next_steps]
    if len(draft.headline) > MAX_HEADLINE_CHARS:
        return "the headline is too long"
    if any(len(item.text) > MAX_ITEM_CHARS for item in items):
        return "a sentence is too long"
    if len(items) > MAX_ITEMS_PER_FACT * max(fact_count, 1):
        return "too many sentences for the facts given"
    return None


def _status_contradiction(headline: str, status: ProjectStatus) -> str | None:
    if status is not ProjectStatus.ON_TRACK and _ALL_CLEAR.search(headline):
        return "the headline contradicts the computed status"
    if status is ProjectStatus.ON_TRACK and _TROUBLE.search(headline):
        return "the headline contradicts the computed status"
    return None


def _uncited_warnings(given: BriefingInput, items: Iterable[DraftItem]) -> int:
    cited = {fid for item in items for fid in item.fact_ids}
    return sum(
        1
        for fact in given.facts
        if fact.severity in ("warning", "critical") and fact.fact_id not in cited
    )
