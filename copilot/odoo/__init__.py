"""The Odoo adapter: one connection, batched typed reads, one advisory writer."""

from copilot.odoo.connection import (
    OdooConnection,
    OdooEndpoint,
    RpcCaller,
    connect,
    connect_from_settings,
    odoo_not_configured,
)
from copilot.odoo.reader import OdooReader
from copilot.odoo.writer import ActivityResult, AdvisoryWriter, SuggestionKey

__all__ = [
    "ActivityResult",
    "AdvisoryWriter",
    "OdooConnection",
    "OdooEndpoint",
    "OdooReader",
    "RpcCaller",
    "SuggestionKey",
    "connect",
    "connect_from_settings",
    "odoo_not_configured",
]
