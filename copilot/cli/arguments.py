"""Command-line arguments shared by commands: ids of stored rows and Odoo records."""

from __future__ import annotations

import re
from typing import Any

import typer
from typer.core import TyperCommand, TyperOption

__all__ = ["IdArgumentCommand", "odoo_id", "store_id"]

# No option of ours starts with a digit, so '-1', '-0', '-1.5' or '-.5' in
# an argument's place can only be a (bad) id, as argparse reads them too.
_NEGATIVE_NUMBER = re.compile(r"-\.?\d")


def store_id(value: str) -> int:
    """Parse an id argument; a malformed one is the parser's usage error."""
    from copilot.store import parse_id  # the store loads only when a command runs

    try:
        return parse_id(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


# Odoo's ids are PostgreSQL serial columns, 32 bits as the store's are: one
# rule, so 0, -1 or 2147483648 never reaches Odoo.
odoo_id = store_id


class IdArgumentCommand(TyperCommand):
    """A command whose id argument may be written as a negative number.

    click reads every token that starts with '-' as an option, so `brief -1`
    was "No such option: -1". Here such a token in an argument's place is
    passed to the arguments (after '--', order kept), where the id rule
    refuses it; options and their values are parsed as before.
    """

    # Any: the base class takes the click Context that typer vendors and
    # does not export.
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, _negatives_as_arguments(self, ctx, args))


def _negatives_as_arguments(
    command: TyperCommand, ctx: Any, args: list[str]
) -> list[str]:
    if not any(_NEGATIVE_NUMBER.match(arg) for arg in args):
        return args
    takes_value = {
        name
        for param in command.get_params(ctx)
        if isinstance(param, TyperOption) and not (param.is_flag or param.count)
        for name in (*param.opts, *param.secondary_opts)
    }
    options: list[str] = []
    arguments: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg == "--":
            arguments.extend(rest)
        elif arg.startswith("-") and arg != "-" and not _NEGATIVE_NUMBER.match(arg):
            options.append(arg)
            value = next(rest, None) if arg in takes_value else None
            if value is not None:  # an option's value, whatever it looks like
                options.append(value)
        else:
            arguments.append(arg)
    return [*options, "--", *arguments]
