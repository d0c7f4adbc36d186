"""Generate set K: labelled e-mail threads between a consultancy and clients.

``python -m evals.redaction.training.set_k`` rewrites ``k.jsonl`` byte for
byte. Labels are recorded while each text is written, never searched for.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from evals.redaction.training.set_k_pools import Pools
from evals.redaction.training.set_k_render import Segment, TextRenderer

OUT_PATH = Path(__file__).with_name("k.jsonl")
SEED = 20260311
TOTAL = 1500
WITHOUT_VALUE = 225
MIN_CHARS, MAX_CHARS = 100, 1200
_ATTEMPTS = 40


def _assemble(segments: list[Segment]) -> tuple[str, list[dict[str, object]]]:
    """Join segments into a text and the spans of its labelled segments."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    offset = 0
    for text, label in segments:
        if label is not None and text:
            spans.append({"type": label, "start": offset, "end": offset + len(text)})
        parts.append(text)
        offset += len(text)
    return "".join(parts), spans


def _paste_breaks(rng: random.Random, text: str) -> str:
    """Mimic text pasted from HTML: some spaces become line breaks.

    A space and a line break are one code point each, so offsets hold.
    """
    chars = list(text)
    for index, char in enumerate(chars):
        if char == " " and rng.random() < 0.12:
            chars[index] = "\n"
    return "".join(chars)


def template_language(template_id: str) -> str:
    """``en_golive`` and ``neg_en_agenda`` are both English."""
    parts = template_id.split("_")
    return parts[1] if parts[0] == "neg" else parts[0]


def render_text(
    rng: random.Random, pools: Pools, template_id: str
) -> tuple[str, list[dict[str, object]]]:
    """One text from ``template_id`` within the length bounds."""
    lang = template_language(template_id)
    for _ in range(_ATTEMPTS):
        renderer = TextRenderer(rng, pools, lang)
        text, spans = _assemble(renderer.render(pools.templates[template_id]))
        if MIN_CHARS <= len(text) <= MAX_CHARS:
            break
    else:
        raise ValueError(f"template {template_id} never fits the length bounds")
    if "chat" not in template_id and rng.random() < 0.08:
        text = _paste_breaks(rng, text)
    return text, spans


def _template_plan(rng: random.Random, pools: Pools) -> list[str]:
    negatives = sorted(k for k in pools.templates if k.startswith("neg_"))
    positives = sorted(k for k in pools.templates if not k.startswith("neg_"))
    plan = [negatives[i % len(negatives)] for i in range(WITHOUT_VALUE)]
    with_value = TOTAL - WITHOUT_VALUE
    plan += [positives[i % len(positives)] for i in range(with_value)]
    rng.shuffle(plan)
    return plan


def generate() -> list[str]:
    """The JSON lines of set K, in order."""
    rng = random.Random(SEED)
    pools = Pools.load()
    lines = []
    for number, template_id in enumerate(_template_plan(rng, pools), start=1):
        text, spans = render_text(rng, pools, template_id)
        row = {"id": f"k-{number:04d}", "text": text, "spans": spans}
        lines.append(json.dumps(row, ensure_ascii=False))
    return lines


def main() -> None:
    lines = generate()
    OUT_PATH.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"wrote {len(lines)} texts to {OUT_PATH.name}")


if __name__ == "__main__":
    main()
