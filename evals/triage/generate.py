"""Generate the product's labelled set of client requests, reproducibly.

`python -m evals.triage.generate` rewrites the training set shipped with the
classifier (`copilot/triage/data/train.jsonl`) and the held-out test set
(`evals/triage/data/product_test.jsonl`). The same seed gives the same bytes.

Train and test never share a text. Every fourth template of each category is
held out of training; half of the test set comes from those unseen templates.
Every person and company named is invented.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

__all__ = ["LabelledRequest", "generate", "main"]

SEED = 20261204
TRAIN_PER_CATEGORY = 110
TEST_PER_CATEGORY = 70
_HERE = Path(__file__).resolve().parent
_TEMPLATES = _HERE / "request_templates.json"
_TRAIN_PATH = _HERE.parents[1] / "copilot" / "triage" / "data" / "train.jsonl"
_TEST_PATH = _HERE / "data" / "product_test.jsonl"
_SLOT = re.compile(r"\{([a-z]+)\}")
_CONTEXT = (
    "We have been using {system} for about two years now.",
    "Context: {role} raised this during our weekly meeting.",
    "This concerns our {client} subsidiary.",
    "I tried again after clearing the browser cache, same result.",
    "I attach a screenshot for reference.",
)


@dataclass(frozen=True)
class LabelledRequest:
    id: str
    text: str
    category: str
    priority: int
    sentiment: str
    language: str
    template: str


def _fill(rng: random.Random, text: str, slots: dict[str, list[str]]) -> str:
    def pick(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "n":
            return str(rng.randint(100, 999))
        return _fill(rng, rng.choice(slots[name]), slots)

    return _SLOT.sub(pick, text)


def _noisy(rng: random.Random, text: str) -> str:
    """Lower the language quality: typos, no capitals, no punctuation."""
    roll = rng.random()
    if roll < 0.15:
        text = text.lower()
    if roll > 0.85:
        text = re.sub(r"[.,!?;:]", "", text)
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) > 4 and rng.random() < 0.06:
            j = rng.randrange(1, len(word) - 2)
            words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def _compose(
    rng: random.Random,
    data: dict[str, Any],
    category: str,
    language: str,
    template: str,
) -> tuple[str, int, str]:
    spec = data["categories"][category]
    slots = data["slots"]
    body = _fill(rng, template, slots)
    priority = int(spec["priority"])
    if language != "en":
        return body, priority, "negative" if category == "complaint" else "neutral"
    tone = rng.choices(["neutral", "positive", "negative"], [0.7, 0.15, 0.15])[0]
    if category == "complaint":
        tone = "negative"
    elif category == "other" and tone == "negative":
        tone = "neutral"
    parts: list[str] = []
    shape = rng.choices(["short", "medium", "long"], [0.3, 0.45, 0.25])[0]
    if shape != "short":
        parts.append(_fill(rng, rng.choice(data["openers"][tone]), slots))
    if shape == "long":
        parts.append(_fill(rng, rng.choice(_CONTEXT), slots))
    parts.append(body)
    if category != "other" and rng.random() < 0.35:
        level = rng.choice(["0", "2", "3"])
        parts.append(rng.choice(data["urgency"][level]))
        priority = int(level)
    if shape != "short":
        parts.append(_fill(rng, rng.choice(data["closers"][tone]), slots))
    return _noisy(rng, "\n".join(p for p in parts if p)), priority, tone


def _templates(data: dict[str, Any], category: str) -> Iterator[tuple[str, str, bool]]:
    """(language, template, held out) for every template of a category."""
    for language in ("en", "fr", "de"):
        for index, text in enumerate(data["categories"][category][language]):
            yield language, text, language == "en" and index % 4 == 3


def generate(seed: int = SEED) -> tuple[list[LabelledRequest], list[LabelledRequest]]:
    """The training and test requests; no text appears in both."""
    data = json.loads(_TEMPLATES.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    train: list[LabelledRequest] = []
    test: list[LabelledRequest] = []
    seen: set[str] = set()
    for category in data["categories"]:
        templates = list(_templates(data, category))
        known = [(lang, t) for lang, t, held in templates if not held]
        held_out = [(lang, t) for lang, t, held in templates if held]
        plan = [("train", known)] * TRAIN_PER_CATEGORY
        plan += [("test", held_out), ("test", known)] * (TEST_PER_CATEGORY // 2)
        for split, pool in plan:
            for _attempt in range(20):
                language, template = rng.choice(pool)
                text, priority, tone = _compose(rng, data, category, language, template)
                if text not in seen:
                    break
            else:
                continue
            seen.add(text)
            target = train if split == "train" else test
            target.append(
                LabelledRequest(
                    id=f"{split}-{category}-{len(target):04d}",
                    text=text,
                    category=category,
                    priority=priority,
                    sentiment=tone,
                    language=language,
                    template=f"{category}/{language}/{hash_template(template)}",
                )
            )
    return train, test


def hash_template(template: str) -> str:
    """A short stable id of a template (for grouping, not security)."""
    import zlib

    return f"{zlib.crc32(template.encode()):08x}"


def _write(path: Path, rows: list[LabelledRequest]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(asdict(row), ensure_ascii=False) for row in rows)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    train, test = generate()
    _write(_TRAIN_PATH, train)
    _write(_TEST_PATH, test)
    print(f"{len(train)} training and {len(test)} test requests written")


if __name__ == "__main__":
    main()
