"""API keys: random tokens shown once, stored only as SHA-256, each with a role."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from copilot.errors import CallerError
from copilot.store.model import utc_now
from copilot.store.store import SuggestionStore
from copilot.store.tables import ApiKeyRow

__all__ = ["ApiKey", "ApiKeyRegistry", "Role"]

_PREFIX = "cpk_"


class Role(StrEnum):
    PM = "pm"
    HELPDESK = "helpdesk"
    ACCOUNT_MANAGER = "account_manager"
    ADMIN = "admin"


@dataclass(frozen=True)
class ApiKey:
    id: int
    role: Role

    @property
    def actor(self) -> str:
        """How the audit trail names this caller (never the token)."""
        return f"api-key:{self.id}"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApiKeyRegistry:
    """Creates, verifies and revokes keys in the store's database."""

    def __init__(self, store: SuggestionStore) -> None:
        self._store = store

    def create(self, role: str) -> tuple[ApiKey, str]:
        """A new key and its token; the token is not kept and cannot be shown again."""
        try:
            parsed = Role(role)
        except ValueError:
            names = ", ".join(r.value for r in Role)
            raise CallerError(
                f"Unknown role '{role}'; choose one of {names}."
            ) from None
        token = _PREFIX + secrets.token_urlsafe(32)
        row = ApiKeyRow(
            token_sha256=_digest(token), role=parsed.value, created_at=utc_now()
        )
        with Session(self._store.engine) as session, session.begin():
            session.add(row)
            session.flush()
            key = ApiKey(row.id, parsed)
        return key, token

    def verify(self, token: str) -> ApiKey | None:
        """The key for `token`, or None if unknown or revoked."""
        digest = _digest(token)
        with Session(self._store.engine) as session:
            row = session.scalars(
                select(ApiKeyRow).where(ApiKeyRow.token_sha256 == digest)
            ).first()
            # The lookup is by digest; compare again in constant time so no
            # branch depends on how much of a guessed token matched.
            if row is None or not hmac.compare_digest(row.token_sha256, digest):
                return None
            if row.revoked_at is not None:
                return None
            return ApiKey(row.id, Role(row.role))

    def revoke(self, key_id: int) -> None:
        with Session(self._store.engine) as session, session.begin():
            row = session.get(ApiKeyRow, key_id)
            if row is None:
                raise CallerError(f"No API key with id {key_id}.")
            row.revoked_at = utc_now()
