"""When to try a model call again, when to stop calling, and what happened.

One layer retries: this one. The OpenAI client underneath is built with
`max_retries=0`, because it would also retry an exhausted quota (a 429 with
code `insufficient_quota`), timeouts and 408/409 answers.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "CircuitBreaker",
    "Failure",
    "ModelMetrics",
    "RetryPolicy",
    "classify_failure",
]


class Failure(StrEnum):
    """Why a call failed; only the first two are worth another attempt."""

    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    QUOTA_EXHAUSTED = "quota_exhausted"
    CLIENT_ERROR = "client_error"
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"
    INVALID_OUTPUT = "invalid_output"
    PAUSED = "paused"

    @property
    def is_retryable(self) -> bool:
        return self in (Failure.RATE_LIMITED, Failure.SERVER_ERROR)


def classify_failure(exc: BaseException) -> tuple[Failure, float | None]:
    """The failure kind of an OpenAI client error and any `Retry-After` seconds."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return Failure.TIMEOUT, None
    if isinstance(exc, openai.APIConnectionError):
        return Failure.UNREACHABLE, None
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status == 429:
            if exc.code == "insufficient_quota":
                return Failure.QUOTA_EXHAUSTED, None
            return Failure.RATE_LIMITED, _retry_after(exc)
        if status >= 500:
            return Failure.SERVER_ERROR, _retry_after(exc)
        return Failure.CLIENT_ERROR, None
    return Failure.INVALID_OUTPUT, None


def _retry_after(exc: BaseException) -> float | None:
    """Seconds from a numeric `Retry-After` header (RFC 9110, 10.2.3)."""
    response = getattr(exc, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, capped; `Retry-After` wins if longer."""

    max_attempts: int = 3
    base_delay_s: float = 0.5
    max_delay_s: float = 8.0

    def delay(
        self, attempt: int, retry_after: float | None, rng: random.Random
    ) -> float:
        """Seconds to wait after failed attempt number `attempt` (from 1)."""
        ceiling = min(self.max_delay_s, self.base_delay_s * 2 ** (attempt - 1))
        wait = rng.uniform(0, ceiling)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.max_delay_s))
        return wait


class CircuitBreaker:
    """Open for `cooldown_s` after a failure: a hung endpoint costs one timeout."""

    def __init__(
        self, cooldown_s: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._cooldown_s = cooldown_s
        self._clock = clock
        self._open_until = 0.0

    @property
    def is_open(self) -> bool:
        return self._clock() < self._open_until

    def trip(self) -> None:
        self._open_until = self._clock() + self._cooldown_s

    def reset(self) -> None:
        self._open_until = 0.0


@dataclass
class ModelMetrics:
    """Counters for one process's model calls; no text, only numbers."""

    calls: int = 0
    succeeded: int = 0
    attempts: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    failures: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, object]:
        return {
            "calls": self.calls,
            "succeeded": self.succeeded,
            "attempts": self.attempts,
            "retries": self.retries,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost": round(self.cost, 6),
            "failures": dict(sorted(self.failures.items())),
        }
