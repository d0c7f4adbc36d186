"""Training set S: German- and Dutch-language business text of a consultancy.

Project notes, Protokolle, tickets, Stundenzettel, Mahnungen with IBANs, Angebote,
HR notes, chat, e-mails with greetings and signatures and Lieferscheine from Germany,
Austria, Switzerland, the Netherlands and Flanders, where capitalised nouns and words
such as Klein, Weiß, Koch, Bauer, Fuchs or Frank are not always names.

``python -m evals.redaction.training.set_s`` rewrites ``s.jsonl`` byte for byte.
Standard library only; one seed.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from evals.redaction.training import set_s_numbers as numbers
from evals.redaction.training import set_s_render as render
from evals.redaction.training import set_s_values as values

SEED = 20260512
TOTAL = 1500
SHARE_NL = 0.4
SHARE_EMPTY = 0.2
OUT = Path(__file__).with_name("s.jsonl")
COUNTRIES = {"de": [("DE", 60), ("AT", 22), ("CH", 18)], "nl": [("NL", 72), ("BE", 28)]}


def load_templates(lang: str) -> list[dict[str, Any]]:
    """Blocks headed ``=== name | pos|neg | tags``; a body runs to the next header."""
    path = values.DATA / f"templates_{lang}.txt"
    out: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and current is None:
            continue
        if line.startswith("=== "):
            name, kind, tags = (part.strip() for part in line[4:].split("|"))
            current = {
                "name": name,
                "kind": kind,
                "tags": tags.split(),
                "lines": [],
                "lang": lang,
            }
            out.append(current)
        elif current is not None:
            current["lines"].append(line)
    for tpl in out:
        tpl["body"] = "\n".join(tpl.pop("lines")).strip("\n")
    return out


def _slots(rng: random.Random) -> list[tuple[str, bool]]:
    n_nl = round(TOTAL * SHARE_NL)
    slots = []
    for lang, n in (("de", TOTAL - n_nl), ("nl", n_nl)):
        n_empty = round(n * SHARE_EMPTY)
        slots += [(lang, True)] * n_empty + [(lang, False)] * (n - n_empty)
    rng.shuffle(slots)
    return slots


def generate() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    pools: dict[tuple[str, bool], list[dict[str, Any]]] = {}
    for lang in ("de", "nl"):
        for tpl in load_templates(lang):
            pools.setdefault((lang, tpl["kind"] == "neg"), []).append(tpl)
    queues: dict[tuple[str, bool], list[dict[str, Any]]] = {key: [] for key in pools}
    records = []
    for number, (lang, empty) in enumerate(_slots(rng), start=1):
        queue = queues[(lang, empty)]
        if not queue:
            queue.extend(pools[(lang, empty)])
            rng.shuffle(queue)
        tpl = queue.pop()
        country = values.weighted(rng, COUNTRIES[lang])
        forced = [tag.upper() for tag in tpl["tags"] if tag in ("at", "ch", "be")]
        if forced:
            country = forced[0]
        text, spans, forms = render.render(rng, tpl["body"], lang, country)
        tags = (
            [tpl["name"], lang, country.lower()]
            + tpl["tags"]
            + [f"name_{f}" for f in forms]
        )
        tags += ["no_value"] if empty else []
        records.append(
            {"id": f"S-{number:04d}", "text": text, "spans": spans, "tags": tags}
        )
    _check(records)
    return records


def _check(records: list[dict[str, Any]]) -> None:
    for rec in records:
        end, prev = 0, None
        for span in rec["spans"]:
            if span["start"] < end:
                raise ValueError(f"{rec['id']}: overlapping spans")
            piece = rec["text"][span["start"] : span["end"]]
            if piece != piece.strip() or not piece:
                raise ValueError(f"{rec['id']}: span with outer blanks {piece!r}")
            if span["type"] == "IBAN_CODE" and not numbers.iban_ok(piece):
                raise ValueError(f"{rec['id']}: bad IBAN {piece}")
            if span["type"] == "CREDIT_CARD" and not numbers.luhn_ok(piece):
                raise ValueError(f"{rec['id']}: bad card {piece}")
            if (
                span["type"] == "PERSON"
                and prev == "PERSON"
                and rec["text"][end : span["start"]] in (" ", "")
            ):
                raise ValueError(f"{rec['id']}: two names only a blank apart")
            end, prev = span["end"], span["type"]
        if ("no_value" in rec["tags"]) != (not rec["spans"]):
            raise ValueError(f"{rec['id']}: empty-text flag and spans disagree")


def main() -> None:
    lines = [json.dumps(rec, ensure_ascii=False) for rec in generate()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT.name}")


if __name__ == "__main__":
    main()
