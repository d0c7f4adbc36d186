"""PERSON spans that name no one, whatever found them.

The model and the rules take many capitalised words for people. Some are
known not to be: a month or weekday written as a date (``date_words``), a
verb giving an order at a sentence's start (``imperatives``), function
words of another language (``foreign_words``), greeting words alone
("Bonjour", "Guten Tag"), a mail header's label opening its line among
other header lines ("Gesendet:", "Betreff:"), a job title with no
census first name ("Data Protection Officer" under a signature's name),
an "@" mention of a team, a channel or a bot (``handle_names``), known
terms alone ("EMEA"), a word opening a set phrase ("Will do.", "Hope to
see you"), a headline in title case ("You're Supposed To Hate") and a
nationality or language alone ("studying English", "Cyprus (Greek)"; not
"Rita French" nor "Mr English"), a pronoun's contraction ("I've") or
English function words in lower case ("them"), a lower-case word as a
JSON key, the value of a key for no person or a hashtag ('"tier":
"gold"', "#proud"; not '"assignee": "fox"'), a
field label for a person before its colon or comma ("Apellidos, nombre:",
"Ansprechpartner:"), a label after a sentence's end ("Reason:"), a code
name after "Project" or "Operation" ("Project Atlas"), a word mentioned
as a word or a work's title (``named_things``: "words like Wisdom",
"Zoolander is a 2001 film"), everyday words on a line in capitals
(``capital_phrases``: "PRESS NEXT"), a contact card's or an invite's
"BEGIN:VCARD" and "END:VEVENT", a booking's record locator ("PNR
SVGEZS"), and German nouns on a line in another language
(``german_nouns``: "Rechnung", "Lieferschein"). Greeting words and header
labels are no place or firm either.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from redaction.capital_phrases import is_capital_phrase
from redaction.date_words import is_date_word
from redaction.folding import WORD, fold_identifier, fold_key, folded_words
from redaction.foreign_phrases import is_foreign_phrase
from redaction.foreign_words import is_foreign_function_words
from redaction.german_nouns import is_german_nouns
from redaction.handle_names import HandleNames
from redaction.imperatives import is_imperative
from redaction.name_gazetteer import NameGazetteer
from redaction.name_titles import follows_a_title, name_titles, word_before
from redaction.named_things import is_named_thing
from redaction.package_data import read_string_list
from redaction.policy import folded_allowed_terms
from redaction.spans import EntitySpan
from redaction.word_forms import is_dictionary_word

__all__ = ["NoNames"]

_PERSON = "PERSON"
_HEADER_AFTER = re.compile(r"[ ]*:")
_CODE_NAME_REACH = 16
# A label inside a line, after a sentence's end: "Status: open. Reason: ...".
_INLINE_LABEL = re.compile(r"[.;][ ]+\Z")
_TO_OR_FROM_LABEL = re.compile(r"[ ]+(to|from)(?=[ ]*:)", re.IGNORECASE)
_FIELD_LABEL_AFTER = re.compile(r"[ ]*(?::|,[ ]*(?P<next>[^\W\d_]+)[ ]*:)")
_SPACE = re.compile(r"\s")
_FIELD_MARKS = ("\n", ",", ";", "|", '"', "\t")
_OTHER_NAME_TYPES = frozenset({"ORGANIZATION", "LOCATION"})
_MIN_HEADLINE_WORDS = 3
# A JSON key right before a quoted value, or the ":" after a quoted key.
_JSON_KEY_BEFORE = re.compile(r'"([^"\n]{1,40})"[ ]*:[ ]*\Z')
_JSON_KEY_END = re.compile(r'"[ ]*:')
_JSON_KEY_REACH = 50
_PERSON_KEY_WORDS = frozenset({"login", "username", "handle", "alias", "nick", "by"})
_BOOKING_CODE = re.compile(r"PNR[ ]+[A-Z0-9]{6}")
_BOOKING_CODE_VALUE = re.compile(r"[A-Z0-9]{6}")
_CARD_BOUNDARY = re.compile(r"(?:BEGIN|END)(?=:V[A-Z]+[ \t]*(?:\r?\n|\Z))")
# Function words that no name holds, written capitalised only in titles.
_HEADLINE_FUNCTION_WORDS = frozenset(
    {"the", "of", "to", "and", "for", "with", "is", "are", "was", "from", "into"}
)
_NEXT_WORD = re.compile(r"[ ]+([a-z]+)\b")
_SENTENCE_ENDS = frozenset(".!?\n:;")
_LINE_LABEL = re.compile(r"[ \t>]*([^\W\d_]+)[ ]*:")
_CAPITALISED_AFTER = re.compile(r"[ ]+[A-ZÀ-Þ]")
_TITLE_WORDS_AFTER = re.compile(r"(?:[ ]+[A-Z][a-z]+){1,3}\b")
_JOB_CUE = re.compile(
    r"(?i:\b(?:promoted[ ]to|applying[ ]for|applied[ ]for|hired[ ]as|works[ ]as|"
    r"working[ ]as|occupation:|job[ ]title:|position:))[ ]*(?:an?[ ]+)?\Z"
)
_JOB_CUE_REACH = 24
_INITIAL_BEFORE = re.compile(r"\b[A-Z]\.?[ ]+\Z")
_PRONOUN_CONTRACTION = re.compile(
    r"(?i)(?:i|you|we|they|he|she|it)['\u2019](?:ve|ll|d|m|re|s)"
)


class NoNames:
    """Tells the PERSON spans that are known to name no one."""

    def __init__(
        self,
        names: NameGazetteer,
        english_words: frozenset[str],
        greetings: frozenset[str],
    ) -> None:
        self._names = names
        self._english = english_words
        self._handles = HandleNames()
        self._greetings = (
            greetings
            | frozenset(read_string_list("patterns.json", "politeness_words"))
            | frozenset(read_string_list("patterns.json", "chat_abbreviations"))
            | frozenset(read_string_list("patterns.json", "group_vocatives"))
        )
        self._allowed = folded_allowed_terms()
        self._set_phrases = frozenset(read_string_list("patterns.json", "set_phrases"))
        self._job_titles = folded_words("names.json", "job_title_words")
        self._occupations = folded_words("names.json", "occupation_words")
        self._grades = folded_words("names.json", "grade_words")
        self._header_labels = folded_words("patterns.json", "mail_header_labels")
        self._demonyms = frozenset(read_string_list("names.json", "demonyms"))
        self._titles = frozenset(fold_key(title) for title in name_titles())
        self._field_labels = folded_words("patterns.json", "person_field_labels")
        self._labels = folded_words("patterns.json", "label_words")

    def is_no_name(self, text: str, span: EntitySpan) -> bool:
        """Whether ``span`` is a PERSON span known to name no one, or a place
        or firm span of greeting words or a header label ("Bonjour")."""
        words = WORD.findall(text, span.start, span.end)
        keys = [fold_key(word) for word in words]
        if span.entity_type in _OTHER_NAME_TYPES:
            return self._is_greeting_or_header(text, span, keys)
        if span.entity_type != _PERSON:
            return False
        handle = _mention(text, span)
        if handle is not None:
            # A mention, whatever found it, is judged as the handle rule does.
            return not self._handles.is_mentioned_person(handle, self._english)
        return (
            self._is_known_terms(keys)
            or _PRONOUN_CONTRACTION.fullmatch(text, span.start, span.end) is not None
            or self._is_lower_case_function_words(words, keys)
            or self._is_quoted_lower_case_word(text, span, words, keys)
            or self._is_field_label(text, span, keys)
            or self._is_inline_label(text, span, words)
            or _is_code_name(text, span)
            or is_named_thing(text, span.start, span.end, self._is_plain_word)
            or _is_card_boundary(text, span)
            or _is_booking_code(text, span)
            or (
                is_german_nouns(text, span.start, span.end, keys, self._english)
                and not follows_a_title(text, span.start)
            )
            or is_date_word(text, span.start, span.end)
            or self._is_greeting_or_header(text, span, keys)
            or self._opens_a_set_phrase(text, span, keys)
            or self._is_title_case_phrase(words)
            or is_capital_phrase(
                text,
                span,
                words,
                self._names,
                self._english,
                self._field_labels,
            )
            or self._is_job_title(text, span, words, keys)
            or self._is_demonym(text, span, keys)
            or is_imperative(text, span.start, span.end, self._english)
            or is_foreign_function_words(
                text, span.start, span.end, self._names.first_names, self._english
            )
            or is_foreign_phrase(
                text,
                span.start,
                span.end,
                self._names.first_names,
                self._names.surnames,
                self._english,
            )
        )

    def _is_quoted_lower_case_word(
        self, text: str, span: EntitySpan, words: list[str], keys: list[str]
    ) -> bool:
        """A dictionary word in lower case, no census first name, as a JSON
        key or as the value of a key that holds no person ('"tier": "gold"',
        not '"assignee": "fox"'), or a hashtag ("#proud"). Elsewhere in
        quotes ('ask "knight"'), in a chat ("stone:", "@river") a name."""
        if not (
            len(words) == 1
            and words[0].islower()
            and keys[0] not in self._names.first_names
            and is_dictionary_word(keys[0], self._english)
        ):
            return False
        if text[span.start - 1 : span.start] == "#":
            return True
        if (
            text[span.start - 1 : span.start] != '"'
            or text[span.end : span.end + 1] != '"'
        ):
            return False
        if _JSON_KEY_END.match(text, span.end):
            return True
        key = _JSON_KEY_BEFORE.search(
            text, max(0, span.start - _JSON_KEY_REACH), span.start - 1
        )
        return key is not None and not self._holds_a_person(key.group(1))

    def _holds_a_person(self, json_key: str) -> bool:
        """ "assignee", "owner_login", "reviewerName": a key for a person."""
        words = fold_identifier(json_key).split()
        return " ".join(words) in self._field_labels or any(
            word in self._field_labels or word in _PERSON_KEY_WORDS for word in words
        )

    def _is_inline_label(self, text: str, span: EntitySpan, words: list[str]) -> bool:
        """A form's label, no census first name, before a colon after a
        sentence's end on its line ("... to Amelia. Reason: Noah is away");
        a speaker opens the line ("Knight: where is it?") or is addressed
        so ("Handover done. Blessing: please approve")."""
        if len(words) != 1 or fold_key(words[0]) not in self._labels:
            return False
        line_start = text.rfind("\n", 0, span.start) + 1
        return (
            fold_key(words[0]) not in self._names.first_names
            and text[span.end : span.end + 1] == ":"
            and _INLINE_LABEL.search(text, line_start, span.start) is not None
            and not follows_a_title(text, span.start)  # "Estimada Sra. Pastor:"
        )

    def _is_field_label(self, text: str, span: EntitySpan, keys: list[str]) -> bool:
        """A person field's label before its colon or comma ("Apellidos,
        nombre: ...", "Ansprechpartner: ..."), maybe after dictionary words
        ("ADDITIONAL DRIVER:", "Secondary contact:"); ``keys`` are the
        span's folded words."""
        to_or_from = _TO_OR_FROM_LABEL.match(text, span.end)
        if to_or_from is not None:  # "Bill to:", "Ship from:"
            keys = [*keys, to_or_from.group(1).lower()]
            span = EntitySpan(span.entity_type, span.start, to_or_from.end(1), 0.0)
        if " ".join(keys) not in self._field_labels and not (
            keys
            and keys[-1] in self._field_labels
            and all(
                self._is_word(key) and key not in self._names.first_names
                for key in keys[:-1]
            )
        ):
            return False
        after = _FIELD_LABEL_AFTER.match(text, span.end)
        # After a comma only another label: "Holder, Jane" is surname first.
        return after is not None and (
            after.group("next") is None
            or fold_key(after.group("next")) in self._field_labels
        )

    def _is_title_case_phrase(self, words: list[str]) -> bool:
        """A headline in title case ("You're Supposed To Hate"): a function
        word capitalised after the first word, and every word a dictionary
        or stop word, none a census first name or a title ("Lunch With
        Grace", "Call With Mr Field" keep their names); ``words`` are the
        span's, as written."""
        if len(words) < _MIN_HEADLINE_WORDS or not any(
            word[:1].isupper() and word.lower() in _HEADLINE_FUNCTION_WORDS
            for word in words[1:]
        ):
            return False
        return all(
            (word.lower() in STOP_WORDS or self._is_word(word))
            and fold_key(word) not in self._names.first_names
            and fold_key(word) not in self._titles
            for word in words
        )

    def _is_lower_case_function_words(self, words: list[str], keys: list[str]) -> bool:
        """English function words in lower case ("them", "why"), none a census
        first name ("will" and "may" may be people in a chat)."""
        return bool(words) and all(
            word.islower() and word in STOP_WORDS and key not in self._names.first_names
            for word, key in zip(words, keys, strict=True)
        )

    def _is_plain_word(self, value: str) -> bool:
        """Dictionary words, none a census first name ("Wisdom", not "Ingrid")."""
        return all(
            self._is_word(word) and fold_key(word) not in self._names.first_names
            for word in WORD.findall(value)
        )

    def _is_word(self, word: str) -> bool:
        return is_dictionary_word(fold_key(word), self._english)

    def _is_known_terms(self, keys: list[str]) -> bool:
        return bool(keys) and all(key in self._allowed for key in keys)

    def _opens_a_set_phrase(self, text: str, span: EntitySpan, keys: list[str]) -> bool:
        """One word opening a sentence with a set phrase ("Hope to see you",
        "Will do."): a modal or a wish, not "Will" or "Hope" the person."""
        if len(keys) != 1:
            return False
        following = _NEXT_WORD.match(text, span.end)
        before = text[: span.start].rstrip(" \t")
        return (
            following is not None
            and f"{keys[0]} {following.group(1)}" in self._set_phrases
            and (not before or before[-1] in _SENTENCE_ENDS)
        )

    def _is_greeting_or_header(
        self, text: str, span: EntitySpan, keys: list[str]
    ) -> bool:
        """Only greeting or thanking words ("Bonjour", "Guten Tag", "Grazie",
        "Thx"), or a mail header's label opening its line ("Gesendet:",
        "Betreff:"); ``keys`` are the span's folded words."""
        if keys and all(key in self._greetings for key in keys):
            return True
        line_start = text.rfind("\n", 0, span.start) + 1
        return (
            len(keys) == 1
            and keys[0] in self._header_labels
            and _HEADER_AFTER.match(text, span.end) is not None
            and not text[line_start : span.start].strip(" >")
            and self._is_in_header_block(text, line_start)
        )

    def _is_in_header_block(self, text: str, line_start: int) -> bool:
        """Whether the line before or after opens with a header label too: a
        chat line "An: can you check?" is someone named An speaking."""
        before_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        after_start = text.find("\n", line_start) + 1
        neighbours = [before_start] if line_start else []
        if after_start:
            neighbours.append(after_start)
        for start in neighbours:
            label = _LINE_LABEL.match(text, start)
            if label is not None and fold_key(label.group(1)) in self._header_labels:
                return True
        return False

    def _is_demonym(self, text: str, span: EntitySpan, keys: list[str]) -> bool:
        """A nationality or language alone ("studying English", "Cyprus
        (Greek)"), with no title or first name before it and no capitalised
        word after it ("Rita French", "Mr English" are people)."""
        if len(keys) != 1 or keys[0] not in self._demonyms:
            return False
        word = word_before(text, span.start)
        if word is not None:
            key = fold_key(word)
            if key in self._titles or (
                word[0].isupper() and key in self._names.first_names
            ):
                return False
        return _CAPITALISED_AFTER.match(text, span.end) is None

    def _is_job_title(
        self, text: str, span: EntitySpan, words: list[str], keys: list[str]
    ) -> bool:
        """A job title with no census first name ("Data Protection Officer",
        "Key User"), as signatures write under the name, or an occupation
        where no name stands (``_is_occupation``); ``keys`` are ``words``
        folded."""
        if not keys or any(
            mark in text[span.start : span.end] for mark in _FIELD_MARKS
        ):
            # A name may stand on the line above its title, or in the field
            # before it ('"Nwosu, Oluwaseun",Head of Finance').
            return False
        if keys[-1] in self._occupations:
            return self._is_occupation(text, span, words, keys)
        if keys[-1] not in self._job_titles:
            return self._opens_a_job_title(text, span, keys)
        return len(keys) > 1 and not any(key in self._names.first_names for key in keys)

    def _is_occupation(
        self, text: str, span: EntitySpan, words: list[str], keys: list[str]
    ) -> bool:
        """An occupation ("Hygienist", "Nurse") alone, no surname and after no
        title or initial; after a grade ("Head Nurse", "Lead Carpenter"); or
        after a job's cue ("promoted to Marine Biologist"). Occupations are
        surnames and given names' companions too: "Blessing Nurse", "K.
        Nurse", "Dr. Comfort Nurse", "NWAKAEGO LAWYER" are people."""
        if (
            any(word.isupper() and len(word) > 1 for word in words)
            or any(key in self._titles for key in keys)
            or follows_a_title(text, span.start)
            or _INITIAL_BEFORE.search(text, max(0, span.start - 4), span.start)
        ):
            return False
        if len(keys) == 1:
            return not self._names.is_surname(keys[0])
        if all(key in self._grades for key in keys[:-1]):
            return True
        return not self._names.is_surname(keys[-1]) and bool(
            _JOB_CUE.search(text, max(0, span.start - _JOB_CUE_REACH), span.start)
        )

    def _opens_a_job_title(self, text: str, span: EntitySpan, keys: list[str]) -> bool:
        """A grade the model read apart from the title it opens ("Junior" in
        "Junior Product Designer"): capitalised dictionary words after it end
        in a job title word."""
        if len(keys) != 1 or keys[0] not in self._grades:
            return False
        title = _TITLE_WORDS_AFTER.match(text, span.end)
        if title is None:
            return False
        words = [fold_key(word) for word in title.group(0).split()]
        for end, word in enumerate(words, start=1):
            if word in self._job_titles or word in self._occupations:
                return all(map(self._is_word, words[:end]))
        return False


