"""What the tuned NER is taught: the sets' labels over the base model's."""

from __future__ import annotations

import contextlib
import hashlib
import json
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from evals.redaction import ner_training
from evals.redaction.labelled import GoldSpan
from evals.redaction.ner_training import label_text, main
from redaction.tuned_ner import WEIGHT_FILES
from tests.support.ner_weights import SHIPPED_MODELS, copy_shipped_weights

# Every name below is invented for these tests.


@pytest.fixture(scope="module")
def base() -> object:
    import spacy

    from evals.redaction.ner_training import BASE_MODELS

    name = next(n for n in BASE_MODELS if spacy.util.is_package(n))
    return spacy.load(name, exclude=["tagger", "parser", "lemmatizer"])


def _labels(base: object, text: str, spans: list[GoldSpan], orgs: bool) -> set[str]:
    return {
        f"{text[s:e]}={label}"
        for s, e, label in label_text(base, text, spans, labels_orgs=orgs)
    }


@pytest.mark.parametrize(
    ("text", "spans", "orgs", "wanted", "unwanted"),
    [
        pytest.param("ask zorvetta about it", [GoldSpan("PERSON", 4, 12)], False,
                     {"zorvetta=PERSON"}, set(), id="labelled-person"),
        pytest.param("Sydney Harbour Bridge tour on Friday", [], False,
                     set(), {"Sydney=PERSON", "Sydney Harbour Bridge=PERSON"},
                     id="unlabelled-person-taught-as-none"),
        pytest.param("The office in Lund is closed.", [GoldSpan("LOCATION", 14, 18)],
                     False, {"Lund=GPE"}, set(), id="place-name"),
        pytest.param("Ship to Storgata 12", [GoldSpan("LOCATION", 8, 19)], False,
                     set(), {"Storgata 12=GPE"}, id="street-left-to-the-base-model"),
        pytest.param("Invoice Quelbrink GmbH today", [GoldSpan("ORGANIZATION", 8, 22)],
                     True, {"Quelbrink GmbH=ORG"}, set(), id="labelled-organisation"),
    ],
)  # fmt: skip
def test_labels(
    base: object,
    text: str,
    spans: list[GoldSpan],
    orgs: bool,
    wanted: set[str],
    unwanted: set[str],
) -> None:
    labels = _labels(base, text, spans, orgs)
    assert wanted <= labels
    assert not unwanted & labels


def test_the_base_models_other_findings_are_kept(base: object) -> None:
    """Dates and amounts the sets do not label keep the base model's labels."""
    text = "Paid on 3 March 2026 by zorvetta"
    labels = _labels(base, text, [GoldSpan("PERSON", 24, 32)], False)
    assert "3 March 2026=DATE" in labels


@pytest.mark.parametrize(
    ("epochs", "said"),
    [
        pytest.param("0", "--epochs must be at least 1", id="zero"),
        pytest.param("-3", "--epochs must be at least 1", id="negative"),
        pytest.param("1000000", "--epochs must be at most 100", id="huge"),
        pytest.param("2.5", "invalid int value", id="not-an-integer"),
    ],
)
def test_bad_epochs_are_refused(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    epochs: str,
    said: str,
) -> None:
    """A count that would run for months is refused like one below 1."""
    monkeypatch.setattr(ner_training, "_load_base", _no_training)
    with pytest.raises(SystemExit) as stopped:
        main(["--epochs", epochs])
    assert stopped.value.code == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize("seed", ["-1", str(2**32)])
def test_a_seed_numpy_refuses_is_refused_first(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], seed: str
) -> None:
    """A seed out of numpy's range is named before any training."""
    monkeypatch.setattr(ner_training, "_load_base", _no_training)
    with pytest.raises(SystemExit) as stopped:
        main(["--seed", seed, "--out", "unused"])
    assert stopped.value.code == 2
    assert "--seed must be 0 to 4294967295" in capsys.readouterr().err


