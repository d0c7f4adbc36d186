"""The dev protocol trains without a set, scores it three ways, and reuses runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from copilot.errors import RedactionError
from evals.redaction import leave_one_out
from evals.redaction.labelled import GoldSpan, LabelledText
from tests.support.ner_weights import copy_shipped_weights

# Invented people.
_ITEMS = [
    LabelledText(
        "t-1",
        "note",
        "Ask Marisol Quenby about the invoice.",
        (GoldSpan("PERSON", 4, 18),),
    ),
    LabelledText("t-2", "note", "The Inventory module is live.", ()),
]


@pytest.fixture
def trainings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, list[str]]]:
    """Training copies the shipped weights in; each call is recorded (and its
    seed, when it is not the default)."""
    calls: list[tuple[Path, list[str]]] = []

    def fake_train(
        out: Path, *, leave_out: list[str], seed: int, say: object
    ) -> dict[str, str]:
        calls.append((out, list(leave_out)))
        rest = [n for n in leave_one_out.TRAINING_SETS if n not in leave_out]
        copy_shipped_weights(out, trained_on=rest)
        record = json.loads((out / "ner.json").read_text())
        record["seed"] = seed
        (out / "ner.json").write_text(json.dumps(record))
        return record

    monkeypatch.setattr(leave_one_out, "train", fake_train)
    monkeypatch.setattr(leave_one_out, "training_items", lambda name: _ITEMS)
    return calls


def test_scores_each_set_on_three_weights_and_reuses_kept_runs(
    trainings: list[tuple[Path, list[str]]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert leave_one_out.main(["d", "--keep", str(tmp_path), "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert trainings == [(tmp_path / "without-d", ["d"])]
    assert set(results["d"]) == {"base", "left-out", "shipped"}
    for scored in results["d"].values():
        assert scored["PERSON"]["recall"] == 1.0
    assert leave_one_out.main(["d", "--keep", str(tmp_path)]) == 0
    printed = capsys.readouterr()
    assert len(trainings) == 1
    assert "reusing the weights" in printed.err
    assert printed.out.splitlines()[1].split()[:3] == ["d", "PERSON", "base"]


def test_a_kept_run_of_other_sets_is_retrained(
    trainings: list[tuple[Path, list[str]]], tmp_path: Path
) -> None:
    """A kept record that is unreadable, or of other sets or epochs, is redone."""
    kept = tmp_path / "without-d"
    kept.mkdir()
    quick = {
        "trained_on": [n for n in leave_one_out.TRAINING_SETS if n != "d"],
        "epochs": 1,
        "seed": leave_one_out.SEED,
    }
    records = ("not json", '{"trained_on": ["d"]}', json.dumps(quick))
    for record in records:
        (kept / "ner.json").write_text(record)
        assert leave_one_out.main(["d", "--keep", str(tmp_path)]) == 0
    assert trainings == [(kept, ["d"])] * len(records)


def test_another_seed_is_kept_beside_the_first(
    trainings: list[tuple[Path, list[str]]], tmp_path: Path
) -> None:
    """``--seed 2`` trains its own run and reuses it, never the seed-1 run."""
    assert leave_one_out.main(["d", "--keep", str(tmp_path)]) == 0
    assert leave_one_out.main(["d", "--keep", str(tmp_path), "--seed", "2"]) == 0
    assert leave_one_out.main(["d", "--keep", str(tmp_path), "--seed", "2"]) == 0
    assert trainings == [
        (tmp_path / "without-d", ["d"]),
        (tmp_path / "without-d-seed2", ["d"]),
    ]
    record = json.loads((tmp_path / "without-d-seed2" / "ner.json").read_text())
    assert record["seed"] == 2


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        pytest.param(["nope"], "invalid choice", id="unknown-set"),
        pytest.param(["d", "--seed", "-1"], "--seed must be 0 to", id="bad-seed"),
        pytest.param(
            ["d", "--keep", "FILE"], "is a file, not a folder", id="keep-file"
        ),
        pytest.param(
            ["d", "--keep", "FILE/kept"], "cannot be written to", id="under-a-file"
        ),
        pytest.param(
            ["e_tune", "d", "--keep", "."],
            "without-d is a file, not a folder",
            id="run-folder-a-file",
        ),
    ],
)
def test_bad_arguments_are_named(
    trainings: list[tuple[Path, list[str]]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    argv: list[str],
    said: str,
) -> None:
    """A bad argument stops the command before five minutes of training."""
    (tmp_path / "FILE").write_text("x")
    (tmp_path / "without-d").write_text("x")
    argv = [str(tmp_path / a) if a.startswith("FILE") or a == "." else a for a in argv]
    with pytest.raises(SystemExit) as stopped:
        leave_one_out.main(argv)
    assert stopped.value.code == 2
    assert said in capsys.readouterr().err
    assert trainings == []


def test_kept_weights_that_differ_from_their_record_are_named(
    trainings: list[tuple[Path, list[str]]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """A kept run whose files were changed is refused, not scored."""
    assert leave_one_out.main(["e_tune", "--keep", str(tmp_path / "a")]) == 0
    # Another folder: the process keeps the engine built on the first one.
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    (tmp_path / "b" / "without-e_tune" / "ner" / "moves").write_bytes(b"{}")
    assert leave_one_out.main(["e_tune", "--keep", str(tmp_path / "b")]) == 1
    assert "ner/moves does not match" in capsys.readouterr().err


class _UnbuiltSystem:
    """A product system whose analyzer cannot be built, or is interrupted."""

    failure: BaseException = RuntimeError("set by the test")

    def __init__(self, **_: object) -> None:
        raise _UnbuiltSystem.failure


@pytest.mark.parametrize(
    ("failure", "code", "said"),
    [
        pytest.param(
            RedactionError("the tuned NER file ner/moves does not match ner.json"),
            1,
            "error: the tuned NER file ner/moves does not match",
            id="damaged-shipped-weights",
        ),
        pytest.param(KeyboardInterrupt(), 130, "interrupted", id="ctrl-c"),
    ],
)
def test_a_failure_while_loading_the_weights_is_named(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    failure: BaseException,
    code: int,
    said: str,
) -> None:
    """Building the base and shipped systems fails as training does: no trace."""
    monkeypatch.setattr(_UnbuiltSystem, "failure", failure)
    monkeypatch.setattr(leave_one_out, "ProductSystem", _UnbuiltSystem)
    assert leave_one_out.main(["d"]) == code
    assert said in capsys.readouterr().err
