"""Chatter behaviour of Odoo 17: message_post, activity_schedule, activity create."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from copilot.sandbox.faults import MissingError, ValidationError
from copilot.sandbox.irmodel import ir_model_id, resolve_xmlid
from copilot.sandbox.store import OdooStore

__all__ = [
    "activity_schedule_values",
    "create_activities",
    "escape_html",
    "post_message",
]

_TODO_XMLID = "mail.mail_activity_data_todo"
_NOTE_XMLID = "mail.mt_note"
# markupsafe.escape, which Odoo 17 applies to a plain-text body.
_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"}
)


def escape_html(text: str) -> str:
    """Escape text the way markupsafe does."""
    return text.translate(_ESCAPES)


def post_message(
    store: OdooStore,
    model: str,
    res_id: int,
    *,
    uid: int,
    body: str,
    body_is_html: bool,
    message_type: str,
    subtype_xmlid: str | None,
    subtype_id: int | None,
    extra: Mapping[str, Any],
) -> int:
    """Store a mail.message on the record the way message_post does; its id.

    A body that is not flagged as HTML is escaped and wrapped in ``<p>``
    (newlines stay). HTML bodies are stored as sent: unlike Odoo, the sandbox
    does not sanitize them.
    """
    _require_record(store, model, res_id, uid)
    if body and not body_is_html:
        body = f"<p>{escape_html(body)}</p>"
    if not subtype_id:
        xmlid = subtype_xmlid or _NOTE_XMLID
        xmlid = xmlid if "." in xmlid else f"mail.{xmlid}"
        subtype_id = resolve_xmlid(store, xmlid)[1]
    author_id = extra.get("author_id") or _partner_of(store, uid)
    values: dict[str, Any] = {
        "model": model,
        "res_id": res_id,
        "record_name": store.display_name(model, res_id),
        "body": body,
        "message_type": message_type,
        "subtype_id": subtype_id,
        "author_id": author_id,
        "email_from": extra.get("email_from") or _email_from(store, author_id),
        "date": store.now().strftime("%Y-%m-%d %H:%M:%S"),
        "is_internal": bool(extra.get("is_internal", False)),
        "subject": extra.get("subject") or False,
        "parent_id": extra.get("parent_id") or False,
        "partner_ids": list(extra.get("partner_ids") or []),
    }
    fields = store.spec("mail.message").fields
    values = {k: v for k, v in values.items() if k in fields}
    return store.create("mail.message", [values], uid=uid)[0]


def activity_schedule_values(
    store: OdooStore,
    model: str,
    ids: Sequence[int],
    *,
    uid: int,
    act_type_xmlid: str,
    date_deadline: str | None,
    summary: str,
    note: str,
    act_values: Mapping[str, Any],
) -> list[dict[str, Any]]:
    """The mail.activity values activity_schedule creates, one per record."""
    type_id = _activity_type(store, act_type_xmlid, act_values)
    activity_type = store.get("mail.activity.type", type_id) or {}
    default_user = activity_type.get("default_user_id")
    vals_list = []
    for res_id in ids:
        _require_record(store, model, res_id, uid)
        vals: dict[str, Any] = {
            "activity_type_id": type_id,
            "summary": summary or activity_type.get("summary") or False,
            "automated": True,
            "note": note or activity_type.get("default_note") or False,
            "date_deadline": date_deadline or store.today.isoformat(),
            "res_model_id": ir_model_id(store, model),
            "res_id": res_id,
        }
        vals.update(act_values)
        if not vals.get("user_id"):
            vals["user_id"] = default_user[0] if default_user else uid
        vals_list.append(vals)
    return vals_list


def create_activities(
    store: OdooStore,
    vals_list: Sequence[Mapping[str, Any]],
    *,
    uid: int,
    context: Mapping[str, Any],
) -> list[int]:
    """mail.activity.create: resolve the document model, fill the defaults."""
    prepared = [_activity_values(store, vals, uid, context) for vals in vals_list]
    return store.create("mail.activity", prepared, uid=uid, context=context)


def _activity_values(
    store: OdooStore, vals: Mapping[str, Any], uid: int, context: Mapping[str, Any]
) -> dict[str, Any]:
    values = dict(vals)
    if not values.get("res_model_id") and context.get("default_res_model"):
        values["res_model_id"] = ir_model_id(store, str(context["default_res_model"]))
    if not values.get("res_model_id"):
        raise ValidationError(_missing_required(store, "mail.activity", "res_model_id"))
    ir_model = store.get("ir.model", int(values["res_model_id"])) or {}
    target = str(ir_model.get("model") or "")
    values["res_model"] = target or False
    res_id = int(values.get("res_id") or 0)
    if target and res_id and store.has_model(target):
        values["res_name"] = store.display_name(target, res_id)
    values.setdefault("date_deadline", store.today.isoformat())
    values.setdefault("user_id", uid)
    if "activity_type_id" not in values:
        values["activity_type_id"] = _activity_type(store, _TODO_XMLID, {})
    return values


def _missing_required(store: OdooStore, model: str, field: str) -> str:
    spec = store.spec(model)
    return (
        "The operation cannot be completed:\n"
        "- Create/update: a mandatory field is not set.\n"
        "- Delete: another model requires the record being deleted. "
        "If possible, archive it instead.\n\n"
        f"Model: {spec.description} ({model})\n"
        f"Field: {spec.fields[field].string} ({field})\n"
    )


def _activity_type(store: OdooStore, xmlid: str, act_values: Mapping[str, Any]) -> int:
    if xmlid:
        try:
            return resolve_xmlid(store, xmlid)[1]
        except ValueError:
            pass  # Odoo falls back to the model's default type.
    given = act_values.get("activity_type_id")
    if given:
        return int(given)
    return resolve_xmlid(store, _TODO_XMLID)[1]


def _require_record(store: OdooStore, model: str, res_id: int, uid: int) -> None:
    if store.get(model, res_id) is None:
        raise MissingError(
            "Record does not exist or has been deleted.\n"
            f"(Record: {model}({res_id},), User: {uid})"
        )


def _partner_of(store: OdooStore, uid: int) -> int | bool:
    user = store.get("res.users", uid) if store.has_model("res.users") else None
    partner = user.get("partner_id") if user else None
    return int(partner[0]) if isinstance(partner, list) and partner else False


def _email_from(store: OdooStore, author_id: Any) -> str | bool:
    if not author_id or not store.has_model("res.partner"):
        return False
    partner = store.get("res.partner", int(author_id)) or {}
    name, email = partner.get("name"), partner.get("email")
    if not email:
        return False
    return f'"{name}" <{email}>' if name else str(email)
