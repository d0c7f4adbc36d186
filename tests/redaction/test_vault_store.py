"""Vaults persist encrypted at rest and restore placeholders in a new process."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from copilot.errors import ConfigurationError, RedactionError
from redaction import DenyList, EncryptedVaultStore, PseudonymVault, Redactor
from tests.redaction.conftest import ScriptedAnalyzer

_ORIGINAL = "Ruairí Tjörnvik"


def _redactor(store: EncryptedVaultStore) -> Redactor:
    analyzer = ScriptedAnalyzer({_ORIGINAL: "PERSON"})
    return Redactor(analyzer, DenyList.empty(), vault_store=store)


def test_restore_after_restart(tmp_path: Path) -> None:
    """A placeholder issued before a restart is restored after it."""
    first = _redactor(EncryptedVaultStore(tmp_path)).scope("t/1", is_persistent=True)
    redacted = first.redact(f"Ask {_ORIGINAL} today.").text
    first.persist()
    later = _redactor(EncryptedVaultStore(tmp_path)).scope("t/1", is_persistent=True)
    assert later.restore(redacted.replace("<PERSON_1>", "person_1")) == (
        f"Ask {_ORIGINAL} today."
    )


# Each needle has a character outside URL-safe base64 ("ö", "/"), so a
# random key or token can never contain it by chance (as it did "Tj").
@pytest.mark.parametrize("needle", [_ORIGINAL, "Tjörnvik", "t/1"])
def test_nothing_readable_on_disk(tmp_path: Path, needle: str) -> None:
    """Neither the value nor the scope id can be read from the files."""
    scope = _redactor(EncryptedVaultStore(tmp_path)).scope("t/1", is_persistent=True)
    scope.redact(f"Ask {_ORIGINAL}.")
    scope.persist()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert needle.encode() not in path.read_bytes()
            assert needle not in path.name


def test_key_file_is_owner_only(tmp_path: Path) -> None:
    """The key file created on first use has 0600 permissions."""
    EncryptedVaultStore(tmp_path)
    mode = stat.S_IMODE((tmp_path / "vault.key").stat().st_mode)
    assert mode == 0o600


@pytest.mark.parametrize(
    "other_key",
    [pytest.param(Fernet.generate_key(), id="another-key")],
)
def test_wrong_key_fails_closed(tmp_path: Path, other_key: bytes) -> None:
    """A vault written under one key cannot be read under another."""
    vault = PseudonymVault()
    vault.placeholder_for("PERSON", _ORIGINAL)
    EncryptedVaultStore(tmp_path).save("t/1", vault)
    with pytest.raises(RedactionError):
        EncryptedVaultStore(tmp_path, other_key).load("t/1")


def test_bad_key_setting_is_a_configuration_error(tmp_path: Path) -> None:
    """A key that is not a Fernet key is reported to the operator."""
    with pytest.raises(ConfigurationError):
        EncryptedVaultStore(tmp_path, b"not-a-key")


def test_persist_needs_a_persistent_scope(tmp_path: Path) -> None:
    """An in-memory scope refuses to write its originals anywhere."""
    scope = _redactor(EncryptedVaultStore(tmp_path)).scope("t/2")
    with pytest.raises(RedactionError):
        scope.persist()
