"""First names and surnames of the 1990 US Census, to tell people from words.

The lists come from the PyPI package ``names`` (MIT; its data files are
the Census Bureau's public-domain 1990 name frequency lists). They were
compiled from census returns, independently of any generator of test
data. Without the package the gazetteer is empty and names depend on the
NER model, the cues and the deny-list, as before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from importlib import resources

from redaction.common_words import is_distinctive
from redaction.folding import fold_key
from redaction.package_data import read_string_list

__all__ = ["NameGazetteer", "census_gazetteer", "short_surnames"]

logger = logging.getLogger(__name__)

_PACKAGE = "names"
_FIRST_NAME_FILES = ("dist.female.first", "dist.male.first")
_SURNAME_FILE = "dist.all.last"


@dataclass(frozen=True)
class NameGazetteer:
    """Folded first names and surnames; everyday words are never first names."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    everyday_words: frozenset[str]
    surname_endings: tuple[str, ...]
    # Syllables of romanised Korean given names ("Hae-won", "Ji-hoon").
    given_name_syllables: frozenset[str] = frozenset()
    # Korean family names, some of them English words too ("Park", "Song").
    korean_surnames: frozenset[str] = frozenset()

    def is_first_name(self, word: str) -> bool:
        """Whether ``word`` is a first name and could mean nothing else.

        "Megan" is; "Grace", "Will" and "China" are common words too. Two
        first names joined by a hyphen are one ("Ana-Sofia", "Mary-Kate")
        if one of them is; "May-June" is not. So are two syllables of a
        Korean given name ("Hae-won", "Min-jun").
        """
        key = fold_key(word)
        parts = key.split("-")
        if len(parts) > 1:
            if len(parts) == 2 and all(
                part in self.given_name_syllables for part in parts
            ):
                return True
            return all(part in self.first_names for part in parts) and any(
                self.is_first_name(part) for part in parts
            )
        return (
            key in self.first_names
            and key not in self.everyday_words
            and is_distinctive((key,))
        )

    def is_korean_surname_after(self, given: str, word: str) -> bool:
        """Whether ``word`` is a Korean family name after a Korean given name
        of two syllables ("Hae-won Park": a person, not a park)."""
        parts = fold_key(given).split("-")
        return (
            len(parts) == 2
            and all(part in self.given_name_syllables for part in parts)
            and fold_key(word) in self.korean_surnames
        )

    def is_korean_surname_before(self, word: str, given: str) -> bool:
        """Whether ``word`` is a Korean family name before a Korean given
        name, or the first syllable the model kept of it ("Park Jae-sung",
        "Park Jae"): a person, not a park."""
        return fold_key(word) in self.korean_surnames and all(
            part in self.given_name_syllables for part in fold_key(given).split("-")
        )

    def is_listed(self, word: str) -> bool:
        """Whether ``word`` is on either census list, even an everyday word."""
        key = fold_key(word)
        return key in self.first_names or key in self.surnames

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` is a census surname (many are also English words)."""
        return fold_key(word) in self.surnames

    def has_surname_ending(self, word: str) -> bool:
        """Whether ``word`` ends like a Nordic, Slavic or Baltic surname."""
        lowered = word.lower()
        return len(lowered) > 4 and lowered.endswith(self.surname_endings)


def _read_column(name: str) -> frozenset[str]:
    text = resources.files(_PACKAGE).joinpath(name).read_text(encoding="ascii")
    return frozenset(line.split()[0].lower() for line in text.splitlines() if line)


@cache
def census_gazetteer() -> NameGazetteer:
    """The gazetteer, read once per process (about 95,000 names, 0.1 s)."""
    everyday = frozenset(read_string_list("names.json", "everyday_words"))
    endings = tuple(read_string_list("names.json", "surname_endings"))
    syllables = frozenset(read_string_list("names.json", "given_name_syllables"))
    korean = frozenset(read_string_list("names.json", "korean_surnames"))
    try:
        first = frozenset().union(*(_read_column(n) for n in _FIRST_NAME_FILES))
        last = _read_column(_SURNAME_FILE)
    except (ModuleNotFoundError, OSError, IndexError, UnicodeDecodeError):
        logger.warning(
            "the census name lists (package %r) are unavailable; "
            "names depend on NER, cues and the deny-list",
            _PACKAGE,
        )
        first, last = frozenset(), frozenset()
    return NameGazetteer(first, last, everyday, endings, syllables, korean)


@cache
def short_surnames() -> frozenset[str]:
    """Surnames of two letters, lower case, many of them words too ("do",
    "ly", "ng"), read once per process."""
    return frozenset(read_string_list("names.json", "short_surnames"))
