"""Serve a sandbox store on loopback and scan it as the product would."""

from __future__ import annotations

from datetime import date

from copilot.billing import BillingScanService, BillingThresholds, ScanResult
from copilot.odoo import OdooEndpoint, connect
from copilot.odoo.billing_reader import BillingReader
from copilot.sandbox import DEMO_ANCHOR, OdooStore, SandboxServer, SandboxUser

__all__ = ["scan_store"]

_DB = "billing_eval"
_USER = SandboxUser(login="copilot", password="billing-eval", uid=2)


def scan_store(store: OdooStore, today: date = DEMO_ANCHOR) -> ScanResult:
    """One portfolio scan over JSON-RPC against `store`."""
    with SandboxServer({_DB: store}, [_USER]) as server:
        connection = connect(OdooEndpoint(server.url, _DB, _USER.login, _USER.password))
        service = BillingScanService(
            BillingReader(connection, db=_DB),
            thresholds=BillingThresholds(),
            today=lambda: today,
            rpc_calls=lambda: connection.call_count,
        )
        return service.scan()
