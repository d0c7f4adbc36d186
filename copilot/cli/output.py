"""Terminal rendering of briefings with rich; JSON goes to stdout untouched."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from copilot.briefing import BriefingResult, render_text

__all__ = ["print_briefing", "print_json", "print_summary_table", "progress_bar"]

_STATUS_STYLE = {"on_track": "green", "at_risk": "yellow", "off_track": "red"}


def progress_bar(description: str) -> Progress:
    """A transient bar on stderr, drawn on a terminal only: elsewhere rich
    leaves a blank line where it stood, before any error line."""
    console = Console(stderr=True)
    return Progress(
        TextColumn(description),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


def print_json(payload: object) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))


def print_briefing(console: Console, result: BriefingResult) -> None:
    status = result.briefing.status.value
    console.rule(
        f"[bold]{escape(result.briefing.project_name)}[/] "
        f"[{_STATUS_STYLE[status]}]{status.replace('_', ' ')}[/]"
    )
    console.print(render_text(result.briefing), markup=False, highlight=False)
    if result.briefing.fallback_reason:
        console.print(
            f"[yellow]offline narrator used: {result.briefing.fallback_reason}[/]"
        )
    if result.odoo_activity_id is not None:
        console.print(
            f"[dim]activity mail.activity#{result.odoo_activity_id} "
            f"({result.write_outcome})[/]"
        )
    else:
        console.print("[dim]dry run: nothing written to Odoo[/]")


def print_summary_table(console: Console, results: Sequence[BriefingResult]) -> None:
    table = Table(title="Briefings")
    for column in ("project", "status", "facts", "activity", "outcome"):
        table.add_column(column)
    for result in results:
        b = result.briefing
        table.add_row(
            escape(f"{b.project_name} (#{b.project_id})"),
            f"[{_STATUS_STYLE[b.status.value]}]{b.status.value}[/]",
            str(len(b.facts)),
            str(result.odoo_activity_id or "-"),
            result.write_outcome or "dry run",
        )
    console.print(table)
