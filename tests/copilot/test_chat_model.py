"""The chat-model seam against a loopback server: one retry layer, and only
for rate limits and server errors; a breaker; tokens and cost per call."""

from __future__ import annotations

import random
from typing import Any

import pytest
from pydantic import BaseModel

from copilot.chat_model import ModelCall, ModelCallFailed, OpenAICompatibleChatModel
from copilot.model_resilience import Failure
from copilot.pricing import ModelPrice
from copilot.settings import Settings
from tests.fakes.openai_server import (
    FakeOpenAIServer,
    Reply,
    bad_request,
    invalid_json,
    quota_exhausted,
    rate_limited,
    scripted,
    server_error,
    too_slow,
    valid,
)

OK = valid({"answer": "fine"})


class Answer(BaseModel):
    answer: str


class Clock:
    """A hand-moved monotonic clock for the breaker."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


# Long enough for a loaded CI machine; only the timeout case sets a short one.
ROOMY_TIMEOUT_S = 10.0
SHORT_TIMEOUT_S = 0.3


def model_for(
    fake: FakeOpenAIServer,
    sleeps: list[float],
    clock: Clock | None = None,
    timeout_s: float = ROOMY_TIMEOUT_S,
) -> OpenAICompatibleChatModel:
    settings = Settings(  # type: ignore[call-arg]
        llm_base_url=fake.base_url,
        llm_model="m",
        llm_timeout_s=timeout_s,
        llm_max_attempts=3,
        llm_backoff_s=0.5,
        llm_backoff_max_s=4.0,
        llm_pause_after_failure_s=60,
        llm_prices={"m": ModelPrice(input_per_million=1.0, output_per_million=2.0)},
        _env_file=None,
    )
    return OpenAICompatibleChatModel(
        settings, sleep=sleeps.append, rng=random.Random(7), clock=clock or Clock()
    )


def ask(model: OpenAICompatibleChatModel) -> tuple[Answer, ModelCall]:
    return model.structured("system", "user", Answer, prompt_sha256="0" * 64)


@pytest.mark.parametrize(
    ("replies", "requests", "retries"),
    [
        ([OK], 1, 0),
        ([rate_limited(), OK], 2, 1),
        ([server_error(), server_error(), OK], 3, 2),
    ],
    ids=["first-time", "after-rate-limit", "after-two-500s"],
)
def test_rate_limits_and_server_errors_are_retried_until_an_answer(
    replies: list[Reply], requests: int, retries: int
) -> None:
    """429 and 5xx are tried again; every attempt is one request, no hidden layer."""
    sleeps: list[float] = []
    with FakeOpenAIServer(scripted(*replies)) as fake:
        model = model_for(fake, sleeps)
        answer, call = ask(model)
    assert answer.answer == "fine"
    assert len(fake.requests) == requests
    assert call.attempts == requests
    assert len(sleeps) == retries
    assert model.metrics.retries == retries
    assert call.audit_fields()["retries"] == retries


@pytest.mark.parametrize(
    ("reply", "requests", "failure"),
    [
        (quota_exhausted(), 1, Failure.QUOTA_EXHAUSTED),
        (bad_request(), 1, Failure.CLIENT_ERROR),
        (too_slow(1.0), 1, Failure.TIMEOUT),
        (invalid_json(), 1, Failure.INVALID_OUTPUT),
        (server_error(), 3, Failure.SERVER_ERROR),
        (rate_limited(), 3, Failure.RATE_LIMITED),
    ],
    ids=["quota", "400", "timeout", "invalid-json", "500s", "429s"],
)
def test_failures_are_retried_only_where_waiting_can_help(
    reply: Reply, requests: int, failure: Failure
) -> None:
    """An exhausted quota, a 400, a timeout or bad JSON is tried exactly once."""
    sleeps: list[float] = []
    timeout_s = SHORT_TIMEOUT_S if failure is Failure.TIMEOUT else ROOMY_TIMEOUT_S
    with FakeOpenAIServer(scripted(reply)) as fake:
        model = model_for(fake, sleeps, timeout_s=timeout_s)
        with pytest.raises(ModelCallFailed) as caught:
            ask(model)
    assert len(fake.requests) == requests
    assert caught.value.failure is failure
    assert caught.value.attempts == requests
    assert len(sleeps) == requests - 1
    assert model.metrics.failures == {failure.value: 1}
    assert "Invalid request" not in str(caught.value)


def test_retry_after_sets_the_wait_and_backoff_is_capped() -> None:
    """A server's Retry-After is honoured, up to the backoff ceiling."""
    sleeps: list[float] = []
    replies = [rate_limited(retry_after=2), rate_limited(retry_after=99), OK]
    with FakeOpenAIServer(scripted(*replies)) as fake:
        ask(model_for(fake, sleeps))
    assert sleeps == [2.0, 4.0]


def test_the_breaker_skips_the_model_after_a_failure_until_the_pause_ends() -> None:
    """After a final failure no request is sent until the pause has passed."""
    clock = Clock()
    with FakeOpenAIServer(scripted(quota_exhausted(), OK)) as fake:
        model = model_for(fake, [], clock)
        with pytest.raises(ModelCallFailed):
            ask(model)
        with pytest.raises(ModelCallFailed) as paused:
            ask(model)
        clock.now = 61
        answer, _ = ask(model)
    assert paused.value.failure is Failure.PAUSED
    assert len(fake.requests) == 2
    assert answer.answer == "fine"


@pytest.mark.parametrize(
    ("reply", "tokens", "estimated"),
    [(OK, (100, 20), False), (valid({"answer": "fine"}, with_usage=False), None, True)],
    ids=["server-usage", "local-estimate"],
)
def test_tokens_come_from_the_server_or_a_local_estimate(
    reply: Reply, tokens: Any, estimated: bool
) -> None:
    """Usage numbers are taken as sent; without them the estimate is used."""
    with FakeOpenAIServer(scripted(reply)) as fake:
        model = model_for(fake, [])
        _, call = ask(model)
    assert call.tokens_estimated is estimated
    if tokens is not None:
        assert (call.prompt_tokens, call.completion_tokens) == tokens
        assert call.cost == pytest.approx((100 * 1.0 + 20 * 2.0) / 1_000_000)
    assert (call.prompt_tokens or 0) > 0 and (call.completion_tokens or 0) > 0
    assert model.metrics.as_dict()["prompt_tokens"] == call.prompt_tokens
