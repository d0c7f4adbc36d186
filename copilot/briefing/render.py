"""Render a finished briefing as Odoo activity HTML and as plain text."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from copilot.briefing.model import Briefing, DraftItem

__all__ = ["render_activity_note", "render_text"]

_STATUS_LABEL = {
    "on_track": "On track",
    "at_risk": "At risk",
    "off_track": "Off track",
}


def _citations(briefing: Briefing, item: DraftItem) -> list[str]:
    labels: list[str] = []
    for fid, fact in zip(briefing.fact_ids, briefing.facts, strict=True):
        if fid in item.fact_ids:
            labels.extend(ref.label() for ref in fact.evidence)
    return labels


def render_activity_note(briefing: Briefing) -> str:
    """HTML for the activity note; every sentence ends with its Odoo sources."""
    parts = [
        f"<p><b>{escape(_STATUS_LABEL[briefing.status.value])}</b>: "
        f"{escape(briefing.headline)}</p>",
        "<p><i>Suggested by the copilot; please review, then mark done or cancel."
        "</i></p>",
    ]
    if briefing.injection_flags:
        parts.append(f"<p><b>Caution</b>: {escape(_injection_warning(briefing))}</p>")
    for title, entries in (
        ("Risks", briefing.risks),
        ("Blockers", briefing.blockers),
        ("Next steps", briefing.next_steps),
    ):
        if entries:
            parts.append(f"<p><b>{title}</b></p>")
            parts.append(_html_list(briefing, entries))
    return "".join(parts)


def _injection_warning(briefing: Briefing) -> str:
    labels = ", ".join(flag.label() for flag in briefing.injection_flags[:6])
    return (
        "text in these records reads like instructions to the copilot; it was "
        f"treated as data and nothing was done on its behalf: {labels}."
    )


def _html_list(briefing: Briefing, entries: Sequence[DraftItem]) -> str:
    rows = []
    for item in entries:
        sources = ", ".join(_citations(briefing, item)[:6])
        rows.append(f"<li>{escape(item.text)} <small>[{escape(sources)}]</small></li>")
    return "<ul>" + "".join(rows) + "</ul>"


def render_text(briefing: Briefing) -> str:
    """Plain text for terminals and logs-free output."""
    lines = [
        f"{briefing.project_name} (project.project#{briefing.project_id})",
        f"Status: {_STATUS_LABEL[briefing.status.value]}",
        briefing.headline,
    ]
    if briefing.injection_flags:
        lines.append(f"Caution: {_injection_warning(briefing)}")
    for title, entries in (
        ("Risks", briefing.risks),
        ("Blockers", briefing.blockers),
        ("Next steps", briefing.next_steps),
    ):
        if entries:
            lines.append(f"{title}:")
            for item in entries:
                sources = ", ".join(_citations(briefing, item)[:4])
                lines.append(f"  - {item.text} [{sources}]")
    return "\n".join(lines)
