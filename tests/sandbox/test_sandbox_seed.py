"""Building the demo store: package data, date shifting, the demo firm merge."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from types import ModuleType

import pytest

from copilot.sandbox import DEMO_ANCHOR, OdooStore, build_demo_store


def test_package_data_is_self_contained() -> None:
    """Records, field definitions, the notice and the LGPL text ship inside."""
    data = resources.files("copilot.sandbox").joinpath("data")
    assert data.joinpath("NOTICE.md").is_file()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in data.joinpath(
        "LICENSE-odoo-LGPL3"
    ).read_text(encoding="utf-8")
    assert data.joinpath("records", "project.task.json").is_file()
    assert data.joinpath("fields", "project.task.json").is_file()


def test_recorded_counts(shared_store: OdooStore) -> None:
    """The store holds the recorded demo database, archived tasks included."""
    assert shared_store.today == DEMO_ANCHOR
    assert len(shared_store.search("project.task", [])) == 64
    archived = shared_store.search("project.task", [], context={"active_test": False})
    assert len(archived) == 70
    assert len(shared_store.search("account.analytic.line", [])) == 525


@pytest.mark.parametrize(
    ("model", "record_id", "field", "recorded"),
    [
        ("project.task", 6, "date_deadline", "2026-12-04 00:00:00"),
        ("project.task", 5, "date_deadline", "2026-12-06 15:00:09"),
        ("project.project", 1, "date", "2026-12-11"),
        ("account.analytic.line", 1, "date", "2026-12-03"),
        ("mail.activity", 1, "date_deadline", "2026-12-09"),
    ],
)
def test_dates_move_with_today(
    model: str, record_id: int, field: str, recorded: str
) -> None:
    """Every date and datetime moves by (today - 2026-12-04) days."""
    store = build_demo_store(date(2027, 3, 1), include_demo_firm=False)
    shift = (date(2027, 3, 1) - DEMO_ANCHOR).days
    value = store.read(model, [record_id], [field])[0][field]
    moved = date.fromordinal(date.fromisoformat(recorded[:10]).toordinal() + shift)
    assert value == moved.isoformat() + recorded[10:]


def test_shifted_store_keeps_relative_activity_states() -> None:
    """An activity due today on the recorded day is still due today."""
    store = build_demo_store(date(2027, 3, 1), include_demo_firm=False)
    assert store.today == date(2027, 3, 1)
    assert store.read("mail.activity", [2], ["state"])[0]["state"] == "today"


def test_excluded_models_are_absent() -> None:
    """A store built without the project app lacks its models and ir.model rows."""
    store = build_demo_store(include_demo_firm=False, exclude_models=("project.",))
    assert not store.has_model("project.task")
    assert store.has_model("account.analytic.line")
    assert store.search("ir.model", [("model", "=like", "project.%")]) == []


@dataclass(frozen=True)
class _FakeFirm:
    records: dict[str, list[dict[str, object]]]
    billing_records: dict[str, list[dict[str, object]]] = field(default_factory=dict)


def test_demo_firm_records_are_merged(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo firm gets the next free ids and the store's day, and its
    records join the store unshifted, new models and fields described from
    their values."""
    seen: dict[str, object] = {}

    def build_demo_firm(next_ids: Mapping[str, int], anchor: date) -> _FakeFirm:
        seen.update(
            task=next_ids["project.task"], new=next_ids["x.brand.new"], anchor=anchor
        )
        task = {
            "id": next_ids["project.task"],
            "name": "Firm task",
            "project_id": [1, "Office Design"],
            "date_deadline": "2026-12-10 09:00:00",
            "x_risk": "high",
        }
        return _FakeFirm(
            {"project.task": [task], "x.brand.new": [{"id": 1, "name": "n"}]}
        )

    fake = ModuleType("copilot.sandbox.demo_firm")
    fake.build_demo_firm = build_demo_firm  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "copilot.sandbox.demo_firm", fake)
    store = build_demo_store(date(2026, 12, 5), include_demo_firm=True)
    assert seen == {"task": 73, "new": 1, "anchor": date(2026, 12, 5)}
    row = store.read("project.task", [73], ["name", "date_deadline", "x_risk"])[0]
    assert row == {
        "id": 73,
        "name": "Firm task",
        "date_deadline": "2026-12-10 09:00:00",
        "x_risk": "high",
    }
    assert store.read("x.brand.new", [1], ["name"]) == [{"id": 1, "name": "n"}]
