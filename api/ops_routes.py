"""Readiness and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST

from api.deps import AdminKey, MetricsDep, SettingsDep, open_store
from api.errors import error_responses
from copilot.errors import CopilotError
from copilot.model_probe import probe_model
from copilot.settings import Settings

__all__ = ["router"]

router = APIRouter(tags=["operations"])


def _check_odoo(settings: Settings) -> str:
    from copilot.odoo import OdooEndpoint, connect

    try:
        connect(OdooEndpoint.from_settings(settings), timeout_s=5)
    except CopilotError as exc:
        return f"down: {type(exc).__name__}"
    return "ok"


def _check_store(request: Request) -> str:
    from sqlalchemy import text

    try:
        with open_store(request).engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error means "not ready"
        return f"down: {type(exc).__name__}"
    return "ok"


def _check_queue(settings: Settings) -> str | None:
    """`ok` or `unreachable: <error class>`; None without a task queue.

    A queue that is down leaves the service ready: webhooks are still
    stored and run by the next wake-up or `copilot schedule run-due`.
    """
    if settings.queue_url is None:
        return None
    try:
        from copilot.queueing import redis_for

        redis_for(settings).ping()
    except Exception as exc:  # any client or connection error: not usable
        return f"unreachable: {type(exc).__name__}"
    return "ok"


@router.get(
    "/readyz",
    responses={
        200: {
            "description": "Ready",
            "content": {
                "application/json": {
                    "example": {
                        "status": "ready",
                        "checks": {"odoo": "ok", "store": "ok", "model": "offline"},
                    }
                }
            },
        },
        503: {"description": "Odoo or the store is down (same body, not_ready)"},
    },
)
async def readyz(request: Request, settings: SettingsDep) -> JSONResponse:
    """Readiness: Odoo signs in, the store answers, the model endpoint answers.

    Needs no key (probes); reports only the error class of a failure. The
    model is `offline` (none configured), `ok`, or `unreachable: ...`; an
    unreachable model does not make the service unready, because every job
    falls back to the offline narrator. With a task queue configured,
    `queue` says whether Redis answers (also without making it unready).
    """
    checks = {
        "odoo": await run_in_threadpool(_check_odoo, settings),
        "store": await run_in_threadpool(_check_store, request),
        "model": await probe_model(settings),
    }
    queue = await run_in_threadpool(_check_queue, settings)
    if queue is not None:
        checks["queue"] = queue
    ready = not any(value.startswith("down") for value in checks.values())
    return JSONResponse(
        status_code=200 if ready else 503,
        content={"status": "ready" if ready else "not_ready", "checks": checks},
    )


@router.get(
    "/metrics",
    response_class=Response,
    responses={
        200: {
            "description": "Prometheus text format",
            "content": {CONTENT_TYPE_LATEST: {"example": "copilot_outbox_backlog 0.0"}},
        },
        **error_responses(401, 403),
    },
)
async def metrics(_key: AdminKey, service_metrics: MetricsDep) -> Response:
    """Operations metrics (Prometheus). Role: admin."""
    body = await run_in_threadpool(service_metrics.render)
    return Response(content=body, media_type=CONTENT_TYPE_LATEST)
