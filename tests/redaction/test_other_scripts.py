"""Names in another script inside Latin text are found; symbols and text
in that language are not."""

from __future__ import annotations

import pytest

from redaction.recognizers.other_scripts import OtherScriptNameRecognizer

_RECOGNIZER = OtherScriptNameRecognizer()


def _found(text: str) -> list[tuple[str, str]]:
    results = _RECOGNIZER.analyze(text, ["PERSON", "LOCATION"])
    return [(r.entity_type, text[r.start : r.end]) for r in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("My details: 山本花子, +7 495 216 49 43",
                     [("PERSON", "山本花子")], id="japanese-name"),
        pytest.param("Support (Γιώργος): sorry to hear that.",
                     [("PERSON", "Γιώργος")], id="greek-speaker"),
        pytest.param("my neighbour ليلى حداد at njálsgata 181 b received it",
                     [("PERSON", "ليلى حداد")], id="arabic-two-words"),
        pytest.param("Thanks, 伟. Which address is on the account?",
                     [("PERSON", "伟")], id="one-ideograph"),
        pytest.param("Ship to ул. Мира, д. 142, Moscow, please.",
                     [("LOCATION", "Мира")], id="after-a-street-abbreviation"),
        pytest.param("Ship to 神奈川県横浜市中区元町1-19-13, Japan.",
                     [("LOCATION", "神奈川県横浜市中区元町")],
                     id="place-sign-and-number"),
        pytest.param("The β-test uses 5 Ω resistors, a 3 µm filter and 5º dcha.",
                     [], id="symbols"),
        pytest.param("She wrote: Это длинное сообщение на русском языке today.",
                     [], id="a-sentence-in-that-language"),
        pytest.param("Привет, Анна! Это сообщение на русском.", [],
                     id="a-text-mostly-in-that-script"),
        pytest.param("Plain English with Zorvetta only.", [], id="latin-only"),
        pytest.param("Note from the call: 我们明天下午开会讨论项目进度和预算 ok",
                     [], id="a-chinese-sentence"),
    ],
)  # fmt: skip
def test_short_runs_in_another_script(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_only_the_asked_types_are_reported() -> None:
    text = "Please ship the order to ул. Мира, д. 142 and address it to 山本花子."
    assert [t for t, _ in _found(text)] == ["LOCATION", "PERSON"]
    results = _RECOGNIZER.analyze(text, ["PERSON"])
    assert [r.entity_type for r in results] == ["PERSON"]