def _mention(text: str, span: EntitySpan) -> str | None:
    """The handle of a span that is one "@" mention, without its "@".

    A mention followed by more words ("@maja Schmidt") is none.
    """
    if "@" not in text[max(0, span.start - 1) : span.start + 1]:
        return None
    handle = text[span.start : span.end].lstrip("@")
    return None if _SPACE.search(handle) else handle


def _is_booking_code(text: str, span: EntitySpan) -> bool:
    """An airline booking's record locator, with its label or after it
    ("PNR SVGEZS")."""
    return _BOOKING_CODE.fullmatch(text, span.start, span.end) is not None or (
        _BOOKING_CODE_VALUE.fullmatch(text, span.start, span.end) is not None
        and text[max(0, span.start - 4) : span.start] == "PNR "
    )


def _is_card_boundary(text: str, span: EntitySpan) -> bool:
    """ "BEGIN:VCARD", "END:VEVENT": where a contact card or an invite opens
    or closes."""
    return _CARD_BOUNDARY.match(text, span.start) is not None and (
        span.start == 0 or text[span.start - 1] == "\n"
    )


def _is_code_name(text: str, span: EntitySpan) -> bool:
    """A name right after a capitalised "Project", "Operation" or "Codename"
    ("Project Atlas", "Operation Juniper"), or with it in the span, names a
    piece of work; after a lower-case one it may lead it ("the project
    Zorvetta leads")."""
    before, whole = _code_name_patterns()
    start = max(0, span.start - _CODE_NAME_REACH)
    return (
        before.search(text, start, span.start) is not None
        or whole.fullmatch(text, span.start, span.end) is not None
    )


@cache
def _code_name_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A code name's word ("Project", "PROJECT") right before a span, and
    one with a name after it as the whole span."""
    listed = read_string_list("patterns.json", "code_name_words")
    word = "|".join((*listed, *(entry.upper() for entry in listed)))
    return (
        re.compile(rf"(?<![^\W\d_])(?:{word})[ ]+\Z"),
        re.compile(rf"(?:{word})[ ]+[A-Z][^\W\d_]*"),
    )
