"""Fixtures: a throwaway PostgreSQL server on loopback for the store and API tests.

Uses the server binaries of the machine (Debian's `postgresql` package puts
them in /usr/lib/postgresql/VERSION/bin). initdb refuses to run as root, so
as root the cluster is created and run as the `postgres` OS user.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support.processes import free_port, stop

__all__ = ["find_server_binaries", "postgres_url", "running_postgres"]


def find_server_binaries() -> Path | None:
    """The folder holding `initdb` and `postgres`, newest version first."""
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists() and (folder / "postgres").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def _wait_until_ready(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the PostgreSQL server exited during start-up")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the PostgreSQL server did not start within 30 s")


@contextmanager
def running_postgres(binaries: Path) -> Iterator[str]:
    """Start a fresh cluster; yield a SQLAlchemy URL; stop and delete it."""
    folder = Path(tempfile.mkdtemp(prefix="copilot-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, user="postgres", group="postgres")
    data = folder / "data"
    subprocess.run(
        _as_server_user(
            [str(binaries / "initdb"), "-D", str(data), "-U", "copilot", "-A", "trust"]
        ),
        check=True,
        capture_output=True,
    )
    port = free_port()
    server = subprocess.Popen(
        _as_server_user(
            [
                str(binaries / "postgres"),
                "-D",
                str(data),
                "-k",
                str(folder),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-c",
                "fsync=off",
            ]
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_until_ready(port, server)
        yield f"postgresql://copilot@127.0.0.1:{port}/postgres"
    finally:
        stop(server, timeout_s=20)  # SIGTERM: PostgreSQL's "smart" shutdown
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """One loopback PostgreSQL server for the session."""
    binaries = find_server_binaries()
    if binaries is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, postgres) not installed; "
            "install the 'postgresql' package to test the PostgreSQL path"
        )
    with running_postgres(binaries) as url:
        yield url
