"""The stored rows of every model, their next ids and their display names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from copilot.sandbox.journal import JournalEntry
from copilot.sandbox.schema import ModelSpec
from copilot.sandbox.values import to_stored

__all__ = ["RecordTables"]

Record = dict[str, Any]
_Snapshot = tuple[
    dict[str, dict[int, Record]], dict[str, int], dict[tuple[str, int], str]
]


class RecordTables:
    """Rows in search_read shape, keyed by model and id.

    Values inside a row are replaced on write and never changed in place, so
    snapshots copy rows one level deep and may share the values.
    """

    def __init__(
        self,
        specs: Mapping[str, ModelSpec],
        records: Mapping[str, Iterable[Mapping[str, Any]]],
    ) -> None:
        self._specs = specs
        self._rows: dict[str, dict[int, Record]] = {name: {} for name in specs}
        for model, rows in records.items():
            table = self._rows.setdefault(model, {})
            for row in rows:
                table[int(row["id"])] = dict(row)
        self._names = self._harvest_names()
        self._normalize_loaded_rows()
        self._next_ids = {m: max(t, default=0) + 1 for m, t in self._rows.items()}

    def table(self, model: str) -> dict[int, Record]:
        """The rows of one model by id; callers must not change them."""
        return self._rows.setdefault(model, {})

    def get(self, model: str, record_id: int) -> Record | None:
        """One row, archived or not, or None."""
        return self._rows.get(model, {}).get(record_id)

    def next_id(self, model: str) -> int:
        """The id the next created record of the model gets."""
        return self._next_ids.get(model, 1)

    def display_name(
        self, model: str, record_id: int, fallback: str | None = None
    ) -> str:
        """The name a many2one shows: the record's own display name, else the
        one recorded many2one values showed, else its name field."""
        row = self.get(model, record_id)
        own = row.get("display_name") if row is not None else None
        if isinstance(own, str) and own:
            return own
        harvested = self._names.get((model, record_id))
        if harvested:
            return harvested
        spec = self._specs.get(model)
        if row is not None and spec is not None and spec.rec_name:
            value = row.get(spec.rec_name)
            if isinstance(value, str) and value:
                return value
        return fallback if fallback is not None else f"{model},{record_id}"

    def family(self, model: str, ids: Iterable[int], *, upward: bool) -> set[int]:
        """The ids with every descendant (or ancestor) through ``parent_id``."""
        found = set(ids)
        frontier = set(found)
        table = self._rows.get(model, {})
        while frontier:
            if upward:
                step = {p for i in frontier if (p := _parent(table.get(i)))}
            else:
                step = {i for i, row in table.items() if _parent(row) in frontier}
            frontier = step - found
            found |= frontier
        return found

    def name_ids(self, model: str, name: str) -> set[int]:
        """Ids whose display name contains ``name``, ignoring case."""
        needle = name.lower()
        table = self._rows.get(model, {})
        return {i for i in table if needle in self.display_name(model, i).lower()}

    def apply(self, entry: JournalEntry) -> None:
        """Carry out one create, write or unlink."""
        table = self.table(entry.model)
        if entry.op == "create":
            record_id = entry.ids[0]
            table[record_id] = dict(entry.values)
            self._next_ids[entry.model] = max(self.next_id(entry.model), record_id + 1)
            return
        for record_id in entry.ids:
            if entry.op == "unlink":
                table.pop(record_id, None)
            elif record_id in table:
                self._forget_name_if_renamed(entry.model, record_id, entry.values)
                table[record_id].update(entry.values)

    def snapshot(self) -> _Snapshot:
        """A copy of the current state, for ``restore``."""
        return (_copy_rows(self._rows), dict(self._next_ids), dict(self._names))

    def restore(self, snapshot: _Snapshot) -> None:
        """Go back to a state taken by ``snapshot``."""
        rows, next_ids, names = snapshot
        self._rows = _copy_rows(rows)
        self._next_ids, self._names = dict(next_ids), dict(names)

    def _forget_name_if_renamed(
        self, model: str, record_id: int, values: Mapping[str, Any]
    ) -> None:
        spec = self._specs.get(model)
        if spec is not None and spec.rec_name in values:
            self._names.pop((model, record_id), None)
            self._rows[model][record_id].pop("display_name", None)

    def _harvest_names(self) -> dict[tuple[str, int], str]:
        """Display names as recorded many2one values show them: the only source
        for targets whose records were not exported (sale order lines)."""
        names: dict[tuple[str, int], str] = {}
        for model, table in self._rows.items():
            spec = self._specs.get(model)
            if spec is None:
                continue
            many2ones = [
                f for f in spec.fields.values() if f.type == "many2one" and f.relation
            ]
            for row in table.values():
                for fspec in many2ones:
                    value = row.get(fspec.name)
                    if isinstance(value, list) and len(value) == 2:
                        key = (str(fspec.relation), int(value[0]))
                        names.setdefault(key, str(value[1]))
        return names

    def _normalize_loaded_rows(self) -> None:
        """Archivable records default to active; bare many2one ids get names."""
        for model, table in self._rows.items():
            spec = self._specs.get(model)
            if spec is None:
                continue
            many2ones = [f for f in spec.fields.values() if f.type == "many2one"]
            for row in table.values():
                if spec.has_active:
                    row.setdefault("active", True)
                for fspec in many2ones:
                    value = row.get(fspec.name)
                    if isinstance(value, int) and not isinstance(value, bool):
                        row[fspec.name] = to_stored(model, fspec, value, None, self)


def _copy_rows(
    rows: Mapping[str, Mapping[int, Record]],
) -> dict[str, dict[int, Record]]:
    return {
        model: {i: dict(row) for i, row in table.items()}
        for model, table in rows.items()
    }


def _parent(row: Mapping[str, Any] | None) -> int | None:
    value = row.get("parent_id") if row is not None else None
    if isinstance(value, list) and value:
        return int(value[0])
    return None
