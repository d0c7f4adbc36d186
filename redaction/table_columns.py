"""The other cells of a table column that holds a person: people too.

Notes pasted from a spreadsheet or written as a table keep one kind of
value per column ("Owner | Task | Status", "employee;date;hours"). A
column holds people when a found person fills one of its cells, or when
its first cell is a header that names a person ("Employee", "Assignee",
"Full name"). Then the cells below and above that read as names are people
too ("Siddharth | Purchasing Officer | 3" under "Simone Ferraro | Technical
Lead | 2:15"). Under a person header a cell of census names counts even
when they are words ("Grant Price"); "Sales Team" does not.

A table is a run of lines with the same number of "|" or tabs (one or
more), or of ";" or "," (two or more: a CSV export, whose lines hold no
label's ": " but in the last cell); a cell is a name when
it is one to three name words, an initial allowed after the first
("Lakshmi C."). Cells in capitals ("KWAME MENSAH") are read in title
case, and under a person header lower-case ones too ("kwame mensah").
Headers are read as the words they join ("last_name", "lastName").

A table of two columns whose first line is a person label and a name
("Applicant | Yesenia Ruiz") and whose later lines hold other values
("Salary | 54,000 EUR") is a record of labels and values, not a table with
a header: it has no header row, and its columns hold no one kind of value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence

from redaction.folding import fold_identifier, fold_key
from redaction.spans import EntitySpan

__all__ = ["TableColumns"]

_PERSON = "PERSON"
_SCORE = 0.5
_MAX_WORDS = 3
_MAX_HEADED_WORDS = 4  # "Maarten van der Berg"
_CELL_WORD = re.compile(r"\S+")
_INITIAL = re.compile(r"[A-ZÀ-Þ]\.")
_LETTERS = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_MAX_ACRONYM = 4
_TITLE_PART = re.compile(r"[^\W\d_]+")  # "O'NEILL" -> "O'Neill", "JI-WOO" -> "Ji-Woo"
_LINE = re.compile(r"^[^\n]*", re.MULTILINE)
_MIN_SEPARATORS = {"|": 1, "\t": 1, ";": 2, ",": 2}
_CSV = frozenset({";", ","})
_LABEL = ": "

WordTest = Callable[[str], bool]


class TableColumns:
    """Finds the name cells in the columns of tables that hold a person."""

    def __init__(
        self,
        is_name_word: WordTest,
        is_census_name: WordTest | None = None,
        person_headers: Collection[str] = (),
        is_plain_word: WordTest | None = None,
        particles: Collection[str] = (),
    ) -> None:
        self._is_name_word = is_name_word
        self._is_census_name = is_census_name or is_name_word
        self._headers = frozenset(person_headers)
        self._is_plain_word = is_plain_word or (lambda word: False)
        self._particles = frozenset(particles)

    def find(self, text: str, spans: Sequence[EntitySpan]) -> list[EntitySpan]:
        """New PERSON spans for the name cells of columns that hold people."""
        if not any(separator in text for separator in _MIN_SEPARATORS):
            return []
        covered = bytearray(len(text))
        person = bytearray(len(text))
        for span in spans:
            covered[span.start : span.end] = b"\x01" * span.length
            if span.entity_type == _PERSON:
                person[span.start : span.end] = b"\x01" * span.length
        found: list[tuple[int, int]] = []
        for rows in self._tables(text):
            for column in zip(*rows, strict=True):
                is_headed = self._is_headed(text, column[0])
                cells = column[1:] if is_headed else column
                if is_headed:
                    is_name = self._is_headed_name_cell
                elif any(any(person[start:end]) for start, end in column):
                    is_name = self._is_name_cell
                else:
                    continue
                found.extend(
                    cell
                    for cell in cells
                    if not any(covered[cell[0] : cell[1]])
                    and is_name(
                        _in_title_case(text[cell[0] : cell[1]], is_lower_read=is_headed)
                    )
                )
        return [EntitySpan(_PERSON, s, e, _SCORE) for s, e in sorted(set(found))]

    def header_cells(self, text: str) -> set[tuple[int, int]]:
        """The header cells of a table with a column of people ("Employee",
        "Nachname"), each cell of that header row.

        A header names what its columns hold, never a person: a finding
        within such cells is no name.
        """
        if not any(separator in text for separator in _MIN_SEPARATORS):
            return set()
        return {
            cell
            for rows in self._tables(text)
            if any(self._is_headed(text, cell) for cell in rows[0])
            for cell in rows[0]
        }

    def _tables(self, text: str) -> Iterator[list[list[tuple[int, int]]]]:
        """The text's tables, records of labels and values left out."""
        return (rows for rows in _tables(text) if not self._is_record(text, rows))

    def _is_record(self, text: str, rows: Sequence[Sequence[tuple[int, int]]]) -> bool:
        """Whether a table's first line is a person label and a name
        ("Applicant | Yesenia Ruiz"), edge cells of a "| a | b |" line aside,
        and a later line's value is no name ("Salary | 54,000 EUR"). A second
        header ("Nom | Prénom") or names all down ("Price | Grant") make a
        table of people."""
        first = _filled(rows[0])
        if len(first) != 2 or not self._is_headed(text, first[0]):
            return False
        if self._is_headed(text, first[1]) or not self._is_value_a_name(
            text, first[1], is_lower_read=True
        ):
            return False
        return any(
            len(cells) == 2
            and not self._is_value_a_name(text, cells[1], is_lower_read=False)
            for cells in map(_filled, rows[1:])
        )

    def _is_value_a_name(
        self, text: str, cell: tuple[int, int], *, is_lower_read: bool
    ) -> bool:
        value = _in_title_case(text[cell[0] : cell[1]], is_lower_read=is_lower_read)
        return self._is_name_cell(value) or self._is_headed_name_cell(value)

    def _is_headed(self, text: str, cell: tuple[int, int]) -> bool:
        return fold_identifier(text[cell[0] : cell[1]]) in self._headers

    def _is_name_cell(self, cell: str) -> bool:
        words = _CELL_WORD.findall(cell)
        if not words or len(words) > _MAX_WORDS:
            return False
        return self._is_name_word(words[0]) and all(
            self._is_name_word(word) or _INITIAL.fullmatch(word) for word in words[1:]
        )

    def _is_headed_name_cell(self, cell: str) -> bool:
        """Under a person header: capitalised words, none a plain dictionary
        word or a known term, one at least a name or census name ("Renata da
        Silva", "Ji-Woo Yoon"); particles and initials may stand between."""
        words = _CELL_WORD.findall(cell)
        if not words or len(words) > _MAX_HEADED_WORDS or _INITIAL.fullmatch(words[0]):
            return False
        names = [
            word
            for word in words
            if not _INITIAL.fullmatch(word) and fold_key(word) not in self._particles
        ]
        return (
            bool(names)
            and all(
                _LETTERS.fullmatch(word) is not None
                and word[0].isupper()
                and not self._is_plain_word(word)
                for word in names
            )
            and any(self._is_name_word(w) or self._is_census_name(w) for w in names)
        )


