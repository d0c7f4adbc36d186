"""The suggestion inbox: list, show, approve and reject, limited by role."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from api.auth import Forbidden
from api.deps import AnyKey, ReasonRedactorDep, StoreDep
from api.errors import error_responses
from api.params import StoreId
from api.schemas import RejectRequest, SuggestionPublic
from copilot.reject_reason import mask_reason
from copilot.store import ApiKey, Role, SuggestionState, SuggestionStore, utc_now
from copilot.store.model import Suggestion

__all__ = ["router"]

router = APIRouter(
    prefix="/v1/suggestions",
    tags=["suggestions"],
    responses=error_responses(400, 401, 403, 404, 413, 422),
)

# Which kinds of advice each role reviews; admin sees every kind.
_KINDS: dict[Role, frozenset[str]] = {
    Role.PM: frozenset({"brief"}),
    Role.HELPDESK: frozenset({"triage"}),
    Role.ACCOUNT_MANAGER: frozenset({"next_actions"}),
}


def _public(suggestion: Suggestion) -> SuggestionPublic:
    return SuggestionPublic.model_validate(suggestion.as_dict(now=utc_now()))


def _visible(key: ApiKey, suggestion: Suggestion) -> bool:
    return key.role is Role.ADMIN or suggestion.kind in _KINDS.get(key.role, ())


def _checked(store: SuggestionStore, key: ApiKey, suggestion_id: int) -> Suggestion:
    suggestion = store.get(suggestion_id)
    if not _visible(key, suggestion):
        raise Forbidden(
            f"Role '{key.role.value}' does not review '{suggestion.kind}' suggestions."
        )
    return suggestion


@router.get("")
async def list_suggestions(
    key: AnyKey,
    store: StoreDep,
    state: Annotated[
        SuggestionState | None, Query(description="Only this state.")
    ] = None,
    failed: bool = Query(False, description="Only the exception queue."),
    limit: int = Query(100, ge=1, le=1000),
) -> list[SuggestionPublic]:
    """Newest first; each role sees the kinds of advice it reviews."""
    states = [SuggestionState.FAILED] if failed else [state] if state else None
    found = await run_in_threadpool(store.search, states=states, limit=limit)
    return [_public(s) for s in found if _visible(key, s)]


@router.get("/{suggestion_id}")
async def show_suggestion(
    suggestion_id: StoreId, key: AnyKey, store: StoreDep
) -> SuggestionPublic:
    """One suggestion with its state, attempts and last error."""
    return _public(await run_in_threadpool(_checked, store, key, suggestion_id))


@router.post("/{suggestion_id}/approve", responses=error_responses(409))
async def approve_suggestion(
    suggestion_id: StoreId, key: AnyKey, store: StoreDep
) -> SuggestionPublic:
    """Approve; 409 if the suggestion was already decided."""

    def run() -> Suggestion:
        _checked(store, key, suggestion_id)
        return store.decide(
            suggestion_id, SuggestionState.APPROVED, actor=key.actor, source="api"
        )

    return _public(await run_in_threadpool(run))


@router.post("/{suggestion_id}/reject", responses=error_responses(409))
async def reject_suggestion(
    suggestion_id: StoreId,
    body: RejectRequest,
    key: AnyKey,
    store: StoreDep,
    redactor: ReasonRedactorDep,
) -> SuggestionPublic:
    """Reject with a reason (kept masked); 409 if the suggestion was decided."""

    def run() -> Suggestion:
        _checked(store, key, suggestion_id)
        return store.decide(
            suggestion_id,
            SuggestionState.REJECTED,
            actor=key.actor,
            source="api",
            reason=mask_reason(redactor, suggestion_id, body.reason),
        )

    return _public(await run_in_threadpool(run))
