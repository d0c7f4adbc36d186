"""`POST /v1/webhooks/odoo`: Odoo 17's "Send Webhook Notification" automation.

Odoo posts the record's chosen fields plus `_model` and `_id` (and `_action`)
as JSON; it cannot add headers, so the secret usually rides in the URL. An
admin API key, sent instead of the secret, is accepted too: like every other
endpoint, this one is open to the admin role (to replay an event by hand).
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from api.auth import Unauthenticated, has_api_key
from api.deps import JobQueueDep, MetricsDep, SettingsDep, admin_key
from api.errors import error_responses
from api.jobs import job_for
from copilot.errors import ConfigurationError
from copilot.store import ID_RULE, MAX_ID, parse_id, record_model

__all__ = ["router"]

router = APIRouter(tags=["webhooks"])


def _record_id(value: object) -> int:
    """Odoo sends `_id` as a JSON integer: `true`, "3" or 3.0 is a mistake."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(ID_RULE)
    return parse_id(value)


class OdooWebhook(BaseModel):
    """The record as Odoo sends it; only `_model`, `_id` (and a project) are read."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        json_schema_extra={
            "examples": [
                {
                    "_action": "Send Webhook Notification(#12)",
                    "_model": "helpdesk.ticket",
                    "_id": 42,
                    "name": "Cannot log in",
                }
            ]
        },
    )

    model: str = Field(alias="_model", min_length=1, max_length=128)
    # The store's rule for ids (a job row holds it in a 32-bit column): any
    # other value, a larger number included, is 422 with the one message.
    id: Annotated[int, BeforeValidator(_record_id)] = Field(
        alias="_id", ge=1, le=MAX_ID
    )


class WebhookAccepted(BaseModel):
    queued: str
    record: dict[str, object]


def _check_secret(expected: str | None, given: str | None) -> None:
    if expected is None:
        raise ConfigurationError(
            "Webhooks are off: set COPILOT_WEBHOOK_SECRET and put the same value "
            "in the automation rule's URL (?secret=...)."
        )
    if given is None or not hmac.compare_digest(expected.encode(), given.encode()):
        raise Unauthenticated(
            "Webhook secret missing or wrong (an admin API key also works)."
        )


async def authorise_webhook(
    request: Request,
    settings: SettingsDep,
    secret: Annotated[str | None, Query(description="The shared secret.")] = None,
    x_copilot_secret: Annotated[str | None, Header()] = None,
) -> None:
    """The shared secret when one is sent, else an admin API key, else 401/503.

    A sent secret decides alone, so a header added on the way cannot turn
    Odoo's valid call into a refusal. The route runs this before any other
    dependency: a refused caller gets no job queue built or connected.
    """
    given = x_copilot_secret or secret
    if given is None and has_api_key(request):
        await admin_key(request)
        return
    configured = settings.webhook_secret
    _check_secret(configured.get_secret_value() if configured else None, given)


@router.post(
    "/v1/webhooks/odoo",
    status_code=202,
    # Route dependencies are solved before the parameters' ones (the queue).
    dependencies=[Depends(authorise_webhook)],
    responses=error_responses(400, 401, 403, 413, 422, 503),
)
async def odoo_webhook(
    body: OdooWebhook, queue: JobQueueDep, metrics: MetricsDep
) -> WebhookAccepted:
    """Queue triage (tickets) or a briefing (projects, project updates).

    Replays are harmless: a job whose advice is already stored adds nothing.
    """
    with metrics.webhook():
        job = job_for(body.model, body.id, body.model_extra or {})
        queue.submit(job)
    # The record the job reads: a project update's project, say.
    record = {"model": record_model(job.kind), "id": job.record_id}
    return WebhookAccepted(queued=job.kind, record=record)
