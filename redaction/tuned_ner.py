"""The product's own NER weights: spaCy's small English NER, tuned here.

``models/ner`` holds the ``ner`` component of ``en_core_web_sm`` 3.8.0 after
three epochs on the labelled business texts of the tuned eval parts (see
``models/README.md``). Only the weights change: the architecture, labels and
speed are the base model's, so the weights load into the installed pipeline.
``models/ner.json`` records each file's SHA-256; a missing or changed file
stops the build instead of running on other weights.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from copilot.errors import RedactionError

__all__ = ["WEIGHT_FILES", "load_tuned_ner", "tuned_ner_manifest"]

WEIGHT_FILES = ("cfg", "model", "moves")
"""What spaCy's NER reads from disk, vocabulary aside (the pipeline's own)."""

_MODELS = "models"
_MANIFEST = "ner.json"
_SHA256_DIGITS = 64


def _models_folder() -> Traversable:
    return resources.files(__package__ or "redaction").joinpath(_MODELS)


def tuned_ner_manifest(folder: Traversable | None = None) -> dict[str, Any]:
    """The weights' record: base model, training run and file hashes.

    ``folder`` holds ``ner.json`` and ``ner/`` as the training command writes
    them (default: the shipped weights).
    """
    folder = _models_folder() if folder is None else folder
    try:
        data = json.loads(folder.joinpath(_MANIFEST).read_text(encoding="utf-8"))
    except OSError as exc:
        raise RedactionError(
            f"the tuned NER record {_MANIFEST} {_absence(exc)}"
        ) from exc
    except ValueError as exc:
        raise RedactionError(f"the tuned NER record {_MANIFEST} is unreadable") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sha256"), dict):
        raise RedactionError(f"the tuned NER record {_MANIFEST} lacks file hashes")
    for name in WEIGHT_FILES:
        if not _is_sha256(data["sha256"].get(name)):
            raise RedactionError(
                f"the tuned NER record {_MANIFEST} has no valid SHA-256 for "
                f"ner/{name} (64 lower-case hex digits)"
            )
    return data


def _is_sha256(value: object) -> bool:
    return (
        isinstance(value, str)
        and len(value) == _SHA256_DIGITS
        and all(c in "0123456789abcdef" for c in value)
    )


def _absence(exc: OSError) -> str:
    """Why a file could not be read, in words: a folder in its place is named."""
    if isinstance(exc, FileNotFoundError):
        return "is missing"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot be read ({type(exc).__name__})"


def _verified_bytes(folder: Traversable, expected: dict[str, Any]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for name in WEIGHT_FILES:
        try:
            content = folder.joinpath(name).read_bytes()
        except OSError as exc:
            raise RedactionError(
                f"the tuned NER file ner/{name} {_absence(exc)}"
            ) from exc
        if hashlib.sha256(content).hexdigest() != expected.get(name):
            raise RedactionError(
                f"the tuned NER file ner/{name} does not match {_MANIFEST}"
            )
        files[name] = content
    return files


def _check_base_model(nlp: Any, manifest: dict[str, Any]) -> None:
    """Weights tuned from one base model version go into that version only."""
    recorded = manifest.get("base_model")
    if not isinstance(recorded, str) or not recorded.split():
        raise RedactionError(f"the tuned NER record {_MANIFEST} lacks its base_model")
    meta = getattr(nlp, "meta", None) or {}
    version = str(meta.get("version", "unknown"))
    if recorded.split()[-1] != version:
        installed = f"{meta.get('lang')}_{meta.get('name')} {version}"
        raise RedactionError(
            f"the tuned NER weights are for {recorded}, "
            f"but the installed base model is {installed}"
        )


def load_tuned_ner(nlp: Any, folder: Traversable | None = None) -> str:
    """Replace ``nlp``'s NER weights with the product's; returns their label.

    ``folder`` is another training run's output (as ``tuned_ner_manifest``),
    for measuring weights that do not ship. Raises ``RedactionError`` naming
    the file when a weight file is missing or differs from the record, when
    ``nlp`` is another version of the base model than the record names, or
    when spaCy cannot load them; with ``folder`` the message names it.
    """
    if folder is None:
        return _load(nlp, _models_folder())
    try:
        return _load(nlp, folder)
    except RedactionError as exc:
        raise RedactionError(f"{exc} (in {folder})") from exc


def _load(nlp: Any, source: Traversable) -> str:
    manifest = tuned_ner_manifest(source)
    _check_base_model(nlp, manifest)
    files = _verified_bytes(source.joinpath("ner"), manifest["sha256"])
    # spaCy reads a component from a folder: the verified bytes go to a private
    # one, so what is loaded is what was checked.
    with tempfile.TemporaryDirectory(prefix="copilot-ner-") as private:
        for name, content in files.items():
            (Path(private) / name).write_bytes(content)
        try:
            nlp.get_pipe("ner").from_disk(private, exclude=["vocab"])
        except Exception as exc:
            raise RedactionError(
                f"the tuned NER weights do not fit the installed pipeline "
                f"({type(exc).__name__})"
            ) from exc
    return str(manifest.get("label", "tuned"))
