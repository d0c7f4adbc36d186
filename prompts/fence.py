"""Keep quoted record text inside the `<data>` fence it is quoted in."""

from __future__ import annotations

import re

__all__ = ["fence"]

# Models read '</DATA>', '</data >' or '< /data>' as the fence's end too, so
# every spelling is escaped, the way HTML would show it as text.
_CLOSE = re.compile(r"<\s*/\s*data\s*>", re.IGNORECASE)
_OPEN = re.compile(r"<\s*data\s*>", re.IGNORECASE)


def fence(text: str) -> str:
    """`text` with every spelling of the fence's tags broken up."""
    return _OPEN.sub("&lt;data&gt;", _CLOSE.sub("&lt;/data&gt;", text))
