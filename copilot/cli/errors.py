"""Run a CLI command body, turning product errors into one line and an exit code."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from typing import TypeVar

import typer
from pydantic import ValidationError
from pydantic_settings import SettingsError

from copilot.errors import CopilotError

__all__ = ["guarded"]

T = TypeVar("T")
logger = logging.getLogger(__name__)
_SETTINGS_FIELD = re.compile(r'field "(\w+)"')


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
    except SettingsError as exc:
        field = _SETTINGS_FIELD.search(str(exc))
        name = f"COPILOT_{field.group(1).upper()}" if field else "a COPILOT_ setting"
        typer.echo(f"error: invalid setting: {name} could not be parsed.", err=True)
        raise typer.Exit(3) from None
    except UnicodeDecodeError:
        typer.echo(
            "error: input is not UTF-8 text (check the .env file and any input file).",
            err=True,
        )
        raise typer.Exit(2) from None
    except OverflowError:
        typer.echo("error: a number is out of range.", err=True)
        raise typer.Exit(2) from None
    except BrokenPipeError:
        # The reader went away (`... | head`): nothing left to say.
        sys.stderr.close()
        raise typer.Exit(0) from None
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
