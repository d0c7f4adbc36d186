"""The FastAPI application factory."""

from __future__ import annotations

from fastapi import FastAPI

from api.access_log import AccessLog
from api.errors import install_error_handlers
from api.guards import install_request_guards
from api.inbox_routes import router as inbox_router
from api.job_routes import router as job_router
from api.metrics import ServiceMetrics
from api.ops_routes import router as ops_router
from api.routes import router
from api.webhook_job_routes import router as webhook_job_router
from api.webhook_routes import router as webhook_router
from copilot.settings import Settings

__all__ = ["create_app"]


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; Odoo is contacted on the first request that needs it."""
    settings = settings or Settings()
    app = FastAPI(
        title="Odoo copilot",
        summary="Advisory suggestions for Odoo, reviewed by people before they count.",
        description=(
            "Every endpoint except `/healthz` and `/readyz` needs an API key "
            "(`Authorization: Bearer <key>`, from `copilot keys create --role "
            "ROLE`); the webhook checks Odoo's shared secret instead. 401: no "
            "or unknown key; 403: the key's role may not call the endpoint. "
            'Every error answers `{"error": CLASS, "detail": WHAT TO FIX}`; '
            "every answer carries an `X-Request-ID` (yours if you sent a safe one), "
            "the id in the service's log lines."
        ),
        version="0.1.0",
        # The interactive docs load scripts from a CDN; offline, the OpenAPI
        # document at /openapi.json is served instead.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    install_request_guards(
        app, hosts=settings.api_allowed_hosts, origins=settings.api_allowed_origins
    )
    # Outermost, so refusals by the guards are logged (and timed) too.
    app.add_middleware(AccessLog)
    app.state.services = None
    app.state.metrics = ServiceMetrics(lambda: getattr(app.state, "store", None))
    for part in (
        router,
        job_router,
        inbox_router,
        ops_router,
        webhook_router,
        webhook_job_router,
    ):
        app.include_router(part)
    install_error_handlers(app)
    return app
