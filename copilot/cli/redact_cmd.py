"""Body of `copilot redact`: stdin to stdout, redacted, with entity offsets."""

from __future__ import annotations

import sys
from typing import TextIO

from copilot.cli.output import print_json
from copilot.errors import CallerError
from copilot.settings import Settings

__all__ = ["run_redact"]


def run_redact(
    settings: Settings, *, as_json: bool, stdin: TextIO | None = None
) -> None:
    """Redact all of stdin in one scope; print the text or a JSON report.

    Entity offsets index the input as read (code points), so a script can
    find each masked value in its own copy of the text.
    """
    from redaction import build_redactor

    source = stdin or sys.stdin
    try:
        text = source.read()
    except UnicodeDecodeError as exc:
        raise CallerError("stdin is not UTF-8 text") from exc
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
