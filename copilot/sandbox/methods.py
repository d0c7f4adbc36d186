"""The model methods callable over RPC, dispatched the way Odoo 17's call_kw does."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from copilot.sandbox.access import (
    SandboxUser,
    check_model_access,
    check_write_access,
)
from copilot.sandbox.faults import AccessError
from copilot.sandbox.grouping import read_group
from copilot.sandbox.irmodel import resolve_xmlid
from copilot.sandbox.mail import (
    activity_schedule_values,
    create_activities,
    post_message,
)
from copilot.sandbox.schema import ModelSpec
from copilot.sandbox.store import OdooStore

__all__ = ["Env", "call_model_method"]

# Methods decorated @api.model in Odoo 17: every argument is a method argument.
# All other public methods take the record ids first.
_MODEL_METHODS = frozenset(
    {
        "search",
        "search_count",
        "search_read",
        "read_group",
        "fields_get",
        "name_search",
        "create",
        "check_object_reference",
        "context_get",
    }
)


@dataclass(frozen=True)
class Env:
    """The caller of one RPC: the database, the user and the request context."""

    store: OdooStore
    user: SandboxUser
    context: Mapping[str, Any] = field(default_factory=dict)

    @property
    def uid(self) -> int:
        """The calling user's id."""
        return self.user.uid


def call_model_method(
    env: Env, model: str, method: str, args: Sequence[Any], kwargs: Mapping[str, Any]
) -> Any:
    """Run ``model.method(*args, **kwargs)`` with Odoo's checks and errors."""
    if method.startswith("_"):
        raise AccessError(
            f"Private methods (such as {method}) cannot be called remotely."
        )
    cls = _model_class(env.store.spec(model))
    function = getattr(cls, method, None)
    if not callable(function) or method in _INTERNAL:
        raise AttributeError(f"The method '{model}.{method}' does not exist")
    if method in _MODEL_METHODS:
        return function(cls(env, model, ()), *args, **kwargs)
    if not args:
        raise IndexError("list index out of range")
    ids = args[0]
    ids = [ids] if isinstance(ids, int) else [int(i) for i in ids or []]
    return function(cls(env, model, tuple(ids)), *args[1:], **kwargs)


