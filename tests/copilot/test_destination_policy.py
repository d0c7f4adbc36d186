"""The service's redactor unmasks only what the model and embeddings may see."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from copilot.destination_policy import model_destination
from copilot.settings import Settings
from copilot.shared_odoo import redactor_for
from redaction import Destination


def _settings(tmp_path: Path, **values: Any) -> Settings:
    return Settings(_env_file=None, data_dir=tmp_path, **values)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        pytest.param({}, Destination.LOCAL_MODEL, id="built-in-narrator"),
        pytest.param({"llm_api_key": "k"}, Destination.REMOTE_MODEL, id="openai"),
        pytest.param(
            {"llm_base_url": "http://127.0.0.1:8000/v1"}, Destination.LOCAL_MODEL,
            id="loopback",
        ),
        pytest.param(
            {"llm_base_url": "http://localhost:11434/v1"}, Destination.LOCAL_MODEL,
            id="localhost",
        ),
        pytest.param(
            {"llm_base_url": "http://10.1.2.3/v1"}, Destination.LOCAL_MODEL,
            id="private",
        ),
        pytest.param(
            {"llm_base_url": "https://llm.example.com/v1"}, Destination.REMOTE_MODEL,
            id="named-host",
        ),
        pytest.param(
            {"llm_base_url": "http://93.184.216.34/v1"}, Destination.REMOTE_MODEL,
            id="public-address",
        ),
    ],
)  # fmt: skip
def test_model_destination(
    tmp_path: Path, values: dict[str, str], expected: Destination
) -> None:
    assert model_destination(_settings(tmp_path, **values)) == expected


@pytest.mark.parametrize(
    ("values", "is_place_visible"),
    [
        pytest.param({}, False, id="default-masks-everything"),
        pytest.param(
            {"redaction_unmasked_local_model": ["LOCATION"]}, False,
            id="embeddings-still-mask-places",
        ),
        pytest.param(
            {
                "redaction_unmasked_local_model": ["LOCATION"],
                "redaction_unmasked_embeddings": ["LOCATION"],
            },
            True,
            id="both-may-see-places",
        ),
        pytest.param(
            {
                "llm_base_url": "https://llm.example.com/v1",
                "redaction_unmasked_local_model": ["LOCATION"],
                "redaction_unmasked_embeddings": ["LOCATION"],
            },
            False,
            id="remote-model-masks-places",
        ),
    ],
)  # fmt: skip
def test_service_redactor_follows_the_destination_settings(
    tmp_path: Path, values: dict[str, Any], is_place_visible: bool
) -> None:
    text = "Ilse Vandermoortel works in our office in Gent."
    redacted = redactor_for(_settings(tmp_path, **values), ()).scope("t").redact(text)
    assert ("Gent" in redacted.text) is is_place_visible
    assert "Vandermoortel" not in redacted.text
