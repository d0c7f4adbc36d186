"""Function words of the other European languages business mail is written in.

The English model reads capitalised words of German, French or Dutch text
as names ("Sie", "avant"). A PERSON span made only of such words, none
of them a given name, is no person when its line is written in another
language ("Bitte wenden Sie sich an ..."); "Will", "Al" and "Per" stay
people, and so does a word on an English line. The word lists
are the stop words that spaCy ships for each language: no download. The
everyday English words among them ("sent", "want", "store") mark no line
as foreign (``patterns.json``), except a few that English text seldom
holds ("die", "il", "gut").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from copilot.errors import RedactionError
from redaction.english_words import everyday_words
from redaction.folding import WORD, fold_key
from redaction.package_data import read_string_list

__all__ = [
    "dutch_only_function_words",
    "english_function_words",
    "foreign_function_words",
    "is_foreign_function_words",
    "is_foreign_line",
]

_LANGUAGES = ("de", "fr", "nl", "es", "it", "pt", "da", "sv", "nb", "pl")
_MIN_DICTIONARY_WORDS_ON_LINE = 2
_ADDRESS = re.compile(r"\S*(?:@|://|[^\W\d_]\.[^\W\d_])\S*")
"""An address, a domain or a file name: its parts are no words of the line
("rinaldi-logistics.com", "team@example.io")."""
_LANGUAGES_SHARING_ENGLISH_WORDS = ("de", "fr", "nl", "es", "it", "pt")
"""Their function words are no sign of English ("in", "is", "of", "die")."""
_GIVEN = frozenset({"per", "bent", "dag", "bas", "ton", "lo", "are", "ole", "tor"})
"""Given names of these languages that their stop-word lists hold too."""


@cache
def _function_words() -> frozenset[str]:
    found: set[str] = set()
    for language in _LANGUAGES:
        found |= {fold_key(word) for word in _stop_words_of(language)}
    return frozenset(found)


def _stop_words_of(language: str) -> frozenset[str]:
    """spaCy's stop words of ``language``, read from the module's file alone.

    Importing ``spacy.lang.<language>`` loads that language's whole package
    (two seconds for the ten): the list is all that is needed here.
    """
    source = resources.files("spacy").joinpath("lang", language, "stop_words.py")
    namespace: dict[str, object] = {}
    exec(compile(source.read_text(encoding="utf-8"), str(source), "exec"), namespace)
    words = namespace.get("STOP_WORDS")
    if not isinstance(words, set | frozenset):
        raise RedactionError(f"spaCy's {language} stop-word list could not be read")
    return frozenset(str(word) for word in words)


@cache
def dutch_only_function_words() -> frozenset[str]:
    """Dutch function words German lacks ("met", "heb", "aan"), folded.

    Dutch surnames keep an old article ("den Hartog", "der Kinderen") that
    German writes before nouns: after one of these words it is a name.
    """
    german = {fold_key(word) for word in _stop_words_of("de")}
    return frozenset(fold_key(word) for word in _stop_words_of("nl")) - german


@cache
def english_function_words() -> frozenset[str]:
    """English function words ("to", "per", "the"), folded."""
    return frozenset(fold_key(word) for word in _stop_words_of("en"))


@cache
def _foreign_only_words() -> frozenset[str]:
    """The function words that are not English ones too ("sich", not "in"),
    nor everyday English words ("sent", "want", "like", "store": Danish,
    Swedish or Italian stop words that English lines are full of)."""
    lookalikes = read_string_list(
        "patterns.json", "english_words_among_foreign_function_words"
    )
    return _function_words() - english_function_words() - frozenset(lookalikes)


@cache
def _accented_foreign_words() -> frozenset[str]:
    """Function words written with letters English lacks ("à", "für", "é"):
    folded, some would read as English ("a")."""
    return frozenset(
        word
        for language in _LANGUAGES
        for word in _stop_words_of(language)
        if not word.isascii()
    )


@cache
def foreign_function_words() -> frozenset[str]:
    """Function words of the other languages, folded; not their given names
    ("Per", "Dag")."""
    return _function_words() - _GIVEN


def is_foreign_function_words(
    text: str,
    start: int,
    end: int,
    first_names: frozenset[str],
    english: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``text[start:end]`` is only foreign function words, none a
    given name, on a line written in another language (``is_foreign_line``)."""
    keys = [fold_key(word) for word in WORD.findall(text, start, end)]
    function_words = foreign_function_words()
    if not keys or not all(
        key in function_words and key not in first_names for key in keys
    ):
        return False
    return is_foreign_line(text, start, end, keys, english)


def is_foreign_line(
    text: str,
    start: int,
    end: int,
    keys: list[str],
    english: frozenset[str] = frozenset(),
) -> bool:
    """Whether the line around ``text[start:end]`` is written in another
    language: another of its words is a function word English lacks.
    ``keys`` are the span's folded words, which do not count, nor do the
    parts of addresses and domains ("logistics.com"). A function
    word that ``english`` holds as a rare word ("area", "door": Spanish and
    Dutch ones) is weak evidence: it needs a second one, or a line without
    an English function word ("the", "to")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = _ADDRESS.sub(
        " ", text[line_start : line_end if line_end >= 0 else len(text)]
    )
    foreign = _foreign_only_words()
    accented = _accented_foreign_words()
    words = [(word, fold_key(word)) for word in WORD.findall(line)]
    others = [
        (word, key)
        for word, key in words
        if (key in foreign or word.lower() in accented) and key not in keys
    ]
    everyday = everyday_words(english)
    unmistakable = [
        word
        for word, key in others
        if key not in english or key in everyday or word.lower() in accented
    ]
    if unmistakable or len(others) >= _MIN_DICTIONARY_WORDS_ON_LINE:
        return True
    return bool(others) and not _has_english_function_word(words)


def _has_english_function_word(words: list[tuple[str, str]]) -> bool:
    """Whether a line's ``(word, folded)`` pairs hold an English function
    word that German, French, Dutch, Spanish, Italian and Portuguese lack
    ("the", "to", "with")."""
    english = _english_function_words_of_english_lines()
    return any(key in english for _, key in words)


@cache
def _english_function_words_of_english_lines() -> frozenset[str]:
    shared = {
        fold_key(word)
        for language in _LANGUAGES_SHARING_ENGLISH_WORDS
        for word in _stop_words_of(language)
    }
    return english_function_words() - shared
