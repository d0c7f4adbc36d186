"""Fixtures: a throwaway Redis server on loopback for the task-queue tests.

Listens on 127.0.0.1 only, on a free port, with no persistence and its
working folder in a temporary directory that is deleted afterwards.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from redis import Redis

from tests.support.processes import free_port, stop

__all__ = ["redis_server", "redis_url", "running_redis"]


def _wait_until_ready(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("redis-server exited during start-up")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                if conn.recv(16).startswith(b"+PONG"):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError("redis-server did not answer within 20 s")


@contextmanager
def running_redis(binary: str) -> Iterator[str]:
    """Start redis-server; yield its redis:// URL (database 0); stop and clean up."""
    folder = Path(tempfile.mkdtemp(prefix="copilot-redis-"))
    port = free_port()
    server = subprocess.Popen(
        [
            binary,
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--dir",
            str(folder),
            "--save",
            "",
            "--appendonly",
            "no",
            "--protected-mode",
            "yes",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_until_ready(port, server)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop(server)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip(
            "redis-server not installed; install the 'redis-server' package to "
            "test the task queue"
        )
    with running_redis(binary) as url:
        yield url


@pytest.fixture
def redis_url(redis_server: str) -> Iterator[str]:
    """The session's server with nothing queued from earlier tests."""
    client = Redis.from_url(redis_server)
    client.flushdb()
    yield redis_server
    client.close()
