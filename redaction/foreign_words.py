"""Function words of the other European languages business mail is written in.

The English model reads capitalised words of German, French or Dutch text
as names ("Von:", "Sie", "avant"). A PERSON span made only of such
words, none of them a census first name but a name particle ("Von"), is
no person ("Will" stays one). The word lists are the stop words that
spaCy ships for each language: no download.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from copilot.errors import RedactionError
from redaction.folding import WORD, fold_key

__all__ = ["is_foreign_function_words"]

_LANGUAGES = ("de", "fr", "nl", "es", "it", "pt", "da", "sv", "nb", "pl")


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


def is_foreign_function_words(
    text: str,
    start: int,
    end: int,
    first_names: frozenset[str],
    particles: frozenset[str],
) -> bool:
    """Whether ``text[start:end]`` is only foreign function words, and no
    first name unless a name particle."""
    keys = [fold_key(word) for word in WORD.findall(text, start, end)]
    function_words = _function_words()
    return bool(keys) and all(
        key in function_words and (key in particles or key not in first_names)
        for key in keys
    )
