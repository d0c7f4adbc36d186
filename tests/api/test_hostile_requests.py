"""Hostile or malformed requests get a 4xx that echoes nothing back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from copilot.store import Role
from tests.api.conftest import Api

HUGE_ID = "99999999999999999999999"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", f"/v1/suggestions/{HUGE_ID}"),
        ("post", f"/v1/suggestions/{HUGE_ID}/approve"),
    ],
)
def test_ids_beyond_any_database_are_a_client_error(
    api: Api, method: str, path: str
) -> None:
    """An id too large for the store is 4xx, never a server error."""
    response = getattr(api.client, method)(path, headers=api.auth(Role.ADMIN))
    assert 400 <= response.status_code < 500


def test_lone_surrogate_text_is_refused_without_echo(api: Api) -> None:
    """Text that is not valid Unicode is refused (4xx) without quoting it."""
    response = api.client.post(
        "/v1/redaction/preview",
        content=b'{"text": "\\ud800 Ilse Vandermoortel"}',
        headers={**api.auth(Role.ADMIN), "content-type": "application/json"},
    )
    assert response.status_code in (400, 422)
    assert "Vandermoortel" not in response.text


def test_validation_errors_do_not_echo_the_input(api: Api) -> None:
    """A 422 names the field and the problem, not the submitted text."""
    text = "Ilse Vandermoortel +32 470 12 34 56 " * 4000
    response = api.client.post(
        "/v1/redaction/preview", json={"text": text}, headers=api.auth(Role.ADMIN)
    )
    assert response.status_code == 422
    assert "Vandermoortel" not in response.text


def test_oversized_bodies_are_refused(api: Api) -> None:
    """A body over the limit is 413 before it is parsed."""
    response = api.client.post(
        "/v1/redaction/preview",
        content=b'{"text": "' + b"a" * 1_200_000 + b'"}',
        headers={**api.auth(Role.ADMIN), "content-type": "application/json"},
    )
    assert response.status_code == 413


def test_oversized_chunked_bodies_are_refused(api: Api) -> None:
    """A body streamed without a length is counted as it arrives: 413 too."""

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(20):
            yield b"a" * 65_536
        yield b'"}'

    response = api.client.post(
        "/v1/redaction/preview",
        content=chunks(),
        headers={**api.auth(Role.ADMIN), "content-type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json()["error"] == "PayloadTooLarge"
