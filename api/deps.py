"""Dependency aliases: handlers receive services, tests override these."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import Depends, Request

from copilot.briefing import BriefingService
from copilot.settings import Settings

__all__ = ["BriefingDep", "get_briefing_service"]

_lock = threading.Lock()


def get_briefing_service(request: Request) -> BriefingService:
    """Connect to Odoo on first use and keep the services for the process."""
    state = request.app.state
    with _lock:
        if getattr(state, "services", None) is None:
            from copilot.wiring import build_services

            settings: Settings = state.settings
            state.services = build_services(settings)
    service: BriefingService = state.services.briefing
    return service


BriefingDep = Annotated[BriefingService, Depends(get_briefing_service)]
