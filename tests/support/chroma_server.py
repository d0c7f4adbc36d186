"""Fixture: a throwaway Chroma server (`chroma run`) on loopback.

The server binary ships inside the chromadb wheel (the `chroma` script in
the environment's bin folder). It listens on 127.0.0.1 on a free port and
keeps its data in a temporary folder deleted afterwards; every test gets
an empty server.
"""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.processes import free_port, stop

__all__ = ["chroma_server_url"]


def _binary() -> str | None:
    beside = Path(sys.executable).parent / "chroma"
    return str(beside) if beside.exists() else shutil.which("chroma")


def _wait_until_ready(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the Chroma server exited during start-up")
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=0.5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("the Chroma server did not answer within 30 s")


@pytest.fixture
def chroma_server_url() -> Iterator[str]:
    """The http:// URL of an empty Chroma server."""
    binary = _binary()
    if binary is None:
        pytest.skip("the chroma server binary is not installed with chromadb")
    folder = Path(tempfile.mkdtemp(prefix="copilot-chroma-"))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            binary,
            "run",
            "--path",
            str(folder),
            "--host",
            "127.0.0.1",
            "--port",
            f"{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    try:
        _wait_until_ready(url, server)
        yield url
    finally:
        # chromadb's HTTP client leaves the connections it opened while
        # starting up for the garbage collector; collect them here, quietly,
        # rather than as a ResourceWarning in whichever test runs next.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()
        stop(server)
        shutil.rmtree(folder, ignore_errors=True)
