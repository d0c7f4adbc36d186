"""HTTP routes for health and the briefing job: thin handlers over services."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.concurrency import run_in_threadpool

from api.deps import BriefingDep, MetricsDep, PmKey
from api.errors import error_responses
from api.examples import BRIEFING, example
from api.params import IdGate, OdooId

__all__ = ["router"]

router = APIRouter()


@router.get("/healthz", tags=["operations"])
def healthz() -> dict[str, str]:
    """Liveness: the process answers. Does not contact Odoo; needs no key."""
    return {"status": "ok"}


@router.post(
    "/v1/projects/{project_id}/briefing",
    tags=["briefings"],
    responses={
        **example("The briefing and its write-back outcome.", BRIEFING),
        **error_responses(400, 401, 403, 404, 413, 422, 501, 502, 503),
    },
)
async def brief_project(
    project_id: OdooId,
    _key: PmKey,
    _ids: Annotated[None, Depends(IdGate(path=("project_id",)))],
    service: BriefingDep,
    metrics: MetricsDep,
    dry_run: bool = Query(False, description="Write nothing to Odoo."),
) -> dict[str, Any]:
    """Status briefing of one project; unless a dry run, stored and left in Odoo.

    Roles: pm, admin.
    """
    with metrics.job("briefing"):
        result = await run_in_threadpool(service.brief, project_id, dry_run=dry_run)
    return result.as_dict()
