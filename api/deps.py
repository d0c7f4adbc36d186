"""Dependency aliases: handlers receive services and the caller's key.

Services are built on first use and kept for the process; tests override
the `get_*` functions, not internals.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool

from api.auth import key_for_roles
from api.jobs import InProcessJobQueue, JobQueue
from api.metrics import MeteredAuditSink, ServiceMetrics
from copilot.audit import AuditSink, JsonlAuditLog
from copilot.billing import BillingScanService, NextActionsService
from copilot.briefing import BriefingService
from copilot.settings import Settings
from copilot.store import ApiKey, ApiKeyRegistry, JobBook, Role, SuggestionStore
from copilot.triage import TriageService
from redaction import Redactor

__all__ = [
    "AccountKey",
    "AdminKey",
    "AnyKey",
    "BlockersDep",
    "BlockersKey",
    "BriefingDep",
    "HelpdeskKey",
    "JobQueueDep",
    "MetricsDep",
    "NextActionsDep",
    "PmKey",
    "RedactorDep",
    "SettingsDep",
    "StoreDep",
    "TriageDep",
    "get_billing_services",
    "get_briefing_service",
    "get_job_queue",
    "get_key_registry",
    "get_redactor",
    "get_store",
    "get_triage_service",
    "open_store",
]

_lock = threading.RLock()
T = TypeVar("T")


def _once(request: Request, name: str, build: Callable[[], T]) -> T:
    state = request.app.state
    with _lock:
        if getattr(state, name, None) is None:
            setattr(state, name, build())
        value: T = getattr(state, name)
    return value


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_settings(request: Request) -> Settings:
    return _settings(request)


def _metrics(request: Request) -> ServiceMetrics:
    metrics: ServiceMetrics = request.app.state.metrics
    return metrics


async def get_metrics(request: Request) -> ServiceMetrics:
    return _metrics(request)


def open_store(request: Request) -> SuggestionStore:
    """The process's store, opened (and its tables created) on first use."""
    from copilot.wiring import build_store

    return _once(request, "store", lambda: build_store(_settings(request)))


def get_key_registry(request: Request) -> ApiKeyRegistry:
    return ApiKeyRegistry(open_store(request))


def _audit(request: Request) -> AuditSink:
    settings = _settings(request)
    trail = JsonlAuditLog(settings.data_dir / "audit.jsonl")
    trail.check_writable()
    return MeteredAuditSink(trail, _metrics(request))


def _briefing(request: Request) -> BriefingService:
    from copilot.wiring import build_services

    def build() -> Any:
        return build_services(
            _settings(request), audit=_audit(request), store=open_store(request)
        )

    service: BriefingService = _once(request, "services", build).briefing
    return service


def _triage(request: Request) -> TriageService:
    from copilot.wiring import build_triage_service

    def build() -> TriageService:
        return build_triage_service(
            _settings(request), audit=_audit(request), store=open_store(request)
        )

    return _once(request, "triage", build)


def _billing(request: Request) -> Any:
    from copilot.wiring import build_billing_services

    def build() -> Any:
        return build_billing_services(
            _settings(request), audit=_audit(request), store=open_store(request)
        )

    return _once(request, "billing", build)


async def _offload(request: Request, name: str, build: Callable[[Request], T]) -> T:
    """Built already: return it on the event loop; else build on a thread."""
    if getattr(request.app.state, name, None) is not None:
        return build(request)
    return await run_in_threadpool(build, request)


async def get_store(request: Request) -> SuggestionStore:
    return await _offload(request, "store", open_store)


async def get_briefing_service(request: Request) -> BriefingService:
    """Connect to Odoo on first use and keep the services for the process."""
    return await _offload(request, "services", _briefing)


async def get_triage_service(request: Request) -> TriageService:
    return await _offload(request, "triage", _triage)


async def get_billing_services(request: Request) -> Any:
    return await _offload(request, "billing", _billing)


async def get_redactor(request: Request) -> Redactor:
    """A redactor without Odoo's deny-list: the preview needs no Odoo."""
    return await _offload(request, "redactor", _redactor)


async def get_job_queue(request: Request) -> JobQueue:
    """Webhook jobs run in this process; services are built when a job runs."""
    return await _offload(request, "job_queue", _job_queue)


async def get_blockers_service(
    billing: Annotated[Any, Depends(get_billing_services)],
) -> BillingScanService:
    service: BillingScanService = billing.scan
    return service


async def get_next_actions_service(
    billing: Annotated[Any, Depends(get_billing_services)],
) -> NextActionsService:
    service: NextActionsService = billing.next_actions
    return service


def _redactor(request: Request) -> Redactor:
    from copilot.wiring import redactor_for

    return _once(request, "redactor", lambda: redactor_for(_settings(request), ()))


def _job_queue(request: Request) -> JobQueue:

    def build() -> JobQueue:
        return InProcessJobQueue(
            JobBook(open_store(request)),
            {
                "triage": lambda tid: _triage(request).triage_ticket(tid),
                "briefing": lambda pid: _briefing(request).brief(pid),
            },
            _metrics(request),
        )

    return _once(request, "job_queue", build)


def _key(*roles: Role) -> Callable[[Request], Awaitable[ApiKey]]:
    return key_for_roles(roles, get_key_registry)


SettingsDep = Annotated[Settings, Depends(get_settings)]
MetricsDep = Annotated[ServiceMetrics, Depends(get_metrics)]
StoreDep = Annotated[SuggestionStore, Depends(get_store)]
BriefingDep = Annotated[BriefingService, Depends(get_briefing_service)]
TriageDep = Annotated[TriageService, Depends(get_triage_service)]
BlockersDep = Annotated[BillingScanService, Depends(get_blockers_service)]
NextActionsDep = Annotated[NextActionsService, Depends(get_next_actions_service)]
RedactorDep = Annotated[Redactor, Depends(get_redactor)]
JobQueueDep = Annotated[JobQueue, Depends(get_job_queue)]

AnyKey = Annotated[ApiKey, Depends(_key(*Role))]
PmKey = Annotated[ApiKey, Depends(_key(Role.PM))]
HelpdeskKey = Annotated[ApiKey, Depends(_key(Role.HELPDESK))]
AccountKey = Annotated[ApiKey, Depends(_key(Role.ACCOUNT_MANAGER))]
BlockersKey = Annotated[ApiKey, Depends(_key(Role.ACCOUNT_MANAGER, Role.PM))]
AdminKey = Annotated[ApiKey, Depends(_key())]
