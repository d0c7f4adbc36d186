"""Who may log in to the sandbox, with which password, and with which rights."""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from dataclasses import dataclass

from copilot.sandbox.faults import AccessDenied, AccessError

__all__ = [
    "ADMIN",
    "SandboxUser",
    "UserDirectory",
    "check_model_access",
    "check_write_access",
]

# Odoo 17 BaseModel.check_access_rights, first line of the message, for a
# user outside "Administration / Access Rights" reading ir.model.
_IR_MODEL_DENIED = "You are not allowed to access 'Models' (ir.model) records."
_REGISTRY_MODELS = frozenset({"ir.model"})


@dataclass(frozen=True)
class SandboxUser:
    """A login the sandbox accepts; ``uid`` should be a res.users id of the store."""

    login: str
    password: str
    uid: int
    can_read_ir_model: bool = False
    # Models the user may create, write or unlink; None means every model.
    writable_models: frozenset[str] | None = None

    def __repr__(self) -> str:
        return f"SandboxUser(login={self.login!r}, uid={self.uid}, password=***)"


ADMIN = SandboxUser(login="admin", password="admin", uid=2, can_read_ir_model=True)


class UserDirectory:
    """The admin user plus the configured ones, shared by every database."""

    def __init__(self, users: Iterable[SandboxUser] = ()) -> None:
        configured = list(users)
        logins = {user.login for user in configured}
        self._users = [u for u in [ADMIN] if u.login not in logins] + configured

    def login(self, login: str, password: str) -> int | None:
        """The uid for these credentials, or None (Odoo's ``false``)."""
        for user in self._users:
            if user.login == login and _same(user.password, password):
                return user.uid
        return None

    def check(self, uid: int, password: str) -> SandboxUser:
        """The user behind a uid and password, or Odoo's AccessDenied."""
        for user in self._users:
            if user.uid == uid and _same(user.password, password):
                return user
        raise AccessDenied()


def check_model_access(user: SandboxUser, model: str) -> None:
    """Refuse reading ir.model to users without the right, as Odoo does."""
    if model in _REGISTRY_MODELS and not user.can_read_ir_model:
        raise AccessError(_IR_MODEL_DENIED)


def check_write_access(user: SandboxUser, model: str, description: str) -> None:
    """Refuse create, write and unlink outside the user's writable models."""
    if user.writable_models is not None and model not in user.writable_models:
        raise AccessError(
            f"You are not allowed to modify '{description}' ({model}) records."
        )


def _same(expected: str, given: object) -> bool:
    return isinstance(given, str) and hmac.compare_digest(
        expected.encode(), given.encode()
    )
