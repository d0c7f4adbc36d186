"""User handles and logins that spell a person: "@kofi.mensah", "[s_rezaei]".

Chat exports, commit messages and server logs name people by handle:
"<@m_thornton> welcome!", "@kofi.mensah", "Quality check failed
[h_nwosu]", "Login successful for login:wzhang", "[12:00]
alexei.morozov: customer read me the card". A handle counts only where
one stands: after "@" (not inside an e-mail address), inside "<@...>",
after "login:", "user:", "username:", "login is", "handle is" or a
messenger's name ("skype: live:", "github:"), as a bracketed tag of name
parts joined by "." or "_", or speaking on a time-stamped chat line. And
only when every part of it could be a person's: a census name, a word no
dictionary has, or a single initial beside another part ("m_thornton",
"anna.k").
Teams, channels and bots stay ("@here", "@frontend", "@sales_team",
"@odoobot"), and so do Odoo's technical names ("[res.partner]",
"[ir.cron]": "ir" is no initial, "partner" a dictionary word). Digits
ending a handle are left out of the mask ("Maribel85").

Needs the pipeline's dictionary: without NER nothing is found.
"""

from __future__ import annotations

import re
from string import digits

from presidio_analyzer import RecognizerResult

from redaction.handle_names import HandleNames
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
    r"[ ]?[:=][ ]?(?:live:)?|\b(?:login|username|handle)[ ]+is[ ]+)"
    r"(?P<login>" + _HANDLE + r")\b"
    r"|\[(?P<tag>" + _JOINED + r")\]"
    r"|(?m:^[ \t>*-]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?P<speaker>"
    + _JOINED
    + r"):)"
)


class UserHandleRecognizer(DictionaryRecognizer):
    """Handles and logins, where only a handle stands, that spell a person."""

    def __init__(self) -> None:
        self._handles = HandleNames()
        super().__init__("PERSON", _NAME)

    def find(self, text: str, dictionary: frozenset[str]) -> list[RecognizerResult]:
        """One result per handle that could be a person."""
        found: list[RecognizerResult] = []
        for match in _PLACES.finditer(text):
            group = next(name for name, value in match.groupdict().items() if value)
            is_person = (
                self._handles.is_mentioned_person
                if group == "mention"
                else self._handles.is_person
            )
            if is_person(match.group(group), dictionary):
                start, end = match.span(group)
                # "Maribel85": the name is masked; a word with a digit would
                # be taken for an Odoo reference and left as written.
                end = start + len(match.group(group).rstrip(digits))
                found.append(result("PERSON", start, end, _SCORE, _NAME, "handle"))
        return found
