"""The HTTP service: a thin FastAPI shell over the copilot's services."""

from api.app import create_app

__all__ = ["create_app"]
