"""The title before a name is read past its full stop."""

from __future__ import annotations

import pytest

from redaction.name_titles import follows_a_title, word_before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ms Torvis", True, id="title"),
        pytest.param("Dr. Torvis", True, id="title-with-a-full-stop"),
        pytest.param("an Herrn Torvis", True, id="german-title"),
        pytest.param("Ask Torvis", False, id="a-verb"),
        pytest.param("MR TORVIS", True, id="capitals-before-capitals"),
        pytest.param("still in MS Torvis", False, id="capitals-before-a-word"),
        pytest.param("Torvis", False, id="nothing-before"),
    ],
)  # fmt: skip
def test_follows_a_title(text: str, expected: bool) -> None:
    assert follows_a_title(text, text.lower().index("torvis")) is expected


def test_word_before_skips_the_full_stop() -> None:
    text = "Prof. Torvis"
    assert word_before(text, text.index("Torvis")) == "Prof"
    assert word_before(text, 0) is None
