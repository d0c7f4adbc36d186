"""Run a CLI command body, turning product errors into one line and an exit code."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TypeVar

import typer
from pydantic import ValidationError

from copilot.errors import CopilotError

__all__ = ["guarded"]

T = TypeVar("T")
logger = logging.getLogger(__name__)


def guarded(body: Callable[[], T]) -> T:
    """Call `body`; a user-facing error prints `error: ...` and exits non-zero."""
    try:
        return body()
    except CopilotError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    except ValidationError as exc:
        problems = "; ".join(
            f"COPILOT_{str(err['loc'][0]).upper()} "
            + err["msg"].removeprefix("Value error, ")
            for err in exc.errors()
            if err["loc"]
        )
        typer.echo(f"error: invalid setting: {problems}.", err=True)
        raise typer.Exit(3) from None
    except UnicodeDecodeError:
        typer.echo("error: the .env file is not UTF-8 text.", err=True)
        raise typer.Exit(3) from None
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None
    except Exception as exc:  # the edge: log once, show no stack trace
        logger.debug("unexpected failure", exc_info=True)
        typer.echo(
            f"error: unexpected {type(exc).__name__}; "
            "rerun as `copilot --verbose ...` for details.",
            err=True,
        )
        if "--verbose" in sys.argv:
            raise
        raise typer.Exit(1) from None
