"""Capitalised words inside a sentence that no dictionary knows: names, by default.

The small English model misses names that stand in an unfamiliar frame
("Why is Natasja so impulsive?", "Unlike the Roeterdink novel, ...").
Inside a sentence English capitalises proper nouns only, and the proper
nouns of business text that no dictionary knows are mostly people,
places and companies. Left alone are: the policy's allowed terms (tools
and products: "Postgres", "Kubernetes"), acronyms ("SEPA"), words with
inner capitals ("GitHub") or digits, dictionary words, and two dictionary
words run together ("Pricelist", "Webhook": jargon).

A word spelt with letters English does not use is unfamiliar even when
its plain spelling is a dictionary word ("Thaís", "Kühn-Albrecht").
A census first name that no dictionary has joins an unfamiliar word
beside it ("Rościsław Dudek"); alone it is left to the census
recognizers, unless spelt with letters English does not use ("Şerban").
A census surname of four letters or more that no dictionary has is an
unfamiliar word ("Open point for Pappas"). A sentence's first
word is capitalised anyway: it counts only when a name word or a verb
follows it ("Salote ghosted us", "Mitalo holds an MBA"), or when it is
spoken to ("Giorgos, quick one:", "Maricel! Please answer.").
A colon, a bullet, a list number or an ellipsis opens no sentence
("Owner: Radomir", "1. Oyelaran to fix"). Chatter mentions ("@Oyelaran"),
elided prefixes ("D'Angelo"), particles before the name ("van der
Berghe") and no-break spaces between its words are part of the name.

The score is low: a finding of the model or of another recognizer on the
same words gives the type, and the name typer retypes a PERSON whose
neighbours make it a place or a company (``name_context``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presidio_analyzer import RecognizerResult

from redaction.common_words import is_distinctive
from redaction.english_words import english_words_of
from redaction.folding import fold_key
from redaction.name_gazetteer import NameGazetteer, census_gazetteer
from redaction.name_words import is_compound, is_word_or_compound
from redaction.policy import folded_allowed_terms
from redaction.recognizers.context import result
from redaction.recognizers.pattern_data import words
from redaction.recognizers.rule_based import RuleRecognizer
from redaction.word_forms import DERIVED, is_dictionary_word

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["UnfamiliarWordRecognizer"]

_NAME = "UnfamiliarWordRecognizer"
_SCORE = 0.4
# A capitalised word of letters (with inner apostrophes or hyphens, or an
# "O'" or "D'" before it), not part of an e-mail address, a path, a URL or
# an identifier; a chatter mention ("@Oyelaran") is a word.
_WORD = re.compile(
    r"(?:(?<![\w@./\\#&=_'\u2019-])|(?<=(?<![\w.])@))"
    r"(?:[A-Z]['\u2019])?[A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]+(?:['\u2019-][^\W\d_]+)*"
    r"(?![\w@/\\_-])"
)
_POSSESSIVE = re.compile("['\u2019]s$")
_CONTRACTION = re.compile("['\u2019](?:re|ll|ve|d|t|m)$", re.IGNORECASE)
_ELISION = re.compile("^[A-Z]['\u2019]")
_PARTS = re.compile("['\u2019-]")
_SPACES = frozenset({" ", "\u00a0", "\u202f"})
_SENTENCE_END = frozenset(".!?\n\r")
_OPENERS = "\"'\u201c\u2018([ \t"
_MIN_LENGTH = 3
_MIN_SURNAME_LENGTH = 4
_MAX_LENGTH = 40  # "Mackenzie-O'Brien-Smith"; a longer chain is no name.
# A verb right after a sentence's first word makes it the subject: "Salote
# ghosted us", "Mitalo holds an MBA", "Tavita cc'd Hope", "Kwame will call",
# "Ormbrek to test the import", "Jure from your team said"; or a person
# spoken to: "Giorgos, quick one:", "Maricel! Please answer."
# "is" and "has" are not enough: "Zapier is down".
_VERB_AFTER = re.compile(
    r"[ ]+(?:(?:will|would|can|could|should|must|may|might|cc['\u2019]d)\b"
    r"|to[ ]+[a-z]+\b"
    r"|from[ ]+(?:our|your|their|the)\b"
    r"|(?!(?:is|was|has|does)\b)[a-z]+(?:-[a-z]+)?(?:ed|s)\b)"
    r"|[,!?](?=[ ]|$)"
)
_LIST_MARK = re.compile(r"\n[ \t]*(?:\d{1,3}|[a-zA-Z])[.)]\Z")
# An initial's stop ends no sentence: "call log: M. Giraudoux".
_INITIAL_END = re.compile(r"(?<![\w.])[A-Z]\.\Z")
# How far back a sentence's end or a list mark is looked for.
_REACH = 64
_UNFAMILIAR = "unfamiliar"
_CENSUS = "census name"


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only quotes, brackets or spaces follow a sentence's end.

    A colon, a bullet, a list number, an ellipsis or an initial does not
    open a sentence here: "Owner: Radomir", "* Zbigniew: approved", "1.
    Oyelaran to fix", "Contact person ... Oyelaran", "M. Giraudoux".
    """
    reach = max(0, start - _REACH)
    before = text[reach:start].rstrip(_OPENERS)
    if not before:
        return True
    line = "\n" + before if reach == 0 else before
    if (
        before.endswith(("...", "\u2026"))
        or _LIST_MARK.search(line)
        or _INITIAL_END.search(before)
    ):
        return False
    return before[-1] in _SENTENCE_END


