"""HTTP routes: thin handlers over the same services as the CLI."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from api.deps import BriefingDep

__all__ = ["router"]

router = APIRouter()


@router.get("/healthz", tags=["operations"])
def healthz() -> dict[str, str]:
    """Liveness: the process answers. Does not contact Odoo."""
    return {"status": "ok"}


@router.post("/v1/projects/{project_id}/briefing", tags=["briefings"])
async def brief_project(
    project_id: int,
    service: BriefingDep,
    dry_run: bool = Query(False, description="Write nothing to Odoo."),
) -> dict[str, Any]:
    """Status briefing of one project; unless a dry run, left as an Odoo activity."""
    result = await run_in_threadpool(service.brief, project_id, dry_run=dry_run)
    return result.as_dict()
