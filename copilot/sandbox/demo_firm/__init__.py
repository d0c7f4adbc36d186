"""Generate an invented consulting firm whose Odoo records carry PII and risks."""

from __future__ import annotations

from copilot.sandbox.demo_firm.firm import build_demo_firm
from copilot.sandbox.demo_firm.results import RISK_KINDS, DemoFirm, SensitiveValue

__all__ = ["RISK_KINDS", "DemoFirm", "SensitiveValue", "build_demo_firm"]
