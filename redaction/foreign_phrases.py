"""Words of German, French, Spanish... text that the English model calls people.

Four shapes, each only on a line written in another language (one of its
other words is a function word English lacks, see ``foreign_words``):

- a German noun after its article or determiner ("die Rechnung", "an die
  Buchhaltung", "Ihre Kreditkarte"), or with it ("den Betrag"); German
  writes every noun with a capital, and no name follows "die" or "Ihre". A
  name particle, a title or a Dutch word before the article keeps the
  name ("van der Berg", "von den Driesch", "mevrouw den Hartog", "met den
  Hartog");
- a lower-case phrase holding a function word ("cerramos la incidencia",
  "al correo"): names typed in lower case hold no "la" or "ya", and
  hold "de" or "van" only between one given name and a census surname
  ("lerato de groot");
- a weekday or month of those languages after a word of time ("bis
  Montag", "am Freitag"), not after "an", "naar", "pour" or "para" (to
  Mr Freitag), nor a weekday that is a surname too after "auf" ("warten
  auf Freitag") unless a verb of moving follows ("auf Freitag verschoben");
- a German pronoun, alone or before lower-case words ("Sie" in
  "überweisen Sie den Betrag"); "Sie Hoang" may be a name.

A census first name in the span keeps it a person in every shape.
"""

from __future__ import annotations

import re
from functools import cache

from redaction.folding import WORD, fold_key
from redaction.foreign_words import (
    dutch_only_function_words,
    foreign_function_words,
    is_foreign_line,
)
from redaction.name_titles import name_titles
from redaction.package_data import read_string_list

__all__ = ["is_foreign_phrase"]

_WORDS_BEFORE = re.compile(r"(?:(\w+)\.?[ ]+)?(\w+)\.?[ ]+\Z")
_REACH = 40
_MOVED_TO = re.compile(
    r"[ ]+(?:verschoben|verlegt|vertagt|gelegt|festgelegt|terminiert|angesetzt)\b"
)
_MAX_NOUN_WORDS = 2


@cache
def _listed(key: str) -> frozenset[str]:
    """The word list ``key`` of ``patterns.json``."""
    return frozenset(read_string_list("patterns.json", key))


@cache
def _name_openers() -> frozenset[str]:
    """Words after which an article opens a surname, not a noun."""
    return _listed("name_particles") | name_titles() | dutch_only_function_words()


def is_foreign_phrase(
    text: str,
    start: int,
    end: int,
    first_names: frozenset[str],
    surnames: frozenset[str] = frozenset(),
    english: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``text[start:end]`` is a noun, phrase or date of a line written
    in another language, not a person; a lower-case phrase that closes on
    name particles and one of ``surnames`` is a name ("tariq de vries")."""
    words = WORD.findall(text, start, end)
    keys = [fold_key(word) for word in words]
    if not keys or any(key in first_names for key in keys):
        return False
    word_before = ""
    is_pronoun = keys[0] in _listed("german_pronouns") and all(
        word.islower() for word in words[1:]
    )
    if not (is_pronoun or _is_lower_case_phrase(words, keys, surnames)):
        # Only a noun or a date reads the word before: most names are neither.
        with_article = _opens_with_article(words, keys)
        if not (
            with_article
            or _may_be_german_noun(words)
            or keys[-1] in _listed("foreign_date_words")
        ):
            return False
        before = _WORDS_BEFORE.search(text, max(0, start - _REACH), start)
        if before is None:
            return False
        word_before = fold_key(before.group(2))
        # A particle, a title or a Dutch word before the article makes it
        # part of a name ("von den Driesch", "mevrouw den Hartog", "met den
        # Hartog").
        is_noun = (with_article and word_before not in _name_openers()) or (
            _may_be_german_noun(words) and _is_german_noun(word_before, before)
        )
        is_moved = _MOVED_TO.match(text, end) is not None
        if not (is_noun or _is_foreign_date(keys, word_before, is_moved=is_moved)):
            return False
    # The word before is no evidence of the line's language ("die" alone).
    return is_foreign_line(text, start, end, [*keys, word_before], english)


def _may_be_german_noun(words: list[str]) -> bool:
    return len(words) <= _MAX_NOUN_WORDS and all(word[0].isupper() for word in words)


def _opens_with_article(words: list[str], keys: list[str]) -> bool:
    """A German noun with its article in the span ("den Betrag")."""
    return (
        words[0].islower()
        and keys[0] in _listed("german_determiners")
        and 1 < len(words) <= _MAX_NOUN_WORDS + 1
        and all(word[0].isupper() for word in words[1:])
    )


def _is_german_noun(word_before: str, before: re.Match[str]) -> bool:
    """After an article or determiner with no name particle before it."""
    if word_before not in _listed("german_determiners"):
        return False
    particle = before.group(1)
    return particle is None or fold_key(particle) not in _listed("name_particles")


def _is_lower_case_phrase(
    words: list[str], keys: list[str], surnames: frozenset[str]
) -> bool:
    if len(keys) < 2 or not all(word.islower() for word in words):
        return False
    function_words = [key for key in keys if key in foreign_function_words()]
    if not function_words:
        return False
    return not _ends_in_particled_surname(keys, function_words, surnames)


def _ends_in_particled_surname(
    keys: list[str], function_words: list[str], surnames: frozenset[str]
) -> bool:
    """Whether the words are one given name, name particles and a census
    surname ("lerato de groot", "tariq de vries" as "devries").

    Two words or more before the particles are a phrase ("necesitamos
    barra de hierro"); a second given name that is a census first name
    keeps the span a name before this is asked ("ana maria de la cruz").
    """
    particles = _listed("name_particles")
    if keys[0] in particles or not all(key in particles for key in function_words):
        return False
    if keys[1] not in particles:
        return False  # "necesitamos barra de hierro"
    tail = keys[1:]
    if any(key not in particles for key in tail[:-1]):
        return False  # "pago de la factura de marzo"
    if tail[-1] in _listed("foreign_date_words"):
        return False  # "paiement de mars", "el 3 de mayo"
    return tail[-1] in surnames or "".join(tail) in surnames


def _is_foreign_date(keys: list[str], word_before: str, *, is_moved: bool) -> bool:
    """A weekday or month after a word of time ("bis Montag", "am Freitag");
    alone, some are surnames too ("Freitag"): after "auf" only a verb of
    moving makes one a date ("auf Freitag verschoben")."""
    *lead, last = keys
    if last not in _listed("foreign_date_words"):
        return False
    time_words = _listed("foreign_time_words")
    if lead:
        return lead[0] in time_words and all(
            key in foreign_function_words() for key in lead
        )
    if (
        word_before in _listed("foreign_time_words_before_people")
        and last in _listed("foreign_date_words_also_surnames")
        and not is_moved
    ):
        return False  # "warten auf Freitag": Mr Freitag, perhaps.
    return word_before in time_words
