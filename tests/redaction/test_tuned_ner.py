"""The product's tuned NER weights load only as recorded, and fail closed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from copilot.errors import RedactionError
from redaction import tuned_ner
from redaction.engine import build_analyzer
from redaction.tuned_ner import WEIGHT_FILES, load_tuned_ner, tuned_ner_manifest
from tests.support.ner_weights import SHIPPED_MODELS, copy_shipped_weights


def test_the_shipped_weights_match_their_record() -> None:
    recorded = tuned_ner_manifest()["sha256"]
    for name in WEIGHT_FILES:
        content = (SHIPPED_MODELS / "ner" / name).read_bytes()
        assert hashlib.sha256(content).hexdigest() == recorded[name]


def test_the_analyzer_runs_the_tuned_weights() -> None:
    """The shared pipeline's NER differs from the base model's weights."""
    tuned = build_analyzer(use_ner=True)
    stock = build_analyzer(use_ner=True, tuned_ner=False)
    assert not tuned.shares_engine_with(stock)
    text = "Handing S07014 to Olivier tomorrow."
    names = {text[s.start : s.end] for s in tuned.analyze(text)}
    assert "Olivier" in names


class _Pipeline:
    def __init__(self, version: str | None = None) -> None:
        recorded = tuned_ner_manifest()["base_model"].split()[-1]
        self.meta = {
            "lang": "en",
            "name": "core_web_sm",
            "version": version or recorded,
        }
        self.loaded: list[str] = []

    def get_pipe(self, name: str) -> _Pipeline:
        return self

    def from_disk(self, path: str, exclude: list[str]) -> None:
        self.loaded = sorted(p.name for p in Path(path).iterdir())


def test_load_reads_only_verified_files() -> None:
    pipeline = _Pipeline()
    label = load_tuned_ner(pipeline)
    assert pipeline.loaded == sorted(WEIGHT_FILES)
    assert "tuned" in label


@pytest.fixture
def models_copy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty ``ner/`` beside the shipped record, loaded in their place."""
    (tmp_path / "ner").mkdir()
    (tmp_path / "ner.json").write_text((SHIPPED_MODELS / "ner.json").read_text())
    monkeypatch.setattr(tuned_ner, "_models_folder", lambda: tmp_path)
    return tmp_path


def test_a_changed_weight_file_stops_the_build(models_copy: Path) -> None:
    for name in WEIGHT_FILES:
        shipped = (SHIPPED_MODELS / "ner" / name).read_bytes()
        (models_copy / "ner" / name).write_bytes(shipped)
    (models_copy / "ner" / "moves").write_bytes(b"{}")
    with pytest.raises(RedactionError, match=r"ner/moves does not match"):
        load_tuned_ner(_Pipeline())


def test_a_missing_weight_file_is_named(models_copy: Path) -> None:
    with pytest.raises(RedactionError, match=r"ner/cfg is missing"):
        load_tuned_ner(_Pipeline())


def test_an_unreadable_record_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "ner.json").write_text("{not json")
    monkeypatch.setattr(tuned_ner, "_models_folder", lambda: tmp_path)
    with pytest.raises(RedactionError, match=r"ner.json is unreadable"):
        load_tuned_ner(_Pipeline())


def _record_with(tmp_path: Path, sha256: object) -> None:
    record = json.loads((SHIPPED_MODELS / "ner.json").read_text())
    record["sha256"] = sha256
    (tmp_path / "ner.json").write_text(json.dumps(record))


@pytest.mark.parametrize(
    ("sha256", "named"),
    [
        pytest.param({"cfg": "0" * 64, "moves": "0" * 64}, "model", id="missing"),
        pytest.param({"cfg": 7, "model": "0" * 64, "moves": "0" * 64}, "cfg",
                     id="not-a-string"),
        pytest.param({"cfg": "0" * 64, "model": "0" * 64, "moves": "A" * 64},
                     "moves", id="upper-case"),
        pytest.param({"cfg": "0" * 64, "model": "0" * 63, "moves": "0" * 64},
                     "model", id="too-short"),
    ],
)  # fmt: skip
def test_a_record_without_a_valid_hash_names_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sha256: object, named: str
) -> None:
    """The record is blamed, not the weight file it fails to describe."""
    _record_with(tmp_path, sha256)
    monkeypatch.setattr(tuned_ner, "_models_folder", lambda: tmp_path)
    wanted = rf"ner.json has no valid SHA-256 for ner/{named} "
    with pytest.raises(RedactionError, match=wanted):
        load_tuned_ner(_Pipeline())


