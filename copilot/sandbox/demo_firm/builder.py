"""The state one build shares: id counters, seeded draws, records, found values."""

from __future__ import annotations

import copy
import random
from collections.abc import Mapping
from datetime import date, timedelta

from copilot.errors import CallerError
from copilot.sandbox.demo_firm.datafiles import FirmData
from copilot.sandbox.demo_firm.results import SensitiveValue
from copilot.sandbox.demo_firm.templates import Token, compose

__all__ = ["SEED", "FirmBuilder", "Record", "stamp"]

# Fixed so that one anchor always draws the same names, digits and splits.
SEED = 1712

Record = dict[str, object]


class FirmBuilder:
    """Holds the id counters, the seeded generator and the records being built.

    Every draw goes through `rng` in a fixed order, so callers must keep the
    order in which they ask for names, digits and ids.
    """

    def __init__(
        self, data: FirmData, next_ids: Mapping[str, int], anchor: date
    ) -> None:
        try:
            # Indexing, not `in`, so a mapping with a default (defaultdict) works.
            self._next = {model: next_ids[model] for model in data.schema}
        except KeyError as exc:
            raise CallerError(f"next_ids lacks a first free id for {exc}") from exc
        self.data = data
        self.anchor = anchor
        self.rng = random.Random(SEED)
        # Names, surnames and phone numbers already handed out.
        self.taken: set[str] = set()
        self._records: dict[str, list[Record]] = {m: [] for m in data.schema}
        self._found: dict[SensitiveValue, None] = {}

    def take(self, model: str) -> int:
        """The next free id of `model`."""
        self._next[model] += 1
        return self._next[model] - 1

    def ref(self, model: str, key: str) -> list[object]:
        """A recorded `[id, display name]` of the sandbox's own data."""
        return list(self.data.refs[model][key])

    def day(self, offset: int) -> date:
        """The anchor moved by `offset` days."""
        return self.anchor + timedelta(days=offset)

    def emit(self, model: str, record_id: int, values: Record) -> None:
        """Append a record as `search_read` returns it: id, then schema order."""
        spec = self.data.schema[model]
        recorded = {
            name: self.ref(spec["fields"][name][1], key)
            for name, key in spec["recorded"].items()
        }
        row = {**copy.deepcopy(spec["constants"]), **recorded, **values}
        if set(row) != set(spec["fields"]):
            raise ValueError(f"{model} fields differ: {set(row) ^ set(spec['fields'])}")
        self._records[model].append(
            {"id": record_id, **{name: row[name] for name in spec["fields"]}}
        )

    def note(self, *values: SensitiveValue) -> None:
        """List personal values as planted somewhere in the records."""
        for value in values:
            self._found[value] = None

    def render(self, template: str, tokens: Mapping[str, Token]) -> str:
        """Fill a template and list every personal value it now contains."""
        token = compose(template, tokens)
        self.note(*token.found)
        return token.text

    def records(self) -> dict[str, list[Record]]:
        """Every emitted record, per model, in id order."""
        return {m: sorted(rows, key=_by_id) for m, rows in self._records.items()}

    def sensitive_values(self) -> tuple[SensitiveValue, ...]:
        """Every listed personal value, sorted by type, then value."""
        return tuple(sorted(self._found, key=lambda v: (v.entity_type, v.value)))


def stamp(day: date, clock: str) -> str:
    """An Odoo datetime string for `clock` on `day`."""
    return f"{day.isoformat()} {clock}"


def _by_id(record: Record) -> int:
    value = record["id"]
    return value if isinstance(value, int) else 0
