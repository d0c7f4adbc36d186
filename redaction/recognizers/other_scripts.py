"""Names written in another script inside a text written in Latin letters.

The English pipeline reads no Cyrillic, Greek, Arabic, Hebrew or CJK
letters, so "My details: 山本花子, +7 ...", "Support (Γιώργος): Sorry" or
"my neighbour ليلى حداد at ..." leave the name visible. In a text at least
half of whose words are Latin, a short run of words in another script (one to
six words, spaces between them) is almost always a name: a person's, or
a place's in an address. A run beside a number (a house number or a
postcode), after a Cyrillic or Greek street or town abbreviation, or
ending with a Japanese or Chinese place sign ("横浜市中区元町") is a
LOCATION; any other run is a PERSON. The abbreviations themselves are
left alone. Longer runs (more words, or more than twelve signs with no
space and no place sign) are text in that language, and a text mostly in
another script is left to the model: neither is read here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from presidio_analyzer import RecognizerResult

from redaction.recognizers.context import result
from redaction.recognizers.pattern_data import group_words
from redaction.recognizers.rule_based import RuleRecognizer

__all__ = ["OtherScriptNameRecognizer"]

_NAME = "OtherScriptNameRecognizer"
_SCORE = 0.6
_MAX_WORDS = 6
# A longer run with no space is a sentence in Chinese or Japanese.
_MAX_SIGNS = 12
# A text counts as Latin when this share of its words is.
_LATIN_SHARE = 0.5
# Any run of characters outside ASCII, trimmed to letters (a Greek town may
# open with the increment sign written for a delta).
_WORD = re.compile(r"[^\s\x00-\x7f]+")
_JOINER = re.compile(r"[ ]+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
# A house number or postcode right beside the run ("元町1-19-13").
_NUMBER_AFTER = re.compile(r"[ ]?\d")
_NUMBER_BEFORE = re.compile(r"\d[ ]?\Z")
_PLACE_WORDS = "other_script_place_words"
_ABBREVIATION_BEFORE = re.compile(r"([^\W\d_]+)\.[ ]*\Z")


_SCRIPTS = (
    "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "CJK", "HIRAGANA", "KATAKANA",
    "HANGUL", "THAI", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "TAMIL",
    "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "GEORGIAN", "ARMENIAN",
    "ETHIOPIC", "KHMER", "LAO", "MYANMAR",
)  # fmt: skip
# One sign of these is a word ("静", "伟"); one Greek or Cyrillic letter is a
# symbol ("Ω", "β-test").
_SYLLABIC_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


@cache
def _script(char: str) -> str | None:
    """The script of a letter other than Latin, or None."""
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    return next((script for script in _SCRIPTS if name.startswith(script)), None)


def _is_other_word(word: str) -> bool:
    """Letters of other scripts only, and at least one."""
    letters = [char for char in word if char.isalpha()]
    return bool(letters) and all(_script(char) is not None for char in letters)


def _is_kept(char: str) -> bool:
    """A letter, or a sign standing for one at a word's start; punctuation
    ("«", "。") is no part of a name."""
    return char.isalpha() or unicodedata.category(char).startswith("S")


def _pieces(text: str) -> list[tuple[int, int]]:
    """The runs of ``_WORD`` split at punctuation ("佐藤、鈴木" is two)."""
    pieces: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        start = match.start()
        for at in range(match.start(), match.end()):
            if unicodedata.category(text[at]).startswith("P"):
                pieces.append((start, at))
                start = at + 1
        pieces.append((start, match.end()))
    return [(start, end) for start, end in pieces if start < end]


def _words(text: str) -> list[tuple[int, int]]:
    """Where the words of other scripts are, trimmed to their letters."""
    found: list[tuple[int, int]] = []
    for start, end in _pieces(text):
        while start < end and not _is_kept(text[start]):
            start += 1
        while end > start and not text[end - 1].isalpha():
            end -= 1
        if start < end and _is_other_word(text[start:end]):
            found.append((start, end))
    return found


def _is_long_enough(run: str) -> bool:
    letters = [char for char in run if char.isalpha()]
    return len(letters) > 1 or (
        bool(letters) and (_script(letters[0]) or "").startswith(_SYLLABIC_SCRIPTS)
    )


def _is_mostly_latin(text: str, other_words: list[tuple[int, int]]) -> bool:
    """Whether a share of the words are Latin and some are in another script.

    Words, not letters: a CJK name or address is one word of many signs.
    """
    latin = len(_LATIN_WORD.findall(text))
    other = len(other_words)
    return other > 0 and latin >= _LATIN_SHARE * (latin + other)


def _runs(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(start, end, words)`` of each run of ``words`` with spaces between."""
    runs: list[tuple[int, int, int]] = []
    for start, end in words:
        if runs and _JOINER.fullmatch(text, runs[-1][1], start):
            runs[-1] = (runs[-1][0], end, runs[-1][2] + 1)
        else:
            runs.append((start, end, 1))
    return runs


def _is_place(text: str, start: int, end: int) -> bool:
    if end - start and text[end - 1] in group_words(_PLACE_WORDS, "suffixes"):
        return True
    abbreviation = _ABBREVIATION_BEFORE.search(text, max(0, start - 8), start)
    if abbreviation and abbreviation.group(1).lower() in _abbreviations():
        return True
    return bool(
        _NUMBER_AFTER.match(text, end)
        or _NUMBER_BEFORE.search(text, max(0, start - 2), start)
    )


def _abbreviations() -> frozenset[str]:
    return group_words(_PLACE_WORDS, "abbreviations")


class OtherScriptNameRecognizer(RuleRecognizer):
    """Short runs of Cyrillic, Greek, Arabic, CJK... words in Latin text."""

    def __init__(self) -> None:
        super().__init__("PERSON", _NAME)
        self.supported_entities = ["PERSON", "LOCATION"]

    @staticmethod
    def _is_abbreviation(text: str, start: int, end: int) -> bool:
        """A street or town abbreviation itself ("ул."): part of an address."""
        return (
            text[end : end + 1] == "." and text[start:end].lower() in _abbreviations()
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        """One result per short run of words in another script."""
        words = _words(text)
        if not _is_mostly_latin(text, words):
            return []
        found: list[RecognizerResult] = []
        for start, end, count in _runs(text, words):
            is_place = _is_place(text, start, end)
            if (
                count > _MAX_WORDS
                or not _is_long_enough(text[start:end])
                or (count == 1 and end - start > _MAX_SIGNS and not is_place)
                or self._is_abbreviation(text, start, end)
            ):
                continue
            entity = "LOCATION" if is_place else "PERSON"
            if entity in entities:
                why = (
                    "place in another script" if is_place else "name in another script"
                )
                found.append(result(entity, start, end, _SCORE, _NAME, why))
        return found
