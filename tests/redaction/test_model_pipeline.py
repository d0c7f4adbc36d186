"""The model runs a chunk ahead in a worker thread; docs come back in order."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable

import pytest

from copilot.errors import RedactionError
from redaction import PresidioAnalyzer
from redaction.model_pipeline import docs_ahead


class _FakeModel:
    """Upper-cases texts, remembering which thread read which text."""

    def __init__(self, failing: str | None = None, delay: float = 0.0) -> None:
        self.threads: dict[str, str] = {}
        self.failing = failing
        self.delay = delay

    def pipe(self, texts: Iterable[str], batch_size: int) -> Iterable[str]:
        for text in texts:
            if text == self.failing:
                raise ValueError("model failed")
            self.threads[text] = threading.current_thread().name
            time.sleep(self.delay)
            yield text.upper()


def test_docs_come_back_in_order_from_a_worker_thread() -> None:
    texts = [f"text {i}" for i in range(23)]
    model = _FakeModel()
    assert list(docs_ahead(model, texts, batch_size=32)) == [t.upper() for t in texts]
    assert set(model.threads.values()) == {"redaction-ner_0"}


def test_a_few_texts_are_read_in_the_callers_thread() -> None:
    model = _FakeModel()
    assert list(docs_ahead(model, ["a", "b"], batch_size=32)) == ["A", "B"]
    assert set(model.threads.values()) == {threading.current_thread().name}


def test_an_error_in_the_worker_reaches_the_caller() -> None:
    texts = [f"text {i}" for i in range(12)]
    with pytest.raises(ValueError, match="model failed"):
        list(docs_ahead(_FakeModel(failing="text 9"), texts, batch_size=32))


def test_a_caller_that_stops_early_leaves_no_work_running() -> None:
    texts = [f"text {i}" for i in range(400)]
    model = _FakeModel(delay=0.005)
    docs = docs_ahead(model, texts, batch_size=32)
    assert next(docs) == "TEXT 0"
    docs.close()
    assert len(model.threads) < len(texts)
    assert not [t for t in threading.enumerate() if t.name.startswith("redaction-ner")]


def test_a_rule_error_stops_the_models_worker_at_once(
    ner_analyzer: PresidioAnalyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The analysis fails closed, and while the caller still holds the error
    no worker goes on reading the batch's other texts."""
    from redaction.recognizer_pass import RecognizerPass

    original = RecognizerPass.run
    calls = {"n": 0}

    def failing_run(self: RecognizerPass, text: str, artifacts: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            raise ValueError("rule failed")
        return original(self, text, artifacts)  # type: ignore[arg-type]

    monkeypatch.setattr(RecognizerPass, "run", failing_run)
    texts = [f"Note {i}: Zorvetta Quelbrink called us." for i in range(40)]
    with pytest.raises(RedactionError) as caught:
        ner_analyzer.analyze_many(texts)
    assert caught.value is not None  # the error is still held here
    assert not [t for t in threading.enumerate() if t.name.startswith("redaction-ner")]