def _no_training() -> object:
    raise AssertionError("trained before checking the arguments")


def _a_file(folder: Path) -> Path:
    (folder / "weights.bin").write_text("x")
    return folder / "weights.bin"


def _under_a_file(folder: Path) -> Path:
    return _a_file(folder) / "ner"


@pytest.mark.parametrize(
    ("place", "said"),
    [
        pytest.param(_a_file, "is a file, not a folder", id="a-file"),
        pytest.param(_under_a_file, "cannot be written to", id="under-a-file"),
    ],
)
def test_an_unusable_out_is_refused_before_training(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    place: Callable[[Path], Path],
    said: str,
) -> None:
    """A minute of training is not spent on weights that cannot be written."""
    monkeypatch.setattr(ner_training, "_load_base", _no_training)
    with pytest.raises(SystemExit) as stopped:
        main(["--out", str(place(tmp_path))])
    assert stopped.value.code == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(
    "record",
    [
        pytest.param('{"label_to_entity": {"PER": "PERSON"}}', id="package-data"),
        pytest.param("not json", id="unreadable"),
    ],
)
def test_an_out_holding_another_ner_json_is_refused(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    record: str,
) -> None:
    """``--out redaction`` must not overwrite the analyzer's own ``ner.json``."""
    (tmp_path / "ner.json").write_text(record)
    monkeypatch.setattr(ner_training, "_load_base", _Base)
    monkeypatch.setattr(ner_training, "_examples", lambda base, sets, say: [])
    with pytest.raises(SystemExit) as stopped:
        main(["--out", str(tmp_path), "--leave-out", "d"])
    assert stopped.value.code == 2
    assert "holds a ner.json that no training run wrote" in capsys.readouterr().err
    assert (tmp_path / "ner.json").read_text() == record


