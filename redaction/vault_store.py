"""Pseudonym vaults kept encrypted at rest, for scopes that outlive a process.

Each scope is one file under ``<data dir>/vaults/``, named by a hash of the
scope id (ids may name a client) and encrypted with Fernet (AES-128-CBC
with an HMAC-SHA256 tag). The key comes from settings or from a key file
created once with 0600 permissions. Nothing here logs a value or a key.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from copilot.errors import ConfigurationError, RedactionError
from redaction.vault import PseudonymVault, VaultRecord

__all__ = ["EncryptedVaultStore"]

logger = logging.getLogger(__name__)

_KEY_FILE = "vault.key"
_FOLDER = "vaults"
_FORMAT = 1


def _load_or_create_key(path: Path) -> bytes:
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key()
    try:
        # O_EXCL: two processes starting at once never overwrite each other.
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(handle, "wb") as file:
        file.write(key)
    logger.info("created a vault key file with owner-only permissions")
    return key


class EncryptedVaultStore:
    """Saves and loads vaults by scope id; files are unreadable without the key."""

    def __init__(self, data_dir: Path, key: bytes | None = None) -> None:
        self._folder = data_dir / _FOLDER
        try:
            self._fernet = Fernet(key or _load_or_create_key(data_dir / _KEY_FILE))
        except (ValueError, OSError) as exc:
            raise ConfigurationError(
                "the vault key is not a valid Fernet key, or its file is unreadable"
            ) from exc

    def _path(self, scope_id: str) -> Path:
        digest = hashlib.sha256(scope_id.encode("utf-8")).hexdigest()
        return self._folder / f"{digest}.vault"

    def save(self, scope_id: str, vault: PseudonymVault) -> None:
        """Encrypt and write the vault's records, replacing an earlier copy."""
        records = [
            [r.entity_type, r.number, r.original, r.is_searched]
            for r in vault.records()
        ]
        plain = json.dumps({"format": _FORMAT, "records": records}).encode("utf-8")
        path = self._path(scope_id)
        self._folder.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "wb") as file:
            file.write(self._fernet.encrypt(plain))
        temporary.replace(path)
        logger.debug("vault saved: %d records", len(records))

    def load(self, scope_id: str) -> PseudonymVault | None:
        """The saved vault of ``scope_id``, or ``None`` if there is none.

        Raises ``RedactionError`` if the file was altered or the key changed.
        """
        path = self._path(scope_id)
        if not path.exists():
            return None
        try:
            plain = self._fernet.decrypt(path.read_bytes())
            data = json.loads(plain)
            records = [
                VaultRecord(str(kind), int(number), str(original), bool(searched))
                for kind, number, original, searched in data["records"]
            ]
        except (InvalidToken, ValueError, KeyError, TypeError) as exc:
            raise RedactionError(
                "a saved pseudonym vault could not be decrypted or read"
            ) from exc
        return PseudonymVault.from_records(records)

    def delete(self, scope_id: str) -> None:
        """Forget the saved vault of ``scope_id``, if any."""
        self._path(scope_id).unlink(missing_ok=True)
