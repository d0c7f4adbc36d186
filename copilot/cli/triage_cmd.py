"""Body of `copilot triage`: one ticket, one text, or a JSON-lines batch."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.markup import escape

from copilot.cli.output import print_json
from copilot.errors import CallerError
from copilot.odoo import OdooEndpoint
from copilot.settings import Settings
from copilot.triage import RequestId, TriageResult, render_text
from copilot.triage.service import MAX_TEXT
from copilot.wiring import build_triage_service

__all__ = ["STDIN", "read_batch", "run_triage"]

STDIN = "-"
"""The `--batch` value that reads the JSON lines from standard input."""


def read_batch(
    source: str, *, stdin: TextIO | None = None
) -> list[tuple[RequestId | None, str]]:
    """(id, text) per JSON line of a file, or of stdin for `-`.

    Blank lines are skipped; a bad one stops the batch with its number.
    """
    lines = _batch_lines(source, stdin).splitlines()
    items: list[tuple[RequestId | None, str]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CallerError(f"Line {number} of the batch is not JSON.") from exc
        items.append(_batch_item(number, row))
    return items


_BOM = "\ufeff"


def _batch_lines(source: str, stdin: TextIO | None) -> str:
    """The whole batch text, from standard input or a UTF-8 file; a byte-order
    mark that spreadsheet and Notepad exports put first is dropped."""
    if source == STDIN:
        try:
            return (stdin or sys.stdin).read().removeprefix(_BOM)
        except UnicodeDecodeError as exc:
            raise CallerError("The batch on stdin is not UTF-8 text.") from exc
    try:
        return Path(source).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CallerError(f"The batch file '{source}' is not UTF-8 text.") from exc
    except OSError as exc:
        raise CallerError(f"Cannot read the batch file '{source}'.") from exc


def _batch_item(number: int, row: object) -> tuple[RequestId | None, str]:
    """(id, text) of one parsed line, or a `CallerError` naming the line."""
    if not isinstance(row, dict):
        raise CallerError(f"Line {number} of the batch is not a JSON object.")
    if not isinstance(row.get("text"), str):
        raise CallerError(f"Line {number} of the batch has no 'text' string.")
    if not row["text"].strip():
        raise CallerError(f"Line {number} of the batch has an empty 'text'.")
    if len(row["text"]) > MAX_TEXT:
        raise CallerError(
            f"Line {number} of the batch has a 'text' over {MAX_TEXT} characters."
        )
    request_id = row.get("id")
    if not _is_request_id(request_id):
        raise CallerError(
            f"Line {number} of the batch has an 'id' that is not a string"
            " or a finite number."
        )
    return (request_id, row["text"])


def _is_request_id(value: object) -> bool:
    """None, a string or a finite number: what `--json` can give back as is.

    JSON true/false are no ids though Python counts bool as int; NaN and
    1e400 (read as infinity) parse, but would come back as ``NaN`` and
    ``Infinity``, which are not JSON.
    """
    if value is None or isinstance(value, str):
        return True
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value)


def run_triage(
    settings: Settings,
    ticket_id: int | None,
    *,
    text: str | None,
    batch: str | None,
    as_json: bool,
    dry_run: bool,
) -> None:
    chosen = [x is not None for x in (ticket_id, text, batch)]
    if sum(chosen) != 1:
        raise CallerError("Give exactly one of TICKET_ID, --text TEXT or --batch FILE.")
    if ticket_id is not None:
        # Odoo's settings are checked before the model and index are built.
        endpoint = OdooEndpoint.from_settings(settings)
        service = build_triage_service(settings, endpoint=endpoint)
        result = service.triage_ticket(ticket_id, dry_run=dry_run)
        _print([result], as_json, False, noun="ticket")
        return
    items = read_batch(batch) if batch is not None else [(None, text or "")]
    if not items:
        source = "stdin" if batch == STDIN else f"'{batch}'"
        print(f"the batch on {source} held no requests", file=sys.stderr)
        return
    service = build_triage_service(settings, use_odoo=False)
    _print(service.triage_texts(items), as_json, batch is not None)


def _print(
    results: list[TriageResult],
    as_json: bool,
    as_lines: bool,
    *,
    noun: str = "request",
) -> None:
    if as_json and as_lines:
        for result in results:
            print(json.dumps(result.as_dict(), ensure_ascii=False, default=str))
        return
    if as_json:
        print_json(results[0].as_dict())
        return
    console = Console()
    for result in results:
        title = noun if result.request_id is None else f"{noun} {result.request_id}"
        console.rule(f"[bold]Triage of {escape(title)}[/]")
        console.print(render_text(result.suggestion), markup=False, highlight=False)
        if result.odoo_activity_id is not None:
            console.print(
                f"[dim]activity mail.activity#{result.odoo_activity_id} "
                f"({result.write_outcome})[/]"
            )
