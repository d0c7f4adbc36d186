"""The FastAPI application factory."""

from __future__ import annotations

from fastapi import FastAPI

from api.errors import install_error_handlers
from api.guards import install_request_guards
from api.routes import router
from copilot.settings import Settings

__all__ = ["create_app"]


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; Odoo is contacted on the first request that needs it."""
    settings = settings or Settings()
    app = FastAPI(
        title="Odoo copilot",
        summary="Advisory suggestions for Odoo, reviewed by people before they count.",
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
    app.state.services = None
    app.include_router(router)
    install_error_handlers(app)
    return app
