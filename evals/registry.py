"""The evaluation suites `copilot eval SUITE` can run, imported only when asked."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

from copilot.errors import CallerError

__all__ = ["SUITES", "load_suite"]

# suite name -> "module:function"; the function takes no arguments and returns
# a JSON-serialisable report with a plain-text `summary` line list.
SUITES: Mapping[str, str] = {
    "redaction": "evals.redaction.run:run_suite",
    "triage": "evals.triage.run:run_suite",
    "billing": "evals.billing.run:run_suite",
    "briefing": "evals.briefing.run:run_suite",
}


def load_suite(name: str) -> Callable[[], Mapping[str, Any]]:
    """The runner of suite `name`, or a caller error listing the suites."""
    target = SUITES.get(name)
    if target is None:
        raise CallerError(
            f"Unknown eval suite '{name}'; choose one of {', '.join(SUITES)}."
        )
    module_name, function = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            raise CallerError(f"Eval suite '{name}' is not available yet.") from exc
        raise
    runner: Callable[[], Mapping[str, Any]] = getattr(module, function)
    return runner