class UnfamiliarWordRecognizer(RuleRecognizer):
    """Capitalised words no dictionary, census list or allowed term knows.

    ``dictionary`` replaces the spaCy pipeline's word list (for tests);
    without either, nothing is found.
    """

    def __init__(
        self,
        gazetteer: NameGazetteer | None = None,
        dictionary: frozenset[str] | None = None,
    ) -> None:
        self._names = gazetteer or census_gazetteer()
        self._dictionary = dictionary
        self._particles = frozenset(words("name_particles"))
        # Chat shorthand opens sentences too ("Btw, ...", "Fwiw, ...").
        self._allowed = folded_allowed_terms() | frozenset(words("chat_abbreviations"))
        super().__init__("PERSON", _NAME)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """One result per stretch of name words holding an unfamiliar one."""
        english = (
            english_words_of(nlp_artifacts)
            if self._dictionary is None
            else self._dictionary
        )
        if not english:
            return []
        tokens = list(_WORD.finditer(text))
        kinds = [
            self._kind(token.group(0), english, text[token.start() - 1 : token.start()])
            for token in tokens
        ]
        found: list[RecognizerResult] = []
        index = 0
        while index < len(tokens):
            if kinds[index] is None:
                index += 1
                continue
            last = index
            while (
                last + 1 < len(tokens)
                and kinds[last + 1] is not None
                and text[tokens[last].end() : tokens[last + 1].start()] in _SPACES
            ):
                last += 1
            start = tokens[index].start()
            has_unfamiliar = _UNFAMILIAR in kinds[index : last + 1]
            is_named = (
                last > index
                or not _opens_sentence(text, start)
                or _VERB_AFTER.match(text, tokens[last].end()) is not None
            )
            if has_unfamiliar and is_named:
                start = self._with_particles(text, start)
                end = tokens[last].start() + len(
                    _POSSESSIVE.sub("", tokens[last].group(0))
                )
                found.append(result("PERSON", start, end, _SCORE, _NAME, "unfamiliar"))
            index = last + 1
        return found

    def _with_particles(self, text: str, start: int) -> int:
        """``start`` moved back over name particles ("Van der Berghe")."""
        while True:
            match = _LAST_PARTICLE.search(text, max(0, start - 8), start)
            if match is None or match.group(1).lower() not in self._particles:
                return start
            start = match.start()

    def _kind(self, word: str, english: frozenset[str], before: str = "") -> str | None:
        """``_UNFAMILIAR``, ``_CENSUS`` (a census name, no word) or None.

        A chatter mention ("@Hyun-woo") is a person when any part of it is
        no dictionary word; a team ("@Frontend", "@Devteam") is not.
        """
        word = _ELISION.sub("", _POSSESSIVE.sub("", word))
        if _CONTRACTION.search(word) or not _MIN_LENGTH <= len(word) <= _MAX_LENGTH:
            return None
        if not all(part[1:].islower() for part in _PARTS.split(word) if part):
            return None  # "GitHub", "SEPA": a product or an acronym.
        key = fold_key(word)
        if key in self._allowed or not is_distinctive((key,)):
            return None
        parts = [part for part in key.split("-") if part]
        spelt = [part for part in word.lower().split("-") if part]
        if before == "@":
            is_team = all(is_word_or_compound(part, english) for part in parts)
            return None if is_team else _UNFAMILIAR
        if not _has_foreign_part(parts, spelt, english) and any(
            is_dictionary_word(part, english, DERIVED) for part in {*parts, *spelt}
        ):
            return None
        if key in self._names.first_names:
            # Alone, a first name is the census recognizer's to judge,
            # unless spelt with letters English does not use ("Şerban").
            return _CENSUS if word.isascii() else _UNFAMILIAR
        if self._names.is_surname(key):
            # A surname that no dictionary has ("Open point for Pappas");
            # short ones are often jargon read in title case ("App", "Wms").
            is_short = len(key) < _MIN_SURNAME_LENGTH
            return _CENSUS if is_short and word.isascii() else _UNFAMILIAR
        # "Pricelist", "Webhook": two dictionary words run together are
        # jargon, not a name.
        if any(is_compound(part, english) for part in parts):
            return None
        return _UNFAMILIAR


def _has_foreign_part(
    parts: list[str], spelt: list[str], english: frozenset[str]
) -> bool:
    """Whether a part is spelt with letters English does not use and is no
    dictionary word as spelt: "Thaís" is no "thais", "Kühn" no "kuhn"."""
    return len(parts) == len(spelt) and any(
        written != folded and not is_dictionary_word(written, english, DERIVED)
        for folded, written in zip(parts, spelt, strict=True)
    )


_LAST_PARTICLE = re.compile(r"(?<![\w'\u2019-])([^\W\d_]{2,5})[ ]\Z")
