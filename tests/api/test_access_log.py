"""Access lines: route templates and request ids, never paths, queries or keys."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from api.json_logs import JsonLinesFormatter
from copilot.store import Role
from tests.api.conftest import Api


@pytest.fixture
def access_lines() -> Iterator[io.StringIO]:
    """What the access logger writes, formatted as in service mode."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLinesFormatter())
    access = logging.getLogger("api.access")
    access.addHandler(handler)
    level = access.level
    access.setLevel(logging.INFO)
    yield stream
    access.removeHandler(handler)
    access.setLevel(level)


def test_a_request_is_one_line_with_its_route_template(
    api: Api, access_lines: io.StringIO
) -> None:
    """The id in the answer is the id in the log; the concrete id and query stay out."""
    response = api.client.get(
        "/v1/suggestions/424242?note=private-words", headers=api.auth(Role.ADMIN)
    )
    [line] = [json.loads(text) for text in access_lines.getvalue().splitlines()]
    assert line["request_id"] == response.headers["x-request-id"]
    assert (line["method"], line["path"], line["status"]) == (
        "GET",
        "/v1/suggestions/{suggestion_id}",
        404,
    )
    for hidden in ("424242", "private-words", api.tokens[Role.ADMIN]):
        assert hidden not in access_lines.getvalue()


@pytest.mark.parametrize(
    ("sent", "kept"),
    [("trace-20261204-0001", True), ("x\r\ninjected: yes", False), ("short", False)],
)
def test_only_a_safe_caller_request_id_is_reused(
    api: Api, access_lines: io.StringIO, sent: str, kept: bool
) -> None:
    """A caller's id is echoed only if it cannot forge log text."""
    response = api.client.get("/healthz", headers={"X-Request-ID": sent})
    answered = response.headers["x-request-id"]
    assert (answered == sent) is kept
    assert sent not in access_lines.getvalue() or kept


def test_generated_request_ids_are_distinct(api: Api) -> None:
    """Ids the service makes up never repeat and are safe to echo back."""
    answered = {api.client.get("/healthz").headers["x-request-id"] for _ in range(50)}
    assert len(answered) == 50
    assert all(len(value) == 16 and value.isalnum() for value in answered)
