"""The composition root: builds services from settings. Used by the CLI and API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from copilot.audit import AuditSink, JsonlAuditLog
from copilot.briefing import BriefingService, LlmNarrator
from copilot.briefing.model import Narrator
from copilot.chat_model import OpenAICompatibleChatModel
from copilot.deny_list import deny_list_entries
from copilot.facts import HealthThresholds
from copilot.odoo import (
    AdvisoryWriter,
    OdooConnection,
    OdooEndpoint,
    OdooReader,
    connect,
)
from copilot.settings import Settings
from redaction import Redactor, build_redactor, html_to_text

__all__ = ["CopilotServices", "build_services"]


@dataclass
class CopilotServices:
    connection: OdooConnection
    reader: OdooReader
    writer: AdvisoryWriter
    redactor: Redactor
    briefing: BriefingService
    audit: AuditSink


def build_services(
    settings: Settings,
    *,
    endpoint: OdooEndpoint | None = None,
    today: date | None = None,
    audit: AuditSink | None = None,
    redactor: Redactor | None = None,
    narrator: Narrator | None = None,
) -> CopilotServices:
    """Connect to Odoo and wire every service for one process."""
    connection = connect(
        endpoint or OdooEndpoint.from_settings(settings),
        timeout_s=settings.odoo_timeout_s,
    )
    reader = OdooReader(connection, html_to_text, db=connection.endpoint.db)
    reader.require_project_app()
    if redactor is None:
        redactor = build_redactor(
            deny_list_entries(reader.people()), use_ner=settings.use_ner
        )
    writer = AdvisoryWriter(connection)
    audit = audit or JsonlAuditLog(settings.data_dir / "audit.jsonl")
    llm = LlmNarrator(OpenAICompatibleChatModel(settings)) if settings.has_llm else None
    briefing = BriefingService(
        reader,
        writer,
        redactor,
        audit,
        thresholds=HealthThresholds.from_settings(settings),
        today=(lambda: today) if today else date.today,
        llm=llm,
        narrator=narrator,
        fallback_user_id=settings.default_assignee_id,
        deadline_days=settings.activity_deadline_days,
    )
    return CopilotServices(connection, reader, writer, redactor, briefing, audit)
