"""Field lists are explicit, Odoo 17 first, with known fallbacks."""

from __future__ import annotations

import pytest

from copilot.errors import OdooFeatureMissing
from copilot.odoo.field_lists import plan_fields

TASK_17 = frozenset(
    {"name", "project_id", "stage_id", "state", "allocated_hours", "effective_hours"}
)


def test_odoo17_names_are_requested_as_is() -> None:
    """On Odoo 17 `allocated_hours` is read under its own name."""
    plan = plan_fields("project.task", TASK_17)
    assert "allocated_hours" in plan.requested
    assert plan.value({"allocated_hours": 8.0}, "allocated_hours") == 8.0


def test_odoo16_planned_hours_stands_in_for_allocated_hours() -> None:
    """Odoo 16 calls the estimate `planned_hours`; the plan maps it back."""
    fields16 = (TASK_17 - {"allocated_hours"}) | {"planned_hours"}
    plan = plan_fields("project.task", fields16)
    assert "planned_hours" in plan.requested
    assert plan.value({"planned_hours": 5.0}, "allocated_hours") == 5.0


def test_optional_missing_fields_read_as_false() -> None:
    """A field the database lacks is skipped and reads as Odoo's False."""
    plan = plan_fields("project.task", TASK_17)
    assert "depend_on_ids" not in plan.requested
    assert plan.value({}, "depend_on_ids") is False


def test_missing_required_field_names_the_field() -> None:
    """Without a required field the job cannot run, and says which field."""
    with pytest.raises(OdooFeatureMissing, match=r"'project_id' of 'project\.task'"):
        plan_fields("project.task", frozenset({"name"}))
