"""Stored webhook jobs: their state, attempts, reason and input (kind, record)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from api.deps import AdminKey, StoreDep
from api.errors import error_responses
from api.params import StoreId
from api.schemas import JobPublic
from copilot.store import find_jobs, read_job

__all__ = ["router"]

router = APIRouter(
    prefix="/v1/jobs",
    tags=["operations"],
    responses=error_responses(400, 401, 403, 422),
)

JobState = Literal["queued", "running", "done", "failed", "dead"]


@router.get("")
async def list_jobs(
    _key: AdminKey,
    store: StoreDep,
    state: Annotated[JobState | None, Query(description="Only this state.")] = None,
    limit: int = Query(100, ge=1, le=1000),
) -> list[JobPublic]:
    """Webhook jobs, newest first; `dead` ones stopped on every attempt. Admin."""
    found = await run_in_threadpool(find_jobs, store, state=state, limit=limit)
    return [JobPublic.model_validate(job.as_dict()) for job in found]


@router.get("/{job_id}", responses=error_responses(404))
async def show_job(job_id: StoreId, _key: AdminKey, store: StoreDep) -> JobPublic:
    """One webhook job: its state, attempts, reason and the record it is for."""
    job = await run_in_threadpool(read_job, store, job_id)
    return JobPublic.model_validate(job.as_dict())
