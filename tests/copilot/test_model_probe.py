"""The readiness probe of the model endpoint: offline, ok, or why not usable."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pydantic import SecretStr

from copilot.model_probe import probe_model
from copilot.settings import Settings
from tests.fakes.openai_server import FakeOpenAIServer, json_answer


def settings(tmp_path: Path, **values: object) -> Settings:
    return Settings(_env_file=None, data_dir=tmp_path, **values)  # type: ignore[call-arg, arg-type]


def test_no_model_configured_is_the_offline_narrator(tmp_path: Path) -> None:
    """Nothing configured: `offline`, and nothing is contacted."""
    assert asyncio.run(probe_model(settings(tmp_path))) == "offline"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (200, "ok"),
        (404, "ok"),  # answers, lists no models: a chat call may still work
        (401, "unreachable: HTTP 401"),
        (503, "unreachable: HTTP 503"),
    ],
)
def test_answer_of_the_model_list_decides(
    tmp_path: Path, status: int, expected: str
) -> None:
    """A refused key or a server error is not usable; other answers are."""
    with FakeOpenAIServer(json_answer({}), model_list_status=status) as fake:
        configured = settings(
            tmp_path, llm_base_url=fake.base_url, llm_api_key=SecretStr("sk-x")
        )
        assert asyncio.run(probe_model(configured)) == expected
    assert fake.model_list_auth == ["Bearer sk-x"]