@pytest.mark.parametrize(
    ("folder", "named"),
    [
        pytest.param("ner.json", r"record ner.json is a folder", id="record"),
        pytest.param("ner/model", r"file ner/model is a folder", id="weights"),
    ],
)
def test_a_folder_where_a_file_belongs_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, folder: str, named: str
) -> None:
    """A folder in a file's place is not reported as a missing file."""
    copy_shipped_weights(tmp_path)
    (tmp_path / folder).unlink()
    (tmp_path / folder).mkdir()
    monkeypatch.setattr(tuned_ner, "_models_folder", lambda: tmp_path)
    with pytest.raises(RedactionError, match=named):
        load_tuned_ner(_Pipeline())


def test_a_missing_record_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tuned_ner, "_models_folder", lambda: tmp_path)
    with pytest.raises(RedactionError, match=r"record ner.json is missing"):
        load_tuned_ner(_Pipeline())


def test_weights_for_another_base_model_version_are_refused() -> None:
    """Tuned 3.8.0 weights do not silently run in another version's pipeline."""
    pipeline = _Pipeline(version="3.7.1")
    with pytest.raises(
        RedactionError, match=r"installed base model is en_core_web_sm 3.7.1"
    ):
        load_tuned_ner(pipeline)
    assert pipeline.loaded == []


def test_a_record_without_its_base_model_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    record = json.loads((SHIPPED_MODELS / "ner.json").read_text())
    record["base_model"] = 3.8
    (tmp_path / "ner.json").write_text(json.dumps(record))
    pipeline = _Pipeline()
    monkeypatch.setattr(tuned_ner, "_models_folder", lambda: tmp_path)
    with pytest.raises(RedactionError, match=r"ner.json lacks its base_model"):
        load_tuned_ner(pipeline)


def test_another_runs_weights_load_from_their_folder(tmp_path: Path) -> None:
    """A training run's output folder loads, checked against its own record."""
    folder = copy_shipped_weights(tmp_path / "run", label="trained without d")
    pipeline = _Pipeline()
    assert load_tuned_ner(pipeline, folder) == "trained without d"
    assert pipeline.loaded == sorted(WEIGHT_FILES)
    (folder / "ner" / "cfg").write_bytes(b"{}")
    with pytest.raises(RedactionError, match=r"ner/cfg does not match"):
        load_tuned_ner(_Pipeline(), folder)


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        pytest.param("ner/model", "ner/model is missing", id="weight-file"),
        pytest.param("ner.json", "record ner.json is missing", id="record"),
    ],
)
def test_a_damaged_run_folder_is_named(tmp_path: Path, damage: str, said: str) -> None:
    """Of several runs' folders, the message says which one is damaged."""
    folder = copy_shipped_weights(tmp_path / "without-d", label="trained without d")
    (folder / damage).unlink()
    with pytest.raises(RedactionError) as refused:
        load_tuned_ner(_Pipeline(), folder)
    assert str(refused.value).endswith(f"{said} (in {folder})")


@pytest.mark.parametrize(
    "switched_off",
    [
        pytest.param({"tuned_ner": False}, id="base-weights"),
        pytest.param({"use_ner": False}, id="patterns-only"),
    ],
)
def test_weights_that_would_not_run_are_refused(
    tmp_path: Path, switched_off: dict[str, bool]
) -> None:
    """A folder of weights is never silently replaced by no or base weights."""
    with pytest.raises(ValueError, match="ner_weights needs"):
        build_analyzer(ner_weights=tmp_path, **switched_off)


def test_the_analyzer_runs_on_weights_from_a_folder(tmp_path: Path) -> None:
    """``ner_weights`` gives the analyzer its own engine on those weights."""
    folder = copy_shipped_weights(tmp_path / "run", label="a copy")
    shipped = build_analyzer(use_ner=True)
    copied = build_analyzer(use_ner=True, ner_weights=folder)
    assert not copied.shares_engine_with(shipped)
    text = "Handing S07014 to Olivier tomorrow."
    assert [(s.entity_type, s.start, s.end) for s in copied.analyze(text)] == [
        (s.entity_type, s.start, s.end) for s in shipped.analyze(text)
    ]
