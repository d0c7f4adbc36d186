"""Scores for a briefing's text against its facts, and ROUGE in pure Python."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from copilot.briefing import Briefing, DraftItem

__all__ = ["BriefingScore", "rouge", "score_briefing"]

_FIGURE = re.compile(r"\d{4}-\d{2}-\d{2}|\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class BriefingScore:
    """Claims checked, claims that matched, key facts and key facts cited."""

    claims: int
    supported: int
    key_facts: int
    covered: int


def _figures(text: str) -> list[str]:
    return [
        t if "-" in t else f"{float(t.replace(',', '.')):g}"
        for t in _FIGURE.findall(text)
    ]


def score_briefing(briefing: Briefing) -> BriefingScore:
    """Faithfulness counts each figure and each cited fact id of every sentence;
    coverage counts warning and critical facts cited by some sentence."""
    statements = dict(
        zip(briefing.fact_ids, (f.statement for f in briefing.facts), strict=True)
    )
    everything = " ".join([briefing.project_name, *statements.values()])
    items: Sequence[DraftItem] = (
        *briefing.risks,
        *briefing.blockers,
        *briefing.next_steps,
    )
    claims = supported = 0
    for text, source_ids in [
        (briefing.headline, None),
        *((i.text, i.fact_ids) for i in items),
    ]:
        source = (
            everything
            if source_ids is None
            else " ".join(statements.get(fid, "") for fid in source_ids)
        )
        known = set(_figures(source))
        for figure in _figures(text):
            claims += 1
            supported += figure in known
        for fid in source_ids or ():
            claims += 1
            supported += fid in statements
    cited = {fid for item in items for fid in item.fact_ids}
    key = [
        fid
        for fid, fact in zip(briefing.fact_ids, briefing.facts, strict=True)
        if fact.severity.value in ("warning", "critical")
    ]
    return BriefingScore(claims, supported, len(key), sum(k in cited for k in key))


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if not overlap or not candidate or not reference:
        return 0.0
    precision, recall = overlap / candidate, overlap / reference
    return 2 * precision * recall / (precision + recall)


def _ngrams(words: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _lcs(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, start=1):
            current.append(
                previous[j - 1] + 1 if x == y else max(previous[j], current[-1])
            )
        previous = current
    return previous[-1]


def rouge(candidate: str, reference: str) -> dict[str, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 on lower-cased words, no stemming."""
    cand, ref = _tokens(candidate), _tokens(reference)
    scores = {}
    for n in (1, 2):
        c, r = _ngrams(cand, n), _ngrams(ref, n)
        scores[f"rouge{n}"] = _f1(
            sum((c & r).values()), sum(c.values()), sum(r.values())
        )
    scores["rougeL"] = _f1(_lcs(cand, ref), len(cand), len(ref))
    return scores