class BaseModel:
    """A recordset as RPC sees it. Named after Odoo's class so that argument
    errors read the same: ``BaseModel.search() got an unexpected ...``."""

    def __init__(self, env: Env, model: str, ids: tuple[int, ...]) -> None:
        self._env = env
        self._model = model
        self._ids = ids

    def __repr__(self) -> str:
        return f"{self._model}{self._ids!r}"

    def _store(self, *, reading: bool = False) -> OdooStore:
        if reading:
            check_model_access(self._env.user, self._model)
        return self._env.store

    def _ensure_one(self) -> int:
        if len(self._ids) != 1:
            raise ValueError(f"Expected singleton: {self!r}")
        return self._ids[0]

    def search(
        self,
        domain: Sequence[Any],
        offset: int = 0,
        limit: int | None = None,
        order: str | None = None,
    ) -> list[int]:
        store = self._store(reading=True)
        return store.search(
            self._model,
            domain or [],
            offset=offset or 0,
            limit=limit,
            order=order,
            context=self._env.context,
        )

    def search_count(self, domain: Sequence[Any], limit: int | None = None) -> int:
        count = len(self.search(domain))
        return min(count, limit) if limit else count

    def search_read(
        self,
        domain: Sequence[Any] | None = None,
        fields: Sequence[str] | None = None,
        offset: int = 0,
        limit: int | None = None,
        order: str | None = None,
        **read_kwargs: Any,
    ) -> list[dict[str, Any]]:
        ids = self.search(domain or [], offset, limit, order)
        if not ids:
            return []
        return self._store().read(self._model, ids, fields, **read_kwargs)

    def read(
        self, fields: Sequence[str] | None = None, load: str | None = "_classic_read"
    ) -> list[dict[str, Any]]:
        return self._store(reading=True).read(self._model, self._ids, fields, load)

    def read_group(
        self,
        domain: Sequence[Any],
        fields: Sequence[str],
        groupby: Sequence[str] | str,
        offset: int = 0,
        limit: int | None = None,
        orderby: str | bool = False,
        lazy: bool = True,
    ) -> list[dict[str, Any]]:
        return read_group(
            self._store(reading=True),
            self._model,
            domain or [],
            fields,
            groupby,
            offset=offset or 0,
            limit=limit,
            orderby=str(orderby) if orderby else None,
            lazy=lazy,
            context=self._env.context,
        )

    def fields_get(
        self,
        allfields: Sequence[str] | None = None,
        attributes: Sequence[str] | None = None,
    ) -> dict[str, dict[str, Any]]:
        return self._store().fields_get(self._model, allfields, attributes)

    def name_search(
        self,
        name: str = "",
        args: Sequence[Any] | None = None,
        operator: str = "ilike",
        limit: int | None = 100,
    ) -> list[list[Any]]:
        store = self._store(reading=True)
        domain = list(args or [])
        if name or operator not in ("ilike", "like", "=ilike", "=like"):
            names = store.spec(self._model).search_names or ("display_name",)
            joiner = "&" if operator.startswith(("not", "!")) else "|"
            domain += [joiner] * (len(names) - 1) + [(n, operator, name) for n in names]
        ids = store.search(self._model, domain, limit=limit, context=self._env.context)
        return [[i, store.display_name(self._model, i)] for i in ids]

    def create(self, vals_list: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> Any:
        single = isinstance(vals_list, Mapping)
        batch = [vals_list] if isinstance(vals_list, Mapping) else list(vals_list)
        ids = self._create(batch)
        return ids[0] if single else ids

    def _check_write(self) -> None:
        spec = self._env.store.spec(self._model)
        check_write_access(self._env.user, self._model, spec.description)

    def _create(self, batch: Sequence[Mapping[str, Any]]) -> list[int]:
        self._check_write()
        env = self._env
        return env.store.create(self._model, batch, uid=env.uid, context=env.context)

    def write(self, vals: Mapping[str, Any]) -> bool:
        self._check_write()
        self._store().write(self._model, self._ids, vals, uid=self._env.uid)
        return True

    def unlink(self) -> bool:
        self._check_write()
        self._store().unlink(self._model, self._ids)
        return True

    def action_archive(self) -> None:
        self.write({"active": False})

    def action_unarchive(self) -> None:
        self.write({"active": True})


class MailThread(BaseModel):
    """A model inheriting mail.thread (and mail.activity.mixin)."""

    def message_post(
        self,
        *,
        body: str = "",
        subject: str | None = None,
        message_type: str = "notification",
        subtype_xmlid: str | None = None,
        subtype_id: int | bool = False,
        body_is_html: bool = False,
        **kwargs: Any,
    ) -> int:
        res_id = self._ensure_one()
        return post_message(
            self._store(),
            self._model,
            res_id,
            uid=self._env.uid,
            body=body or "",
            body_is_html=bool(body_is_html),
            message_type=message_type,
            subtype_xmlid=subtype_xmlid,
            subtype_id=int(subtype_id or 0) or None,
            extra={"subject": subject, **kwargs},
        )

    def activity_schedule(
        self,
        act_type_xmlid: str = "",
        date_deadline: str | None = None,
        summary: str = "",
        note: str = "",
        **act_values: Any,
    ) -> str:
        env = self._env
        vals_list = activity_schedule_values(
            env.store,
            self._model,
            self._ids,
            uid=env.uid,
            act_type_xmlid=act_type_xmlid,
            date_deadline=date_deadline,
            summary=summary,
            note=note,
            act_values=act_values,
        )
        ids = create_activities(env.store, vals_list, uid=env.uid, context=env.context)
        # Odoo returns the recordset; JSON-RPC turns it into its repr.
        return f"mail.activity{tuple(ids)!r}"


class MailActivity(BaseModel):
    """mail.activity, whose create resolves the document model."""

    def _create(self, batch: Sequence[Mapping[str, Any]]) -> list[int]:
        env = self._env
        return create_activities(env.store, batch, uid=env.uid, context=env.context)


class IrModelData(BaseModel):
    """ir.model.data, which resolves external ids for ``env.ref``."""

    def check_object_reference(
        self, module: str, xml_id: str, raise_on_access_error: bool = False
    ) -> list[Any]:
        model, res_id = resolve_xmlid(self._store(), f"{module}.{xml_id}")
        if self._store().get(model, res_id) is not None:
            return [model, res_id]
        if raise_on_access_error:
            raise AccessError(
                f"Not enough access rights on the external ID '{module}.{xml_id}'"
            )
        return [model, False]


class ResUsers(BaseModel):
    """res.users, which hands odoorpc the user's context at login."""

    def context_get(self) -> dict[str, Any]:
        store = self._store()
        user = store.get("res.users", self._env.uid) or {}
        return {
            "lang": user.get("lang") or "en_US",
            "tz": user.get("tz") or False,
            "uid": self._env.uid,
        }


_INTERNAL = frozenset({"mro"})
_SPECIAL_CLASSES: Mapping[str, type[BaseModel]] = {
    "mail.activity": MailActivity,
    "ir.model.data": IrModelData,
    "res.users": ResUsers,
}


def _model_class(spec: ModelSpec) -> type[BaseModel]:
    special = _SPECIAL_CLASSES.get(spec.name)
    if special is not None:
        return special
    return MailThread if spec.is_mail_thread else BaseModel
