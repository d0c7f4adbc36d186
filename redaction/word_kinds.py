"""What a single word may be in a name: plain, rare, everyday or name-like.

The typer, its edges, breaks and columns ask these questions of one word at
a time. The answers rest on the census gazetteer, the dictionary (spaCy's
lemmatizer index, ``english_words``) and the unknown-word reader
(``name_words.UnknownWords``).
"""

from __future__ import annotations

from redaction.common_words import is_distinctive
from redaction.english_words import everyday_words
from redaction.folding import fold_key
from redaction.name_gazetteer import NameGazetteer
from redaction.name_words import UnknownWords, is_word_or_compound
from redaction.word_forms import is_dictionary_word

__all__ = ["WordKinds"]


class WordKinds:
    """Questions about one word, answered from the name and word lists."""

    def __init__(
        self,
        gazetteer: NameGazetteer,
        english_words: frozenset[str],
        unknown: UnknownWords,
    ) -> None:
        self._names = gazetteer
        self._english = english_words
        self._unknown = unknown

    def may_be_surname(self, word: str) -> bool:
        """A census surname or an unknown name-like word."""
        return self._names.is_surname(fold_key(word)) or self._unknown.is_name_like(
            word
        )

    def is_name_word(self, word: str) -> bool:
        """An unknown capitalised word, or a census name no dictionary has."""
        if self._unknown.is_name_like(word):
            return True
        key = fold_key(word)
        is_census = self._names.is_first_name(word) or self._names.is_surname(key)
        is_word = is_dictionary_word(key, self._english)
        return word[:1].isupper() and is_census and not is_word

    def is_rare_word(self, word: str) -> bool:
        """A word no everyday use has: a name the dictionary knows as one."""
        return not is_dictionary_word(fold_key(word), everyday_words(self._english))

    def is_plain_word(self, word: str) -> bool:
        key = fold_key(word)
        if self._names.is_listed(key) or self._names.has_surname_ending(word):
            return False
        return is_dictionary_word(key, self._english)

    def is_plain_or_known(self, word: str) -> bool:
        """An everyday word that is no census name ("Team"), or a known term.

        Everyday, not merely in the dictionary: WordNet holds famous people
        too ("O'Neill").
        """
        if self._unknown.is_known(word):
            return True
        return self.is_plain_word(word) and not self.is_rare_word(word)

    def is_plain_in_a_name_column(self, word: str) -> bool:
        """Plain or known, and no census surname: under "Nachname" a surname
        WordNet also knows ("Hoffmann", "Baker") is still a name."""
        return self.is_plain_or_known(word) and not self._names.is_surname(word)

    def may_be_name(self, word: str) -> bool:
        """A census first name, or a word no dictionary has ("Zorvetta").

        Common words, dictionary words (and two run together) and
        references with a digit ("FURN_0096") are no names.
        """
        key = fold_key(word)
        if key in self._names.first_names:
            return True
        if any(char.isdigit() for char in key) or not is_distinctive((key,)):
            return False
        return not is_word_or_compound(key, self._english)

    def is_plain_or_common(self, word: str) -> bool:
        """A common word ("What") or a dictionary word no census name is."""
        return not is_distinctive((fold_key(word),)) or self.is_plain_word(word)

    def is_census_first_name(self, word: str) -> bool:
        """On the census first-name list, even when a word too ("Faith")."""
        return fold_key(word) in self._names.first_names

    def is_everyday(self, word: str) -> bool:
        """A common or dictionary word that is no first name ("Call", "Ask")."""
        if self._names.is_first_name(word):
            return False
        key = fold_key(word)
        return not is_distinctive((key,)) or key in self._english