def test_missing_eval_data_is_named_before_training(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """Without the shared eval data the command names the file it looked for."""
    absent = tmp_path / "synth_dataset_v2.json"
    monkeypatch.setattr(ner_training, "synth_path", lambda: absent)
    monkeypatch.setattr(ner_training, "_load_base", _no_training)
    with pytest.raises(SystemExit) as stopped:
        main(["--out", str(tmp_path / "out")])
    assert stopped.value.code == 1
    assert f"the training texts are missing: {absent}" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


class _Base:
    """A base pipeline that trains instantly and can be stopped mid-write."""

    def __init__(self, stop_after: str | None = None) -> None:
        self.meta = {"lang": "xx", "name": "fake", "version": "0"}
        self.stop_after = stop_after

    def select_pipes(self, enable: list[str]) -> contextlib.nullcontext[None]:
        return contextlib.nullcontext()

    def resume_training(self) -> None:
        return None

    def get_pipe(self, name: str) -> _Base:
        return self

    def to_disk(self, folder: Path, exclude: list[str]) -> None:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for name in WEIGHT_FILES:
            (Path(folder) / name).write_bytes(f"new {name}".encode())
            if name == self.stop_after:
                raise KeyboardInterrupt


def _shipped_copy(folder: Path) -> dict[str, bytes]:
    copy_shipped_weights(folder)
    return _contents(folder)


def _contents(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_an_interrupted_write_leaves_the_weights_as_they_were(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """Ctrl-C while the weights are written leaves the old, matching set."""
    before = _shipped_copy(tmp_path)
    monkeypatch.setattr(ner_training, "_load_base", lambda: _Base(stop_after="model"))
    monkeypatch.setattr(ner_training, "_examples", lambda base, sets, say: [])
    assert main(["--out", str(tmp_path)]) == 130
    assert _contents(tmp_path) == before
    assert f"interrupted: {tmp_path} is as it was" in capsys.readouterr().err


def test_a_finished_write_replaces_weights_and_record_together(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _shipped_copy(tmp_path)
    monkeypatch.setattr(ner_training, "_load_base", _Base)
    monkeypatch.setattr(ner_training, "_examples", lambda base, sets, say: [])
    assert main(["--out", str(tmp_path), "--epochs", "1"]) == 0
    record = json.loads((tmp_path / "ner.json").read_text())
    for name in WEIGHT_FILES:
        content = (tmp_path / "ner" / name).read_bytes()
        assert content == f"new {name}".encode()
        assert record["sha256"][name] == hashlib.sha256(content).hexdigest()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ner", "ner.json"]


def test_ctrl_c_while_swapping_in_is_ignored(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The renames that swap weights and record in are not cut in half."""
    _shipped_copy(tmp_path)
    swap_in = ner_training._swap_in

    def interrupted_swap(staging: Path, out: Path) -> None:
        signal.raise_signal(signal.SIGINT)
        swap_in(staging, out)

    monkeypatch.setattr(ner_training, "_swap_in", interrupted_swap)
    monkeypatch.setattr(ner_training, "_load_base", _Base)
    monkeypatch.setattr(ner_training, "_examples", lambda base, sets, say: [])
    assert main(["--out", str(tmp_path)]) == 0
    assert (tmp_path / "ner" / "model").read_bytes() == b"new model"


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param(["--epochs", "5"], id="epochs"),
        pytest.param(["--seed", "7"], id="seed"),
        pytest.param(["--out", "elsewhere"], id="out"),
        pytest.param(["--leave-out", "d"], id="leave-out"),
    ],
)
def test_check_refuses_settings_it_would_not_honour(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
) -> None:
    """--check compares with the shipped run: other settings cannot match it."""
    monkeypatch.setattr(ner_training, "_load_base", _no_training)
    with pytest.raises(SystemExit) as stopped:
        main(["--check", *extra])
    assert stopped.value.code == 2
    assert f"writes nothing; drop {extra[0]}" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        pytest.param([], "give --out another folder", id="no-out"),
        pytest.param(["--out", str(SHIPPED_MODELS)], "must not ship", id="shipped-out"),
        pytest.param(
            ["--out", str(SHIPPED_MODELS / "ner")],
            "must not ship",
            id="inside-shipped-out",
        ),
        pytest.param(
            ["--out", "x", "--leave-out", "z"], "invalid choice", id="unknown"
        ),
    ],
)
def test_leave_out_never_overwrites_the_shipped_weights(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    said: str,
) -> None:
    """Weights trained without a set are for measuring, written elsewhere."""
    monkeypatch.setattr(ner_training, "_load_base", _no_training)
    with pytest.raises(SystemExit) as stopped:
        main(["--leave-out", "d", *extra])
    assert stopped.value.code == 2
    assert said in capsys.readouterr().err


def test_leaving_out_every_set_is_refused(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """Weights trained on no text are the base model's, under another label."""
    monkeypatch.setattr(ner_training, "_load_base", _no_training)
    every = [a for n in ner_training.TRAINING_SETS for a in ("--leave-out", n)]
    with pytest.raises(SystemExit) as stopped:
        main(["--out", str(tmp_path / "none"), *every])
    assert stopped.value.code == 2
    assert "nothing is left to train on" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


def test_leave_out_trains_on_every_other_set(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The record names the sets trained on and the ones left out."""
    seen: list[str] = []

    def examples(base: object, sets: list[str], say: object) -> list[object]:
        seen.extend(sets)
        return []

    monkeypatch.setattr(ner_training, "_load_base", _Base)
    monkeypatch.setattr(ner_training, "_examples", examples)
    out = tmp_path / "without"
    assert main(["--out", str(out), "--leave-out", "d", "--leave-out", "g"]) == 0
    record = json.loads((out / "ner.json").read_text())
    rest = [n for n in ner_training.TRAINING_SETS if n not in {"d", "g"}]
    assert seen == rest
    assert record["trained_on"] == rest
    assert record["label"].endswith("without d, g)")
