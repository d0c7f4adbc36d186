"""The one seam to a language model, and its OpenAI-compatible implementation."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from copilot.audit import AuditValue
from copilot.errors import ModelError
from copilot.model_resilience import (
    CircuitBreaker,
    Failure,
    ModelMetrics,
    RetryPolicy,
    classify_failure,
)
from copilot.pricing import call_cost
from copilot.settings import Settings
from copilot.tokens import TokenUsage

__all__ = ["ChatModel", "ModelCall", "ModelCallFailed", "OpenAICompatibleChatModel"]

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
    attempts: int = 1
    tokens_estimated: bool = False
    cost: float | None = None

    def audit_fields(self) -> dict[str, AuditValue]:
        """The call as audit-trail fields: ids, counts and cost only."""
        return {
            "model": self.model,
            "prompt_sha256": self.prompt_sha256,
            "latency_ms": self.latency_ms,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "tokens_estimated": self.tokens_estimated,
            "attempts": self.attempts,
            "retries": self.attempts - 1,
            "cost": self.cost,
        }


class ModelCallFailed(ModelError):
    """A call that failed for good: its failure kind and how often it was tried."""

    def __init__(self, message: str, failure: Failure, attempts: int) -> None:
        super().__init__(message)
        self.failure = failure
        self.attempts = attempts

    def audit_fields(self) -> dict[str, AuditValue]:
        return {
            "failure": self.failure.value,
            "attempts": self.attempts,
            "retries": max(0, self.attempts - 1),
        }


class ChatModel(Protocol):
    name: str

    def structured(
        self, system: str, user: str, schema: type[T], *, prompt_sha256: str
    ) -> tuple[T, ModelCall]:
        """Ask for an answer parsed into `schema`; raise `ModelError` on failure."""
        ...


class OpenAICompatibleChatModel:
    """Any OpenAI-compatible endpoint through langchain-openai.

    Retries happen here and only here (429 and 5xx, never an exhausted
    quota); the client below has `max_retries=0`. After a call fails for
    good the circuit breaker skips the model for the configured pause.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        from langchain_openai import ChatOpenAI

        api_key = (
            settings.llm_api_key.get_secret_value() if settings.llm_api_key else "none"
        )
        self.name = settings.llm_model
        self.metrics = ModelMetrics()
        self._chat = ChatOpenAI(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            api_key=api_key,  # type: ignore[arg-type]  # str is accepted at run time
            timeout=settings.llm_timeout_s,
            max_retries=0,
            temperature=0,
        )
        self._policy = RetryPolicy(
            settings.llm_max_attempts,
            settings.llm_backoff_s,
            settings.llm_backoff_max_s,
        )
        self._breaker = CircuitBreaker(settings.llm_pause_after_failure_s, clock=clock)
        self._prices = settings.llm_prices
        self._sleep = sleep
        self._rng = rng or random.Random()

    def structured(
        self, system: str, user: str, schema: type[T], *, prompt_sha256: str
    ) -> tuple[T, ModelCall]:
        if self._breaker.is_open:
            self.metrics.failures[Failure.PAUSED.value] += 1
            raise ModelCallFailed(
                "the model is paused after a recent failure", Failure.PAUSED, 0
            )
        self.metrics.calls += 1
        started = time.perf_counter()
        answer, attempts = self._invoke_with_retries(system, user, schema)
        latency = int((time.perf_counter() - started) * 1000)
        parsed = answer.get("parsed") if isinstance(answer, dict) else None
        if not isinstance(parsed, schema):
            self.metrics.failures[Failure.INVALID_OUTPUT.value] += 1
            raise ModelCallFailed(
                "The model's answer did not match the expected schema.",
                Failure.INVALID_OUTPUT,
                attempts,
            )
        usage = getattr(answer.get("raw"), "usage_metadata", None) or {}
        tokens = TokenUsage.of(
            usage.get("input_tokens"),
            usage.get("output_tokens"),
            prompt=(system, user),
            completion=parsed.model_dump_json(),
        )
        call = ModelCall(
            model=self.name,
            prompt_sha256=prompt_sha256,
            latency_ms=latency,
            prompt_tokens=tokens.prompt_tokens,
            completion_tokens=tokens.completion_tokens,
            attempts=attempts,
            tokens_estimated=tokens.is_estimated,
            cost=call_cost(self._prices, self.name, tokens),
        )
        self._count_success(call)
        logger.info(
            "model call %s prompt=%s latency_ms=%s attempts=%s tokens=%s+%s",
            self.name,
            prompt_sha256[:12],
            latency,
            attempts,
            call.prompt_tokens,
            call.completion_tokens,
        )
        return parsed, call

    def _invoke_with_retries(
        self, system: str, user: str, schema: type[T]
    ) -> tuple[Any, int]:
        runnable = self._chat.with_structured_output(schema, include_raw=True)
        attempt = 0
        while True:
            attempt += 1
            self.metrics.attempts += 1
            try:
                return runnable.invoke([("system", system), ("human", user)]), attempt
            except Exception as exc:
                failure, retry_after = classify_failure(exc)
                if failure.is_retryable and attempt < self._policy.max_attempts:
                    self.metrics.retries += 1
                    wait = self._policy.delay(attempt, retry_after, self._rng)
                    logger.warning(
                        "model call %s: %s, retry %s in %.2f s",
                        self.name,
                        failure.value,
                        attempt,
                        wait,
                    )
                    self._sleep(wait)
                    continue
                self.metrics.failures[failure.value] += 1
                if failure is not Failure.INVALID_OUTPUT:
                    self._breaker.trip()
                raise ModelCallFailed(
                    _describe(exc, failure, attempt), failure, attempt
                ) from exc

    def _count_success(self, call: ModelCall) -> None:
        self._breaker.reset()
        self.metrics.succeeded += 1
        self.metrics.prompt_tokens += call.prompt_tokens or 0
        self.metrics.completion_tokens += call.completion_tokens or 0
        self.metrics.cost += call.cost or 0.0


def _describe(exc: Exception, failure: Failure, attempts: int) -> str:
    """A reason for the audit trail: kind, status, attempts; never the body."""
    status = getattr(exc, "status_code", None)
    http = f", HTTP {status}" if status else ""
    tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
    return f"{failure.value} ({type(exc).__name__}{http}, {tries})"
