"""Whether a user handle spells a person: "kofi.mensah" does, "sales_team" not.

A handle is a person's when every part of it could be: a census name, a
word ending like a surname, a word no dictionary has, or a single initial
beside another part ("m_thornton", "anna.k"). An "@" mention is also a
person's when its parts are rarer words ("@maja", "@tao") or a short given
name ("@bo.zhang"). Teams, channels, bots and known terms never are
("@here", "@frontend", "@sales_team", "@odoobot"). A first name with
digits after it ("Rodrigo91") is a login: its name is masked without the
digits, which would make it read as an Odoo reference.
"""

from __future__ import annotations

import re
from dataclasses import replace
from string import digits

from redaction.english_words import everyday_words
from redaction.folding import fold_key
from redaction.name_gazetteer import census_gazetteer
from redaction.name_words import is_word_or_compound
from redaction.policy import folded_allowed_terms
from redaction.spans import EntitySpan

__all__ = ["HandleNames", "without_login_digits"]

_PARTS = re.compile(r"[._-]")
_LOGIN = re.compile(r"([A-ZÀ-Þ][a-zß-ÿ]{2,})\d{1,4}")
_MIN_PART = 3
_MIN_MENTION_PART = 2
_GROUPS = frozenset(
    {"here", "channel", "all", "everyone", "team", "admin", "root", "support"}
)


def _parts_without_digits(key: str) -> list[str]:
    """The parts of the folded handle ``key``, digits after each dropped."""
    return [part.rstrip(digits) for part in _PARTS.split(key)]


class HandleNames:
    """Tells the handles that spell a person, words told by a dictionary."""

    def __init__(self) -> None:
        self._allowed = folded_allowed_terms()
        self._census = census_gazetteer()

    def is_person(self, handle: str, dictionary: frozenset[str]) -> bool:
        """Whether every part of ``handle`` could be a person's."""
        key = fold_key(handle)
        if self._is_group_or_bot(key):
            return False
        parts = _parts_without_digits(key)
        has_more = any(len(part) > 1 for part in parts)
        return all(
            self._is_name_part(part, dictionary) or (len(part) == 1 and has_more)
            for part in parts
        )

    def is_mentioned_person(self, handle: str, dictionary: frozenset[str]) -> bool:
        """Whether the "@" mention ``handle`` (without its "@") is a person."""
        if self.is_person(handle, dictionary):
            return True
        key = fold_key(handle)
        if self._is_group_or_bot(key):
            return False
        parts = _parts_without_digits(key)
        everyday = everyday_words(dictionary)
        return any(len(part) >= _MIN_PART for part in parts) and all(
            len(part) >= _MIN_MENTION_PART
            and part not in self._allowed
            and not is_word_or_compound(part, everyday)
            for part in parts
        )

    def _is_group_or_bot(self, key: str) -> bool:
        """A team, a channel, a bot or a known term ("@here", "@odoobot")."""
        return key in self._allowed or key in _GROUPS or key.endswith("bot")

    def _is_name_part(self, part: str, dictionary: frozenset[str]) -> bool:
        """A census name, a word ending like a surname, or a word no dictionary
        has, of three letters or more."""
        if len(part) < _MIN_PART or part in self._allowed:
            return False
        if self._census.is_listed(part):
            return True
        if self._census.has_surname_ending(part):
            return True  # "shevchenko": WordNet knows a famous one
        return not is_word_or_compound(part, dictionary)


def without_login_digits(
    text: str, span: EntitySpan, first_names: frozenset[str]
) -> EntitySpan:
    """A PERSON span over a first name of ``first_names`` and digits
    ("Rodrigo91"), as a login writes it, without the digits."""
    login = _LOGIN.fullmatch(text, span.start, span.end)
    if span.entity_type != "PERSON" or login is None:
        return span
    if login.group(1).lower() not in first_names:
        return span
    return replace(span, end=login.end(1))
