"""The only code that writes to Odoo: advisory activities and internal notes.

Invariant: every request this module sends is checked against a fixed
allowlist before it leaves the process. Business records are never edited.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from copilot.errors import OdooError, WriteRefused
from copilot.odoo.connection import RpcCaller
from copilot.odoo.users import active_internal_users
from copilot.records import RecordRef

__all__ = [
    "ActivityResult",
    "ActivityScheduler",
    "AdvisoryWriter",
    "ScheduledActivity",
    "SuggestionKey",
]

logger = logging.getLogger(__name__)

NOTE_SUBTYPE = "mail.mt_note"
TODO_ACTIVITY_TYPE = "mail.mail_activity_data_todo"
SUMMARY_PREFIX = "Copilot suggestion"
MARKER_LABEL = "Copilot reference"

# Fields of its own activities the writer may refresh: the advice, and who
# reviews it when the person it was left for has left.
_REFRESHABLE_FIELDS = frozenset({"summary", "note", "date_deadline", "user_id"})
_READ_METHODS = frozenset({"search_read", "search", "read", "fields_get"})
# Odoo lets other keywords override what the gate checks: `activity_type_id`
# beats `act_type_xmlid`, `res_id` retargets the activity (act_values are
# applied last), `subtype_id` beats `subtype_xmlid`; `author_id` and
# `attachment_ids` change who speaks and what is attached (Odoo 17 mail).
_ACTIVITY_KEYWORDS = frozenset(
    {"act_type_xmlid", "summary", "note", "user_id", "date_deadline"}
)
_NOTE_KEYWORDS = frozenset({"body", "message_type", "subtype_xmlid"})
_ACTIVITY_ID = re.compile(r"^mail\.activity\((\d+),?\)$")


@dataclass(frozen=True)
class SuggestionKey:
    """Identity of one piece of advice: same key and hash means same advice."""

    kind: str
    record: RecordRef
    period: str
    content_hash: str

    @property
    def thread(self) -> str:
        """What stays the same across periods: one open activity per thread."""
        return f"{self.kind}/{self.record.model}/{self.record.id}/"

    @property
    def base(self) -> str:
        return f"{self.thread}{self.period}"

    @property
    def marker(self) -> str:
        return f"{MARKER_LABEL}: {self.base} · {self.content_hash}"


@dataclass(frozen=True)
class ActivityResult:
    activity_id: int
    outcome: str  # "created", "updated" or "unchanged"


class ScheduledActivity(Protocol):
    @property
    def activity_id(self) -> int | None: ...

    @property
    def outcome(self) -> str: ...


class ActivityScheduler(Protocol):
    """What a job leaves advice through: this writer, or the suggestion store."""

    def schedule_activity(
        self,
        key: SuggestionKey,
        *,
        user_id: int,
        summary: str,
        note_html: str,
        deadline: date,
        correlation_id: str = "",
    ) -> ScheduledActivity: ...


class AdvisoryWriter:
    """Creates copilot activities and internal notes, and nothing else."""

    def __init__(self, rpc: RpcCaller) -> None:
        self._rpc = rpc
        self._own_activity_ids: set[int] = set()

    # -- the gate ---------------------------------------------------------

    def execute(
        self,
        model: str,
        method: str,
        args: Sequence[Any],
        kwargs: Mapping[str, Any] | None = None,
    ) -> Any:
        """Send one request if the allowlist permits it; raise `WriteRefused` if not."""
        kwargs = dict(kwargs or {})
        self._check_allowed(model, method, args, kwargs)
        return self._rpc.execute_kw(model, method, args, kwargs)

    def _check_allowed(
        self, model: str, method: str, args: Sequence[Any], kwargs: dict[str, Any]
    ) -> None:
        if method in _READ_METHODS and model == "mail.activity":
            return
        if method == "activity_schedule":
            _only_known(kwargs, _ACTIVITY_KEYWORDS, args, max_args=2)
            if kwargs.get("act_type_xmlid", args[1] if len(args) > 1 else None) != (
                TODO_ACTIVITY_TYPE
            ):
                raise WriteRefused("Only To-Do activities may be scheduled.")
            if not str(kwargs.get("summary", "")).startswith(SUMMARY_PREFIX):
                raise WriteRefused(
                    f"An activity summary must start with '{SUMMARY_PREFIX}'."
                )
            return
        if method == "message_post":
            _only_known(kwargs, _NOTE_KEYWORDS, args, max_args=1)
            if (
                kwargs.get("subtype_xmlid") != NOTE_SUBTYPE
                or kwargs.get("message_type", "comment") != "comment"
                or kwargs.get("partner_ids")
            ):
                raise WriteRefused(
                    "Only internal notes (subtype mail.mt_note, no recipients) "
                    "may be posted."
                )
            return
        if model == "mail.activity" and method == "write":
            ids = set(args[0]) if args and isinstance(args[0], list) else set()
            values = args[1] if len(args) > 1 and isinstance(args[1], Mapping) else {}
            if not ids or not ids <= self._own_activity_ids:
                raise WriteRefused("Only the copilot's own activities may be updated.")
            if not set(values) <= _REFRESHABLE_FIELDS:
                raise WriteRefused(
                    "A copilot activity may only have its summary, note, "
                    "deadline or reviewer refreshed."
                )
            return
        raise WriteRefused(
            f"'{method}' on '{model}' is outside the advisory allowlist; the "
            "copilot only creates activities and posts internal notes."
        )

    # -- activities -------------------------------------------------------

    def schedule_activity(
        self,
        key: SuggestionKey,
        *,
        user_id: int,
        summary: str,
        note_html: str,
        deadline: date,
        correlation_id: str = "",
    ) -> ActivityResult:
        """Leave one To-Do for a person to review.

        One open copilot activity per record and kind: the same advice leaves
        it untouched, new advice (or a new period) refreshes it in place.
        ``correlation_id`` is the store's to keep; Odoo is not told it.
        """
        full_summary = f"{SUMMARY_PREFIX}: {summary}"[:250]
        note = f"{note_html}<p><small>{html.escape(key.marker)}</small></p>"
        existing = self._find_own_activities(key)
        if existing:
            first = existing[0]
            self._own_activity_ids.update(row["id"] for row in existing)
            values: dict[str, object] = {}
            if html.escape(key.marker) not in str(first.get("note") or ""):
                values.update(
                    summary=full_summary, note=note, date_deadline=deadline.isoformat()
                )
            if "user_id" in first and self._has_left(
                _user_id(first["user_id"]), user_id
            ):
                values["user_id"] = user_id
            if not values:
                return ActivityResult(first["id"], "unchanged")
            self.execute("mail.activity", "write", [[first["id"]], values])
            return ActivityResult(first["id"], "updated")
        answer = self.execute(
            key.record.model,
            "activity_schedule",
            [[key.record.id], TODO_ACTIVITY_TYPE],
            {
                "summary": full_summary,
                "note": note,
                "user_id": user_id,
                "date_deadline": deadline.isoformat(),
            },
        )
        activity_id = _parse_activity_id(answer)
        self._own_activity_ids.add(activity_id)
        logger.info(
            "activity %s created on %s for key %s",
            activity_id,
            key.record.label(),
            key.base,
        )
        return ActivityResult(activity_id, "created")

    def _has_left(self, current: int | None, reviewer: int) -> bool:
        """Whether the activity's user is archived (or gone) and `reviewer` should
        take it over; a colleague a person handed it to keeps it."""
        if current == reviewer:
            return False
        return current is None or not active_internal_users(self._rpc, [current])

    def _find_own_activities(self, key: SuggestionKey) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = self.execute(
            "mail.activity",
            "search_read",
            [
                [
                    ["res_model", "=", key.record.model],
                    ["res_id", "=", key.record.id],
                    ["summary", "=like", f"{SUMMARY_PREFIX}%"],
                    ["note", "ilike", f"{MARKER_LABEL}: {key.thread}"],
                ]
            ],
            {"fields": ["id", "note", "user_id"], "order": "id asc"},
        )
        return rows

    # -- notes ------------------------------------------------------------

    def post_note(self, record: RecordRef, text: str) -> int:
        """Post an internal note (never a message to followers) on a record."""
        answer = self.execute(
            record.model,
            "message_post",
            [[record.id]],
            {"body": text, "message_type": "comment", "subtype_xmlid": NOTE_SUBTYPE},
        )
        if not isinstance(answer, int):
            raise OdooError("Odoo did not return a message id for the note.")
        return answer


def _user_id(value: object) -> int | None:
    """A many2one as read over JSON-RPC: `[id, name]`, or `False` when empty."""
    if isinstance(value, list | tuple) and value and isinstance(value[0], int):
        return value[0]
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _only_known(
    kwargs: Mapping[str, Any],
    allowed: frozenset[str],
    args: Sequence[Any],
    *,
    max_args: int,
) -> None:
    """Refuse keywords or positional arguments the gate does not check."""
    unknown = sorted(set(kwargs) - allowed)
    if unknown or len(args) > max_args:
        extra = ", ".join(unknown) if unknown else "extra positional arguments"
        raise WriteRefused(
            f"Advisory writes take only the arguments the allowlist checks; "
            f"refused: {extra}."
        )


def _parse_activity_id(answer: object) -> int:
    """`activity_schedule` returns the recordset as a string over JSON-RPC."""
    if isinstance(answer, int) and not isinstance(answer, bool):
        return answer
    if isinstance(answer, list) and len(answer) == 1 and isinstance(answer[0], int):
        return answer[0]
    match = _ACTIVITY_ID.match(str(answer))
    if not match:
        raise OdooError("Odoo did not return the id of the scheduled activity.")
    return int(match.group(1))
