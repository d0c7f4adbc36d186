"""User handles and logins that spell a person: "@kofi.mensah", "[s_rezaei]".

Chat exports, commit messages and server logs name people by handle:
"<@m_thornton> welcome!", "@kofi.mensah", "Quality check failed
[h_nwosu]", "Login successful for login:wzhang", "[12:00]
alexei.morozov: customer read me the card". A handle counts only where
one stands: after "@" (not inside an e-mail address), inside "<@...>",
after "login:", "user:", "username:" or a messenger's name ("skype:
live:", "github:"), as a bracketed tag of name parts joined by "." or
"_", or speaking on a time-stamped chat line. And only
when every part of it could be a person's: a census name, a word no
dictionary has, or a single initial beside another part ("m_thornton",
"anna.k").
Teams, channels and bots stay ("@here", "@frontend", "@sales_team",
"@odoobot"), and so do Odoo's technical names ("[res.partner]",
"[ir.cron]": "ir" is no initial, "partner" a dictionary word).

Needs the pipeline's dictionary: without NER nothing is found.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from redaction.english_words import everyday_words
from redaction.folding import fold_key
from redaction.name_gazetteer import census_gazetteer
from redaction.name_words import is_word_or_compound
from redaction.policy import folded_allowed_terms
from redaction.recognizers.context import result
from redaction.recognizers.rule_based import DictionaryRecognizer

__all__ = ["UserHandleRecognizer"]

_NAME = "UserHandleRecognizer"
_SCORE = 0.6
_HANDLE = r"[^\W\d_][^\W_]*(?:[._-][^\W\d_][^\W_]*)*"
_JOINED = r"[^\W\d_][^\W_]*(?:[._][^\W\d_][^\W_]*)+"
_PLACES = re.compile(
    r"(?<![\w.+-])@(?P<mention>" + _HANDLE + r")(?![\w@-]|\.[^\W\d_])"
    r"|(?i:\b(?:login|user|username|uid|skype|slack|github|gitlab|telegram)"
    r"[ ]?[:=][ ]?(?:live:)?)(?P<login>" + _HANDLE + r")\b"
    r"|\[(?P<tag>" + _JOINED + r")\]"
    r"|(?m:^[ \t>*-]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?P<speaker>"
    + _JOINED
    + r"):)"
)
_PARTS = re.compile(r"[._-]")
_MIN_PART = 3
_MIN_MENTION_PART = 2
_GROUPS = frozenset(
    {"here", "channel", "all", "everyone", "team", "admin", "root", "support"}
)


class UserHandleRecognizer(DictionaryRecognizer):
    """Handles and logins, where only a handle stands, that spell a person."""

    def __init__(self) -> None:
        self._allowed = folded_allowed_terms()
        self._census = census_gazetteer()
        super().__init__("PERSON", _NAME)

    def find(self, text: str, dictionary: frozenset[str]) -> list[RecognizerResult]:
        """One result per handle that could be a person."""
        found: list[RecognizerResult] = []
        for match in _PLACES.finditer(text):
            group = next(name for name, value in match.groupdict().items() if value)
            is_person = (
                self._is_mentioned_person if group == "mention" else self._is_person
            )
            if is_person(match.group(group), dictionary):
                start, end = match.span(group)
                found.append(result("PERSON", start, end, _SCORE, _NAME, "handle"))
        return found

    def _is_group_or_bot(self, key: str) -> bool:
        """A team, a channel, a bot or a known term ("@here", "@odoobot")."""
        return key in self._allowed or key in _GROUPS or key.endswith("bot")

    def _is_person(self, handle: str, dictionary: frozenset[str]) -> bool:
        key = fold_key(handle)
        if self._is_group_or_bot(key):
            return False
        parts = [part.rstrip("0123456789") for part in _PARTS.split(key)]
        has_more = any(len(part) > 1 for part in parts)
        return all(
            self._is_name_part(part, dictionary) or (len(part) == 1 and has_more)
            for part in parts
        )

    def _is_mentioned_person(self, handle: str, dictionary: frozenset[str]) -> bool:
        """An "@" mention names a person unless it is a group, a bot, a known
        term or everyday words ("@frontend", "@sales_team"): a rarer word
        ("@maja", "@tao") and a short given name ("@bo.zhang") are people."""
        if self._is_person(handle, dictionary):
            return True
        key = fold_key(handle)
        if self._is_group_or_bot(key):
            return False
        parts = [part.rstrip("0123456789") for part in _PARTS.split(key)]
        everyday = everyday_words(dictionary)
        return any(len(part) >= _MIN_PART for part in parts) and all(
            len(part) >= _MIN_MENTION_PART
            and part not in self._allowed
            and not is_word_or_compound(part, everyday)
            for part in parts
        )

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
