"""The process switches the CLI sets before any library loads."""

from __future__ import annotations

import os

import pytest

from copilot.offline_env import apply_offline_environment


@pytest.mark.parametrize(
    ("name", "default"),
    [
        ("ORT_DISABLE_TELEMETRY", "1"),
        ("HF_HUB_OFFLINE", "1"),
        ("OPENBLAS_NUM_THREADS", "1"),
    ],
)
def test_a_switch_gets_its_default(
    monkeypatch: pytest.MonkeyPatch, name: str, default: str
) -> None:
    monkeypatch.delenv(name, raising=False)
    apply_offline_environment()
    assert os.environ[name] == default


def test_an_operators_setting_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    apply_offline_environment()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"
