"""The e-mail recognizer skips only the patterns that cannot match a text."""

from __future__ import annotations

import pytest
from presidio_analyzer import PatternRecognizer, RecognizerResult

from redaction.recognizers.email import AnyDomainEmailRecognizer


@pytest.fixture(scope="module")
def recognizer() -> AnyDomainEmailRecognizer:
    return AnyDomainEmailRecognizer()


def _found(
    results: list[RecognizerResult],
) -> list[tuple[str, int, int, float, str]]:
    key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
    return sorted(
        (r.entity_type, r.start, r.end, r.score, r.recognition_metadata[key])
        for r in results
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("no address here, see you at noon", id="none"),
        pytest.param("write to odile.varga@brenvik.lu today", id="plain"),
        pytest.param("odile.varga%40brenvik.lu", id="percent-encoded"),
        pytest.param("odile&#x40;brenvik.lu and odile&#X40;brenvik.lu", id="entity"),
        pytest.param("ODILE AT BRENVIK DOT LU", id="capitals"),
        pytest.param("Odile At Brenvik Dot Lu", id="title-case"),
        pytest.param("odile [AT] brenvik [DOT] lu", id="brackets"),
        pytest.param("odile(At)brenvik.lu", id="parens"),
        pytest.param("odile.varga@brenvik.lu or tomas at brenvik dot lu", id="both"),
        pytest.param("meet at the dock at noon", id="at-without-dot"),
        pytest.param("docs at docs.brenvik.lu", id="at-with-real-dot"),
    ],
)
def test_same_findings_as_every_pattern(
    recognizer: AnyDomainEmailRecognizer, text: str
) -> None:
    """Skipping a pattern a text cannot match changes no finding, id included."""
    every_pattern = PatternRecognizer.analyze(recognizer, text, ["EMAIL_ADDRESS"])
    assert _found(recognizer.analyze(text, ["EMAIL_ADDRESS"])) == _found(every_pattern)
