"""HTTP routes for triage, billing blockers, next actions and redaction preview."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.concurrency import run_in_threadpool

from api.deps import (
    AccountKey,
    AnyKey,
    BlockersDep,
    BlockersKey,
    HelpdeskKey,
    MetricsDep,
    NextActionsDep,
    RedactorDep,
    TriageDep,
)
from api.errors import error_responses
from api.examples import BLOCKERS, NEXT_ACTIONS, TRIAGE, example
from api.params import IdGate, OdooId, PartnerFilter, ProjectFilter
from api.schemas import (
    RedactedEntity,
    RedactionPreview,
    RedactionRequest,
    TriageTextRequest,
)
from copilot.billing import ScanScope

__all__ = ["router"]

router = APIRouter(responses=error_responses(400, 401, 403, 413, 422))


@router.post(
    "/v1/tickets/{ticket_id}/triage",
    tags=["triage"],
    responses={
        **example("The triage suggestion for the ticket.", TRIAGE),
        **error_responses(404, 501, 502, 503),
    },
)
async def triage_ticket(
    ticket_id: OdooId,
    _key: HelpdeskKey,
    service: TriageDep,
    metrics: MetricsDep,
    dry_run: bool = Query(False, description="Write nothing to Odoo."),
) -> dict[str, Any]:
    """Triage an Odoo ticket; unless a dry run, stored and left as a To-Do.

    Roles: helpdesk, admin.
    """
    with metrics.job("triage"):
        result = await run_in_threadpool(
            service.triage_ticket, ticket_id, dry_run=dry_run
        )
    return result.as_dict()


@router.post(
    "/v1/triage",
    tags=["triage"],
    responses={
        **example("The triage suggestion for the text.", TRIAGE),
        **error_responses(502, 503),
    },
)
async def triage_text(
    body: TriageTextRequest, _key: HelpdeskKey, service: TriageDep, metrics: MetricsDep
) -> dict[str, Any]:
    """Triage raw text (nothing is written to Odoo). Roles: helpdesk, admin."""
    with metrics.job("triage_text"):
        # Awaits the runner's own thread; no pool thread is held just to wait.
        result = await service.triage_text(body.text)
    return result.as_dict()


@router.get(
    "/v1/blockers",
    tags=["billing"],
    responses={
        **example("Billing blockers with amounts and evidence.", BLOCKERS),
        **error_responses(404, 501, 502, 503),
    },
)
async def blockers(
    _key: BlockersKey,
    _ids: Annotated[None, Depends(IdGate(query=("project_id", "partner_id")))],
    service: BlockersDep,
    metrics: MetricsDep,
    project_id: ProjectFilter = None,
    partner_id: PartnerFilter = None,
) -> dict[str, Any]:
    """Scan active projects for billing blockers. Roles: account_manager, pm, admin."""
    scope = ScanScope(project_id=project_id, partner_id=partner_id)
    with metrics.job("blockers"):
        result = await run_in_threadpool(service.scan, scope)
    return result.as_dict()


@router.post(
    "/v1/partners/{partner_id}/next-actions",
    tags=["billing"],
    responses={
        **example("Ranked actions for the client.", NEXT_ACTIONS),
        **error_responses(404, 501, 502, 503),
    },
)
async def next_actions(
    partner_id: OdooId,
    _key: AccountKey,
    _ids: Annotated[None, Depends(IdGate(path=("partner_id",)))],
    service: NextActionsDep,
    metrics: MetricsDep,
    dry_run: bool = Query(False, description="Write nothing to Odoo."),
) -> dict[str, Any]:
    """Up to five ranked actions for a client. Roles: account_manager, admin."""
    with metrics.job("next_actions"):
        result = await run_in_threadpool(service.advise, partner_id, dry_run=dry_run)
    return result.as_dict()


@router.post("/v1/redaction/preview", tags=["redaction"])
async def redaction_preview(
    body: RedactionRequest, _key: AnyKey, redactor: RedactorDep
) -> RedactionPreview:
    """Show what the copilot would mask in a text. Any role."""

    def run() -> RedactionPreview:
        result = redactor.scope("api-preview").redact(body.text)
        return RedactionPreview(
            text=result.text,
            entities=[
                RedactedEntity(type=s.entity_type, start=s.start, end=s.end)
                for s in result.entities
            ],
        )

    return await run_in_threadpool(run)
