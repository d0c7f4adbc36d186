"""Name the COPILOT_* environment variables that are not settings.

Pydantic ignores unknown variables, so a misspelled one (COPILOT_ODOO_TIMOUT_S)
would silently leave the default in force. Values are never read or shown.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from copilot.settings import Settings

__all__ = ["unknown_setting_warnings"]

_PREFIX = "COPILOT_"


def unknown_setting_warnings(environ: Mapping[str, str]) -> list[str]:
    """One warning per COPILOT_ variable no setting reads, with the closest name."""
    known = _setting_names(Settings.model_fields)
    warnings = []
    for name in sorted(environ):
        if not name.startswith(_PREFIX) or name in known:
            continue
        close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.8)
        hint = f"; did you mean {close[0]}?" if close else ""
        warnings.append(f"{name} is not a setting and is ignored{hint}")
    return warnings


def _setting_names(fields: Iterable[str]) -> frozenset[str]:
    return frozenset(_PREFIX + field.upper() for field in fields)
