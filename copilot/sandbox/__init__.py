"""A loopback test double of Odoo 17's JSON-RPC API, seeded with demo data."""

from __future__ import annotations

from copilot.sandbox.access import ADMIN, SandboxUser
from copilot.sandbox.faults import (
    AccessDenied,
    AccessError,
    DatabaseNotFound,
    MissingError,
    OdooFault,
    UserError,
    ValidationError,
)
from copilot.sandbox.integration_user import (
    INTEGRATION_LOGIN,
    integration_sandbox_user,
    integration_uid,
)
from copilot.sandbox.journal import Journal, JournalEntry
from copilot.sandbox.rpc import VERSION_INFO, RpcDispatcher
from copilot.sandbox.schema import FieldSpec, ModelSpec
from copilot.sandbox.seed import DEMO_ANCHOR, build_demo_store
from copilot.sandbox.server import SandboxServer
from copilot.sandbox.store import OdooStore

__all__ = [
    "ADMIN",
    "DEMO_ANCHOR",
    "INTEGRATION_LOGIN",
    "VERSION_INFO",
    "AccessDenied",
    "AccessError",
    "DatabaseNotFound",
    "FieldSpec",
    "Journal",
    "JournalEntry",
    "MissingError",
    "ModelSpec",
    "OdooFault",
    "OdooStore",
    "RpcDispatcher",
    "SandboxServer",
    "SandboxUser",
    "UserError",
    "ValidationError",
    "build_demo_store",
    "integration_sandbox_user",
    "integration_uid",
]
