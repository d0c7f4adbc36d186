"""Load the generator's JSON data files from the package's `data` folder."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from copilot.sandbox.demo_firm.specs import ProjectSpec

__all__ = ["FirmData", "load_firm_data"]

_PACKAGE = "copilot.sandbox.demo_firm"


@dataclass(frozen=True)
class FirmData:
    """The Odoo schema, recorded references, name pools, phrases and projects."""

    schema: Mapping[str, Any]
    refs: Mapping[str, Mapping[str, list[Any]]]
    stage_flags: Mapping[str, Mapping[str, bool]]
    people: Mapping[str, Any]
    phones: Mapping[str, Any]
    phrases: Mapping[str, Any]
    projects: tuple[ProjectSpec, ...]


def load_firm_data() -> FirmData:
    """Read every data file afresh; nothing is cached between builds."""
    refs = _read("recorded_refs")
    projects = _read("projects")["projects"]
    return FirmData(
        schema=_read("schema")["models"],
        refs=refs["refs"],
        stage_flags=refs["ticket_stage_flags"],
        people=_read("people"),
        phones=_read("phones"),
        phrases=_read("phrases"),
        projects=tuple(ProjectSpec.from_json(p) for p in projects),
    )


def _read(name: str) -> Any:
    path = resources.files(_PACKAGE) / "data" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))
