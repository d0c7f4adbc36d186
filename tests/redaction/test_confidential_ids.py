"""The firm's confidential identifier patterns are masked and guarded."""

from __future__ import annotations

import pytest

from copilot.errors import ConfigurationError
from redaction import ConfidentialPatterns, DenyList, LeakDetected, Redactor
from tests.redaction.conftest import SilentAnalyzer

_PATTERNS = {"CONTRACT_REF": r"\bCTR-\d{4}-\d{4}\b", "CLIENT_CODE": r"\bCL[0-9]{5}\b"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("See CTR-2024-0042.", "See <CONTRACT_REF_1>.", id="contract"),
        pytest.param(
            "Client CL12345 asked.", "Client <CLIENT_CODE_1> asked.", id="code"
        ),
        pytest.param("SO0042 stays", "SO0042 stays", id="other-reference"),
    ],
)
def test_patterns_are_masked(text: str, expected: str) -> None:
    """Every match of a configured pattern gets a placeholder."""
    deny_list = DenyList.from_entries([], ConfidentialPatterns(_PATTERNS))
    scope = Redactor(SilentAnalyzer(), deny_list).scope("ids")
    assert scope.redact(text).text == expected


def test_leak_guard_blocks_a_raw_identifier() -> None:
    """A payload still holding a confidential identifier is blocked."""
    deny_list = DenyList.from_entries([], ConfidentialPatterns(_PATTERNS))
    scope = Redactor(SilentAnalyzer(), deny_list).scope("ids")
    with pytest.raises(LeakDetected) as caught:
        scope.leak_guard().check("prompt about CTR-2024-0042")
    assert "CTR-2024" not in str(caught.value)


@pytest.mark.parametrize(
    "patterns",
    [
        pytest.param({"contract": r"CTR"}, id="lower-case-type"),
        pytest.param({"CONTRACT": r"CTR-("}, id="bad-regex"),
        pytest.param({"CONTRACT": r"x*"}, id="matches-empty"),
    ],
)
def test_bad_patterns_are_configuration_errors(patterns: dict[str, str]) -> None:
    """The operator hears which pattern is wrong, before any text is read."""
    with pytest.raises(ConfigurationError):
        ConfidentialPatterns(patterns)
