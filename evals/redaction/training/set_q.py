"""Training set Q: professional-services firms named after people, and their paperwork.

Law, audit, tax and consulting firms carry their founders' surnames ("Hartwell Okonjo
LLP"), and partners often share them. The texts are engagement letters, conflict
checks, client lists, org charts, fee notes, timesheet narratives, court and matter
references, bookings, awards and funds named after people, in eight markets.
Firms, clients and foundations are ORGANIZATION; awards, prizes and funds named after
people are not labelled; the people are PERSON.

``python -m evals.redaction.training.set_q`` rewrites ``q.jsonl`` byte for byte.
Labels are recorded while each text is written, never searched for afterwards.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

from evals.redaction.training import set_q_values as values
from evals.redaction.training.set_q_render import Context, Writer, fill

SEED = 20261205
COUNT = 1500
NEGATIVE = 300
OUT = Path(__file__).with_name("q.jsonl")
DATA = Path(__file__).with_name("set_q_data")
SLOT = re.compile(r"\{([A-Za-z0-9_.]+)\}")
LOCAL_LANGUAGE = {
    "ts_de",
    "ts_de2",
    "ts_no",
    "fee_fr",
    "chat_nl",
    "chat_sv",
    "minutes_da",
    "minutes_de",
    "note_fr",
    "letter_de",
    "letter_fr",
    "letter_nl",
    "conflict_nl",
    "n_de",
    "n_de2",
    "n_fr",
    "n_nl",
    "n_sv",
}


Template = tuple[str, tuple[str, ...], str, str]


def load_templates(name: str) -> list[Template]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tname, markets, opts, text = line.split("|", 3)
        text = text.replace("\\n", "\n").replace("\\t", "\t")
        mk = values.MARKETS if markets == "*" else tuple(markets.split(","))
        out.append((tname, mk, opts, text))
    return out


def render(
    rng: random.Random, market: str, template: Template
) -> tuple[str, list[dict[str, Any]], list[str]]:
    tname, _, opts, text = template
    slots = {m.group(1).split(".")[0] for m in SLOT.finditer(text)}
    ctx = Context(rng, market, slots, opts)
    w, pos = Writer(), 0
    forms: set[str] = set()
    for m in SLOT.finditer(text):
        w.add(text[pos : m.start()])
        fill(w, ctx, m.group(1), forms)
        pos = m.end()
    w.add(text[pos:])
    names = sorted(f"name:{f}" for f in forms if f not in ("ltitle", "xmark"))
    tags = [tname, f"market:{market}", *names]
    if "xmark" in forms:
        tags.append("exhibit_mark_from_initials")
    if ctx.shared:
        tags.append("firm_shares_surname")
    if "award" in slots:
        tags.append("award_named_after_person")
    if tname in LOCAL_LANGUAGE:
        tags.append("local_language")
    if not w.spans:
        tags.append("no_value")
    return w.text(), w.spans, tags


def _check(text: str, spans: list[dict[str, Any]]) -> None:
    end = 0
    for s in spans:
        piece = text[s["start"] : s["end"]]
        assert s["start"] >= end and piece and piece == piece.strip(), (text, s)
        if s["type"] == "CREDIT_CARD":
            assert values.luhn_ok(piece), piece
        if s["type"] == "IBAN_CODE":
            raw = piece.replace(" ", "")
            assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1, (
                piece
            )
        end = s["end"]


def generate() -> list[dict[str, Any]]:
    """All records of set Q, in file order."""
    rng = random.Random(SEED)
    positives = load_templates("templates.txt")
    negatives = load_templates("templates_neg.txt")
    flags = [True] * NEGATIVE + [False] * (COUNT - NEGATIVE)
    rng.shuffle(flags)
    used: dict[str, int] = {}
    records = []
    for i, negative in enumerate(flags, start=1):
        if i % 3:
            market = values.MARKETS[(i - 1) % len(values.MARKETS)]
        else:
            market = rng.choice(values.MARKETS)
        pool = [t for t in (negatives if negative else positives) if market in t[1]]
        low = min(used.get(t[0], 0) for t in pool)
        template = rng.choice([t for t in pool if used.get(t[0], 0) == low])
        used[template[0]] = used.get(template[0], 0) + 1
        text, spans, tags = render(rng, market, template)
        _check(text, spans)
        assert bool(spans) != negative, template[0]
        records.append({"id": f"Q-{i:04d}", "text": text, "spans": spans, "tags": tags})
    return records


def main() -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in generate()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT.name}")


if __name__ == "__main__":
    main()
