"""An in-memory Odoo database: models, records and the ORM calls on them."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from copilot.sandbox.computed import compute_for
from copilot.sandbox.domain import compile_domain, mentions_field
from copilot.sandbox.faults import MissingError, UserError
from copilot.sandbox.journal import Journal, JournalEntry
from copilot.sandbox.ordering import parse_order, sort_records
from copilot.sandbox.schema import ModelSpec
from copilot.sandbox.tables import RecordTables
from copilot.sandbox.values import to_read, to_stored

__all__ = ["OdooStore"]

Record = dict[str, Any]
Context = Mapping[str, Any]


class OdooStore:
    """Records of many models, searched and changed the way Odoo 17 does.

    Records are held in search_read shape (many2one as ``[id, name]``).
    Many2one names are refreshed from the target record on every read, so a
    rename shows everywhere. With ``journal_path`` every create, write and
    unlink is appended to that file and replayed by the next store built on
    it. The store is not thread-safe by itself: callers hold ``lock``.
    """

    def __init__(
        self,
        models: Iterable[ModelSpec],
        records: Mapping[str, Iterable[Mapping[str, Any]]],
        *,
        today: date | None = None,
        clock: Callable[[], datetime] | None = None,
        journal_path: Path | None = None,
    ) -> None:
        self.lock = threading.RLock()
        self._specs = {spec.name: spec for spec in models}
        self._today = today
        self._clock = clock or (lambda: datetime.now(UTC))
        self._tables = RecordTables(self._specs, records)
        self._positions: dict[str, dict[int, int]] = {}
        self._seed = self._tables.snapshot()
        self._journal = Journal(journal_path) if journal_path else None
        if self._journal is not None:
            for entry in self._journal.entries():
                self._apply(entry)

    # -- time -------------------------------------------------------------

    @property
    def today(self) -> date:
        """The store's today: the pinned day, or the UTC date of the clock."""
        return self._today or self._clock().date()

    def now(self) -> datetime:
        """The current UTC time, moved onto the pinned day when there is one."""
        current = self._clock()
        if self._today is None:
            return current
        return datetime.combine(self._today, current.time(), tzinfo=UTC)

    # -- models and records -----------------------------------------------

    @property
    def model_names(self) -> list[str]:
        """Every model the database has, sorted."""
        return sorted(self._specs)

    def has_model(self, model: str) -> bool:
        """Whether the model exists in this database."""
        return model in self._specs

    def spec(self, model: str) -> ModelSpec:
        """The model's definition, or Odoo's ``Object ... doesn't exist``."""
        spec = self._specs.get(model)
        if spec is None:
            raise UserError(f"Object {model} doesn't exist")
        return spec

    def get(self, model: str, record_id: int) -> Record | None:
        """The stored record (archived or not), or None; do not mutate it."""
        return self._tables.get(model, record_id)

    def display_name(
        self, model: str, record_id: int, fallback: str | None = None
    ) -> str:
        """The name a many2one shows for the record."""
        return self._tables.display_name(model, record_id, fallback)

    def family(self, model: str, ids: Iterable[int], *, upward: bool) -> set[int]:
        """The ids with every descendant (or ancestor) through ``parent_id``."""
        return self._tables.family(model, ids, upward=upward)

    def name_ids(self, model: str, name: str) -> set[int]:
        """Ids whose display name contains ``name``, ignoring case."""
        return self._tables.name_ids(model, name)

    # -- reading ----------------------------------------------------------

    def matching(
        self, model: str, domain: Sequence[Any], context: Context | None = None
    ) -> list[Record]:
        """Records satisfying the domain, archived ones hidden as Odoo hides them."""
        spec = self.spec(model)
        predicate = compile_domain(domain, model, self)
        hide_archived = (
            spec.has_active
            and (context or {}).get("active_test", True)
            and not mentions_field(domain, "active")
        )
        return [
            row
            for row in self._tables.table(model).values()
            if (not hide_archived or row.get("active", True)) and predicate(row)
        ]

    def search(
        self,
        model: str,
        domain: Sequence[Any],
        *,
        offset: int = 0,
        limit: int | None = None,
        order: str | None = None,
        context: Context | None = None,
    ) -> list[int]:
        """Ids matching the domain, ordered like Odoo (default: the model's order)."""
        rows = self.sort(model, self.matching(model, domain, context), order)
        end = offset + limit if limit else None
        return [int(row["id"]) for row in rows[offset:end]]

    def sort(self, model: str, rows: list[Record], order: str | None) -> list[Record]:
        """Rows sorted by ``order`` (validated) or the model's default order."""
        spec = self.spec(model)
        if order:
            terms = parse_order(order, spec)
        else:
            terms = parse_order(spec.order, spec, strict=False)
        return sort_records(rows, terms, lambda f, row: self.sort_value(model, f, row))

    def sort_value(self, model: str, field: str, row: Mapping[str, Any]) -> Any:
        """A row's value for ordering; None is SQL NULL. A many2one sorts by
        the target model's own order, as Odoo joins and orders it."""
        spec = self._specs[model]
        fspec = spec.fields[field]
        if field == "display_name":
            return self.display_name(model, int(row["id"]))
        value = row.get(field, fspec.empty())
        if fspec.type == "many2one":
            if not value:
                return None
            target = int(value[0] if isinstance(value, list) else value)
            if fspec.relation in self._specs:
                return self.position(fspec.relation, target)
            return target
        if (
            fspec.is_x2many
            or value is None
            or (value is False and fspec.type != "boolean")
        ):
            return None
        return value

    def position(self, model: str, record_id: int) -> int | None:
        """The record's rank in its model's default order."""
        ranks = self._positions.get(model)
        if ranks is None:
            rows = self.sort(model, list(self._tables.table(model).values()), None)
            ranks = {int(row["id"]): rank for rank, row in enumerate(rows)}
            self._positions[model] = ranks
        return ranks.get(record_id)

    def read(
        self,
        model: str,
        ids: Iterable[int],
        fields: Sequence[str] | None = None,
        load: str | None = "_classic_read",
    ) -> list[Record]:
        """Existing records among ``ids``, in that order; missing ids are skipped."""
        spec = self.spec(model)
        names = [f for f in (fields or list(spec.fields)) if f != "id"]
        for name in names:
            spec.field(name)
        table = self._tables.table(model)
        result: list[Record] = []
        for record_id in dict.fromkeys(ids):
            row = table.get(record_id)
            if row is None:
                continue
            values: Record = {"id": record_id}
            for name in names:
                values[name] = self._read_value(spec, row, name, load)
            result.append(values)
        return result

    def _read_value(
        self, spec: ModelSpec, row: Record, name: str, load: str | None
    ) -> Any:
        if name == "display_name":
            return self.display_name(spec.name, int(row["id"]))
        compute = compute_for(spec.name, name, is_mail_thread=spec.is_mail_thread)
        if (
            compute is not None
            and self.has_model("mail.activity")
            and self.has_model("mail.message")
        ):
            return compute(self, spec.name, row)
        fspec = spec.fields[name]
        return to_read(fspec, row.get(name, fspec.empty()), self, load)

    def fields_get(
        self,
        model: str,
        allfields: Sequence[str] | None = None,
        attributes: Sequence[str] | None = None,
    ) -> dict[str, dict[str, Any]]:
        """The fields_get answer, optionally cut to some fields and attributes."""
        spec = self.spec(model)
        result: dict[str, dict[str, Any]] = {}
        for name, fspec in spec.fields.items():
            if allfields and name not in allfields:
                continue
            description = copy.deepcopy(dict(fspec.description))
            if attributes:
                description = {k: v for k, v in description.items() if k in attributes}
            result[name] = description
        return result

    # -- writing ----------------------------------------------------------

    def create(
        self,
        model: str,
        vals_list: Sequence[Mapping[str, Any]],
        *,
        uid: int,
        context: Context | None = None,
    ) -> list[int]:
        """Create records; ``default_<field>`` context keys fill missing values."""
        spec = self.spec(model)
        ids: list[int] = []
        for vals in vals_list:
            for name in vals:
                spec.field(name)
            merged = self._defaults(spec, uid, context or {})
            merged.update(vals)
            record_id = self._tables.next_id(model)
            row: Record = {"id": record_id}
            for name, value in merged.items():
                if name in ("id", "display_name"):
                    continue
                row[name] = to_stored(model, spec.fields[name], value, None, self)
            self._commit(JournalEntry("create", model, (record_id,), row))
            ids.append(record_id)
        return ids

    def write(
        self,
        model: str,
        ids: Sequence[int],
        vals: Mapping[str, Any],
        *,
        uid: int,
    ) -> None:
        """Write the same values on every record; missing ids fail like Odoo."""
        spec = self.spec(model)
        for name in vals:
            spec.field(name)
        table = self._tables.table(model)
        missing = [i for i in ids if i not in table]
        if missing:
            raise MissingError(
                "Record does not exist or has been deleted.\n"
                f"(Record: {model}{tuple(missing)!r}, User: {uid})"
            )
        merged = {**self._audit(spec, uid, creating=False), **vals}
        for record_id in dict.fromkeys(ids):
            row = table[record_id]
            changes = {
                name: to_stored(model, spec.fields[name], value, row.get(name), self)
                for name, value in merged.items()
            }
            self._commit(JournalEntry("write", model, (record_id,), changes))

    def unlink(self, model: str, ids: Sequence[int]) -> None:
        """Delete the records that exist among ``ids``."""
        self.spec(model)
        table = self._tables.table(model)
        present = tuple(i for i in dict.fromkeys(ids) if i in table)
        if present:
            self._commit(JournalEntry("unlink", model, present))

    def reset(self) -> None:
        """Forget every change: delete the journal and restore the seed data."""
        if self._journal is not None:
            self._journal.reset()
        self._tables.restore(self._seed)
        self._positions.clear()

    # -- internals --------------------------------------------------------

    def _commit(self, entry: JournalEntry) -> None:
        self._apply(entry)
        if self._journal is not None:
            self._journal.append(entry)

    def _apply(self, entry: JournalEntry) -> None:
        # Ranks of other models may depend on this one (a many2one in their
        # default order), so every cached rank goes.
        self._positions.clear()
        self._tables.apply(entry)

    def _defaults(self, spec: ModelSpec, uid: int, context: Context) -> Record:
        values: Record = {}
        if spec.has_active:
            values["active"] = True
        values.update({k: v for k, v in spec.defaults.items() if k in spec.fields})
        for key, value in context.items():
            name = key.removeprefix("default_")
            if key.startswith("default_") and name in spec.fields:
                values[name] = value
        values.update(self._audit(spec, uid, creating=True))
        return values

    def _audit(self, spec: ModelSpec, uid: int, *, creating: bool) -> Record:
        stamp = self.now().strftime("%Y-%m-%d %H:%M:%S")
        values: Record = {"write_date": stamp, "write_uid": uid}
        if creating:
            values.update(create_date=stamp, create_uid=uid)
        return {k: v for k, v in values.items() if k in spec.fields}
