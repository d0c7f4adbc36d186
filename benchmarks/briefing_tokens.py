"""Briefing prompt size against a naive prompt that pastes the whole thread.

Run with ``python -m benchmarks.briefing_tokens [--json]``. For projects of
50, 500 and 5,000 chatter messages (hand-built records: tasks, timesheets and
messages with names, e-mails and risk phrases), both prompts are built from
the same redacted text: the product's facts-first prompt fitted to its
budget, and the briefing template with every redacted message pasted in.
Tokens are the product's local estimate (no tokenizer files are shipped).
Targets: under 3,000 tokens at every size; at least 10 times smaller than
the naive prompt at 500 messages.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from copilot.briefing import BriefingInput, PromptBudget, fit_to_budget
from copilot.briefing.model import NarratorFact
from copilot.facts import (
    HealthThresholds,
    RedactedNote,
    derive_status,
    note_signal_facts,
    project_health_facts,
)
from copilot.records import (
    Message,
    Project,
    ProjectSnapshot,
    Task,
    TimesheetLine,
)
from copilot.tokens import estimate_tokens
from prompts import render_briefing_prompt
from redaction import DenyListEntry, build_redactor

__all__ = ["main", "measure"]

SIZES = (50, 500, 5000)
TODAY = date(2026, 12, 4)
_PEOPLE = ("Marta Keller", "Jonas Berger", "Ines Duval", "Pieter de Vries")
_LINES = (
    "Hi {who}, the data import is delayed again; the client's file arrives late.",
    "Thanks {who}. Workshop notes are in the shared folder, see you Monday.",
    "{who} confirmed the test plan; please call {phone} if anything changes.",
    "We are still waiting for the signed change request from the client.",
    "Reminder: log your hours before Friday. Questions to {mail}.",
    "The interface spec is blocked on the vendor's API documentation.",
    "Good progress on the reports; two screens left to review with {who}.",
    "The client asked for an extra feature that is not in the quote.",
)


def _at(days_ago: int) -> datetime:
    day = TODAY - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, 9, tzinfo=UTC)


def _message(i: int) -> Message:
    who = _PEOPLE[i % len(_PEOPLE)]
    text = _LINES[i % len(_LINES)].format(
        who=who,
        phone=f"+32 470 {i % 90 + 10:02d} {i % 70 + 20:02d} 11",
        mail=who.lower().replace(" ", ".") + "@example.com",
    )
    return Message(
        i, "project.task", i % 40 + 1, _at(i % 120), who, "comment", "Note", text
    )


def build_snapshot(messages: int) -> ProjectSnapshot:
    """A project whose size grows with its thread: tasks and time too."""
    n_tasks = max(5, messages // 10)
    project = Project(
        7,
        "ERP rollout for Keller AG",
        40,
        "Keller AG",
        2,
        "Ines Duval",
        TODAY - timedelta(days=200),
        TODAY + timedelta(days=30),
        800.0,
        "at_risk",
        "",
        True,
    )
    tasks = tuple(
        Task(
            t,
            f"Task {t}: configure module {t} for {_PEOPLE[t % 4]}",
            7,
            "In Progress",
            "01_in_progress",
            "0",
            _at(t % 20 - 10),
            8.0,
            6.0 + t % 7,
            (2,),
            None,
            (),
            _at(30 + t % 30),
            _at(20 + t % 30),
            "",
        )
        for t in range(1, n_tasks + 1)
    )
    timesheets = tuple(
        TimesheetLine(
            line,
            TODAY - timedelta(days=line % 28),
            2.0,
            7,
            line % n_tasks + 1,
            1,
            "work",
        )
        for line in range(1, messages + 1)
    )
    return ProjectSnapshot(
        project,
        tasks,
        (),
        (),
        timesheets,
        tuple(_message(i) for i in range(1, messages + 1)),
        None,
        total_hours=2.0 * messages,
        active_user_ids=frozenset({2}),
    )


def measure(messages: int) -> dict[str, Any]:
    """Prompt tokens of the briefing and of the naive prompt for one size."""
    snapshot = build_snapshot(messages)
    redactor = build_redactor(
        [DenyListEntry("PERSON", p) for p in _PEOPLE]
        + [DenyListEntry("ORGANIZATION", "Keller AG")],
        use_ner=False,
    )
    scope = redactor.scope(f"bench/{messages}")
    started = time.perf_counter()
    health = project_health_facts(snapshot, TODAY, HealthThresholds())
    statements = scope.redact_many([f.statement for f in health])
    thread = scope.redact_many([m.body for m in snapshot.messages])
    redact_s = time.perf_counter() - started
    notes = [
        RedactedNote(m.ref, r.text, m.date.date().isoformat() if m.date else None)
        for m, r in zip(snapshot.messages, thread, strict=True)
    ]
    facts = [
        replace(f, statement=s.text) for f, s in zip(health, statements, strict=True)
    ] + note_signal_facts(notes)
    given = BriefingInput(
        scope.redact(snapshot.project.name).text,
        derive_status(facts),
        TODAY,
        tuple(
            NarratorFact(f"F{i}", f.kind, f.severity.value, f.statement, f.evidence)
            for i, f in enumerate(facts, start=1)
        ),
    )
    fitted = fit_to_budget(given, PromptBudget())
    pasted = tuple(
        NarratorFact(f"M{i}", "message", "info", note.text, (note.ref,))
        for i, note in enumerate(notes, start=1)
    )
    naive = render_briefing_prompt(replace(given, facts=given.facts + pasted))
    naive_tokens = estimate_tokens(naive.system, naive.user)
    return {
        "messages": messages,
        "facts": len(given.facts),
        "facts_in_prompt": len(fitted.given.facts),
        "briefing_prompt_tokens": fitted.prompt_tokens,
        "naive_prompt_tokens": naive_tokens,
        "ratio": round(naive_tokens / fitted.prompt_tokens, 1),
        "redaction_s": round(redact_s, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON document")
    args = parser.parse_args(argv)
    rows = [measure(n) for n in SIZES]
    at_500 = next(r for r in rows if r["messages"] == 500)
    targets = {
        "under_3000_at_every_size": all(
            r["briefing_prompt_tokens"] < 3000 for r in rows
        ),
        "ten_times_smaller_at_500": at_500["ratio"] >= 10,
    }
    if args.json:
        print(json.dumps({"rows": rows, "targets": targets}, indent=2))
        return 0
    print("messages  facts  in prompt  briefing tokens  naive tokens  ratio")
    for r in rows:
        print(
            f"{r['messages']:>8}  {r['facts']:>5}  {r['facts_in_prompt']:>9}  "
            f"{r['briefing_prompt_tokens']:>15}  {r['naive_prompt_tokens']:>12}  "
            f"{r['ratio']:>5}x"
        )
    for name, met in targets.items():
        print(f"{name.replace('_', ' ')}: {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
