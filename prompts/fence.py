"""Keep record text where the prompt quotes it: inside the `<data>` fence, or
on the one line a label is given."""

from __future__ import annotations

import re

__all__ = ["fence", "one_line"]

# Models read '</DATA>', '</data >' or '< /data>' as the fence's end too, so
# every spelling is escaped, the way HTML would show it as text.
_CLOSE = re.compile(r"<\s*/\s*data\s*>", re.IGNORECASE)
_OPEN = re.compile(r"<\s*data\s*>", re.IGNORECASE)


def fence(text: str) -> str:
    """`text` with every spelling of the fence's tags broken up."""
    return _OPEN.sub("&lt;data&gt;", _CLOSE.sub("&lt;/data&gt;", text))


def one_line(text: str) -> str:
    """`text` on one line, fence tags broken up: a name quoted outside the
    fence (a project's, a category's) cannot start a line of its own."""
    return fence(" ".join(text.split()))
