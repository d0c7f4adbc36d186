"""API-key authentication and role checks; 401 names what is missing, 403 why not."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable

from fastapi import Request

from copilot.errors import CopilotError
from copilot.store import ApiKey, ApiKeyRegistry, Role

__all__ = ["Forbidden", "Unauthenticated", "has_api_key", "key_for_roles"]


class Unauthenticated(CopilotError):
    """No API key, or one the service does not know (or revoked)."""


class Forbidden(CopilotError):
    """The key is valid but its role may not call this endpoint."""


def _token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get("x-api-key") or None


def has_api_key(request: Request) -> bool:
    """Whether the request sends an API key at all (valid or not)."""
    return _token(request) is not None


def key_for_roles(
    roles: Iterable[Role], registry: Callable[[Request], ApiKeyRegistry]
) -> Callable[[Request], Awaitable[ApiKey]]:
    """A dependency that returns the caller's key if its role is allowed."""
    allowed = frozenset(roles) | {Role.ADMIN}
    names = ", ".join(sorted(r.value for r in allowed))

    # Async: a key check is one indexed read, cheaper than a thread hop.
    async def dependency(request: Request) -> ApiKey:
        token = _token(request)
        if token is None:
            raise Unauthenticated(
                "API key missing: send 'Authorization: Bearer <key>' "
                "(create one with `copilot keys create --role ROLE`)."
            )
        key = registry(request).verify(token)
        if key is None:
            raise Unauthenticated("API key not recognised or revoked.")
        if key.role not in allowed:
            raise Forbidden(
                f"Role '{key.role.value}' may not call this endpoint; "
                f"allowed roles: {names}."
            )
        return key

    return dependency
