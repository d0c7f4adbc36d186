"""Emit the chatter messages on projects and tasks, ids in date order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from copilot.sandbox.demo_firm.builder import FirmBuilder, stamp
from copilot.sandbox.demo_firm.partners import Staff
from copilot.sandbox.demo_firm.plans import Plan

__all__ = ["add_messages"]


@dataclass(frozen=True, order=True)
class _MessageDraft:
    """A message before its id: drafts sort by date, then by data order."""

    stamp: str
    seq: int
    model: str = field(compare=False)
    res_id: int = field(compare=False)
    record_name: str = field(compare=False)
    author: Staff = field(compare=False)
    kind: str = field(compare=False)
    body: str = field(compare=False)
    parent_seq: int | None = field(compare=False)


def add_messages(
    builder: FirmBuilder, plans: Sequence[Plan], staff: Mapping[str, Staff]
) -> None:
    """Emit every plan's messages; a reply answers the last one on its record."""
    ids: dict[int, int] = {}
    for draft in sorted(_drafts(builder, plans, staff)):
        ids[draft.seq] = message_id = builder.take("mail.message")
        person = draft.author.person
        parent = draft.parent_seq
        builder.emit(
            "mail.message",
            message_id,
            {
                "model": draft.model,
                "res_id": draft.res_id,
                "record_name": draft.record_name,
                "date": draft.stamp,
                "author_id": [person.partner_id, person.display_name],
                "email_from": f'"{person.name}" <{person.email}>',
                "subtype_id": builder.ref("mail.message.subtype", draft.kind),
                "body": draft.body,
                "parent_id": [ids[parent], draft.record_name]
                if parent is not None
                else False,
                "create_uid": [draft.author.user_id, person.name],
            },
        )


def _drafts(
    builder: FirmBuilder, plans: Sequence[Plan], staff: Mapping[str, Staff]
) -> list[_MessageDraft]:
    """Render every message; `seq` numbers them across all plans."""
    drafts: list[_MessageDraft] = []
    for plan in plans:
        last_on: dict[tuple[str, int], int] = {}
        tasks = {t.key: t for t in plan.spec.tasks}
        for spec in plan.spec.messages:
            model, res_id, name = "project.project", plan.project_id, plan.spec.name
            if spec.on != "project":
                task = tasks[spec.on.removeprefix("task:")]
                model, res_id, name = (
                    "project.task",
                    plan.task_ids[task.key],
                    task.name,
                )
            seq = len(drafts)
            drafts.append(
                _MessageDraft(
                    stamp(builder.day(-spec.days_ago), spec.at),
                    seq,
                    model,
                    res_id,
                    name,
                    staff[spec.author],
                    spec.kind,
                    builder.render(spec.body, plan.tokens),
                    last_on.get((model, res_id)) if spec.reply else None,
                )
            )
            last_on[(model, res_id)] = seq
    return drafts