def _in_title_case(cell: str, *, is_lower_read: bool) -> str:
    """ "KWAME MENSAH" (and, if ``is_lower_read``, "kwame mensah") read as
    "Kwame Mensah"; other cells as written."""
    is_one_case = cell.isupper() or (is_lower_read and cell.islower())
    words = cell.split()
    if is_one_case and (len(words) > 1 or len(cell) > _MAX_ACRONYM):
        return " ".join(_TITLE_PART.sub(_capitalised, word.lower()) for word in words)
    return cell  # "TBD", "n/a": a short word alone is an acronym or a mark.


def _filled(row: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A row's cells that hold something ("| a | b |" has empty edge cells)."""
    return [cell for cell in row if cell[1] > cell[0]]


def _capitalised(part: re.Match[str]) -> str:
    return part.group(0).capitalize()


def _tables(text: str) -> Iterator[list[list[tuple[int, int]]]]:
    """Runs of lines split into the cells of their first line, as trimmed spans.

    A later line may hold more separators than the first ("$79,107" in a
    CSV row): its cells are counted from the left, the rest joins the last.
    """
    rows: list[list[tuple[int, int]]] = []
    shape: tuple[str, int] | None = None
    for line in _LINE.finditer(text):
        row_shape = _shape(line.group(0))
        is_same_table = (
            shape is not None
            and row_shape is not None
            and row_shape[0] == shape[0]
            and row_shape[1] >= shape[1]
        )
        if not is_same_table:
            if len(rows) >= 2:
                yield rows
            rows = []
            shape = row_shape
        if shape is not None:
            rows.append(_cells(line, *shape))
    if len(rows) >= 2:
        yield rows


def _shape(line: str) -> tuple[str, int] | None:
    """A line's separator and how many it holds; a line with a label before
    its last separator ("Apellidos, nombre: Cabrera, Inés") is a form's, not
    a CSV row ("Ortega, Clerk, ETA: ok" is one)."""
    for separator, least in _MIN_SEPARATORS.items():
        count = line.count(separator)
        if count >= least and not _is_form_line(line, separator):
            return separator, count
    return None


def _is_form_line(line: str, separator: str) -> bool:
    """Whether a label's ": " stands before the line's last ";" or ","."""
    label = line.find(_LABEL)
    return separator in _CSV and 0 <= label < line.rfind(separator)


def _cells(line: re.Match[str], separator: str, count: int) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    start = line.start()
    for part in line.group(0).split(separator, count):
        stripped = part.strip()
        offset = start + part.find(stripped) if stripped else start
        cells.append((offset, offset + len(stripped)))
        start += len(part) + 1
    return cells
