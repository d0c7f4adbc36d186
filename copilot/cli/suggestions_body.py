"""Bodies of `copilot suggestions ...`: open the store, act, print."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from copilot.cli.output import print_json
from copilot.errors import CallerError
from copilot.settings import Settings
from copilot.store import SuggestionState, export_audit, utc_now
from copilot.wiring import (
    build_approval_sync,
    build_outbox,
    open_existing_store,
)

__all__ = [
    "run_audit",
    "run_decide",
    "run_flush",
    "run_list",
    "run_retry",
    "run_sync",
]


def _state(value: str) -> SuggestionState:
    try:
        return SuggestionState(value)
    except ValueError:
        names = ", ".join(s.value for s in SuggestionState)
        raise CallerError(f"Unknown state '{value}'; choose one of {names}.") from None


def run_list(
    settings: Settings, *, failed: bool, state: str | None, as_json: bool
) -> None:
    store = open_existing_store(settings)
    states = None
    if failed:
        states = [SuggestionState.FAILED]
    elif state is not None:
        states = [_state(state)]
    now = utc_now()
    rows = [s.as_dict(now=now) for s in store.search(states=states)]
    if as_json:
        print_json(rows)
        return
    table = Table(title="Suggestions")
    for column in ("id", "kind", "record", "state", "activity", "age", "reason"):
        table.add_column(column)
    for row in rows:
        record = row["record"]
        assert isinstance(record, dict)
        table.add_row(
            str(row["id"]),
            str(row["kind"]),
            f"{record['model']}#{record['id']}",
            str(row["state"]),
            str(row["odoo_activity_id"] or ""),
            f"{row['age_s']} s",
            escape(str(row["last_error"] or row["reason"] or "")),
        )
    Console().print(table)


def run_decide(
    settings: Settings, suggestion_id: int, target: str, reason: str | None
) -> None:
    # Imported here: the redaction stack is heavy for the other commands.
    from copilot.reject_reason import (
        MAX_REASON_CHARS,
        build_reason_redactor,
        mask_reason,
    )

    if reason is not None and not reason.strip():
        raise CallerError(
            "--reason is empty; say in a few words why the suggestion is rejected."
        )
    if reason is not None and len(reason) > MAX_REASON_CHARS:
        raise CallerError(
            f"--reason is {len(reason)} characters; keep it to {MAX_REASON_CHARS}."
        )
    store = open_existing_store(settings)
    state = _state(target)
    if reason is not None:
        store.get(suggestion_id)  # an unknown id fails before Odoo is read
        reason = mask_reason(build_reason_redactor(settings), suggestion_id, reason)
    decided = store.decide(
        suggestion_id, state, actor="cli", source="cli", reason=reason
    )
    print(f"suggestion {decided.id} {decided.state.value}")


def run_retry(settings: Settings, suggestion_id: int) -> None:
    queued = open_existing_store(settings).retry(suggestion_id, actor="cli")
    print(f"suggestion {queued.id} back in the outbox")


def run_flush(settings: Settings, *, as_json: bool) -> None:
    results = build_outbox(settings).drain()
    if as_json:
        print_json([r.__dict__ for r in results])
        return
    for result in results:
        print(f"suggestion {result.suggestion_id}: {result.outcome}")
    print(f"{len(results)} write-backs attempted")


def run_audit(settings: Settings, *, since: int) -> None:
    for line in export_audit(open_existing_store(settings).engine, since_id=since):
        print(line)


def run_sync(settings: Settings, *, as_json: bool) -> None:
    report = build_approval_sync(settings).sync()
    if as_json:
        print_json(report.as_dict())
        return
    print(
        f"{len(report.approved)} approved, {len(report.rejected)} rejected, "
        f"{report.still_open} still open in Odoo"
    )
