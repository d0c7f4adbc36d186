"""The triage advice as an Odoo activity note (HTML) and as terminal text."""

from __future__ import annotations

import html

from copilot.triage.model import Scored, TriageSuggestion

__all__ = ["render_note", "render_text"]

PRIORITY_WORDS = {"0": "low", "1": "medium", "2": "high", "3": "urgent"}


def _line(label: str, scored: Scored) -> str:
    value = scored.value if scored.value is not None else "no suggestion"
    if label == "priority" and scored.value in PRIORITY_WORDS:
        value = f"{scored.value} {PRIORITY_WORDS[scored.value]}"
    flag = " - unsure" if scored.is_unsure else ""
    return f"{label}: {value} ({scored.confidence:.0%}{flag}, {scored.source})"


def _caution(s: TriageSuggestion) -> str:
    cue = (s.injection_cue or "").replace("_", " ")
    return (
        f"Caution: the request reads like instructions to the copilot ({cue}); "
        "it was treated as data and nothing was done on its behalf."
    )


def _lines(s: TriageSuggestion) -> list[str]:
    return [
        _line("category", s.category),
        _line("priority", s.priority),
        _line("team", s.team),
        _line("assignee (user id)", s.assignee),
        _line("sentiment", s.sentiment),
        _line("language", s.language),
    ]


def render_text(s: TriageSuggestion) -> str:
    """Plain text for the terminal; similar tickets with their resolution."""
    out = _lines(s)
    if s.injection_cue:
        out.insert(0, _caution(s))
    out.append(f"history: {s.history_size} closed tickets indexed")
    for t in s.similar:
        where = "same client" if t.is_same_client else "other client"
        out.append(f"similar #{t.ticket_id} ({t.score:.2f}, {where}): {t.resolution}")
    return "\n".join(out)


def render_note(s: TriageSuggestion) -> str:
    """HTML for the activity: suggestion, evidence and similar tickets."""
    items = "".join(f"<li>{html.escape(x)}</li>" for x in _lines(s))
    parts = [
        "<p>Triage suggestion (the copilot suggests; you decide). "
        "Nothing on the ticket was changed.</p>",
        f"<ul>{items}</ul>",
    ]
    if s.injection_cue:
        parts.insert(1, f"<p><b>{html.escape(_caution(s))}</b></p>")
    if s.similar:
        rows = []
        for t in s.similar:
            name = html.escape(f"#{t.ticket_id}")
            link = f'<a href="{html.escape(t.url)}">{name}</a>' if t.url else name
            rows.append(
                f"<li>{link} (similarity {t.score:.2f}, "
                f"{'same client' if t.is_same_client else 'other client'}): "
                f"{html.escape(t.resolution)}</li>"
            )
        parts.append(f"<p>Similar past tickets:</p><ul>{''.join(rows)}</ul>")
    return "".join(parts)
