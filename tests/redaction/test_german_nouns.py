"""German nouns on a line in another language name no one."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.folding import WORD, fold_key
from redaction.german_nouns import is_german_nouns


@pytest.mark.parametrize(
    ("text", "value", "is_noun"),
    [
        pytest.param("Die Rechnung ist noch offen, bitte prüfen.", "Rechnung", True,
                     id="noun-on-a-german-line"),
        pytest.param("Bitte die Lieferscheine für Januar schicken.", "Lieferscheine",
                     True, id="plural-form"),
        pytest.param("The Rechnung template is broken.", "Rechnung", False,
                     id="english-line"),
        pytest.param("Bitte rufen Sie Herrn Fuchs an, er ist im Büro.", "Fuchs", False,
                     id="after-a-title"),
        pytest.param("Ist Zorvetta noch im Büro?", "Zorvetta", False,
                     id="no-noun"),
    ],
)  # fmt: skip
def test_german_nouns(text: str, value: str, is_noun: bool) -> None:
    start = text.index(value)
    end = start + len(value)
    keys = [fold_key(word) for word in WORD.findall(value)]
    assert is_german_nouns(text, start, end, keys) is is_noun


def test_the_redactor_leaves_german_nouns_and_masks_the_name(
    ner_redactor: Redactor,
) -> None:
    text = (
        "Sehr geehrte Damen und Herren,\nanbei erhalten Sie die Lieferscheine "
        "für Januar. Offene Punkte liegen bei Sanz.\nMit freundlichen Grüßen\n"
        "Arno Quelbrink"
    )
    redacted = ner_redactor.scope("german").redact(text).text
    assert "Damen und Herren" in redacted and "Offene Punkte liegen" in redacted
    assert "Sanz" not in redacted and "Quelbrink" not in redacted
