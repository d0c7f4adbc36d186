"""The demo sandbox's data folder: one owner at a time, and a reset that pairs.

The sandbox keeps its Odoo journal under `DATA_DIR/sandbox`; the suggestion
store in `DATA_DIR/copilot.db` holds advice about that Odoo's records. A reset
must clear both, and must never run under a sandbox that is still serving.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from copilot.errors import ConfigurationError, FolderInUse
from copilot.settings import Settings

__all__ = ["hold_sandbox_folder", "reset_sandbox_data", "sandbox_folder"]

LOCK_NAME = "lock"


def sandbox_folder(settings: Settings) -> Path:
    return settings.data_dir / "sandbox"


@contextmanager
def hold_sandbox_folder(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on `folder` or raise `FolderInUse` at once.

    `flock` is released by the kernel when the process ends, so a killed
    sandbox never leaves a stale lock behind.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise ConfigurationError(
            f"COPILOT_DATA_DIR ({folder.parent}) is not a writable folder."
        ) from exc
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FolderInUse(
                f"another `copilot sandbox` or `copilot demo` is using {folder}; "
                "stop it first, or set COPILOT_DATA_DIR to another folder."
            ) from None
        yield
    finally:
        os.close(handle)


def reset_sandbox_data(settings: Settings) -> str:
    """Forget the sandbox's journal and its paired store; say what was cleared.

    Call only while holding the folder. A store named by COPILOT_DATABASE_URL
    is not the sandbox's own and is left alone.
    """
    journal = sandbox_folder(settings) / "journal.jsonl"
    journal.unlink(missing_ok=True)
    if settings.database_url is not None:
        return (
            "Reset: the demo Odoo starts over from its seed; the suggestion store at "
            "COPILOT_DATABASE_URL was kept (it is not in the sandbox's folder)."
        )
    from copilot.store import forget_suggestions
    from copilot.wiring import build_store

    forgotten = 0
    if (settings.data_dir / "copilot.db").exists():
        store = build_store(settings)
        try:
            forgotten = forget_suggestions(store, reason="sandbox reset")
        finally:
            store.engine.dispose()
    return (
        "Reset: the demo Odoo starts over from its seed and the suggestion store "
        f"in {settings.data_dir} starts empty ({forgotten} suggestions forgotten)."
    )
