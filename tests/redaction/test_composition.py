"""Text is composed and stripped of format characters; offsets map back."""

from __future__ import annotations

import pytest

from redaction.composition import compose


@pytest.mark.parametrize(
    ("text", "composed", "word", "original"),
    [
        pytest.param("Ce\u0301line", "Céline", "Céline", "Ce\u0301line", id="acute"),
        pytest.param(
            "ok 🚀 Zo\u0308e Do\u0301", "ok 🚀 Zöe Dó", "Dó", "Do\u0301", id="emoji"
        ),
        pytest.param("Céline", "Céline", "Céline", "Céline", id="already-nfc"),
        pytest.param("plain", "plain", "plain", "plain", id="ascii"),
    ],
)
def test_spans_map_back_to_the_text_as_written(
    text: str, composed: str, word: str, original: str
) -> None:
    """A span of the composed text covers the word and its marks in the input."""
    result = compose(text)
    assert result.text == composed
    start = result.text.index(word)
    first, last = result.original_span(start, start + len(word))
    assert text[first:last] == original


@pytest.mark.parametrize(
    ("text", "composed", "word", "original"),
    [
        pytest.param(
            "Dear Zyg\u00admunt",
            "Dear Zygmunt",
            "Zygmunt",
            "Zyg\u00admunt",
            id="soft-hyphen",
        ),
        pytest.param(
            "Kowal\u200bczyk ok",
            "Kowalczyk ok",
            "Kowalczyk",
            "Kowal\u200bczyk",
            id="zero-width-space",
        ),
        pytest.param(
            "a\u200c\u200db\u2060c!",
            "abc!",
            "abc",
            "a\u200c\u200db\u2060c",
            id="joiners-and-word-joiner",
        ),
        pytest.param("\ufeffJan De", "Jan De", "Jan", "Jan", id="leading-bom"),
        pytest.param("Jan\u200b De", "Jan De", "Jan", "Jan", id="trailing-outside"),
        pytest.param(
            "Ce\u200b\u0301line",
            "Céline",
            "Céline",
            "Ce\u200b\u0301line",
            id="format-char-before-mark",
        ),
        pytest.param(
            "\u202eZo\u0308e\u202c 🚀",
            "Zöe 🚀",
            "Zöe",
            "Zo\u0308e",
            id="bidi-controls-and-accent",
        ),
    ],
)
def test_format_characters_are_removed_for_analysis(
    text: str, composed: str, word: str, original: str
) -> None:
    """Invisible characters vanish; a span covers those inside the word only."""
    result = compose(text)
    assert result.text == composed
    start = result.text.index(word)
    first, last = result.original_span(start, start + len(word))
    assert text[first:last] == original


def test_fixed_width_spaces_read_as_spaces_with_the_same_offsets() -> None:
    text = "Tel\u00a0+32\u202f470 Zoë\u2007x"
    composed = compose(text)
    assert composed.text == "Tel +32 470 Zoë x"
    assert composed.original_span(4, 11) == (4, 11)
