"""Dependency aliases: handlers receive services and the caller's key.

Services are built on first use and kept for the process. They share one
Odoo session and one deny-list redactor (`SharedOdoo`); a service is
rebuilt, cheaply, when the deny-list is re-read. Tests override the
`get_*` functions, not internals.
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
from copilot.shared_odoo import SharedOdoo
from copilot.store import ApiKey, ApiKeyRegistry, Role, SuggestionStore
from copilot.triage import TriageClassifier, TriageRunner, TriageService
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
    "ReasonRedactorDep",
    "RedactorDep",
    "SettingsDep",
    "StoreDep",
    "TriageDep",
    "admin_key",
    "get_billing_services",
    "get_briefing_service",
    "get_job_queue",
    "get_key_registry",
    "get_reason_redactor",
    "get_redactor",
    "get_store",
    "get_triage_service",
    "open_store",
]

_lock = threading.RLock()
T = TypeVar("T")


def _once(request: Request, name: str, build: Callable[[], T]) -> T:
    state = request.app.state
    value: T | None = getattr(state, name, None)
    if value is None:
        with _lock:
            if getattr(state, name, None) is None:
                setattr(state, name, build())
            value = getattr(state, name)
    assert value is not None
    return value


def _for_key(request: Request, name: str, key: object, build: Callable[[], T]) -> T:
    """The value built for `key` (a redactor); rebuilt once `key` changes."""
    state = request.app.state
    held: tuple[object, T] | None = getattr(state, name, None)
    if held is None or held[0] is not key:
        with _lock:
            held = getattr(state, name, None)
            if held is None or held[0] is not key:
                held = (key, build())
                setattr(state, name, held)
    return held[1]


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
    trail = JsonlAuditLog(settings.audit_path)
    trail.check_writable()
    return MeteredAuditSink(trail, _metrics(request))


def _odoo(request: Request) -> SharedOdoo:
    """The process's Odoo session and deny-list; nothing connects until used."""
    return _once(request, "odoo", lambda: SharedOdoo(_settings(request)))


def _has_odoo(request: Request) -> bool:
    return _settings(request).odoo_url is not None


def _briefing(request: Request) -> BriefingService:
    from copilot.wiring import build_services

    odoo = _odoo(request)
    redactor = odoo.redactor()

    def build() -> Any:
        return build_services(
            _settings(request),
            audit=_audit(request),
            store=open_store(request),
            connection=odoo.connection(),
            redactor=redactor,
        )

    service: BriefingService = _for_key(request, "briefing", redactor, build).briefing
    return service


def _classifier(request: Request) -> TriageClassifier:
    """The model and ticket index, kept for the process whatever the deny-list."""
    from copilot.wiring import build_triage_classifier

    settings = _settings(request)
    return _once(
        request, "triage_classifier", lambda: build_triage_classifier(settings)
    )


def _triage(request: Request) -> TriageService:
    from copilot.wiring import build_triage_service

    odoo = _odoo(request) if _has_odoo(request) else None
    redactor = odoo.redactor() if odoo else _redactor(request)

    def build() -> TriageService:
        return build_triage_service(
            _settings(request),
            audit=_audit(request),
            store=open_store(request),
            connection=odoo.connection() if odoo else None,
            use_odoo=odoo is not None,
            redactor=redactor,
            classifier=_classifier(request),
        )

    return _for_key(request, "triage", redactor, build)


def _triage_runner(request: Request) -> TriageRunner:
    return _once(
        request, "triage_runner", lambda: TriageRunner(lambda: _triage(request))
    )


def _billing(request: Request) -> Any:
    from copilot.wiring import build_billing_services

    settings = _settings(request)
    odoo = _odoo(request)
    # Offline advice sends nothing anywhere: no deny-list is read for it.
    redactor = odoo.redactor() if settings.has_llm else None

    def build() -> Any:
        return build_billing_services(
            settings,
            audit=_audit(request),
            store=open_store(request),
            connection=odoo.connection(),
            redactor=redactor,
        )

    return _for_key(request, "billing", redactor, build)


async def _offload(request: Request, name: str, build: Callable[[Request], T]) -> T:
    """Built already: return it on the event loop; else build on a thread.

    A service built already is only rebuilt around a new deny-list (read
    in the background): that rebuild calls neither Odoo nor a model.
    """
    if getattr(request.app.state, name, None) is not None:
        return build(request)
    return await run_in_threadpool(build, request)


async def get_store(request: Request) -> SuggestionStore:
    return await _offload(request, "store", open_store)


async def get_briefing_service(request: Request) -> BriefingService:
    """Connect to Odoo on first use and keep the services for the process."""
    return await _offload(request, "briefing", _briefing)


async def get_triage_service(request: Request) -> TriageRunner:
    """Text triage runs on one worker thread, in batches (see `TriageRunner`)."""
    return await _offload(request, "triage_runner", _triage_runner)


async def get_billing_services(request: Request) -> Any:
    return await _offload(request, "billing", _billing)


async def get_redactor(request: Request) -> Redactor:
    """A redactor without Odoo's deny-list: the preview needs no Odoo."""
    return await _offload(request, "redactor", _redactor)


async def get_reason_redactor(request: Request) -> Redactor:
    """Masks reject reasons; Odoo's people are on its deny-list when configured.

    On a thread: the first use reads the deny-list from Odoo, and an Odoo
    that is configured but down refuses the reason rather than keep it.
    """
    return await run_in_threadpool(_reason_redactor, request)


async def get_job_queue(request: Request) -> JobQueue:
    """Webhook jobs run in this process, or by workers when a queue is set."""
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


def _reason_redactor(request: Request) -> Redactor:
    return _odoo(request).redactor() if _has_odoo(request) else _redactor(request)


def _job_queue(request: Request) -> JobQueue:

    def build() -> JobQueue:
        from copilot.wiring import build_job_book

        book = build_job_book(_settings(request), open_store(request))
        if _settings(request).queue_url is not None:
            from copilot.queueing import redis_job_queue  # the `queue` extra

            return redis_job_queue(_settings(request), book)
        return InProcessJobQueue(
            book,
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
TriageDep = Annotated[TriageRunner, Depends(get_triage_service)]
BlockersDep = Annotated[BillingScanService, Depends(get_blockers_service)]
NextActionsDep = Annotated[NextActionsService, Depends(get_next_actions_service)]
RedactorDep = Annotated[Redactor, Depends(get_redactor)]
ReasonRedactorDep = Annotated[Redactor, Depends(get_reason_redactor)]
JobQueueDep = Annotated[JobQueue, Depends(get_job_queue)]

AnyKey = Annotated[ApiKey, Depends(_key(*Role))]
PmKey = Annotated[ApiKey, Depends(_key(Role.PM))]
HelpdeskKey = Annotated[ApiKey, Depends(_key(Role.HELPDESK))]
AccountKey = Annotated[ApiKey, Depends(_key(Role.ACCOUNT_MANAGER))]
BlockersKey = Annotated[ApiKey, Depends(_key(Role.ACCOUNT_MANAGER, Role.PM))]
admin_key = _key()
"""The caller's key if it is an admin key; 401 or 403 otherwise."""
AdminKey = Annotated[ApiKey, Depends(admin_key)]
