"""The other cells of a table column that holds a person: people too.

Notes pasted from a spreadsheet or written as a table keep one kind of
value per column ("Owner | Task | Status", "employee;date;hours"). When a
found person fills a cell, the cells below and above it in the same
column that read as names are people too ("Siddharth | Purchasing
Officer | 3" under "Simone Ferraro | Technical Lead | 2:15"). A table is
a run of lines with the same number of "|" (one or more) or of ";" (two
or more); a cell is a name when it is one to three name words, an
initial allowed after the first ("Lakshmi C.").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from redaction.spans import EntitySpan

__all__ = ["TableColumns"]

_PERSON = "PERSON"
_SCORE = 0.5
_MAX_WORDS = 3
_CELL_WORD = re.compile(r"\S+")
_INITIAL = re.compile(r"[A-ZÀ-Þ]\.")
_LINE = re.compile(r"^[^\n]*", re.MULTILINE)
_MIN_SEPARATORS = {"|": 1, ";": 2}


class TableColumns:
    """Finds the name cells in the columns of tables that hold a person."""

    def __init__(self, is_name_word: Callable[[str], bool]) -> None:
        self._is_name_word = is_name_word

    def find(self, text: str, spans: Sequence[EntitySpan]) -> list[EntitySpan]:
        """New PERSON spans for the name cells beside found people."""
        if "|" not in text and ";" not in text:
            return []
        covered = bytearray(len(text))
        person = bytearray(len(text))
        for span in spans:
            covered[span.start : span.end] = b"\x01" * span.length
            if span.entity_type == _PERSON:
                person[span.start : span.end] = b"\x01" * span.length
        if not any(person):
            return []
        found: list[tuple[int, int]] = []
        for rows in _tables(text):
            for column in zip(*rows, strict=True):
                if not any(any(person[start:end]) for start, end in column):
                    continue
                found.extend(
                    cell
                    for cell in column
                    if not any(covered[cell[0] : cell[1]])
                    and self._is_name_cell(text[cell[0] : cell[1]])
                )
        return [EntitySpan(_PERSON, s, e, _SCORE) for s, e in sorted(set(found))]

    def _is_name_cell(self, cell: str) -> bool:
        words = _CELL_WORD.findall(cell)
        if not words or len(words) > _MAX_WORDS:
            return False
        return self._is_name_word(words[0]) and all(
            self._is_name_word(word) or _INITIAL.fullmatch(word) for word in words[1:]
        )


def _tables(text: str) -> Iterator[list[list[tuple[int, int]]]]:
    """Runs of lines split into the same number of cells, as trimmed spans."""
    rows: list[list[tuple[int, int]]] = []
    shape: tuple[str, int] | None = None
    for line in _LINE.finditer(text):
        row_shape = _shape(line.group(0))
        if row_shape is None or row_shape != shape:
            if len(rows) >= 2:
                yield rows
            rows = []
        shape = row_shape
        if row_shape is not None:
            rows.append(_cells(line, row_shape[0]))
    if len(rows) >= 2:
        yield rows


def _shape(line: str) -> tuple[str, int] | None:
    for separator, least in _MIN_SEPARATORS.items():
        count = line.count(separator)
        if count >= least:
            return separator, count
    return None


def _cells(line: re.Match[str], separator: str) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    start = line.start()
    for part in line.group(0).split(separator):
        stripped = part.strip()
        offset = start + part.find(stripped) if stripped else start
        cells.append((offset, offset + len(stripped)))
        start += len(part) + 1
    return cells
