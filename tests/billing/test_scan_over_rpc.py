"""The scan over JSON-RPC: a fixed number of calls whatever the data size,
and the seeded demo firm plants what the evaluation scores."""

from __future__ import annotations

from collections import Counter

from copilot.billing import BlockerKind
from copilot.sandbox import build_demo_store
from copilot.sandbox.seed import demo_firm
from evals.billing.harness import scan_store


def test_rpc_calls_do_not_grow_with_the_records() -> None:
    """The recorded data alone and with the firm cost the same number of calls."""
    small = scan_store(build_demo_store(include_demo_firm=False))
    large = scan_store(build_demo_store())
    assert large.projects_scanned > small.projects_scanned
    assert len(large.blockers) > len(small.blockers)
    assert large.rpc_calls == small.rpc_calls <= 20


def test_demo_firm_plants_forty_blockers_of_every_measurable_kind() -> None:
    """At least 40 planted blockers; every kind but validation (Community)."""
    firm = demo_firm()
    kinds = Counter(kind for kind, *_ in firm.expected_blockers)
    assert sum(kinds.values()) >= 40
    measurable = {k.value for k in BlockerKind} - {"timesheets_unvalidated"}
    assert set(kinds) == measurable
    assert len(set(firm.expected_blockers)) == len(firm.expected_blockers)


def test_billing_rows_take_fresh_ids() -> None:
    """New billing rows have unique ids; partial rows only update firm rows."""
    firm = demo_firm()
    for model, rows in firm.billing_records.items():
        firm_ids = {r["id"] for r in firm.records.get(model, [])}
        new = [r for r in rows if r["id"] not in firm_ids]
        ids = [r["id"] for r in new]
        assert len(ids) == len(set(ids)), model
        updates = [r for r in rows if r["id"] in firm_ids]
        assert all(len(r) < len(new[0]) for r in updates if new), model
