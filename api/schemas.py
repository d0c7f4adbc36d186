"""Request and response bodies, each with an example for the OpenAPI document."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from copilot.reject_reason import MAX_REASON_CHARS

__all__ = [
    "ErrorBody",
    "JobPublic",
    "Problem",
    "RecordPublic",
    "RedactionPreview",
    "RedactionRequest",
    "RejectRequest",
    "SuggestionPublic",
    "TriageTextRequest",
]


class Problem(BaseModel):
    """One invalid part of a request: where and what, never the value sent."""

    loc: list[str | int]
    msg: str


class ErrorBody(BaseModel):
    """Every error answer: the error's class and what to fix."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"error": "NotFoundError", "detail": "No suggestion with id 99."}
            ]
        }
    )

    error: str
    detail: str | list[Problem]


class TriageTextRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"text": "Cannot log in to the portal"}]}
    )

    text: str = Field(min_length=1, max_length=20_000)


class RedactionRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"text": "Call Ilse on +32 470 12 34 56"}]}
    )

    text: str = Field(min_length=1, max_length=100_000)


class RedactedEntity(BaseModel):
    type: str
    start: int
    end: int


class RedactionPreview(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "text": "Call <PERSON_1> on <PHONE_NUMBER_1>",
                    "entities": [
                        {"type": "PERSON", "start": 5, "end": 9},
                        {"type": "PHONE_NUMBER", "start": 13, "end": 29},
                    ],
                }
            ]
        }
    )

    text: str
    entities: list[RedactedEntity]


class RejectRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "Already agreed with the client"}]}
    )

    # Documented as a pattern; checked by the validator, whose message a
    # person can act on ("should match pattern '\\S'" is none).
    reason: str = Field(
        max_length=MAX_REASON_CHARS,
        json_schema_extra={"minLength": 1, "pattern": r"\S"},
    )

    @field_validator("reason")
    @classmethod
    def _not_blank(cls, reason: str) -> str:
        if not reason.strip():
            raise ValueError(
                "is blank; say in a few words why the suggestion is rejected"
            )
        return reason


class RecordPublic(BaseModel):
    model: str
    id: int


class SuggestionPublic(BaseModel):
    """A suggestion as the inbox shows it: ids, state and timing, no advice text."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 12,
                    "kind": "brief",
                    "record": {"model": "project.project", "id": 7},
                    "period": "2026-W49",
                    "content_hash": "3f2a9c1b0d4e",
                    "state": "posted",
                    "odoo_activity_id": 4021,
                    "correlation_id": "9b1c2d3e4f5a6b7c",
                    "reason": None,
                    "created_at": "2026-12-04T09:00:00",
                    "decided_at": None,
                    "attempts": 1,
                    "last_error": None,
                    "age_s": 3600,
                }
            ]
        }
    )

    id: int
    kind: str
    record: RecordPublic
    period: str
    content_hash: str
    state: str
    odoo_activity_id: int | None
    correlation_id: str
    reason: str | None
    created_at: str
    decided_at: str | None
    attempts: int
    last_error: str | None
    age_s: int | None


class JobPublic(BaseModel):
    """A stored webhook job: its input (kind, record), state, attempts, reason."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 31,
                    "kind": "triage",
                    "record": {"model": "helpdesk.ticket", "id": 42},
                    "state": "dead",
                    "attempts": 5,
                    "reason": "dead after 5 attempts: the last stopped without "
                    "finishing (its process died or ran past the 10-minute "
                    "lease); not retried",
                    "created_at": "2026-12-04T09:00:00",
                }
            ]
        }
    )

    id: int
    kind: str
    record: RecordPublic
    state: str
    attempts: int
    reason: str | None
    created_at: str
