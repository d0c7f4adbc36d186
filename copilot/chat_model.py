"""The one seam to a language model, and its OpenAI-compatible implementation."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Protocol, TypeVar

from pydantic import BaseModel

from copilot.errors import ModelError
from copilot.settings import Settings

__all__ = ["ChatModel", "ModelCall", "OpenAICompatibleChatModel"]

logger = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)


@dataclass(frozen=True)
class ModelCall:
    """What is recorded about one call; never the prompt or the answer."""

    model: str
    prompt_sha256: str
    latency_ms: int
    prompt_tokens: int | None
    completion_tokens: int | None


class ChatModel(Protocol):
    name: str

    def structured(
        self, system: str, user: str, schema: type[T], *, prompt_sha256: str
    ) -> tuple[T, ModelCall]:
        """Ask for an answer parsed into `schema`; raise `ModelError` on failure."""
        ...


class OpenAICompatibleChatModel:
    """Any OpenAI-compatible endpoint through langchain-openai.

    Retries live in the OpenAI client (429 and 5xx only), not in two layers.
    """

    def __init__(self, settings: Settings) -> None:
        from langchain_openai import ChatOpenAI

        api_key = (
            settings.llm_api_key.get_secret_value() if settings.llm_api_key else "none"
        )
        self.name = settings.llm_model
        self._chat = ChatOpenAI(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            api_key=api_key,  # type: ignore[arg-type]  # str is accepted at run time
            timeout=settings.llm_timeout_s,
            max_retries=1,
            temperature=0,
        )

    def structured(
        self, system: str, user: str, schema: type[T], *, prompt_sha256: str
    ) -> tuple[T, ModelCall]:
        started = time.perf_counter()
        runnable = self._chat.with_structured_output(schema, include_raw=True)
        try:
            answer = runnable.invoke([("system", system), ("human", user)])
        except Exception as exc:
            raise ModelError(_describe(exc)) from exc
        latency = int((time.perf_counter() - started) * 1000)
        parsed = answer.get("parsed") if isinstance(answer, dict) else None
        if not isinstance(parsed, schema):
            raise ModelError("The model's answer did not match the expected schema.")
        usage = getattr(answer.get("raw"), "usage_metadata", None) or {}
        call = ModelCall(
            model=self.name,
            prompt_sha256=prompt_sha256,
            latency_ms=latency,
            prompt_tokens=usage.get("input_tokens"),
            completion_tokens=usage.get("output_tokens"),
        )
        logger.info(
            "model call %s prompt=%s latency_ms=%s",
            self.name,
            prompt_sha256[:12],
            latency,
        )
        return parsed, call


def _describe(exc: Exception) -> str:
    """A reason for the audit trail: the error's kind and status, never its body."""
    status = getattr(exc, "status_code", None)
    kind = type(exc).__name__
    return f"{kind} (HTTP {status})" if status else kind
