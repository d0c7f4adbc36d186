"""Redaction time on hostile text shapes, against ordinary notes of the same size.

Run with ``python -m benchmarks.redaction_worst_case [--chars N] [--json]``.
A ticket body is whatever a client typed: a long chain of hyphenated or
apostrophed words, or pages of title-case text, must not take quadratic
time in a regular expression or an overlap check. Each shape is redacted at
a quarter of ``--chars`` and at ``--chars``; the report gives seconds for
each, the growth factor (4 is linear) and the ratio to ordinary notes of
the same size, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

__all__ = ["SHAPES", "main", "measure"]


def _notes(size: int) -> str:
    from benchmarks.redaction import build_notes

    text = "\n\n".join(build_notes(size // 1000 + 1))
    return text[:size]


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _chat_log(size: int) -> str:
    """A lower-case chat log whose every line has a speaker of its own."""
    lines: list[str] = []
    length = index = 0
    while length < size:
        letters = "".join(chr(97 + index // 26**k % 26) for k in range(3))
        line = f"zor{letters}vetta > thx zor{letters}vetta!!\n"
        lines.append(line)
        length += len(line)
        index += 1
    return "".join(lines)[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "ordinary notes": _notes,
    "title-case prose": _repeat(
        "The Quarterly Inventory Report For Warehouse Kowalczyk Shows "
        "Discrepancies Between Zbrowski Dispatch And Receipt. "
    ),
    "hyphen chain": _repeat("Abc-"),
    "apostrophe chain": _repeat("Abc'"),
    "bullet list of names": _repeat("* Zorvetta: approved\n1. Quelbrink to test\n"),
    "comma list of names": _repeat("Dear Zorvetta Quelbrink, Oyelaran, Brakspear, "),
    "bare comma list": _repeat("Zorvetta, "),
    "stamped chat lines": _repeat("[10:01] Zorvetta: ok\n"),
    "chat log, a speaker per line": _chat_log,
    "table of names": _repeat("Zorvetta Quelbrink | Consultant | 2:15\n"),
    "reference numbers": lambda size: " ".join(
        str(1_000_000 + i * 7919) for i in range(size // 8 + 1)
    )[:size],
    "mentions": _repeat("@Zor-web "),
    "names in capitals": _repeat("Ship to ZORVETTA QUELBRINK, "),
    "one long word": _repeat("x"),
    "run of symbols": _repeat("="),
    "run of quotes and brackets": _repeat('"([<'),
    "run of emoji": _repeat("\U0001f600"),
}


def measure(size: int) -> dict[str, dict[str, float]]:
    """Seconds per shape at a quarter of ``size`` and at ``size`` characters."""
    from redaction import build_redactor

    redactor = build_redactor([])
    redactor.scope("warm-up").redact("Warm up with Natasja in Ghent.")
    report: dict[str, dict[str, float]] = {}
    for name, build in SHAPES.items():
        seconds = []
        for length in (size // 4, size):
            text = build(length)
            started = time.perf_counter()
            redactor.scope(f"{name}/{length}").redact(text)
            seconds.append(time.perf_counter() - started)
        report[name] = {
            "quarter_s": round(seconds[0], 3),
            "full_s": round(seconds[1], 3),
            "growth": round(seconds[1] / max(seconds[0], 1e-9), 2),
        }
    ordinary = report["ordinary notes"]["full_s"]
    for row in report.values():
        row["vs_ordinary"] = round(row["full_s"] / max(ordinary, 1e-9), 2)
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.chars < 1000:
        parser.error("--chars must be at least 1000")
    from copilot.offline_env import apply_offline_environment

    apply_offline_environment()
    report = measure(args.chars)
    if args.json:
        print(json.dumps({"chars": args.chars, "shapes": report}, indent=2))
        return
    print(f"redaction of {args.chars:,} characters (and a quarter of that):")
    for name, row in report.items():
        print(
            f"  {name:28s} {row['full_s']:7.2f} s  (quarter {row['quarter_s']:.2f} s,"
            f" growth x{row['growth']}, x{row['vs_ordinary']} ordinary notes)"
        )


if __name__ == "__main__":
    main()
