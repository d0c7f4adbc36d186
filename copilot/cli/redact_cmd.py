"""Body of `copilot redact`: stdin to stdout, redacted, with entity offsets."""

from __future__ import annotations

import sys
from typing import TextIO

from copilot.cli.output import print_json
from copilot.errors import CallerError
from copilot.settings import Settings

__all__ = ["MAX_CHARS", "run_redact"]

MAX_CHARS = 10_000_000
"""The longest input `copilot redact` takes (it is held in memory whole)."""
_NOTICE_CHARS = 200_000


def run_redact(
    settings: Settings, *, as_json: bool, stdin: TextIO | None = None
) -> None:
    """Redact all of stdin in one scope; print the text or a JSON report.

    Entity offsets index the input as read (code points), so a script can
    find each masked value in its own copy of the text.
    """
    from redaction import build_redactor

    source = stdin or sys.stdin
    if source is None:  # started with stdin closed
        raise CallerError("stdin is closed; pipe the text to redact into it")
    try:
        text = source.read(MAX_CHARS + 1)
    except UnicodeDecodeError as exc:
        raise CallerError("stdin is not UTF-8 text") from exc
    if len(text) > MAX_CHARS:
        raise CallerError(
            f"stdin is longer than {MAX_CHARS:,} characters; "
            "split it and redact the parts one by one"
        )
    if len(text) > _NOTICE_CHARS:
        # About 20 to 50 KB a second on two cores with name recognition.
        print(
            f"redacting {len(text):,} characters; this can take a minute or more",
            file=sys.stderr,
            flush=True,
        )
    redactor = build_redactor(
        (),
        use_ner=settings.use_ner,
        min_score=settings.redaction_min_score,
        confidential_patterns=settings.redaction_confidential_patterns,
    )
    result = redactor.scope("cli-redact").redact(text)
    if not as_json:
        sys.stdout.write(result.text)
        return
    print_json(
        {
            "text": result.text,
            "entities": [
                {
                    "type": span.entity_type,
                    "start": span.start,
                    "end": span.end,
                    "score": round(span.score, 2),
                }
                for span in result.entities
            ],
        }
    )
