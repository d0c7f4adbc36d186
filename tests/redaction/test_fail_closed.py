"""Any failure raises RedactionError without text; nothing half-redacted escapes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from copilot.errors import RedactionError
from redaction import (
    DenyList,
    EntitySpan,
    PresidioAnalyzer,
    RedactedText,
    RedactionScope,
    Redactor,
)

SECRET = "Ilse Vandermoortel, +32 470 12 34 56"


class BrokenAnalyzer:
    """An analyzer that fails the way a third-party library might."""

    def __init__(self, error: Exception) -> None:
        self._error = error

    def analyze(self, text: str) -> Sequence[EntitySpan]:
        """Raise the configured error."""
        raise self._error

    def analyze_many(self, texts: Sequence[str]) -> list[Sequence[EntitySpan]]:
        """Raise the configured error."""
        raise self._error


class WrongAnalyzer:
    """An analyzer that answers, but with spans or counts that cannot be right."""

    def __init__(self, spans: Sequence[EntitySpan], extra_results: int = 0) -> None:
        self._spans = list(spans)
        self._extra = extra_results

    def analyze(self, text: str) -> Sequence[EntitySpan]:
        """Return the configured spans."""
        return self._spans

    def analyze_many(self, texts: Sequence[str]) -> list[Sequence[EntitySpan]]:
        """Return the configured spans, for the wrong number of texts if asked."""
        return [self._spans for _ in range(len(texts) + self._extra)]


class BrokenEngine:
    """The part of a Presidio engine the adapter uses, failing on analysis."""

    def get_supported_entities(self, language: str) -> list[str]:
        """Claim to support people."""
        return ["PERSON"]

    def analyze(self, **_: object) -> list[object]:
        """Fail with the text in the message, as some libraries do."""
        raise ValueError(f"cannot tokenize {SECRET!r}")

    @property
    def nlp_engine(self) -> BrokenEngine:
        """The NLP engine fails the same way."""
        return self

    def process_batch(self, *_: object, **__: object) -> list[object]:
        """Fail with the text in the message, as spaCy may."""
        raise ValueError(f"cannot tokenize {SECRET!r}")


CALLS: list[tuple[str, Callable[[RedactionScope], object]]] = [
    ("redact", lambda scope: scope.redact(SECRET)),
    ("redact_many", lambda scope: scope.redact_many([SECRET, "ok"])),
    ("redact_html", lambda scope: scope.redact_html(f"<p>{SECRET}</p>")),
]


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(ValueError(f"bad token in {SECRET}"), id="value-error"),
        pytest.param(RuntimeError(SECRET), id="runtime-error"),
        pytest.param(MemoryError(), id="memory-error"),
        pytest.param(KeyError(SECRET), id="key-error"),
    ],
)
@pytest.mark.parametrize(("name", "call"), CALLS, ids=[name for name, _ in CALLS])
def test_analyzer_failure_raises_redaction_error_without_text(
    deny_list: DenyList,
    error: Exception,
    name: str,
    call: Callable[[RedactionScope], object],
) -> None:
    """The caller gets RedactionError, no result, and no text in the message."""
    scope = Redactor(BrokenAnalyzer(error), deny_list).scope("fail")
    with pytest.raises(RedactionError) as caught:
        call(scope)
    assert "Vandermoortel" not in str(caught.value)
    assert "470" not in str(caught.value)
    assert caught.value.__cause__ is error


@pytest.mark.parametrize(
    ("analyzer", "call"),
    [
        pytest.param(
            WrongAnalyzer([EntitySpan("PERSON", 0, 999, 0.9)]),
            lambda scope: scope.redact(SECRET),
            id="span-past-the-end",
        ),
        pytest.param(
            WrongAnalyzer([EntitySpan("PERSON", 5, 5, 0.9)]),
            lambda scope: scope.redact(SECRET),
            id="empty-span",
        ),
        pytest.param(
            WrongAnalyzer([], extra_results=1),
            lambda scope: scope.redact_many([SECRET]),
            id="wrong-result-count",
        ),
    ],
)
def test_nonsense_from_analyzer_is_refused(
    deny_list: DenyList,
    analyzer: WrongAnalyzer,
    call: Callable[[RedactionScope], object],
) -> None:
    """Spans that cannot belong to the text stop redaction instead of misplacing."""
    with pytest.raises(RedactionError):
        call(Redactor(analyzer, deny_list).scope("fail"))


def test_presidio_adapter_translates_errors_without_text() -> None:
    """A Presidio or spaCy error becomes RedactionError naming only its class."""
    analyzer = PresidioAnalyzer(
        BrokenEngine(),  # type: ignore[arg-type]
        ["PERSON"],
        model_name=None,
    )
    with pytest.raises(RedactionError) as caught:
        analyzer.analyze(SECRET)
    assert str(caught.value) == "entity analysis failed (ValueError)"


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda scope: scope.redact(b"Ilse"), id="redact-bytes"),
        pytest.param(lambda scope: scope.redact(None), id="redact-none"),
        pytest.param(lambda scope: scope.redact_many(["ok", 3]), id="many-int"),
        pytest.param(lambda scope: scope.redact_html(b"<p>x</p>"), id="html-bytes"),
        pytest.param(lambda scope: scope.restore(None), id="restore-none"),
    ],
)
def test_non_text_input_is_refused(
    silent_redactor: Redactor, call: Callable[[RedactionScope], object]
) -> None:
    """Only str can be redacted; anything else is an error, never passed on."""
    with pytest.raises(RedactionError):
        call(silent_redactor.scope("fail"))


def test_redacted_text_cannot_be_forged() -> None:
    """Only a scope can make a RedactedText, so raw text cannot pose as one."""
    with pytest.raises(RedactionError):
        RedactedText("Ilse Vandermoortel", {})


@pytest.mark.parametrize("scope_id", ["", "   "])
def test_scope_needs_an_id(silent_redactor: Redactor, scope_id: str) -> None:
    """A scope without an id could not be audited or persisted later."""
    with pytest.raises(RedactionError):
        silent_redactor.scope(scope_id)
